import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvTable } from '../../src/output/csv.ts';
import { createWriter } from '../../src/output/writers.ts';
import { MAX_CELL_CHARS } from '../../src/output/xlsx.ts';
import { LetterOfIntent } from '../../src/schema/letter-of-intent.ts';
import { validDocument } from '../helpers/documents.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loi-xlsx-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Three documents: a plain one, one full of formula-like text, one with no parties or signatories. */
function documents(): LetterOfIntent[] {
  const base = validDocument();
  const plain = LetterOfIntent.parse({ ...base, source: { ...base.source, file: 'in/plain.txt' } });
  const hostile = LetterOfIntent.parse({
    ...base,
    source: { ...base.source, file: 'in/hostile.txt', ocrConfidence: 0.83 },
    title: '=HYPERLINK("http://evil.example","Klicka")',
    reference: '-1+1',
    place: '+46 920 49 10 00',
    date: '2019-03-04',
    parties: [
      ...base.parties,
      { name: '@SUM(A1:A9)', abbreviation: null, orgNumber: null, orgNumberValid: null },
    ],
    signatories: [
      { name: 'Johan Sterte', title: '=rektor', party: 'LTU' },
      { name: 'Maria Stenberg', title: 'regionråd', party: null },
    ],
    warnings: ['x'.repeat(MAX_CELL_CHARS + 10)],
  });
  const empty = LetterOfIntent.parse({
    ...base,
    source: { ...base.source, file: 'in/empty.txt' },
    date: null,
    parties: [],
    signatories: [],
  });
  return [plain, hostile, empty];
}

async function writeWorkbook(docs: readonly LetterOfIntent[]): Promise<string> {
  const out = join(dir, 'out', 'table.xlsx');
  const writer = await createWriter('xlsx', {
    out,
    stdout: new PassThrough(),
    several: true,
    csvRows: 'document',
  });
  for (const document of docs) await writer.write(document, 'ignored');
  await writer.finish();
  return out;
}

async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** Every cell of a sheet as a map from header to value, one per data row. */
function records(sheet: ExcelJS.Worksheet): Record<string, unknown>[] {
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const record: Record<string, unknown> = {};
    header.forEach((name, index) => {
      record[name] = row.getCell(index + 1).value;
    });
    rows.push(record);
  });
  return rows;
}

describe('XLSX workbook', () => {
  it('reads back with a real XLSX reader: documents, parties and signatories sheets, columns as in CSV', async () => {
    const workbook = await readWorkbook(await writeWorkbook(documents()));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['documents', 'parties', 'signatories']);
    const [documentsSheet, partiesSheet, signatoriesSheet] = workbook.worksheets as [
      ExcelJS.Worksheet,
      ExcelJS.Worksheet,
      ExcelJS.Worksheet,
    ];
    expect((documentsSheet.getRow(1).values as unknown[]).slice(1)).toEqual(csvTable('document').header);
    expect((partiesSheet.getRow(1).values as unknown[]).slice(1)).toEqual(csvTable('parties').header);
    expect((signatoriesSheet.getRow(1).values as unknown[]).slice(1)).toEqual(csvTable('signatories').header);
    // One row per document; one per party (a document without parties keeps one row); same for signatories.
    expect(records(documentsSheet).map((row) => row['source.file'])).toEqual([
      'in/plain.txt',
      'in/hostile.txt',
      'in/empty.txt',
    ]);
    expect(records(partiesSheet).map((row) => [row['source.file'], row['parties.name']])).toEqual([
      ['in/plain.txt', 'Luleå tekniska universitet'],
      ['in/hostile.txt', 'Luleå tekniska universitet'],
      ['in/hostile.txt', '@SUM(A1:A9)'],
      ['in/empty.txt', null],
    ]);
    expect(records(signatoriesSheet).map((row) => row['signatories.title'])).toEqual([
      null,
      '=rektor',
      'regionråd',
      null,
    ]);
  });

  it('keeps formula-like text as text, never a formula, and types numbers, booleans and dates', async () => {
    const workbook = await readWorkbook(await writeWorkbook(documents()));
    let cells = 0;
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          cells++;
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          expect(cell.formula).toBeUndefined();
        }),
      );
    }
    expect(cells).toBeGreaterThan(100);
    const [hostile] = records(workbook.getWorksheet('documents') as ExcelJS.Worksheet).slice(1);
    expect(hostile?.title).toBe('=HYPERLINK("http://evil.example","Klicka")'); // no apostrophe added, unlike CSV
    expect(hostile?.reference).toBe('-1+1');
    expect(hostile?.place).toBe('+46 920 49 10 00');
    expect(hostile?.date).toEqual(new Date(Date.UTC(2019, 2, 4)));
    expect(hostile?.['source.ocrConfidence']).toBe(0.83);
    expect(hostile?.['governance.meetingsPerYear']).toBe(2);
    expect(hostile?.['parties.count']).toBe(2);
    expect(hostile?.['validity.start']).toBe('on-signature'); // a date-or-label column keeps its labels as text
    expect(String(hostile?.warnings)).toHaveLength(MAX_CELL_CHARS); // cut to Excel's cell limit
    const dateCell = (workbook.getWorksheet('documents') as ExcelJS.Worksheet)
      .getRow(3)
      .getCell(csvTable('document').header.indexOf('date') + 1);
    expect(dateCell.type).toBe(ExcelJS.ValueType.Date);
    expect(dateCell.numFmt).toBe('yyyy-mm-dd');
  });

  it('freezes the header row and sizes columns to their content', async () => {
    const workbook = await readWorkbook(await writeWorkbook(documents()));
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const widths = sheet.columns.map((column) => column.width ?? 0);
      expect(Math.min(...widths)).toBeGreaterThanOrEqual(8);
      expect(Math.max(...widths)).toBeLessThanOrEqual(60);
    }
    const header = csvTable('document').header;
    const documentsSheet = workbook.getWorksheet('documents') as ExcelJS.Worksheet;
    // "source.sha256" holds 64 hex characters: its column is wider than the 8-character minimum.
    expect(documentsSheet.getColumn(header.indexOf('source.sha256') + 1).width).toBe(60);
  });

  it('writes nothing when given up, and refuses standard output', async () => {
    const out = join(dir, 'gone.xlsx');
    const writer = await createWriter('xlsx', {
      out,
      stdout: new PassThrough(),
      several: true,
      csvRows: 'document',
    });
    await writer.write(documents()[0] as LetterOfIntent, 'x');
    await writer.abort();
    expect(await readdir(dir)).toEqual([]);
    await expect(
      createWriter('xlsx', { out: null, stdout: new PassThrough(), several: false, csvRows: 'document' }),
    ).rejects.toThrow(/--out FILE.xlsx/);
  });
});
