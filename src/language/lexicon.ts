/**
 * A compact lexicon of the word forms in the hunspell dictionaries of Swedish, bokmål, nynorsk and English,
 * built by `fixtures/language/make-lexicon.ts`, with the dictionaries each form is in. A form found on one
 * side of the sv/no divide only (`bedriva`, `handlade` vs `signert`, `våre`) is the word-level evidence that
 * 20-character snippets lack; which dictionaries lack a form (`verkar`: Swedish and nynorsk, not bokmål)
 * counts too. The forms are stored as a Golomb–Rice coded set of 32-bit hashes with a 4-bit membership each
 * (about 12 bits a word), so a word that is in no list matches a stored hash with probability 2^−`fpBits`.
 */

/**
 * Which side of the sv/no divide a word form belongs to; `shared` marks a form both sides (or English)
 * have, so that a caller can tell a known neutral word from an unknown one worth reading as OCR noise.
 */
export type LexiconSide = 'sv' | 'no' | 'shared';

/** The dictionaries a form can be in, in the order of their bits in a membership mask (bit 0 = sv). */
export const LEXICON_LANGUAGES = ['sv', 'nb', 'nn', 'en'] as const;
export type LexiconLanguage = (typeof LEXICON_LANGUAGES)[number];
/** Bits of a membership mask. */
const MEMBERSHIP_BITS = LEXICON_LANGUAGES.length;
const SV = 1;
const NORWEGIAN = 2 | 4;

/** The committed form of the lexicon (`data/word-lexicon.json`). */
export interface LexiconData {
  /** Longest word (in UTF-16 units) the lexicon holds; longer words are not looked up. */
  maxLength: number;
  /** Number of stored word forms. */
  count: number;
  /** Hashes are taken modulo this; about `count · 2^fpBits`, which sets the false-positive rate. */
  range: number;
  /** Rice parameter (bits of each gap's remainder): log2 of the mean gap between stored hashes. */
  fpBits: number;
  /** Base64 of the bit stream: per form, the Rice-coded hash gap, then its membership mask (4 bits, sv first). */
  data: string;
}

/** FNV-1a over the UTF-16 units, then the murmur3 finaliser so that the low bits are well mixed. */
export function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The hash of `word` within the lexicon's range. */
export function rangedHash(word: string, range: number): number {
  return wordHash(word) % range;
}

/** A decoded lexicon: sorted hashes and their membership masks, looked up by binary search. */
export interface WordLexicon {
  /** Longest form looked up; longer words are unknown. */
  readonly maxLength: number;
  /** The side whose dictionary alone has this form, `shared`, or undefined for an unknown (or too long) word. */
  side(word: string): LexiconSide | undefined;
  /** Which dictionaries have this form (bit i = `LEXICON_LANGUAGES[i]`); 0 for an unknown (or too long) word. */
  membership(word: string): number;
}

/** The sv/no side of a membership mask: Swedish only, Norwegian (either standard) only, or shared. */
export function sideOf(mask: number): LexiconSide | undefined {
  if (mask === 0) return undefined;
  const sv = (mask & SV) !== 0;
  const no = (mask & NORWEGIAN) !== 0;
  if (sv && !no) return 'sv';
  if (no && !sv) return 'no';
  return 'shared';
}

/** Distinct words whose membership is kept. */
const MEMBERSHIP_MEMO_LIMIT = 100_000;

/** Decodes the committed lexicon once; the bit stream is read back into sorted arrays for binary search. */
export function decodeLexicon(lexicon: LexiconData): WordLexicon {
  const bytes = Buffer.from(lexicon.data, 'base64');
  const hashes = new Uint32Array(lexicon.count);
  const masks = new Uint8Array(lexicon.count);
  // Read in bulk rather than bit by bit (1.2 million forms; issue 12): the remainder and the mask that
  // follow each unary quotient are one field of `fpBits + 4` bits (≤ 24, so it fits in the 32-bit window).
  const byteAt = (index: number): number => bytes[index] ?? 0;
  const tailBits = lexicon.fpBits + MEMBERSHIP_BITS;
  const maskOf = (1 << MEMBERSHIP_BITS) - 1;
  const step = 2 ** lexicon.fpBits;
  let bit = 0;
  let previous = 0;
  for (let i = 0; i < lexicon.count; i++) {
    let quotient = 0;
    while (((byteAt(bit >>> 3) >>> (7 - (bit & 7))) & 1) === 1) {
      quotient++;
      bit++;
    }
    bit++;
    const at = bit >>> 3;
    const window =
      ((byteAt(at) << 24) | (byteAt(at + 1) << 16) | (byteAt(at + 2) << 8) | byteAt(at + 3)) >>> 0;
    const tail = ((window << (bit & 7)) >>> 0) >>> (32 - tailBits);
    bit += tailBits;
    previous += quotient * step + (tail >>> MEMBERSHIP_BITS);
    hashes[i] = previous;
    masks[i] = tail & maskOf;
  }
  // A binary search over 1.2 million hashes misses the cache at most of its ~20 steps; the words of a batch
  // repeat, so their answers are kept (bounded).
  const known = new Map<string, number>();
  const membership = (word: string): number => {
    let mask = known.get(word);
    if (mask === undefined) {
      mask = search(word);
      if (known.size >= MEMBERSHIP_MEMO_LIMIT) known.clear();
      known.set(word, mask);
    }
    return mask;
  };
  const search = (word: string): number => {
    if (word.length > lexicon.maxLength) return 0;
    const target = rangedHash(word, lexicon.range);
    let lo = 0;
    let hi = hashes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const value = hashes[mid] ?? 0;
      if (value === target) return masks[mid] ?? 0;
      if (value < target) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  };
  return { maxLength: lexicon.maxLength, membership, side: (word) => sideOf(membership(word)) };
}
