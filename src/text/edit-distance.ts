/**
 * Levenshtein distance in one place: the extractor compares names with it, the repair stage measures word
 * error rates with it, and the OCR tests and benchmark measure character error rates with it.
 */

/** Levenshtein distance between two sequences (string code units or tokens), two-row version: the inputs here are pages at most. */
export function levenshtein<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Character-level edit distance of two strings (UTF-16 code units, as the strings compared are NFC text). */
export function editDistance(a: string, b: string): number {
  return a === b ? 0 : levenshtein(a, b);
}

/** Token-level edit distance: substitutions, insertions and deletions of whole tokens. */
export function tokenEditDistance(a: readonly string[], b: readonly string[]): number {
  return levenshtein(a, b);
}

/** Collapses whitespace runs to one space and trims, so line breaks and layout do not count as errors. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Character error rate of `found` against `truth`: edit distance over the truth's length, both whitespace-normalised. */
export function characterErrorRate(found: string, truth: string): number {
  const a = normaliseWhitespace(found);
  const b = normaliseWhitespace(truth);
  return editDistance(a, b) / Math.max(1, b.length);
}
