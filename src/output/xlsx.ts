import type { Sheet, Cell as XlsxCell } from 'write-excel-file/node';
import type { LetterOfIntent } from '../schema/letter-of-intent.ts';
import type { Cell, Column } from './columns.ts';
import { type CsvRows, type Table, tableLayout } from './csv.ts';

/**
 * The workbook an analyst opens: a sheet of documents (one row each), one of parties and one of
 * signatories (one row per item, each repeating its document's columns), all with columns from the zod
 * schema, exactly as the CSV writer has them. Cells are typed: numbers and booleans as such, ISO dates as
 * dates, everything else as text. Text is always written as a string cell, so "=SUM(A1)" or "-1" stays
 * the text it is and never becomes a formula (write-excel-file writes a formula only when asked to).
 */

/** The sheets of the workbook, in order: the sheet name is the row mode. */
export const XLSX_SHEETS: readonly CsvRows[] = ['document', 'parties', 'signatories'];
/** Sheet names as the analyst sees them. */
const SHEET_NAMES: Record<CsvRows, string> = {
  document: 'documents',
  parties: 'parties',
  signatories: 'signatories',
};
/** Excel refuses a cell longer than this (its documented limit); a longer text is cut with an ellipsis. */
export const MAX_CELL_CHARS = 32_767;
/** Column widths in characters: wide enough for a header or a name, never wider than a screen's half. */
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
/** How dates appear: the same ISO form as the JSON, so nobody reads 03/04 the wrong way round. */
const DATE_FORMAT = 'yyyy-mm-dd';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Collects documents and writes them as one workbook. */
export interface WorkbookBuilder {
  add(document: LetterOfIntent): void;
  /** The workbook's bytes (XLSX, a zip of XML). */
  toBuffer(): Promise<Buffer>;
}

/** Starts an empty workbook with the three sheets. */
export function createWorkbook(): WorkbookBuilder {
  const sheets = XLSX_SHEETS.map((mode) => ({ mode, table: tableLayout(mode), rows: [] as Cell[][] }));
  return {
    add: (document) => {
      for (const sheet of sheets) sheet.rows.push(...sheet.table.rows(document));
    },
    toBuffer: async () => {
      // write-excel-file loads when a workbook is written, not with the library (issue 12).
      const { default: writeXlsxFile } = await import('write-excel-file/node');
      return writeXlsxFile(
        sheets.map((sheet) => sheetOf(SHEET_NAMES[sheet.mode], sheet.table, sheet.rows)),
      ).toBuffer();
    },
  };
}

function sheetOf(name: string, table: Table, rows: readonly Cell[][]): Sheet<never> {
  const header: XlsxCell[] = table.header.map((title) => ({
    value: title,
    type: String,
    fontWeight: 'bold',
  }));
  const data = rows.map((row) => row.map((cell, index) => typedCell(cell, table.columns[index])));
  return {
    sheet: name,
    data: [header, ...data],
    stickyRowsCount: 1,
    dateFormat: DATE_FORMAT,
    columns: table.header.map((title, index) => ({ width: widthOf(title, rows, index) })),
  };
}

/** A cell with its type spelled out, so no text is ever taken for a number, a date or a formula. */
export function typedCell(cell: Cell, column: Column | undefined): XlsxCell {
  if (cell === null) return null;
  if (typeof cell === 'number') return { value: cell, type: Number };
  if (typeof cell === 'boolean') return { value: cell, type: Boolean };
  const date = column?.date === true ? ISO_DATE.exec(cell) : null;
  if (date !== null) {
    const [, year, month, day] = date;
    return {
      value: new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))),
      type: Date,
      format: DATE_FORMAT,
    };
  }
  const text = cell.length > MAX_CELL_CHARS ? `${cell.slice(0, MAX_CELL_CHARS - 1)}…` : cell;
  return { value: text, type: String };
}

/** A column as wide as its header and its longest value, within MIN_WIDTH–MAX_WIDTH characters. */
function widthOf(header: string, rows: readonly Cell[][], index: number): number {
  let longest = header.length;
  for (const row of rows) {
    const cell = row[index];
    if (cell !== null && cell !== undefined) longest = Math.max(longest, String(cell).length);
  }
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}
