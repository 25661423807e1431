import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/index.ts';
import { createFakeOcrEngine } from '../../src/ocr/fake.ts';
import { LETTER_LEGACY_LAYER, LETTER_PARAGRAPHS } from '../helpers/legacy-letter.ts';
import { makePdf } from '../helpers/pdf.ts';

/** A PDF whose text layer is the letter as an English OCR model read it. */
function legacyPdf(): Promise<Buffer> {
  return makePdf([LETTER_LEGACY_LAYER]);
}

describe('a legacy OCR text layer (English model on a Swedish page)', () => {
  it("is OCR'd again by --ocr auto, and the page note and the warnings say why", async () => {
    const engine = createFakeOcrEngine(() => ({ text: LETTER_PARAGRAPHS.join('\n\n'), confidence: 0.92 }));
    const result = await extractDocument(
      { name: 'legacy.pdf', bytes: await legacyPdf() },
      { engine, includeText: true },
    );
    expect(engine.calls).toHaveLength(1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.source.textSource).toBe('ocr');
    expect(result.document.pages?.[0]?.text).toContain('Målet är att stärka');
    expect(result.document.warnings.join('\n')).toMatch(
      /page 1: text layer reads like OCR with an English model/,
    );
    const decision = result.diagnostics.find((diagnostic) => diagnostic.rule === 'ocr/decision');
    expect(decision?.message).toMatch(/redo OCR/);
  });

  it("is never OCR'd with --ocr off: the repair restores the letters instead, each change listed", async () => {
    const engine = createFakeOcrEngine(() => 'should not be used');
    const result = await extractDocument(
      { name: 'legacy.pdf', bytes: await legacyPdf() },
      { engine, ocr: 'off', includeText: true },
    );
    expect(engine.calls).toHaveLength(0);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.source.textSource).toBe('text-layer');
    const text = result.document.pages?.[0]?.text ?? '';
    expect(text).toContain('kompetensförsörjning');
    expect(text).toContain('Länsstyrelsen');
    expect(result.document.repairs).toContainEqual(
      expect.objectContaining({ from: 'fér', to: 'för', rule: 'legacy:é>ö' }),
    );
  });
});
