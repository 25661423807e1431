import type { TextPage } from '../pipeline/page.ts';
import type { Evidence, ExtractedFields, LanguageCode } from '../schema/letter-of-intent.ts';

export type Fields = Omit<ExtractedFields, 'language'>;

export interface Extraction {
  fields: Fields;
  evidence: Evidence;
  warnings: string[];
}

/** Extracts every field from the repaired pages. Placeholder until the extractors land: says nothing. */
export function extractFields(_pages: readonly TextPage[], _language: LanguageCode): Extraction {
  return {
    fields: {
      documentType: 'other',
      title: null,
      date: null,
      place: null,
      reference: null,
      parties: [],
      purposes: [],
      cooperationAreas: [],
      governance: { bodies: [], meetingsPerYear: null, responsible: [] },
      validity: { start: null, end: null, durationMonths: null, noticePeriodMonths: null },
      signatories: [],
    },
    evidence: {},
    warnings: [],
  };
}
