import { SCORED_FIELDS, type ScoredField } from '../extract/compare.ts';
import type { ExpectedExtraction, ExtractedFields } from '../schema/letter-of-intent.ts';

/**
 * Field-level comparison of an extraction with an expected file, for `loi-extract check` (a CI job's
 * regression test). Unlike the scoring of `npm run eval`, nothing here is fuzzy: a value is the same or it
 * differs. Only what cannot matter is normalised away — Unicode form and whitespace (a changed line break
 * in the source is not a change of value) and the order of list items (lists compare as sets).
 */

/** The compared fields, in report order: the fields `npm run eval` scores (governance and validity sub-field by sub-field). */
export const CHECKED_FIELDS = SCORED_FIELDS;
export type CheckedField = ScoredField;

/** A JSON value as the expected files hold it. */
type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

/** One field that differs: both values as compared; for lists, the items only one side has. */
export interface FieldDifference {
  field: CheckedField;
  expected: Value;
  actual: Value;
  /** List fields: expected items the extraction lacks, and extracted items the expected file lacks. */
  missing?: Value[];
  extra?: Value[];
}

/** The outcome for one document: the fields compared and those that differ. */
export interface DocumentComparison {
  compared: CheckedField[];
  differences: FieldDifference[];
}

/**
 * Compares an extraction with an expected file. Fields the expected file lists in `unsure` are skipped:
 * `governance` skips all its sub-fields, and an item key such as `parties.orgNumber` drops that key from
 * the comparison of each item.
 */
export function diffExtraction(expected: ExpectedExtraction, actual: ExtractedFields): DocumentComparison {
  const want = toExpected(expected, expected.unsure);
  const got = toExpected(actual, []);
  const compared: CheckedField[] = [];
  const differences: FieldDifference[] = [];
  for (const field of CHECKED_FIELDS) {
    if (isSkipped(field, expected.unsure)) continue;
    compared.push(field);
    const ignoredKeys = itemKeysSkipped(field, expected.unsure);
    const a = normalise(valueAt(want, field), ignoredKeys);
    const b = normalise(valueAt(got, field), ignoredKeys);
    if (Array.isArray(a) && Array.isArray(b)) {
      const missing = without(a, b);
      const extra = without(b, a);
      if (missing.length > 0 || extra.length > 0)
        differences.push({ field, expected: a, actual: b, missing, extra });
    } else if (canonical(a) !== canonical(b)) {
      differences.push({ field, expected: a, actual: b });
    }
  }
  return { compared, differences };
}

/**
 * The expected-file form of an extraction (the format of the seeds' gold files): the output's fields
 * without source, evidence, repairs and warnings; governance bodies by name; parties without the checksum
 * flag, which follows from the number; `unsure` as given.
 */
export function toExpected(fields: ExtractedFields | ExpectedExtraction, unsure: string[]) {
  return {
    language: fields.language,
    documentType: fields.documentType,
    title: fields.title,
    date: fields.date,
    place: fields.place,
    reference: fields.reference,
    parties: fields.parties.map((party) => ({
      name: party.name,
      abbreviation: party.abbreviation,
      orgNumber: party.orgNumber,
    })),
    purposes: fields.purposes,
    cooperationAreas: fields.cooperationAreas,
    governance: {
      bodies: fields.governance.bodies.map((body) => (typeof body === 'string' ? body : body.name)),
      meetingsPerYear: fields.governance.meetingsPerYear,
      responsible: fields.governance.responsible,
    },
    validity: fields.validity,
    signatories: fields.signatories,
    unsure,
  } satisfies ExpectedExtraction;
}

/** True when `unsure` names the field or a field that contains it (`governance` covers `governance.bodies`). */
function isSkipped(field: CheckedField, unsure: readonly string[]): boolean {
  return unsure.some((entry) => field === entry || field.startsWith(`${entry}.`));
}

/** Keys of list items that `unsure` exempts: `parties.orgNumber` → `orgNumber` of every party. */
function itemKeysSkipped(field: CheckedField, unsure: readonly string[]): Set<string> {
  return new Set(
    unsure.filter((entry) => entry.startsWith(`${field}.`)).map((entry) => entry.slice(field.length + 1)),
  );
}

function valueAt(fields: ReturnType<typeof toExpected>, field: CheckedField): Value {
  const [head, tail] = field.split('.') as [string, string | undefined];
  const top = (fields as unknown as Record<string, Value>)[head] ?? null;
  if (tail === undefined) return top;
  return (top as Record<string, Value>)[tail] ?? null;
}

/** Text in NFKC with whitespace runs as one space; objects with their keys sorted and skipped keys dropped. */
function normalise(value: Value, ignoredKeys: ReadonlySet<string>): Value {
  if (typeof value === 'string') return value.normalize('NFKC').replace(/\s+/gu, ' ').trim();
  if (Array.isArray(value)) return value.map((item) => normalise(item, ignoredKeys));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .filter((key) => !ignoredKeys.has(key))
        .sort()
        .map((key) => [key, normalise(value[key] ?? null, new Set())]),
    );
  }
  return value;
}

function canonical(value: Value): string {
  return JSON.stringify(value);
}

/** The items of `a` that `b` does not have, counting duplicates (a multiset difference). */
function without(a: readonly Value[], b: readonly Value[]): Value[] {
  const left = new Map<string, number>();
  for (const item of b) left.set(canonical(item), (left.get(canonical(item)) ?? 0) + 1);
  return a.filter((item) => {
    const count = left.get(canonical(item)) ?? 0;
    if (count === 0) return true;
    left.set(canonical(item), count - 1);
    return false;
  });
}
