import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { LetterOfIntent } from '../../src/schema/letter-of-intent.ts';
import { BIN, runCli } from '../helpers/cli.ts';

/** The README's main command and its variants: real tesseract.js OCR through the real binary. */
describe('extract with real OCR', () => {
  it.each([
    ['fixtures/scanned/seed-004.pdf', 'ocr'],
    ['fixtures/png/seed-004.png', 'ocr'],
    ['fixtures/pdf/seed-004.pdf', 'text-layer'],
  ])('%s: valid JSON, sv, both parties with their org numbers', async (file, textSource) => {
    const run = await runCli(['extract', file]);
    expect(run.code, run.stderr).toBe(0);
    const document = LetterOfIntent.parse(JSON.parse(run.stdout));
    expect(document.source.textSource).toBe(textSource);
    expect(document.language).toBe('sv');
    const orgNumbers = document.parties.map((party) => party.orgNumber);
    expect(orgNumbers).toContain('232100-0230');
    expect(orgNumbers).toContain('202100-2841');
  });

  it('reads the English seed 002 as en', async () => {
    const run = await runCli(['extract', 'fixtures/scanned/seed-002.pdf']);
    expect(run.code, run.stderr).toBe(0);
    const document = LetterOfIntent.parse(JSON.parse(run.stdout));
    expect(document.language).toBe('en');
    expect(document.source.textSource).toBe('ocr');
  });

  it('works with the network unplugged (unshare -n)', () => {
    const probe = spawnSync('unshare', ['-n', 'true']);
    // CI runs as root, where unshare works; elsewhere the test says why it cannot run instead of passing silently.
    if (probe.status !== 0) throw new Error(`unshare -n is not available here: ${probe.stderr?.toString()}`);
    const run = spawnSync('unshare', ['-n', process.execPath, BIN, 'extract', 'fixtures/png/seed-002.png'], {
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const document = LetterOfIntent.parse(JSON.parse(run.stdout));
    expect(document.source.textSource).toBe('ocr');
    expect(document.source.ocrConfidence).toBeGreaterThan(0.6);
  });
});
