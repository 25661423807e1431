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

/** Levenshtein distance, two-row version: the strings compared here are at most a few hundred characters. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Similarity 0–1 of two strings after normalisation (1 − edit distance / longer length). */
export function similarity(a: string, b: string): number {
  const x = normalizeForCompare(a);
  const y = normalizeForCompare(b);
  const longer = Math.max(x.length, y.length);
  if (longer === 0) return 1;
  return 1 - editDistance(x, y) / longer;
}
