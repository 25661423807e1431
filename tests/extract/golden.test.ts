import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareExtraction } from '../../src/extract/compare.ts';
import { ExpectedExtraction, ExtractedFields } from '../../src/schema/letter-of-intent.ts';
import { extract, pagesOf } from './helpers.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const ids = readdirSync(join(FIXTURES, 'expected'))
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.slice(0, -'.json'.length))
  .sort();

/**
 * Fields known to fail on the clean text of new documents written after the extractor, kept visible here
 * rather than hidden in `unsure` (which is for values a careful reader could argue about). The test fails
 * when any other field misses, and also when a known miss starts passing, so this list stays current.
 */
const KNOWN_MISSES: Record<string, string[]> = {
  // "administrerende direktør Sykehuset Helgeland Ola Stene": name and title are read, but the organisation
  // as written ("Sykehuset Helgeland") is not matched to the party "Helgelandssykehuset".
  'no-news-13': ['signatories'],
  // The fixture keeps the signing lead ("… have signed a letter of intent to establish …") beside "The aim of the
  // partnership is to …"; the real documents read so far (tuning q1-03, q1-12; dev a06) keep only the named purpose,
  // and the signing-lead rule in purposes.ts follows them.
  'en-news-24': ['purposes'],
};

function load(id: string) {
  const expected = ExpectedExtraction.parse(
    JSON.parse(readFileSync(join(FIXTURES, 'expected', `${id}.json`), 'utf8')),
  );
  const text = readFileSync(join(FIXTURES, 'text', `${id}.txt`), 'utf8');
  // The expected language is given so this test checks extraction alone, not the language detector.
  const extraction = extract(text, expected.language);
  return { expected, text, extraction };
}

describe('golden: clean texts against fixtures/expected', () => {
  it('has the five seeds and at least twelve documents of our own', () => {
    expect(ids.filter((id) => id.startsWith('seed-'))).toHaveLength(5);
    expect(ids.filter((id) => !id.startsWith('seed-')).length).toBeGreaterThanOrEqual(12);
  });

  for (const id of ids) {
    it(`${id}: every field not marked unsure matches`, () => {
      const { expected, extraction } = load(id);
      const actual = ExtractedFields.parse({ language: expected.language, ...extraction.fields });
      const misses = [...compareExtraction(expected, actual)].filter(([, ok]) => !ok).map(([field]) => field);
      expect(misses, JSON.stringify(actual, null, 1)).toEqual(KNOWN_MISSES[id] ?? []);
    });

    it(`${id}: every evidence snippet is the text at its span`, () => {
      const { text, extraction } = load(id);
      const pages = pagesOf(text);
      const spans = Object.entries(extraction.evidence);
      expect(spans.length).toBeGreaterThan(0);
      for (const [field, list] of spans) {
        for (const span of list) {
          const page = pages[span.page - 1];
          expect(page, field).toBeDefined();
          expect(page?.text.slice(span.start, span.end), field).toBe(span.snippet);
          expect(span.snippet.trim().length, field).toBeGreaterThan(0);
        }
      }
    });
  }
});
