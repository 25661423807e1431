import { editDistance } from '../text/edit-distance.ts';

/** Lowercases, folds quotes and dashes, drops punctuation at the ends and collapses whitespace: the form strings are compared in. */
export function normalizeForCompare(value: string): string {
  return value
    .normalize('NFC')
    .toLowerCase()
    .replace(/[“”«»„"']/g, '')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,;:!?()-]+|[\s.,;:!?()-]+$/g, '')
    .trim();
}

/** Similarity 0–1 of two strings after normalisation (1 − edit distance / longer length). */
export function similarity(a: string, b: string): number {
  const x = normalizeForCompare(a);
  const y = normalizeForCompare(b);
  const longer = Math.max(x.length, y.length);
  if (longer === 0) return 1;
  return 1 - editDistance(x, y) / longer;
}
