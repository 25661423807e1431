import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { expectedJsonSchema, outputJsonSchema } from '../../src/schema/json-schema.ts';
import { LetterOfIntent } from '../../src/schema/letter-of-intent.ts';
import { validDocument } from '../helpers/documents.ts';

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
  const valid = validDocument();

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
