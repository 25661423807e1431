import type { LanguageCode } from '../schema/letter-of-intent.ts';
import type { OcrLanguage } from './engine.ts';

/**
 * The tesseract models for a document language. One model reads its own language best (hard scans: swe
 * 1.65 % CER against 1.90 % for swe+eng, bench/ocr.ts); English keeps Swedish so that names like Luleå
 * keep their å (issue 3); an unknown language gets all three, and its first page picks the model.
 */
export const OCR_MODELS: Record<LanguageCode, readonly OcrLanguage[]> = {
  sv: ['swe'],
  no: ['nor'],
  en: ['eng', 'swe'],
  und: ['swe', 'nor', 'eng'],
};
