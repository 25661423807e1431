import { type Extraction, extractFields } from '../../src/extract/index.ts';
import type { LanguageCode } from '../../src/schema/letter-of-intent.ts';

/** Splits a text into pages at form feeds, as the loader does for `.txt` input. */
export function pagesOf(text: string): { number: number; text: string }[] {
  return text.split('\f').map((pageText, index) => ({ number: index + 1, text: pageText }));
}

/** Runs the extractor on one text. */
export function extract(text: string, language: LanguageCode): Extraction {
  return extractFields(pagesOf(text), language);
}

/** The extraction of a text as written and with its line breaks flattened (both readings). */
export function both(text: string, language: LanguageCode): [Extraction, Extraction] {
  return [extract(text, language), extract(flatten(text), language)];
}

/** The text with its line breaks flattened to spaces, as a store or `pdftotext -raw` gives it. */
export const flatten = (text: string): string => text.replace(/[^\S\n]*\r?\n\s*/gu, ' ');

/** The party names read from a text, with its line breaks and with them flattened (both readings). */
export function partyNamesBothReadings(text: string, language: LanguageCode): string[][] {
  const names = (reading: string) => extract(reading, language).fields.parties.map((party) => party.name);
  return [names(text), names(flatten(text))];
}
