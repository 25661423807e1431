/**
 * The OCR port. The pipeline only knows this interface; the tesseract.js adapter implements it, and unit
 * tests use a recorded or fake engine (OCRmyPDF's plugin spec does the same for its engines).
 */

import type { PageGeometry } from './geometry.ts';

/** tesseract's language codes for the models shipped as npm packages. */
export type OcrLanguage = 'swe' | 'nor' | 'eng';

export interface OcrWord {
  text: string;
  /** 0–1 */
  confidence: number;
  /** Pixel box in the image the engine was given (after preprocessing); `geometry` maps it back. */
  bbox: { x0: number; y0: number; x1: number; y1: number };
  /** 0-based index of the word's text line on the page, in reading order, when the engine reports lines. */
  line?: number;
  /** 0-based index of the word's paragraph on the page, when the engine reports paragraphs. */
  paragraph?: number;
}

export interface OcrRequest {
  /** An encoded page image (PNG, JPEG or TIFF bytes). */
  image: Buffer;
  /** Models to combine, most likely first, e.g. `['swe', 'eng']`. */
  languages: readonly OcrLanguage[];
  /** 1-based page number, for diagnostics. */
  pageNumber: number;
}

export interface OcrPageResult {
  text: string;
  /** Mean word confidence, 0–1. */
  confidence: number;
  words: OcrWord[];
  /** What was done to the page before and during recognition (preprocessing steps, retries). */
  notes: string[];
  /** How the recognised image relates to the request's image; absent means the same picture. */
  geometry?: PageGeometry;
}

export interface OcrEngine {
  recognize(request: OcrRequest): Promise<OcrPageResult>;
  /** Frees workers; the engine cannot be used afterwards. */
  close(): Promise<void>;
}
