import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/index.ts';
import type { OcrEngine } from '../../src/ocr/engine.ts';
import { createFakeOcrEngine } from '../../src/ocr/fake.ts';
import { makePdf } from '../helpers/pdf.ts';

/** The fake engine answering every page with `text`, recording each call. */
function recordingEngine(texts: readonly string[], confidence = 0.9) {
  return createFakeOcrEngine(() => ({ text: texts[0] ?? '', confidence }));
}

const SWEDISH =
  'Denna avsiktsförklaring har ingåtts mellan parterna för att stärka samverkan inom forskning och utbildning.';
const NORWEGIAN =
  'Denne intensjonsavtalen er inngått mellom partene for å styrke samarbeidet om forskning og utdanning.';

async function blankPng(): Promise<Buffer> {
  return sharp({ create: { width: 200, height: 280, channels: 3, background: 'white' } })
    .png()
    .toBuffer();
}

describe('extractDocument', () => {
  it('never OCRs a PDF whose text layer is usable (ocr auto)', async () => {
    const engine = recordingEngine(['should not be used']);
    const result = await extractDocument(
      { name: 'layer.pdf', bytes: await makePdf([SWEDISH, SWEDISH]) },
      { engine },
    );
    expect(engine.calls).toHaveLength(0);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.source.textSource).toBe('text-layer');
    expect(result.document.source.ocrConfidence).toBeNull();
    expect(result.document.source.pages).toBe(2);
  });

  it('re-OCRs a PDF whose text layer is garbage (a bad old OCR layer), and says why', async () => {
    const bytes = await readFile('fixtures/garbage-layer/seed-002-garbage.pdf');
    const engine = recordingEngine([
      'Luleå University of Technology and Norrbottens Kommuner have signed a letter of intent.',
    ]);
    const result = await extractDocument({ name: 'garbage.pdf', bytes }, { engine });
    expect(result.ok).toBe(true);
    expect(engine.calls.length).toBeGreaterThan(0);
    const pages = result.ok ? result.document.source.pages : 0;
    expect(engine.calls).toHaveLength(pages);
    const reasons = result.diagnostics.filter((diagnostic) => diagnostic.rule === 'ocr/decision');
    expect(reasons.every((diagnostic) => /garbage|word/i.test(diagnostic.message))).toBe(true);
  });

  it('OCRs every page with --ocr force and never with --ocr off', async () => {
    const bytes = await makePdf([SWEDISH, SWEDISH]);
    const forced = recordingEngine([SWEDISH]);
    const result = await extractDocument({ name: 'a.pdf', bytes }, { engine: forced, ocr: 'force' });
    expect(forced.calls.map((call) => call.pageNumber).sort()).toEqual([1, 2]);
    expect(result.ok && result.document.source.textSource).toBe('ocr');

    const off = recordingEngine([SWEDISH]);
    const image = await makePdf([{ image: await blankPng() }]);
    await extractDocument({ name: 'b.pdf', bytes: image }, { engine: off, ocr: 'off' });
    expect(off.calls).toHaveLength(0);
  });

  it('reads a mixed PDF page by page and reports it as mixed', async () => {
    const engine = recordingEngine([SWEDISH]);
    const bytes = await makePdf([SWEDISH, { image: await blankPng() }]);
    const result = await extractDocument({ name: 'mixed.pdf', bytes }, { engine, includeText: true });
    expect(engine.calls.map((call) => call.pageNumber)).toEqual([2]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.source.textSource).toBe('mixed');
    expect(result.document.pages?.map((page) => page.textSource)).toEqual(['text-layer', 'ocr']);
    expect(result.document.source.ocrConfidence).toBeCloseTo(0.9);
  });

  it('picks the OCR model for the later pages of a long document from the language of the first', async () => {
    const engine = recordingEngine([NORWEGIAN]);
    const image = await blankPng();
    const bytes = await makePdf(Array.from({ length: 6 }, () => ({ image })));
    const result = await extractDocument({ name: 'scan.pdf', bytes }, { engine, jobs: 1 });
    expect(result.ok).toBe(true);
    expect(engine.calls[0]?.languages.length).toBeGreaterThan(1);
    expect(engine.calls.slice(1).map((call) => call.languages.join('+'))).toEqual(Array(5).fill('nor'));
  });

  it('reads the few later pages of a short document with the combined model, switching no model', async () => {
    const engine = recordingEngine([NORWEGIAN]);
    const image = await blankPng();
    const bytes = await makePdf([{ image }, { image }, { image }]);
    const result = await extractDocument({ name: 'scan.pdf', bytes }, { engine, jobs: 1 });
    expect(result.ok).toBe(true);
    expect(new Set(engine.calls.map((call) => call.languages.join('+')))).toEqual(new Set(['swe+nor+eng']));
  });

  it('reads a poorly read first page again with the detected language model and keeps the better reading', async () => {
    // The combined model reads poorly; the Norwegian model reads the same page well.
    const engine = createFakeOcrEngine((request) => ({
      text: NORWEGIAN,
      confidence: request.languages.length > 1 ? 0.5 : 0.95,
    }));
    const calls = engine.calls;
    const image = await blankPng();
    const result = await extractDocument(
      { name: 'scan.pdf', bytes: await makePdf([{ image }, { image }]) },
      { engine },
    );
    expect(calls.filter((call) => call.pageNumber === 1).map((call) => call.languages.join('+'))).toEqual([
      'swe+nor+eng',
      'nor',
    ]);
    expect(result.ok && result.document.source.ocrConfidence).toBeCloseTo(0.95);
  });

  it('keeps at most --jobs pages of a document in OCR at once', async () => {
    let inFlight = 0;
    let most = 0;
    const engine: OcrEngine = {
      recognize: async () => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 20));
        inFlight--;
        return { text: SWEDISH, confidence: 0.9, words: [], notes: [] };
      },
      close: async () => {},
    };
    const image = await blankPng();
    const bytes = await makePdf(Array.from({ length: 7 }, () => ({ image })));
    const result = await extractDocument({ name: 'long.pdf', bytes }, { engine, jobs: 2 });
    expect(result.ok).toBe(true);
    expect(most).toBe(2);
  });

  it('uses the model of --lang for every page', async () => {
    const engine = recordingEngine([SWEDISH]);
    const image = await blankPng();
    await extractDocument({ name: 'scan.png', bytes: image }, { engine, lang: 'en' });
    expect(engine.calls[0]?.languages[0]).toBe('eng');
  });

  it('warns about pages with low OCR confidence', async () => {
    const engine = recordingEngine([SWEDISH], 0.4);
    const result = await extractDocument({ name: 'scan.png', bytes: await blankPng() }, { engine });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.warnings.join('\n')).toMatch(/page 1: low OCR confidence 0\.40/);
  });

  it('turns a bad input into a fatal diagnostic naming the input instead of throwing', async () => {
    const result = await extractDocument({ name: 'broken.pdf', bytes: Buffer.from('%PDF-1.4 broken') });
    expect(result.ok).toBe(false);
    const fatal = result.diagnostics.find((diagnostic) => diagnostic.fatal);
    expect(fatal?.source).toBe('broken.pdf');
    expect(fatal?.rule).toMatch(/^load\//);
  });

  it('reports an unreadable path as a diagnostic', async () => {
    const result = await extractDocument({ path: '/nonexistent/letter.pdf' });
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]?.message).toMatch(/ENOENT|no such file/);
  });
});
