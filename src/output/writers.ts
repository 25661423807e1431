import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import type { OutputFormat } from '../options.ts';
import type { LetterOfIntent } from '../schema/letter-of-intent.ts';
import { openAtomicFile, writeFileAtomic } from './atomic.ts';
import { type CsvRows, csvTable, formatCsv } from './csv.ts';
import { createWorkbook } from './xlsx.ts';

// Output formats, each a writer below, chosen by name; listed in options.ts, which `--help` loads without this module.
export { OUTPUT_FORMATS, type OutputFormat } from '../options.ts';
/** Formats that are one file for the whole run and cannot be written to standard output (binary). */
export const FILE_ONLY_FORMATS: ReadonlySet<OutputFormat> = new Set(['xlsx']);

/** Where and how the documents of one run are written. */
export interface WriterTarget {
  /** `json`: a folder for one file per document; `jsonl`/`csv`/`xlsx`: one file; null: standard output. */
  out: string | null;
  /** Standard output, used when `out` is null. */
  stdout: Writable;
  /** Whether the run has several inputs (JSON on stdout then becomes JSON Lines). */
  several: boolean;
  /** CSV only: one row per document or per item of a list. */
  csvRows: CsvRows;
}

/** Writes the documents of one run. Every file it leaves is complete: files appear only when done. */
export interface DocumentWriter {
  /** Writes one document; `name` is its output base name. Returns the file written, or null for a stream. */
  write(document: LetterOfIntent, name: string): Promise<string | null>;
  /** Finishes the run's output (renames a JSON Lines or CSV file into place). */
  finish(): Promise<void>;
  /** Gives up: a JSON Lines or CSV file being written is deleted, finished per-document files stay. */
  abort(): Promise<void>;
}

/** Writers by format name. */
export const WRITERS: Record<OutputFormat, (target: WriterTarget) => Promise<DocumentWriter>> = {
  json: jsonWriter,
  jsonl: (target) =>
    streamWriter(target, { header: null, format: (document) => `${JSON.stringify(document)}\n` }),
  csv: (target) => {
    const table = csvTable(target.csvRows);
    return streamWriter(target, {
      header: formatCsv([table.header]),
      format: (document) => formatCsv(table.rows(document)),
    });
  },
  xlsx: xlsxWriter,
};

/** Creates the writer for a format. */
export function createWriter(format: OutputFormat, target: WriterTarget): Promise<DocumentWriter> {
  return WRITERS[format](target);
}

/** The file `--out DIR --format json` writes for an output name; refuses a name that would leave DIR. */
export function jsonOutputPath(outDir: string, name: string): string {
  const path = join(outDir, `${name}.json`);
  // names.ts already reduces names to one path component; this guards the promise where it matters.
  if (dirname(resolve(path)) !== resolve(outDir) || name === '' || name.startsWith('.')) {
    throw new Error(`output name ${JSON.stringify(name)} would be written outside ${outDir}`);
  }
  return path;
}

/** Writes one document as `out/<name>.json`, atomically, exactly as `extract --out` does; returns the path. */
export async function writeJsonFile(out: string, name: string, document: LetterOfIntent): Promise<string> {
  const path = jsonOutputPath(out, name);
  await writeFileAtomic(path, `${JSON.stringify(document, null, 2)}\n`);
  return path;
}

async function jsonWriter(target: WriterTarget): Promise<DocumentWriter> {
  const { out } = target;
  if (out === null) {
    return {
      write: async (document) => {
        const text = target.several ? JSON.stringify(document) : JSON.stringify(document, null, 2);
        await writeTo(target.stdout, `${text}\n`);
        return null;
      },
      finish: async () => {},
      abort: async () => {},
    };
  }
  await mkdir(out, { recursive: true });
  return {
    write: (document, name) => writeJsonFile(out, name, document),
    finish: async () => {},
    abort: async () => {},
  };
}

async function streamWriter(
  target: WriterTarget,
  layout: { header: string | null; format: (document: LetterOfIntent) => string },
): Promise<DocumentWriter> {
  const { out } = target;
  if (out === null) {
    if (layout.header !== null) await writeTo(target.stdout, layout.header);
    return {
      write: async (document) => {
        await writeTo(target.stdout, layout.format(document));
        return null;
      },
      finish: async () => {},
      abort: async () => {},
    };
  }
  await mkdir(dirname(out), { recursive: true });
  const file = await openAtomicFile(out);
  if (layout.header !== null) await file.write(layout.header);
  return {
    write: async (document) => {
      await file.write(layout.format(document));
      return out;
    },
    finish: () => file.commit(),
    abort: () => file.abort(),
  };
}

/**
 * The workbook is a zip, written whole at the end: documents are collected as rows (a few hundred bytes
 * each) and the file appears, complete, on `finish`. Given up, nothing is written.
 */
async function xlsxWriter(target: WriterTarget): Promise<DocumentWriter> {
  const { out } = target;
  if (out === null)
    throw new Error('the xlsx format is written to a file (--out FILE.xlsx), not to standard output');
  await mkdir(dirname(out), { recursive: true });
  const workbook = createWorkbook();
  return {
    write: async (document) => {
      workbook.add(document);
      return out;
    },
    finish: async () => writeFileAtomic(out, await workbook.toBuffer()),
    abort: async () => {},
  };
}

function writeTo(stream: Writable, text: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolvePromise()));
  });
}
