import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffExtraction, toExpected } from '../../src/check/diff.ts';
import { ExpectedExtraction, type ExtractedFields } from '../../src/schema/letter-of-intent.ts';

const expected = ExpectedExtraction.parse(
  JSON.parse(readFileSync('fixtures/expected/seed-004.json', 'utf8')),
);

/** The expected file as an extraction would give it (bodies with a mandate, parties with the checksum flag). */
function asExtraction(fields: ExpectedExtraction): ExtractedFields {
  return {
    ...fields,
    parties: fields.parties.map((party) => ({
      ...party,
      orgNumberValid: party.orgNumber === null ? null : true,
    })),
    governance: {
      ...fields.governance,
      bodies: fields.governance.bodies.map((name) => ({ name, mandate: 'something' })),
    },
  };
}

describe('diffExtraction', () => {
  it('finds nothing between an expected file and the same values extracted', () => {
    const result = diffExtraction(expected, asExtraction(expected));
    expect(result.differences).toEqual([]);
    expect(result.compared).toHaveLength(17);
  });

  it('compares text after Unicode and whitespace normalisation', () => {
    const actual = asExtraction(expected);
    actual.title = (expected.title ?? '').replace(/ /g, '\n  ').normalize('NFD');
    expect(diffExtraction(expected, actual).differences).toEqual([]);
  });

  it('compares lists as sets and names the items only one side has', () => {
    const actual = asExtraction(expected);
    actual.cooperationAreas = [...expected.cooperationAreas].reverse();
    expect(diffExtraction(expected, actual).differences).toEqual([]);
    actual.cooperationAreas = [...expected.cooperationAreas.slice(1), 'Kultur'];
    const [difference] = diffExtraction(expected, actual).differences;
    expect(difference?.field).toBe('cooperationAreas');
    expect(difference?.missing).toEqual([expected.cooperationAreas[0]]);
    expect(difference?.extra).toEqual(['Kultur']);
  });

  it('reports a changed scalar with both values', () => {
    const actual = { ...asExtraction(expected), date: '2016-09-24' };
    expect(diffExtraction(expected, actual).differences).toEqual([
      { field: 'date', expected: '2016-09-23', actual: '2016-09-24' },
    ]);
  });

  it('skips unsure fields, a parent entry its sub-fields, and an item key that key of every item', () => {
    const actual = asExtraction(expected);
    actual.date = null;
    actual.governance = { bodies: [], meetingsPerYear: 7, responsible: ['x'] };
    actual.parties = actual.parties.map((party) => ({ ...party, orgNumber: null }));
    const unsure = { ...expected, unsure: ['date', 'governance', 'parties.orgNumber'] };
    const result = diffExtraction(unsure, actual);
    expect(result.differences).toEqual([]);
    expect(result.compared).not.toContain('governance.bodies');
    expect(result.compared).toContain('parties');
    actual.parties = actual.parties.map((party) => ({ ...party, abbreviation: null }));
    expect(diffExtraction(unsure, actual).differences.map((d) => d.field)).toEqual(['parties']);
  });

  it('turns an extraction into an expected file that the schema accepts and that compares equal', () => {
    const written = toExpected(asExtraction(expected), ['title']);
    expect(ExpectedExtraction.safeParse(written).success).toBe(true);
    expect(written.unsure).toEqual(['title']);
    expect(written.governance.bodies).toEqual(expected.governance.bodies);
    expect(diffExtraction(written, asExtraction(expected)).differences).toEqual([]);
  });
});
