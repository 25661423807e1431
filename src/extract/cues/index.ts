import type { LanguageCode } from '../../schema/letter-of-intent.ts';
import { en } from './en.ts';
import { no } from './no.ts';
import { sv } from './sv.ts';
import type { LanguageCues } from './types.ts';

export type { LanguageCues } from './types.ts';

/** Every language's cue data; adding a language means adding its file here. */
export const CUES: Record<Exclude<LanguageCode, 'und'>, LanguageCues> = { sv, no, en };

/**
 * The cue sets to try for a document, the detected language first. The others follow because documents
 * mix languages (English titles in Swedish letters) and the detector can be wrong on noisy OCR text.
 */
export function cueSets(language: LanguageCode): LanguageCues[] {
  // One array per language for the whole process, so what is built from a language's cues (patterns.ts
  // `perCueSets`) is built once, not per document and call (issue 12).
  let sets = SETS.get(language);
  if (sets === undefined) {
    const first = language === 'und' ? [] : [CUES[language]];
    sets = Object.freeze([...first, ...Object.values(CUES).filter((cues) => !first.includes(cues))]);
    SETS.set(language, sets);
  }
  return sets as LanguageCues[];
}

const SETS = new Map<LanguageCode, readonly LanguageCues[]>();
