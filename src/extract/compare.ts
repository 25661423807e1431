import type { ExpectedExtraction, ExtractedFields } from '../schema/letter-of-intent.ts';
import { normalizeForCompare, similarity } from './similarity.ts';

/**
 * Field-by-field comparison of an extraction with an expected (golden) file, used by `npm run eval` and the
 * golden test. Each scored field passes or fails; the thresholds below say how close is "the same".
 */

/** Free text (titles, purposes, areas) matches at this similarity: one OCR slip in a sentence is tolerated. */
export const TEXT_SIMILARITY = 0.9;
/** Organisation names match at this similarity (or when one contains the other). */
export const NAME_SIMILARITY = 0.85;
/** A list field (purposes, areas, responsible, signatories) passes when the F1 of its item matches reaches this. */
export const LIST_F1 = 0.8;

/** The scored fields, in table order. Sub-fields of governance and validity are scored on their own. */
export const SCORED_FIELDS = [
  'language',
  'documentType',
  'title',
  'date',
  'place',
  'reference',
  'parties',
  'purposes',
  'cooperationAreas',
  'governance.bodies',
  'governance.meetingsPerYear',
  'governance.responsible',
  'validity.start',
  'validity.end',
  'validity.durationMonths',
  'validity.noticePeriodMonths',
  'signatories',
] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

/** Actual values as extracted; governance bodies carry a mandate the golden files do not have. */
export type Actual = ExtractedFields;

/** True when `field` is exempt: listed in `unsure` itself or through its parent ("governance"). */
export function isUnsure(expected: ExpectedExtraction, field: ScoredField): boolean {
  return expected.unsure.some((entry) => field === entry || field.startsWith(`${entry}.`));
}

/** Compares every scored field that is not unsure: field → pass/fail. */
export function compareExtraction(expected: ExpectedExtraction, actual: Actual): Map<ScoredField, boolean> {
  const result = new Map<ScoredField, boolean>();
  for (const field of SCORED_FIELDS) {
    if (isUnsure(expected, field)) continue;
    result.set(field, compareField(field, expected, actual));
  }
  return result;
}

function compareField(field: ScoredField, expected: ExpectedExtraction, actual: Actual): boolean {
  switch (field) {
    case 'language':
    case 'documentType':
    case 'date':
      return expected[field] === actual[field];
    case 'place':
    case 'reference':
      return sameText(expected[field], actual[field], 1);
    case 'title':
      return sameText(expected.title, actual.title, TEXT_SIMILARITY);
    case 'parties':
      return sameParties(expected.parties, actual.parties);
    case 'purposes':
    case 'cooperationAreas':
      return listF1(expected[field], actual[field], (a, b) => textMatches(a, b, TEXT_SIMILARITY)) >= LIST_F1;
    case 'governance.bodies':
      return (
        listF1(
          expected.governance.bodies,
          actual.governance.bodies.map((body) => body.name),
          (a, b) => containsEither(a, b),
        ) === 1
      );
    case 'governance.meetingsPerYear':
      return expected.governance.meetingsPerYear === actual.governance.meetingsPerYear;
    case 'governance.responsible':
      return (
        listF1(expected.governance.responsible, actual.governance.responsible, (a, b) =>
          textMatches(a, b, TEXT_SIMILARITY),
        ) >= LIST_F1
      );
    case 'validity.start':
    case 'validity.end':
    case 'validity.durationMonths':
    case 'validity.noticePeriodMonths': {
      const key = field.slice('validity.'.length) as keyof Actual['validity'];
      return expected.validity[key] === actual.validity[key];
    }
    case 'signatories':
      return sameSignatories(expected.signatories, actual.signatories);
  }
}

function sameText(expected: string | null, actual: string | null, threshold: number): boolean {
  if (expected === null || actual === null) return expected === actual;
  return textMatches(expected, actual, threshold);
}

function textMatches(a: string, b: string, threshold: number): boolean {
  return normalizeForCompare(a) === normalizeForCompare(b) || similarity(a, b) >= threshold;
}

function containsEither(a: string, b: string): boolean {
  const x = normalizeForCompare(a);
  const y = normalizeForCompare(b);
  return x.includes(y) || y.includes(x);
}

/** F1 of a greedy one-to-one matching of two lists; two empty lists agree perfectly. */
export function listF1<T, U>(
  expected: readonly T[],
  actual: readonly U[],
  matches: (a: T, b: U) => boolean,
): number {
  if (expected.length === 0 && actual.length === 0) return 1;
  if (expected.length === 0 || actual.length === 0) return 0;
  const used = new Set<number>();
  let hits = 0;
  for (const item of expected) {
    const index = actual.findIndex((candidate, i) => !used.has(i) && matches(item, candidate));
    if (index >= 0) {
      used.add(index);
      hits++;
    }
  }
  const precision = hits / actual.length;
  const recall = hits / expected.length;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

function nameMatches(a: string, b: string): boolean {
  return containsEither(a, b) || similarity(a, b) >= NAME_SIMILARITY;
}

/** Same organisations (by name or abbreviation), each with the same abbreviation and organisation number. */
function sameParties(expected: ExpectedExtraction['parties'], actual: Actual['parties']): boolean {
  if (expected.length !== actual.length) return false;
  const used = new Set<number>();
  for (const party of expected) {
    const index = actual.findIndex(
      (candidate, i) =>
        !used.has(i) &&
        (nameMatches(party.name, candidate.name) ||
          (party.abbreviation !== null && party.abbreviation === candidate.abbreviation)),
    );
    const match = actual[index];
    if (!match) return false;
    used.add(index);
    if (!sameText(party.name, match.name, NAME_SIMILARITY)) return false;
    if ((party.abbreviation ?? null) !== (match.abbreviation ?? null)) return false;
    if ((party.orgNumber ?? null) !== (match.orgNumber ?? null)) return false;
  }
  return true;
}

/** Signatories match by name; titles and parties are checked where the expected file gives them. */
function sameSignatories(
  expected: ExpectedExtraction['signatories'],
  actual: Actual['signatories'],
): boolean {
  const f1 = listF1(expected, actual, (a, b) => {
    if (!nameMatches(a.name, b.name)) return false;
    if (a.title !== null && (b.title === null || !textMatches(a.title, b.title, TEXT_SIMILARITY)))
      return false;
    if (a.party !== null && (b.party === null || !nameMatches(a.party, b.party))) return false;
    return true;
  });
  return f1 >= LIST_F1;
}
