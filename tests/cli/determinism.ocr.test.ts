import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

/**
 * `check` and golden files need the same bytes from the same input and options on every run: no clock,
 * no random order, no map iteration that depends on timing. A scanned page goes through the whole OCR path.
 */
const INPUTS = [
  'fixtures/conditions/lowres/seed-003-p2.png',
  'fixtures/text/seed-004.txt',
  'fixtures/pdf/en-loi-02.pdf',
];

describe('extract output is deterministic', () => {
  const roots: string[] = [];
  afterAll(async () => {
    for (const root of roots) await rm(root, { recursive: true, force: true });
  });

  it('gives byte-identical JSON for the same inputs and options, run after run', async () => {
    const outputs: Map<string, Buffer>[] = [];
    for (const jobs of ['1', '2']) {
      const out = await mkdtemp(join(tmpdir(), 'loi-determinism-'));
      roots.push(out);
      const run = await runCli(['extract', ...INPUTS, '--out', out, '--jobs', jobs, '--quiet']);
      expect(run.code, run.stderr).toBe(0);
      const files = (await readdir(out)).sort();
      expect(files).toEqual(['en-loi-02.json', 'seed-003-p2.json', 'seed-004.json']);
      outputs.push(
        new Map(await Promise.all(files.map(async (f) => [f, await readFile(join(out, f))] as const))),
      );
    }
    const [first, second] = outputs as [Map<string, Buffer>, Map<string, Buffer>];
    for (const [name, bytes] of first) expect(second.get(name)?.equals(bytes), name).toBe(true);
    const scanned = JSON.parse((first.get('seed-003-p2.json') as Buffer).toString('utf8'));
    expect(scanned.source.textSource).toBe('ocr');
  });
});
