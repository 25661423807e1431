/**
 * eld's language scores for Swedish, Norwegian, Danish and English, without eld.
 *
 * A port of the scorer of eld, the Efficient Language Detector (npm `eld` 2.1.0,
 * https://github.com/nitotm/efficient-language-detector-js), Copyright 2023 Nito T.M., licensed under the
 * Apache License, Version 2.0 (https://www.apache.org/licenses/LICENSE-2.0). Changes from the original: only
 * `detect(text).getScores()` is ported, restricted to sv/no/da/en, rewritten in TypeScript; the n-gram weights,
 * byte dictionary and letter class in `data/eld-ngrams.json` are extracted unchanged from eld's medium database
 * by `fixtures/language/make-eld-profile.ts`.
 *
 * eld learned its weights from a large corpus, so its scores are independent evidence next to our own profiles;
 * loading eld itself would cost 180–400 MiB for its 60 languages.
 */
import data from './data/eld-ngrams.json' with { type: 'json' };

/** The languages eld scores here. */
export type EldLanguage = 'sv' | 'no' | 'da' | 'en';
/** eld's 0–1 score per language; 0 where eld reports none. */
export type EldScores = Record<EldLanguage, number>;

interface EldProfile {
  languages: readonly string[];
  /** The letters eld keeps in words (the body of a regex character class); everything else separates words. */
  letters: string;
  /** One character per byte value, eld's stand-in for raw bytes in JavaScript strings. */
  dictionary: readonly string[];
  /** Byte n-gram → weight per language in `languages` order; 0 = no weight. */
  ngrams: Record<string, readonly number[]>;
}

const LANGUAGES = ['sv', 'no', 'da', 'en'] as const satisfies readonly EldLanguage[];
const PROFILE = data as EldProfile;
if (PROFILE.languages.join() !== LANGUAGES.join()) throw new Error('eld-ngrams.json lists other languages');

/** Only the start of a text is read, as in eld (1000 UTF-16 code units). */
const MAX_TEXT_UNITS = 1000;
/** As in eld: stop at the first space after 350 bytes of UTF-8 ... */
const CUT_AFTER_BYTES = 350;
/** ... or after whatever character passes 380 bytes. */
const ENFORCE_CUT_AFTER_BYTES = 380;
/** As in eld: only the first 70 bytes of a word are cut into n-grams. */
const MAX_WORD_BYTES = 70;
/** As in eld: n-grams of 4 bytes, taken every 3 bytes. */
const NGRAM_BYTES = 4;
const NGRAM_STRIDE = 3;
/** As in eld, which subtracts this minimum from every stored weight to keep its database small. */
const BASE_NGRAM_SCORE = 53;
/** As in eld ("handpicked"): the mean n-gram score s becomes s / (s + 25). */
const SCORE_SCALE = 25;
/** eld's dictionary has one character per byte value. */
const BYTE_VALUES = 256;
/** Code of the space, eld's only word separator once non-letters are replaced. */
const SPACE = 0x20;

/**
 * eld's word separators: runs of non-letters, except that a run may not end in an apostrophe (', `, ’), so
 * "don't" stays one word.
 */
const SEPARATORS = new RegExp(`[^${PROFILE.letters}]+(?<![\\x27\\x60\\u2019])`, 'gu');
const BYTE_CHARS = PROFILE.dictionary.join('');
if (BYTE_CHARS.length !== BYTE_VALUES) {
  throw new Error('eld-ngrams.json: the byte dictionary is not one character per byte value');
}
const WEIGHTS = new Map(Object.entries(PROFILE.ngrams));

/**
 * eld's `detect(text).getScores()` restricted to sv/no/da/en, with 0 for languages eld gives no score. eld's
 * optional text cleanup (URLs, e-mails, numbers) is off by default, so it is not ported. A language's score is
 * its summed weights over all the text's distinct n-grams, weighted or not, scaled to 0–1.
 */
export function eldScores(text: string): EldScores {
  const words = byteWords(text.substring(0, MAX_TEXT_UNITS).replace(SEPARATORS, ' ').trim().toLowerCase());
  const grams = byteNgrams(words);
  const sums = LANGUAGES.map(() => 0);
  for (const gram of grams) {
    const weights = WEIGHTS.get(gram);
    if (weights === undefined) continue;
    weights.forEach((weight, k) => {
      if (weight !== 0) sums[k] = (sums[k] ?? 0) + weight + BASE_NGRAM_SCORE;
    });
  }
  const scores: EldScores = { sv: 0, no: 0, da: 0, en: 0 };
  LANGUAGES.forEach((language, k) => {
    const sum = sums[k] ?? 0;
    if (sum <= 0) return;
    const mean = sum / grams.size;
    scores[language] = mean / (mean + SCORE_SCALE);
  });
  return scores;
}

/**
 * The space-separated words of `text` as UTF-8 byte strings, one dictionary character per byte, cut near
 * 350 bytes as eld does. Surrogate handling copies eld's, including a lone surrogate at the end.
 */
function byteWords(text: string): string[] {
  const words: string[] = [];
  let word = '';
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code === SPACE) {
        if (word !== '') {
          words.push(word);
          word = '';
        }
        if (bytes > CUT_AFTER_BYTES) break;
      } else {
        word += text.charAt(i);
      }
      bytes++;
    } else if (code < 0x800) {
      word += byteChar(0xc0 | (code >> 6)) + byteChar(0x80 | (code & 0x3f));
      bytes += 2;
    } else if (code < 0xd800 || code >= 0xe000) {
      word +=
        byteChar(0xe0 | (code >> 12)) +
        byteChar(0x80 | ((code >> 6) & 0x3f)) +
        byteChar(0x80 | (code & 0x3f));
      bytes += 3;
    } else {
      i++;
      code = 0x10000 + (((code & 0x3ff) << 10) | (text.charCodeAt(i) & 0x3ff));
      word +=
        byteChar(0xf0 | (code >> 18)) +
        byteChar(0x80 | ((code >> 12) & 0x3f)) +
        byteChar(0x80 | ((code >> 6) & 0x3f)) +
        byteChar(0x80 | (code & 0x3f));
      bytes += 4;
    }
    if (bytes > ENFORCE_CUT_AFTER_BYTES) break;
  }
  if (word !== '') words.push(word);
  return words;
}

function byteChar(byte: number): string {
  return BYTE_CHARS.charAt(byte);
}

/**
 * eld's n-grams of the words: 4 bytes every 3, the first with a leading space, the last (the word's final
 * 4 bytes, or the whole word when shorter) with a trailing space. As in eld, the last one runs to the end of
 * the word even when the word is longer than the 70 bytes the others stop at.
 */
function byteNgrams(words: readonly string[]): Set<string> {
  const grams = new Set<string>();
  for (const word of words) {
    const length = Math.min(word.length, MAX_WORD_BYTES);
    let start = 0;
    for (; start + NGRAM_BYTES < length; start += NGRAM_STRIDE) {
      grams.add((start === 0 ? ' ' : '') + word.substring(start, start + NGRAM_BYTES));
    }
    grams.add(`${start === 0 ? ' ' : ''}${word.substring(Math.max(0, length - NGRAM_BYTES))} `);
  }
  return grams;
}
