import { stringify } from 'csv-stringify/sync';
import type { z } from 'zod';
import type { CsvRows } from '../options.ts';
import { LetterOfIntent } from '../schema/letter-of-intent.ts';
import { arrayElement, type Cell, type Column, deriveColumns, objectShape } from './columns.ts';

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"): `=`, `+`, `-`, `@`,
 * and tab or carriage return, which some spreadsheets skip before looking for one of the others.
 */
export const FORMULA_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

/** OWASP's advice: a leading apostrophe makes the spreadsheet show the text as text and run nothing. */
const FORMULA_ESCAPE = "'";

/** Makes a text cell safe to open in a spreadsheet; numbers and booleans are data and stay as they are. */
export function neutraliseFormula(cell: Cell): Cell {
  if (typeof cell !== 'string') return cell;
  return FORMULA_TRIGGERS.some((trigger) => cell.startsWith(trigger)) ? `${FORMULA_ESCAPE}${cell}` : cell;
}

// Row modes offered on the command line live in options.ts, which `--help` loads without this module.
export { CSV_ROW_MODES, type CsvRows } from '../options.ts';

/** A table layout: the header and how one document becomes rows. */
export interface CsvTable {
  header: string[];
  rows(document: LetterOfIntent): Cell[][];
}

/** A table layout with its columns, whose cells are the values as they are (a workbook types them). */
export interface Table extends CsvTable {
  columns: Column[];
}

/** Builds the CSV layout for a row mode from the output schema; text cells are made formula-safe. */
export function csvTable(mode: CsvRows, schema: z.ZodType = LetterOfIntent): CsvTable {
  const table = tableLayout(mode, schema);
  return {
    header: table.header,
    rows: (document) => table.rows(document).map((row) => row.map(neutraliseFormula)),
  };
}

/**
 * Builds the table for a row mode from the output schema: `document` is one row per document; a list
 * mode is one row per item, each repeating the document's own columns so it stands alone in a sheet.
 */
export function tableLayout(mode: CsvRows, schema: z.ZodType = LetterOfIntent): Table {
  if (mode === 'document') {
    const columns = deriveColumns(schema);
    return {
      columns,
      header: columns.map((column) => column.name),
      rows: (document) => [cellsOf(columns, document)],
    };
  }
  const shape = objectShape(schema);
  const element = shape?.[mode] === undefined ? null : arrayElement(shape[mode]);
  if (element === null || objectShape(element) === null)
    throw new TypeError(`${mode} is not a list of objects in the schema`);
  // Each item row repeats the document's own columns (without the list itself) so it stands alone in a sheet.
  const documentColumns = deriveColumns(schema, new Set([mode]));
  const itemColumns = deriveColumns(element).map((column) => ({ ...column, name: `${mode}.${column.name}` }));
  const indexColumn: Column = { name: `${mode}.index`, get: () => null };
  const columns = [...documentColumns, indexColumn, ...itemColumns];
  return {
    columns,
    header: columns.map((column) => column.name),
    rows: (document) => {
      const base = cellsOf(documentColumns, document);
      const items = (document as Record<string, unknown>)[mode];
      const list = Array.isArray(items) ? items : [];
      // A document without items still gets one row, so that no document disappears from the sheet.
      if (list.length === 0) return [[...base, null, ...itemColumns.map(() => null)]];
      return list.map((item, index) => [...base, index + 1, ...cellsOf(itemColumns, item)]);
    },
  };
}

function cellsOf(columns: readonly Column[], record: unknown): Cell[] {
  return columns.map((column) => column.get(record));
}

/** Formats rows as CSV text (RFC 4180 quoting by csv-stringify); booleans as `true`/`false`, null as empty. */
export function formatCsv(rows: readonly (readonly Cell[])[]): string {
  return stringify(
    rows.map((row) => [...row]),
    { cast: { boolean: (value) => (value ? 'true' : 'false') }, record_delimiter: 'unix' },
  );
}
