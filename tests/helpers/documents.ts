import type { z } from 'zod';
import { type LetterOfIntent, SCHEMA_VERSION } from '../../src/schema/letter-of-intent.ts';

/**
 * A small valid output document as plain data (a Swedish letter with one party, a date and governance),
 * fresh on every call: tests spread it and override fields to make the variants they need, valid or not.
 */
export function validDocument(): z.input<typeof LetterOfIntent> {
  return {
    schemaVersion: SCHEMA_VERSION,
    source: {
      file: 'a.txt',
      sha256: 'a'.repeat(64),
      mediaType: 'text/plain',
      pages: 1,
      textSource: 'plain-text',
      ocrConfidence: null,
      toolVersion: '0.1.0',
    },
    language: 'sv',
    languageConfidence: 0.9,
    documentType: 'letter-of-intent',
    title: null,
    date: '2016-09-23',
    place: null,
    reference: null,
    parties: [
      {
        name: 'Luleå tekniska universitet',
        abbreviation: 'LTU',
        orgNumber: '202100-2841',
        orgNumberValid: true,
      },
    ],
    purposes: [],
    cooperationAreas: [],
    governance: { bodies: [{ name: 'styrgrupp', mandate: null }], meetingsPerYear: 2, responsible: [] },
    validity: { start: 'on-signature', end: 'until-terminated', durationMonths: null, noticePeriodMonths: 3 },
    signatories: [],
    evidence: { date: [{ page: 1, start: 0, end: 10, snippet: '2016-09-23' }] },
    repairs: [],
    warnings: [],
  };
}
