import { franc } from 'franc';
import type { LanguageCode } from '../schema/letter-of-intent.ts';
import profile from './data/ngram-profiles.json' with { type: 'json' };
import {
  type DetectOptions,
  detectWithProfile,
  type LanguageGuess,
  type NgramProfile,
  wordLexicon,
} from './model.ts';
import { type DocumentLanguage, detectPagesWith } from './pages.ts';

export type { DetectOptions, LanguageGuess } from './model.ts';
export type { DocumentLanguage } from './pages.ts';

const PROFILE = profile as NgramProfile;

/**
 * Recent answers of `detectLanguage` without options, by text. The pipeline asks about the same text up to
 * three times (the raw text, then each page and the whole after repair, which for a one-page document
 * that needed no repair are one string); each asking costs about as much as repair (issue 12).
 */
const recentGuesses = new Map<string, LanguageGuess>();
/** A few documents' worth of texts: enough for one document's questions, bounded in a long batch. */
const RECENT_GUESSES_LIMIT = 16;

/** Detects sv/no/en (or `und` when the evidence is thin) in a text, with a calibrated confidence in 0–1. */
export function detectLanguage(text: string, options: DetectOptions = {}): LanguageGuess {
  if (options.only !== undefined) return detectWithProfile(PROFILE, text, options);
  const known = recentGuesses.get(text);
  if (known !== undefined) return known;
  const guess = detectWithProfile(PROFILE, text, options);
  if (recentGuesses.size >= RECENT_GUESSES_LIMIT) {
    const oldest = recentGuesses.keys().next().value;
    if (oldest !== undefined) recentGuesses.delete(oldest);
  }
  recentGuesses.set(text, guess);
  return guess;
}

/** Detects the document language from its pages, with per-page languages and warnings when pages differ. */
export function detectPages(
  pages: readonly { number: number; text: string }[],
  options: DetectOptions = {},
): DocumentLanguage {
  return detectPagesWith(detectLanguage, pages, options);
}

/** franc's codes for the languages the detector reports; Danish is listed so franc can say so. */
const FRANC_ONLY = ['swe', 'nob', 'nno', 'dan', 'eng'];
const FRANC_TO_CODE: Record<string, LanguageCode> = { swe: 'sv', nob: 'no', nno: 'no', eng: 'en' };
/** franc's default minimum; shorter texts are `und` for it. */
const FRANC_MIN_LENGTH = 10;

/** franc alone, restricted like the detector; the baseline the benchmark compares against. */
export function detectWithFrancOnly(text: string): LanguageCode {
  return FRANC_TO_CODE[franc(text, { only: FRANC_ONLY, minLength: FRANC_MIN_LENGTH })] ?? 'und';
}

/** Words of this length or longer are looked up; one- and two-letter tokens match some dictionary by chance. */
const MIN_LOOKUP_LETTERS = 3;

/**
 * How much of a text is words of Swedish, Norwegian or English: the share of its letter-only tokens that
 * the dictionaries know. Real text scores high even when OCR-noisy; a garbage text layer (a bad old OCR
 * layer, a broken font encoding) scores near zero however word-like its shapes are.
 */
export function knownWordShare(text: string): { words: number; share: number } {
  const lexicon = wordLexicon();
  let words = 0;
  let known = 0;
  for (const match of text.matchAll(/\p{L}+/gu)) {
    const word = match[0].toLowerCase();
    if (word.length < MIN_LOOKUP_LETTERS || word.length > lexicon.maxLength) continue;
    words++;
    if (lexicon.membership(word) !== 0) known++;
  }
  return { words, share: words === 0 ? 0 : known / words };
}
