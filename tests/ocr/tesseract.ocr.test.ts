import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { OcrEngine } from '../../src/ocr/engine.ts';
import { createTesseractEngine } from '../../src/ocr/tesseract.ts';
import { characterErrorRate as cer } from '../../src/text/edit-distance.ts';
import { renderTextPage, rotate } from './pages.ts';

const SWEDISH = [
  'Avsiktsförklaring mellan Luleå tekniska universitet och Region Västerbotten.',
  'Överenskommelsen gäller från och med årsskiftet och omfattar även Umeå och Skellefteå.',
  'Parterna är överens om att samarbetet ska följas upp årligen.',
];

let engine: OcrEngine;
let page: Buffer;
beforeAll(async () => {
  engine = await createTesseractEngine({ workers: 1 });
  page = await renderTextPage(SWEDISH, { fontSize: 12 });
});
afterAll(async () => {
  await engine.close();
});

describe('tesseract engine (real OCR)', () => {
  it('reads Swedish å/ä/ö with swe+eng and reports confidence and word boxes', async () => {
    const result = await engine.recognize({ image: page, languages: ['swe', 'eng'], pageNumber: 1 });
    for (const word of ['Luleå', 'Västerbotten', 'Överenskommelsen', 'årsskiftet', 'Skellefteå', 'följas']) {
      expect(result.text).toContain(word);
    }
    expect(cer(result.text, SWEDISH.join(' '))).toBeLessThan(0.01);
    expect(result.confidence).toBeGreaterThan(0.8);
    expect(result.confidence).toBeLessThanOrEqual(1);
    const luleå = result.words.find((word) => word.text === 'Luleå');
    expect(luleå?.bbox.x1).toBeGreaterThan(luleå?.bbox.x0 ?? Number.POSITIVE_INFINITY);
  });

  it('reads an upside-down page as well as the upright one', async () => {
    const upright = await engine.recognize({ image: page, languages: ['swe', 'eng'], pageNumber: 1 });
    const flipped = await engine.recognize({
      image: await rotate(page, 180),
      languages: ['swe', 'eng'],
      pageNumber: 2,
    });
    expect(flipped.notes.join(' ')).toMatch(/rotated 180/);
    expect(cer(flipped.text, SWEDISH.join(' '))).toBeLessThanOrEqual(
      cer(upright.text, SWEDISH.join(' ')) + 0.005,
    );
  });

  it('switches language models on one worker and prints nothing on stdout', async () => {
    const write = vi.spyOn(process.stdout, 'write');
    try {
      const english = await engine.recognize({ image: page, languages: ['eng'], pageNumber: 3 });
      expect(english.text.length).toBeGreaterThan(50);
      const norwegian = await engine.recognize({ image: page, languages: ['nor', 'eng'], pageNumber: 4 });
      expect(norwegian.text).toContain('Luleå');
      // Worker-thread output reaches the parent asynchronously; give it a moment before checking.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(write).not.toHaveBeenCalled();
    } finally {
      write.mockRestore();
    }
  });
});

const canUnshare = spawnSync('unshare', ['-n', 'true']).status === 0;

describe('offline', () => {
  it.skipIf(!canUnshare)('OCRs with networking unavailable, and stdout carries only the result', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loi-ocr-'));
    try {
      const png = join(dir, 'page.png');
      writeFileSync(png, page);
      const child = fileURLToPath(new URL('./offline-child.ts', import.meta.url));
      // tsx by absolute URL: the child runs in an empty temp dir where a bare `tsx` may not resolve.
      const tsx = import.meta.resolve('tsx');
      const run = spawnSync('unshare', ['-n', process.execPath, '--import', tsx, child, png], {
        encoding: 'utf8',
        cwd: dir, // proves language data is not looked up relative to the working directory
        env: { ...process.env, NODE_PATH: '' },
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const lines = run.stdout.trim().split('\n');
      expect(lines).toHaveLength(1);
      const result = JSON.parse(lines[0] ?? '{}') as { text: string };
      expect(result.text).toContain('Luleå');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
