/**
 * A fake OCR engine for unit tests of other stages: returns given texts per page and records every call,
 * so a test can prove that a text-layer PDF was never OCR'd, or feed known OCR output downstream.
 */
import type { OcrEngine, OcrPageResult, OcrRequest } from './engine.ts';

export interface FakeOcrEngine extends OcrEngine {
  /** Every request received, in order. */
  readonly calls: OcrRequest[];
  /** Whether `close` was called. */
  readonly closed: boolean;
}

/** Confidence a fake page reports when none is given: high enough to raise no low-confidence warning. */
const DEFAULT_FAKE_CONFIDENCE = 0.9;

/**
 * Creates a fake engine. `pages` maps a 1-based page number to its text or full result; a function is
 * called with each request instead; pages not listed come back empty with confidence 0.
 */
export function createFakeOcrEngine(
  pages:
    | Record<number, string | Partial<OcrPageResult>>
    | ((request: OcrRequest) => string | Partial<OcrPageResult>) = {},
): FakeOcrEngine {
  const calls: OcrRequest[] = [];
  let closed = false;
  return {
    calls,
    get closed() {
      return closed;
    },
    async recognize(request) {
      if (closed) throw new Error('OCR engine is closed');
      calls.push(request);
      const given = typeof pages === 'function' ? pages(request) : pages[request.pageNumber];
      if (given === undefined)
        return { text: '', confidence: 0, words: [], notes: ['fake: no text for this page'] };
      const result = typeof given === 'string' ? { text: given } : given;
      const text = result.text ?? '';
      return {
        text,
        confidence: result.confidence ?? (text.length > 0 ? DEFAULT_FAKE_CONFIDENCE : 0),
        words: result.words ?? [],
        notes: result.notes ?? ['fake OCR'],
      };
    },
    async close() {
      closed = true;
    },
  };
}
