import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COUNT_ONLY, LIST_JOINER } from '../../src/output/columns.ts';
import { csvTable, FORMULA_TRIGGERS, formatCsv, neutraliseFormula } from '../../src/output/csv.ts';
import { ExtractedFields, LetterOfIntent } from '../../src/schema/letter-of-intent.ts';
import { validDocument } from '../helpers/documents.ts';

/** A hand-made output document with hostile text in its cells. */
function sampleDocument(overrides: Partial<LetterOfIntent> = {}): LetterOfIntent {
  const base = validDocument();
  return LetterOfIntent.parse({
    ...base,
    source: { ...base.source, file: 'in/a.txt' },
    title: '=HYPERLINK("http://evil.example","Klicka")',
    place: 'Luleå',
    reference: '-1+1',
    parties: [
      ...base.parties,
      { name: 'AB "Citat", Kommatecken\noch rad', abbreviation: null, orgNumber: null, orgNumberValid: null },
    ],
    purposes: ['@SUM(1+1)', 'öka samverkan'],
    signatories: [{ name: 'Johan Sterte', title: 'rektor', party: 'LTU' }],
    evidence: { title: [{ page: 1, start: 0, end: 5, snippet: 'Avsik' }] },
    warnings: ['\tstarts with a tab'],
    ...overrides,
  });
}

function roundTrip(mode: 'document' | 'parties', document: LetterOfIntent): Record<string, string>[] {
  const table = csvTable(mode);
  const text = formatCsv([table.header, ...table.rows(document)]);
  return parse(text, { columns: true }) as Record<string, string>[];
}

describe('CSV columns', () => {
  it('come from the schema: every extracted scalar field is a column, lists are joined and counted', () => {
    const { header } = csvTable('document');
    for (const [key, field] of Object.entries(ExtractedFields.shape)) {
      const type = (field as unknown as { def: { type: string } }).def.type;
      if (type === 'array') expect(header).toContain(`${key}.count`);
      else if (type !== 'object') expect(header).toContain(key);
    }
    expect(header).toEqual(
      expect.arrayContaining(['source.sha256', 'parties.name', 'parties.orgNumber', 'validity.end']),
    );
    for (const name of COUNT_ONLY) {
      expect(header).toContain(`${name}.count`);
      expect(header.filter((column) => column.startsWith(`${name}.`))).toEqual([`${name}.count`]);
    }
    expect(new Set(header).size).toBe(header.length);
  });

  it('follow a field added to the schema without any list to update', () => {
    const extended = LetterOfIntent.extend({ archiveBox: z.string().nullable() });
    expect(csvTable('document', extended).header).toContain('archiveBox');
    expect(csvTable('document').header).not.toContain('archiveBox');
  });
});

describe('CSV rows', () => {
  it('flatten one document into one row that a CSV parser reads back', () => {
    const [row, ...rest] = roundTrip('document', sampleDocument());
    expect(rest).toEqual([]);
    expect(row?.['parties.name']).toBe(
      `Luleå tekniska universitet${LIST_JOINER}AB "Citat", Kommatecken\noch rad`,
    );
    expect(row?.['parties.abbreviation']).toBe(`LTU${LIST_JOINER}`);
    expect(row?.['parties.orgNumberValid']).toBe(`true${LIST_JOINER}`);
    expect(row?.['parties.count']).toBe('2');
    expect(row?.['governance.meetingsPerYear']).toBe('2');
    expect(row?.['validity.durationMonths']).toBe('');
    expect(row?.['evidence.count']).toBe('1');
    expect(row?.place).toBe('Luleå');
  });

  it('neutralise cells a spreadsheet would run as a formula', () => {
    const [row] = roundTrip('document', sampleDocument());
    expect(row?.title).toBe(`'=HYPERLINK("http://evil.example","Klicka")`);
    expect(row?.reference).toBe("'-1+1");
    expect(row?.purposes).toBe(`'@SUM(1+1)${LIST_JOINER}öka samverkan`);
    expect(row?.warnings).toBe("'\tstarts with a tab");
    expect(row?.date).toBe('2016-09-23');
  });

  it('give one row per party with the document columns repeated', () => {
    const rows = roundTrip('parties', sampleDocument());
    expect(rows.map((row) => row['parties.name'])).toEqual([
      'Luleå tekniska universitet',
      'AB "Citat", Kommatecken\noch rad',
    ]);
    expect(rows.map((row) => row['parties.index'])).toEqual(['1', '2']);
    expect(rows.map((row) => row['source.file'])).toEqual(['in/a.txt', 'in/a.txt']);
    expect(rows[0]).not.toHaveProperty('parties.count');
  });

  it('keep a document without parties as one row with empty party cells', () => {
    const rows = roundTrip('parties', sampleDocument({ parties: [] }));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.['parties.name']).toBe('');
    expect(rows[0]?.['source.file']).toBe('in/a.txt');
  });
});

describe('neutraliseFormula', () => {
  it.each(FORMULA_TRIGGERS.map((trigger) => [trigger]))(
    'prefixes a text cell starting with %j',
    (trigger) => {
      expect(neutraliseFormula(`${trigger}1+2`)).toBe(`'${trigger}1+2`);
    },
  );

  it('leaves ordinary text, numbers and booleans alone', () => {
    expect(neutraliseFormula('Luleå = Norrbotten')).toBe('Luleå = Norrbotten');
    expect(neutraliseFormula(-3)).toBe(-3);
    expect(neutraliseFormula(false)).toBe(false);
    expect(neutraliseFormula(null)).toBeNull();
  });
});
