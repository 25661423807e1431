import { seededRandom } from '../text/random.ts';
import { CONFUSIONS, confusionsFor, SHAPE_GROUPS } from './confusions.ts';
import { LEGACY_CONFUSIONS } from './legacy.ts';

/**
 * Synthetic OCR noise for measuring the repair: clean text in, the same text with some words garbled the
 * way OCR garbles them. Deterministic for a seed, so a benchmark run can be repeated exactly.
 */

/**
 * How a garbled word is garbled. Most noise follows the confusion table (it was built from real OCR), but
 * a share is shape noise the table does not list and word splits, so the benchmark also shows what the
 * repair cannot know about.
 */
const NOISE_KIND_SHARES = { confusion: 0.7, shape: 0.2, split: 0.1 } as const;

export interface NoiseOptions {
  language: 'sv' | 'no' | 'en';
  /** Share of words (3+ letters) to garble, 0–1. */
  rate: number;
  seed: number;
}

/** Returns `text` with about `rate` of its words garbled by OCR-like noise; whitespace is kept. */
export function addOcrNoise(text: string, options: NoiseOptions): string {
  const random = seededRandom(options.seed);
  const confusions = confusionsFor(options.language).filter((entry) => CONFUSIONS.includes(entry));
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
  return text.replace(/\p{L}{3,}/gu, (word) => {
    if (random() >= options.rate) return word;
    const roll = random();
    if (roll < NOISE_KIND_SHARES.confusion) {
      const usable = confusions.filter((entry) => word.includes(entry.clean));
      const entry = pick(usable);
      if (entry) {
        const positions = [...word.matchAll(new RegExp(escapeRegExp(entry.clean), 'g'))].map(
          (match) => match.index,
        );
        const at = pick(positions) ?? 0;
        return word.slice(0, at) + entry.noisy + word.slice(at + entry.clean.length);
      }
    }
    if (roll < NOISE_KIND_SHARES.confusion + NOISE_KIND_SHARES.shape) {
      const at = Math.floor(random() * word.length);
      const char = word.charAt(at);
      const group = SHAPE_GROUPS.find((item) => item.includes(char));
      const replacement = group ? pick([...group].filter((item) => item !== char)) : undefined;
      if (replacement) return word.slice(0, at) + replacement + word.slice(at + 1);
    }
    if (word.length >= 8) {
      const at = 3 + Math.floor(random() * (word.length - 6));
      return `${word.slice(0, at)} ${word.slice(at)}`;
    }
    return word;
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Legacy noise: `text` as an English OCR model would read it from a Swedish or Norwegian scan. In about
 * `rate` of the words that carry å/ä/ö/ø/æ, each such letter becomes one of the legacy confusions' noisy
 * sides (plain ones four times as often as shape ones, as in real legacy text layers).
 */
export function addLegacyNoise(
  text: string,
  options: { language: 'sv' | 'no'; rate: number; seed: number },
): string {
  const random = seededRandom(options.seed);
  const table = LEGACY_CONFUSIONS[options.language];
  const replace = (letter: string): string => {
    const entries = table.filter((entry) => entry.clean === letter);
    const weights = entries.map((entry) => (entry.cost === 1 ? LEGACY_PLAIN_WEIGHT : 1));
    let roll = random() * weights.reduce((sum, weight) => sum + weight, 0);
    for (const [index, entry] of entries.entries()) {
      roll -= weights[index] ?? 0;
      if (roll <= 0) return entry.noisy;
    }
    return letter;
  };
  return text.replace(/\p{L}*[åäöøæÅÄÖØÆ]\p{L}*/gu, (word) =>
    random() < options.rate ? word.replace(/[åäöøæÅÄÖØÆ]/gu, replace) : word,
  );
}

/** How much likelier a plain legacy confusion (`a` for `ä`) is than a shape one (`d` for `ö`). */
const LEGACY_PLAIN_WEIGHT = 4;
