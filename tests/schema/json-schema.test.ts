import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { expectedJsonSchema, outputJsonSchema } from '../../src/schema/json-schema.ts';
import { LetterOfIntent, SCHEMA_VERSION } from '../../src/schema/letter-of-intent.ts';

describe('schemas/', () => {
  it.each([
    ['schemas/letter-of-intent.schema.json', outputJsonSchema],
    ['schemas/expected-extraction.schema.json', expectedJsonSchema],
  ])('%s is up to date with the zod schema (run `npm run schema:write`)', async (path, generate) => {
    const committed = JSON.parse(await readFile(path, 'utf8'));
    expect(committed).toEqual(generate());
  });

  it('lists every SPEC.md output field as a property', () => {
    const properties = Object.keys(
      (outputJsonSchema() as { properties: Record<string, unknown> }).properties,
    );
    for (const field of [
      'schemaVersion',
      'source',
      'language',
      'languageConfidence',
      'documentType',
      'title',
      'date',
      'place',
      'reference',
      'parties',
      'purposes',
      'cooperationAreas',
      'governance',
      'validity',
      'signatories',
      'evidence',
      'repairs',
      'warnings',
      'pages',
    ]) {
      expect(properties).toContain(field);
    }
  });
});

describe('LetterOfIntent', () => {
  const valid = {
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

  it('accepts a complete document', () => {
    expect(LetterOfIntent.safeParse(valid).success).toBe(true);
  });

  it.each([
    ['date', { date: '23 september 2016' }, ['date']],
    [
      'org number form',
      { parties: [{ ...valid.parties[0], orgNumber: '2021002841' }] },
      ['parties', 0, 'orgNumber'],
    ],
    ['validity keyword', { validity: { ...valid.validity, end: 'forever' } }, ['validity', 'end']],
    ['language', { language: 'da' }, ['language']],
  ])('rejects a bad %s and names its path', (_name, patch, path) => {
    const result = LetterOfIntent.safeParse({ ...valid, ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toContainEqual(path);
  });
});
