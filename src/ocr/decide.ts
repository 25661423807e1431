import { knownWordShare } from '../language/index.ts';
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
/** Longest plausible word; longer letter runs are glued-together or mis-encoded text. */
const MAX_WORD_LENGTH = 24;

/** Letters of sv/no/en text and the Latin-1/Latin Extended-A letters names bring with them. */
const LETTER = /\p{Script=Latin}/u;
const VOWEL = /[aeiouyåäöøæéèêáàüóò]/iu;
/** Ordinary punctuation and symbols of business letters. */
const ORDINARY = /[\p{L}\p{N}\s.,;:!?'"«»“”‘’()[\]{}\-–—/\\&%§@#*+=<>_|€$£°…]/u;
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
    for (const char of token) if (!ORDINARY.test(char)) odd++;
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
    if (![...part].every((char) => LETTER.test(char))) return false;
    if (part.length > 1 && CASE_FLIP.test(part) && part !== part.toUpperCase()) return false;
    if (part.length > 3 && !VOWEL.test(part)) return false;
  }
  return true;
}

/** Decides whether a page gets OCR in the given mode, and says why. */
export function decideOcr(page: PageForOcrDecision, mode: OcrMode): OcrDecision {
  if (mode === 'off') return { ocr: false, reason: 'OCR is off' };
  if (mode === 'force') return { ocr: true, reason: 'OCR forced' };
  const text = page.textLayer ?? '';
  const quality = textLayerQuality(text);
  if (quality.chars < MIN_USABLE_CHARS) {
    if (page.hasImage) return { ocr: true, reason: 'no usable text layer; page has an image' };
    if (quality.chars === 0) return { ocr: true, reason: 'no text layer (text may be drawn as shapes)' };
    return { ocr: false, reason: 'short text layer and no image: nothing more to read' };
  }
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
  return {
    ocr: false,
    reason: `usable text layer (${(quality.wordlikeShare * 100).toFixed(0)} % word-like, ${(known.share * 100).toFixed(0)} % dictionary words)`,
  };
}
