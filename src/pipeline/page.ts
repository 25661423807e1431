import type { OcrWord } from '../ocr/engine.ts';
import type { PageTextSource } from '../schema/letter-of-intent.ts';

/** A page's text once the load/OCR stages are done, before repair. */
export interface PageText {
  /** 1-based */
  number: number;
  text: string;
  textSource: PageTextSource;
  /** 0–1 for OCR pages, null otherwise. */
  ocrConfidence: number | null;
  words: OcrWord[];
  /** Why this page was (or was not) OCR'd, and what OCR did, for the log and the warnings. */
  notes: string[];
  /** A warning the document carries for this page (a text layer replaced by OCR). */
  warning?: string;
}

/** A page's text as the later stages see it (after repair). Evidence spans refer to `text`. */
export interface TextPage {
  number: number;
  text: string;
}
