import { franc } from 'franc';
import type { LanguageCode } from '../schema/letter-of-intent.ts';

export interface LanguageGuess {
  language: LanguageCode;
  /** 0–1 */
  confidence: number;
  /** Every language considered, best first, with a score in 0–1. */
  candidates: { language: string; score: number }[];
}

const FRANC_TO_CODE: Record<string, LanguageCode> = { swe: 'sv', nob: 'no', nno: 'no', eng: 'en' };

/** Detects sv/no/en (or `und`) in a text. First version: franc restricted to the Scandinavian languages and English. */
export function detectLanguage(text: string): LanguageGuess {
  const code = franc(text, { only: ['swe', 'nob', 'nno', 'dan', 'eng'], minLength: 10 });
  const language = FRANC_TO_CODE[code] ?? 'und';
  return { language, confidence: language === 'und' ? 0 : 0.5, candidates: [] };
}
