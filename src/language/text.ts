import { OCR_PLACEHOLDER_CHARS } from './data/ocr-confusions.ts';

/** A word: letters plus the placeholder characters OCR leaves where it could not read a letter. */
const WORD_PATTERN = new RegExp(`[\\p{L}${OCR_PLACEHOLDER_CHARS.replace(/[|?]/g, '\\$&')}]+`, 'gu');
const LETTER = /\p{L}/u;

/** Splits a text into words as written (NFC), dropping numbers, punctuation and letterless tokens. */
export function casedWords(text: string): string[] {
  const out: string[] = [];
  for (const match of text.normalize('NFC').matchAll(WORD_PATTERN)) {
    if (LETTER.test(match[0])) out.push(match[0]);
  }
  return out;
}

/** Splits a text into lower-cased words (NFC), dropping numbers, punctuation and letterless tokens. */
export function words(text: string): string[] {
  return casedWords(text).map((word) => word.toLowerCase());
}

/** Acronyms (`LTU`, `NTNU`) are at most this long; longer all-caps words are headings (`RAMMEAVTALE`). */
const MAX_ACRONYM_LENGTH = 5;

/** What kind of token a word is, for weighting its spelling as evidence: names say little about the language. */
export function wordKind(word: string): 'acronym' | 'capitalised' | 'plain' {
  const lower = word.toLowerCase();
  if (lower === word) return 'plain';
  if (word === word.toUpperCase()) return word.length <= MAX_ACRONYM_LENGTH ? 'acronym' : 'plain';
  return 'capitalised';
}

/** The character n-grams of one word, padded with a space on each side so word edges count. */
export function wordGrams(word: string, order: number): string[] {
  const padded = ` ${word} `;
  const out: string[] = [];
  for (let i = 0; i + order <= padded.length; i++) {
    const gram = padded.slice(i, i + order);
    if (gram !== ' ') out.push(gram);
  }
  return out;
}
