import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/index.ts';
import { wordErrorRate } from '../../src/repair/word-error-rate.ts';
import { LETTER_LEGACY_LAYER, LETTER_PARAGRAPHS } from '../helpers/legacy-letter.ts';
import { makeSandwichPdf } from '../helpers/pdf.ts';
import { renderTextPage } from './pages.ts';

/**
 * OCRmyPDF's `--redo-ocr` case with real tesseract.js: a scan whose invisible text layer was made long
 * ago by an English model. `--ocr auto` must see the layer for what it is, read the scan again with the
 * Swedish model, and end up far closer to the page than the old layer was.
 */
describe('redo OCR of a legacy text layer', () => {
  it('reads the scan again with the right model under --ocr auto, and says so', async () => {
    const clean = LETTER_PARAGRAPHS.join('\n\n');
    const bytes = await makeSandwichPdf(await renderTextPage(LETTER_PARAGRAPHS), LETTER_LEGACY_LAYER);
    const result = await extractDocument(
      { name: 'legacy-sandwich.pdf', bytes },
      { includeText: true, repair: false, jobs: 1 },
    );
    expect(result.ok, JSON.stringify(result.diagnostics)).toBe(true);
    if (!result.ok) return;
    expect(result.document.source.textSource).toBe('ocr');
    expect(result.document.warnings.join('\n')).toMatch(/English model.*OCR'd again/);
    const text = result.document.pages?.[0]?.text ?? '';
    const layer = wordErrorRate(clean, LETTER_LEGACY_LAYER).rate;
    const redone = wordErrorRate(clean, text).rate;
    expect(layer).toBeGreaterThan(0.3);
    expect(redone).toBeLessThan(0.1);
    expect(text).toContain('Målet är att stärka');
  });
});
