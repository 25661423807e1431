import { tokenEditDistance } from '../text/edit-distance.ts';

/** Word error rate and its parts, for measuring a repair against a reference reading. */
export interface WordErrorRate {
  /** Reference words. */
  words: number;
  /** Substitutions + insertions + deletions of the best alignment. */
  errors: number;
  rate: number;
}

/** Splits on whitespace: punctuation stays on its word, as a reader comparing the texts would see it. */
function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word.length > 0);
}

/** Word error rate of `hypothesis` against `reference` (word-level Levenshtein distance / reference words). */
export function wordErrorRate(reference: string, hypothesis: string): WordErrorRate {
  const ref = words(reference);
  const hyp = words(hypothesis);
  const errors = tokenEditDistance(ref, hyp);
  return { words: ref.length, errors, rate: ref.length === 0 ? 0 : errors / ref.length };
}

/** The word pairs that differ between two texts of the same word count, in order (for reports). */
export function differingWords(
  reference: string,
  hypothesis: string,
): { expected: string; actual: string }[] {
  const ref = words(reference);
  const hyp = words(hypothesis);
  if (ref.length !== hyp.length) return [];
  return ref.flatMap((word, index) =>
    word === hyp[index] ? [] : [{ expected: word, actual: hyp[index] ?? '' }],
  );
}

/** Indices of reference words that the best word alignment matches exactly in the hypothesis. */
export function matchedReferenceWords(reference: string, hypothesis: string): Set<number> {
  const ref = words(reference);
  const hyp = words(hypothesis);
  const width = hyp.length + 1;
  const table = new Uint32Array((ref.length + 1) * width);
  for (let j = 0; j <= hyp.length; j++) table[j] = j;
  for (let i = 1; i <= ref.length; i++) {
    table[i * width] = i;
    for (let j = 1; j <= hyp.length; j++) {
      const substitution = (table[(i - 1) * width + j - 1] ?? 0) + (ref[i - 1] === hyp[j - 1] ? 0 : 1);
      table[i * width + j] = Math.min(
        substitution,
        (table[(i - 1) * width + j] ?? 0) + 1,
        (table[i * width + j - 1] ?? 0) + 1,
      );
    }
  }
  const matched = new Set<number>();
  let i = ref.length;
  let j = hyp.length;
  while (i > 0 && j > 0) {
    const here = table[i * width + j] ?? 0;
    const same = ref[i - 1] === hyp[j - 1];
    if (here === (table[(i - 1) * width + j - 1] ?? 0) + (same ? 0 : 1)) {
      if (same) matched.add(i - 1);
      i--;
      j--;
    } else if (here === (table[(i - 1) * width + j] ?? 0) + 1) i--;
    else j--;
  }
  return matched;
}
