import { knownWordShare } from '../language/index.ts';
import { wordLexicon } from '../language/model.ts';
import type { OcrMode } from '../options.ts';

/**
 * Whether a page needs OCR: one named function of (page, mode), with its reason (OCRmyPDF's
 * `is_ocr_required`). A text layer is judged by the shapes of its tokens and by how many of them the
 * sv/no/en dictionaries know, so a bad old OCR layer or a broken font encoding is read again.
 */

export { OCR_MODES, type OcrMode } from '../options.ts';

export interface PageForOcrDecision {
  /** The page's text layer, or null when it has none. */
  textLayer: string | null;
  /** Whether the page carries an image (a scan) that OCR could read. */
  hasImage: boolean;
}

export interface OcrDecision {
  ocr: boolean;
  reason: string;
  /** Set when a text layer is replaced or doubted: the document's warnings repeat it. */
  warning?: string;
}

/** Fewer non-space characters than this is not a usable text layer (a page number, a stamp). */
const MIN_USABLE_CHARS = 25;
/** Below this share of characters in word-like tokens, a text layer is garbage (bad OCR, broken fonts). */
const MIN_WORDLIKE_SHARE = 0.6;
/** Above this share of characters outside letters, digits and ordinary punctuation, a layer is garbage. */
const MAX_ODD_CHAR_SHARE = 0.15;
/**
 * Below this share of dictionary words, a text layer is garbage. Measured: clean and OCR-noisy letters in
 * the fixtures score 0.78–0.99; a letter-substituted (mis-encoded) layer scores 0.04.
 */
const MIN_KNOWN_WORD_SHARE = 0.4;
/** The dictionary share is only telling over this many words; shorter layers are judged by shape alone. */
const MIN_WORDS_FOR_KNOWN_SHARE = 20;
/**
 * A plain text is judged by its dictionary share over fewer words than a text layer: its only cost is a
 * warning, and a short odd text (a spreadsheet formula, a row of reference numbers) deserves one.
 */
const MIN_WORDS_FOR_PLAIN_TEXT_SHARE = 5;
/** Longest plausible word; longer letter runs are glued-together or mis-encoded text. */
const MAX_WORD_LENGTH = 24;

/**
 * A text layer made by OCR with an English model from a Swedish or Norwegian page (`Lansstyrelsen`,
 * `méjligt`, `hegskole`) is read again when at least this share of its words are near-words: unknown to
 * the dictionaries as written, known once a lost å/ä/ö/ø/æ is put back. Measured: such layers score
 * 0.04–0.16; clean sv/no text and ordinary sv/no OCR noise 0–0.06, but with its own å/ä/ö/ø/æ.
 */
const MIN_LEGACY_NEAR_WORD_SHARE = 0.04;
/** …and at least this many of them: a short text with a few odd names is not evidence. */
const MIN_LEGACY_NEAR_WORDS = 5;
/**
 * …and words written with å/ä/ö/ø/æ are at most half as many as the near-words: a layer that has the
 * letters was read by a model that knows them, and its near-words are ordinary noise.
 */
const MAX_NORDIC_PER_NEAR_WORD = 0.5;
/** …and it is not English text (whose names and loans make near-words): under this share English-only words. */
const MAX_LEGACY_ENGLISH_SHARE = 0.2;
/** What an English model writes for each lost letter (the plain and the commonest shape confusions). */
const LEGACY_LETTERS: readonly (readonly [seen: string, meant: readonly string[]])[] = [
  ['a', ['ä', 'å']],
  ['o', ['ö', 'ø']],
  ['é', ['ö']],
  ['6', ['ö']],
  ['e', ['ø', 'æ']],
  ['g', ['ø']],
];
/** The membership mask of a word only the English dictionary knows (bit 3; sv, nb, nn are bits 0–2). */
const ENGLISH_ONLY = 0b1000;
/** Two lost letters per word are tried (`forsorjning`); more costs time and finds accidental words. */
const LEGACY_MAX_SITES = 2;

/** Letters of sv/no/en text and the Latin-1/Latin Extended-A letters names bring with them: a part all of them. */
const LETTERS_ONLY = /^\p{Script=Latin}*$/u;
const VOWEL = /[aeiouyåäöøæéèêáàüóò]/iu;
/**
 * A character outside the letters, digits, ordinary punctuation and symbols of business letters; matched
 * per code point, so a token's odd characters are counted in one pass.
 */
const NOT_ORDINARY = /[^\p{L}\p{N}\s.,;:!?'"«»“”‘’()[\]{}\-–—/\\&%§@#*+=<>_|€$£°…]/gu;
/** Tokens that are numbers, dates, org numbers, references: not words, but not garbage either. */
const NUMERIC_TOKEN = /^[([]?[\d][\d\s.,:/\-–]*[\d)\].,:;%]?$/u;
/** Lowercase followed by uppercase inside a token ("rEgion") is typical of broken font encodings. */
const CASE_FLIP = /\p{Ll}\p{Lu}/u;

/** Share (0–1) of a text's characters that sit in word-like tokens, and of odd characters. */
export function textLayerQuality(text: string): { chars: number; wordlikeShare: number; oddShare: number } {
  const tokens = text.split(/\s+/u).filter((token) => token.length > 0);
  let chars = 0;
  let wordlike = 0;
  let odd = 0;
  for (const token of tokens) {
    chars += token.length;
    odd += token.match(NOT_ORDINARY)?.length ?? 0;
    if (isWordlike(token)) wordlike += token.length;
  }
  return { chars, wordlikeShare: chars > 0 ? wordlike / chars : 0, oddShare: chars > 0 ? odd / chars : 0 };
}

function isWordlike(token: string): boolean {
  if (NUMERIC_TOKEN.test(token)) return true;
  const core = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (core.length === 0) return token.length <= 2; // a dash or bullet on its own
  if (core.length > MAX_WORD_LENGTH) return false;
  for (const part of core.split(/[-/']/u)) {
    if (part.length === 0) continue;
    if (/\d/u.test(part) && /\p{L}/u.test(part)) return part.length <= 4; // "1st", "2a", "3:e"
    if (!LETTERS_ONLY.test(part)) return false;
    if (part.length > 1 && CASE_FLIP.test(part) && part !== part.toUpperCase()) return false;
    if (part.length > 3 && !VOWEL.test(part)) return false;
  }
  return true;
}

/**
 * Why a text reads poorly, by the same measures that send a text layer to OCR, or null when it reads as
 * ordinary text. Plain text cannot be OCR'd; this is what its warning says instead.
 */
export function poorTextReason(text: string): string | null {
  const quality = textLayerQuality(text);
  if (quality.chars < MIN_USABLE_CHARS) return `only ${quality.chars} characters of text`;
  if (quality.oddShare > MAX_ODD_CHAR_SHARE) return `${percent(quality.oddShare)} % odd characters`;
  if (quality.wordlikeShare < MIN_WORDLIKE_SHARE)
    return `only ${percent(quality.wordlikeShare)} % of the text in word-like tokens`;
  const known = knownWordShare(text);
  if (known.words === 0) return 'no words, only numbers and signs';
  if (known.words >= MIN_WORDS_FOR_PLAIN_TEXT_SHARE && known.share < MIN_KNOWN_WORD_SHARE)
    return `only ${percent(known.share)} % of its words are Swedish, Norwegian or English words`;
  return null;
}

function percent(share: number): string {
  return (share * 100).toFixed(0);
}

/**
 * How much a text layer reads like legacy OCR: of its words (3+ characters), how many are near-words (not
 * a dictionary word, but one once a lost Nordic letter is put back) and how many carry å/ä/ö/ø/æ.
 */
export function legacyOcrSigns(text: string): {
  words: number;
  nearWords: number;
  nordicWords: number;
  englishWords: number;
} {
  const lexicon = wordLexicon();
  let words = 0;
  let nearWords = 0;
  let nordicWords = 0;
  let englishWords = 0;
  for (const match of text.matchAll(/[\p{L}6]{3,}/gu)) {
    const word = match[0].toLowerCase();
    if (word.length > lexicon.maxLength || /^6|6$/u.test(word)) continue;
    words++;
    const membership = lexicon.membership(word);
    if (membership === ENGLISH_ONLY) englishWords++;
    if (/[åäöøæ]/u.test(word)) nordicWords++;
    else if (membership === 0 && hasNordicReading(word, lexicon.membership)) nearWords++;
  }
  return { words, nearWords, nordicWords, englishWords };
}

/** Whether a text layer's signs say legacy OCR (see the thresholds above). */
export function isLegacyOcrLayer(signs: ReturnType<typeof legacyOcrSigns>): boolean {
  return (
    signs.nearWords >= MIN_LEGACY_NEAR_WORDS &&
    signs.nearWords >= MIN_LEGACY_NEAR_WORD_SHARE * signs.words &&
    signs.nordicWords <= MAX_NORDIC_PER_NEAR_WORD * signs.nearWords &&
    signs.englishWords <= MAX_LEGACY_ENGLISH_SHARE * signs.words
  );
}

/** Whether putting back up to two lost letters makes a dictionary word of `word`. */
function hasNordicReading(word: string, membership: (word: string) => number, from = 0, sites = 0): boolean {
  if (sites >= LEGACY_MAX_SITES) return false;
  for (let index = from; index < word.length; index++) {
    const meant = LEGACY_LETTERS.find(([seen]) => seen === word.charAt(index))?.[1];
    if (!meant) continue;
    for (const letter of meant) {
      const reading = word.slice(0, index) + letter + word.slice(index + 1);
      if (membership(reading) !== 0 || hasNordicReading(reading, membership, index + 1, sites + 1))
        return true;
    }
  }
  return false;
}

/** Decides whether a page gets OCR in the given mode, and says why. */
export function decideOcr(page: PageForOcrDecision, mode: OcrMode): OcrDecision {
  // Plain text has nothing to OCR in any mode: it is read as it is (a poor one gets a warning at load).
  if (!page.hasImage) return { ocr: false, reason: 'plain text: read as it is' };
  if (mode === 'off') return { ocr: false, reason: 'OCR is off' };
  if (mode === 'force') return { ocr: true, reason: 'OCR forced' };
  const text = page.textLayer ?? '';
  const quality = textLayerQuality(text);
  if (quality.chars < MIN_USABLE_CHARS)
    return { ocr: true, reason: 'no usable text layer; page has an image' };
  if (quality.oddShare > MAX_ODD_CHAR_SHARE) {
    return {
      ocr: true,
      reason: `garbage text layer: ${(quality.oddShare * 100).toFixed(0)} % odd characters (broken font encoding?)`,
    };
  }
  if (quality.wordlikeShare < MIN_WORDLIKE_SHARE) {
    return {
      ocr: true,
      reason: `garbage text layer: only ${(quality.wordlikeShare * 100).toFixed(0)} % of text in word-like tokens`,
    };
  }
  const known = knownWordShare(text);
  if (known.words >= MIN_WORDS_FOR_KNOWN_SHARE && known.share < MIN_KNOWN_WORD_SHARE) {
    return {
      ocr: true,
      reason: `garbage text layer: only ${(known.share * 100).toFixed(0)} % of its words are Swedish, Norwegian or English words`,
    };
  }
  const legacy = legacyOcrSigns(text);
  if (isLegacyOcrLayer(legacy)) {
    const share = `${((legacy.nearWords / legacy.words) * 100).toFixed(0)} %`;
    const what = `text layer reads like OCR with an English model (${share} of its words lack å/ä/ö/ø/æ)`;
    // A page without an image never gets here: its text is kept, and repair restores the letters.
    return {
      ocr: true,
      reason: `${what}: OCR'd again (redo OCR)`,
      warning: `${what}; the page was OCR'd again`,
    };
  }
  return {
    ocr: false,
    reason: `usable text layer (${(quality.wordlikeShare * 100).toFixed(0)} % word-like, ${(known.share * 100).toFixed(0)} % dictionary words)`,
  };
}
