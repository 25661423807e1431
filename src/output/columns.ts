import type { z } from 'zod';

/**
 * Flat table columns derived from a zod object schema, so that CSV (and any later table format) follows the
 * schema by itself: a field added to `src/schema/` becomes a column without anyone keeping a list.
 *
 * - a scalar field (string, number, boolean, enum, literal, date) is one column named by its path
 *   (`source.file`, `validity.end`);
 * - a list of scalars is one column of the values joined, plus `<path>.count`;
 * - a list of objects is one column per scalar sub-field, each joined in the same order (so the n-th
 *   value of `parties.name` and of `parties.orgNumber` belong together), plus `<path>.count`;
 * - a record (e.g. `evidence`) and the fields in `COUNT_ONLY` give only `<path>.count`.
 */

/** What a table cell holds before it is written: numbers and booleans stay typed, absent is null. */
export type Cell = string | number | boolean | null;

export interface Column {
  /** Header name: the field path, e.g. `parties.orgNumber`. */
  name: string;
  /** Reads the cell from one record (a document, or a party row). */
  get(record: unknown): Cell;
  /** Whether the field may hold an ISO date (`YYYY-MM-DD`), which a workbook stores as a date. */
  date?: boolean;
}

/** Joins the values of a list in one cell; a semicolon is what spreadsheet users expect and names rarely hold it. */
export const LIST_JOINER = '; ';

/**
 * Fields given only as a count: evidence spans, the repair log and page texts are for auditing in the JSON
 * output and would make cells of many kilobytes that no spreadsheet user reads.
 */
export const COUNT_ONLY: ReadonlySet<string> = new Set(['evidence', 'repairs', 'pages']);

type Shape = Record<string, z.ZodType>;
type Def = { type: string; [key: string]: unknown };

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { def: Def }).def;
}

/** Strips nullable/optional/default wrappers, which do not change the column a field gives. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (['nullable', 'optional', 'default', 'readonly', 'nonoptional', 'catch'].includes(def.type)) {
      current = def.innerType as z.ZodType;
    } else if (def.type === 'pipe') {
      current = def.out as z.ZodType;
    } else {
      return current;
    }
  }
}

const SCALAR_TYPES = new Set(['string', 'number', 'int', 'boolean', 'enum', 'literal', 'bigint', 'date']);

function isScalar(schema: z.ZodType): boolean {
  const inner = unwrap(schema);
  const def = defOf(inner);
  if (def.type === 'union') return (def.options as z.ZodType[]).every(isScalar);
  return SCALAR_TYPES.has(def.type);
}

/** Whether a scalar schema is, or has among its union members, an ISO date string (`z.iso.date()`). */
function holdsDate(schema: z.ZodType): boolean {
  const def = defOf(unwrap(schema));
  if (def.type === 'union') return (def.options as z.ZodType[]).some(holdsDate);
  return def.type === 'string' && def.format === 'date';
}

/** The object shape of a schema, or null when it is not an object. */
export function objectShape(schema: z.ZodType): Shape | null {
  const def = defOf(unwrap(schema));
  return def.type === 'object' ? (def.shape as Shape) : null;
}

/** The element schema of a list field, or null when it is not a list. */
export function arrayElement(schema: z.ZodType): z.ZodType | null {
  const def = defOf(unwrap(schema));
  return def.type === 'array' ? unwrap(def.element as z.ZodType) : null;
}

/** Columns for every field of an object schema, in schema order. `skip` names top-level paths to leave out. */
export function deriveColumns(schema: z.ZodType, skip: ReadonlySet<string> = new Set()): Column[] {
  const shape = objectShape(schema);
  if (shape === null) throw new TypeError('columns can only be derived from an object schema');
  return columnsOf(shape, [], skip);
}

function columnsOf(shape: Shape, prefix: readonly string[], skip: ReadonlySet<string>): Column[] {
  const columns: Column[] = [];
  for (const [key, field] of Object.entries(shape)) {
    const path = [...prefix, key];
    const name = path.join('.');
    if (skip.has(name)) continue;
    const inner = unwrap(field);
    const def = defOf(inner);
    if (COUNT_ONLY.has(name) || def.type === 'record') {
      columns.push({ name: `${name}.count`, get: (record) => countOf(at(record, path)) });
    } else if (isScalar(inner)) {
      const column: Column = { name, get: (record) => scalar(at(record, path)) };
      if (holdsDate(inner)) column.date = true;
      columns.push(column);
    } else if (def.type === 'object') {
      columns.push(...columnsOf(def.shape as Shape, path, skip));
    } else if (def.type === 'array') {
      columns.push(...listColumns(unwrap(def.element as z.ZodType), path));
    }
    // Anything else (a tuple, a map) has no flat form; the JSON output keeps it.
  }
  return columns;
}

function listColumns(element: z.ZodType, path: readonly string[]): Column[] {
  const name = path.join('.');
  const items = (record: unknown): unknown[] => {
    const value = at(record, path);
    return Array.isArray(value) ? value : [];
  };
  const columns: Column[] = [];
  if (isScalar(element)) {
    columns.push({ name, get: (record) => joinCells(items(record).map(scalar)) });
  } else {
    const shape = objectShape(element);
    for (const [key, field] of Object.entries(shape ?? {})) {
      // Lists inside list items (none today) would need a second joiner; counting is all a cell can say.
      if (!isScalar(field)) continue;
      columns.push({
        name: `${name}.${key}`,
        get: (record) => joinCells(items(record).map((item) => scalar(at(item, [key])))),
      });
    }
  }
  columns.push({ name: `${name}.count`, get: (record) => items(record).length });
  return columns;
}

function at(record: unknown, path: readonly string[]): unknown {
  let value = record;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function scalar(value: unknown): Cell {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

function countOf(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  if (value !== null && typeof value === 'object') return Object.keys(value).length;
  return 0;
}

/** Joins list values; an absent value keeps its place as an empty string so positions line up across columns. */
function joinCells(cells: readonly Cell[]): string | null {
  if (cells.length === 0) return null;
  return cells.map((cell) => (cell === null ? '' : String(cell))).join(LIST_JOINER);
}
