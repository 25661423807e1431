/**
 * loi-extract as a library: turn letters of intent and cooperation agreements into schema-checked data.
 * Nothing here touches the process (no exit, no console); streams and callbacks are passed in.
 */
import { readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { OcrEngine } from './ocr/engine.ts';
import { createTesseractEngine } from './ocr/tesseract.ts';
import { StageError } from './pipeline/diagnostic.ts';
import { type DocumentResult, type PipelineOptions, runPipeline } from './pipeline/extract-document.ts';
import { DEFAULT_MAX_PIXELS, DEFAULT_RENDER_DPI } from './pipeline/load.ts';

export type { OcrEngine, OcrPageResult, OcrRequest } from './ocr/engine.ts';
export type { Diagnostic } from './pipeline/diagnostic.ts';
export type { DocumentResult, LanguageOption, OcrMode, PageEvent } from './pipeline/extract-document.ts';
export * from './schema/letter-of-intent.ts';

/** An input: a file on disk, or bytes already in memory (standard input is `{ name: '-', bytes }`). */
export type Input = { path: string } | { name: string; bytes: Uint8Array };

export interface ExtractOptions extends Partial<Omit<PipelineOptions, 'engine'>> {
  /** An OCR engine to use instead of tesseract.js (tests pass a fake); the caller closes it. */
  engine?: OcrEngine;
  /** Documents processed at once, and tesseract.js workers; default: the number of cores. */
  jobs?: number;
  /** Files larger than this are refused before they are read. */
  maxInputBytes?: number;
}

/** One page more than any letter of intent we have seen by far; a larger PDF is read in part with a warning. */
export const DEFAULT_MAX_PAGES = 500;
/** Beyond this an input is not a letter of intent; refusing it keeps memory bounded. */
export const DEFAULT_MAX_INPUT_BYTES = 512 * 1024 * 1024;

/** Extracts one document. Never throws for bad input: look at `result.ok` and `result.diagnostics`. */
export async function extractDocument(input: Input, options: ExtractOptions = {}): Promise<DocumentResult> {
  const engines = engineProvider(options);
  try {
    return await extractWith(input, options, engines.get);
  } finally {
    await engines.close();
  }
}

/**
 * Extracts many documents with one shared OCR worker pool, `jobs` documents at a time, and yields each
 * result in input order as soon as it and every earlier one are done.
 */
export async function* extractFiles(
  inputs: readonly Input[],
  options: ExtractOptions = {},
): AsyncGenerator<{ input: Input; result: DocumentResult }> {
  const engines = engineProvider(options);
  const jobs = Math.max(1, options.jobs ?? availableParallelism());
  const pending = new Map<number, Promise<DocumentResult>>();
  let next = 0;
  const start = () => {
    const index = next++;
    const input = inputs[index];
    if (input !== undefined) pending.set(index, extractWith(input, options, engines.get));
  };
  try {
    while (next < Math.min(jobs, inputs.length)) start();
    for (let index = 0; index < inputs.length; index++) {
      const result = await (pending.get(index) as Promise<DocumentResult>);
      pending.delete(index);
      start();
      yield { input: inputs[index] as Input, result };
    }
  } finally {
    // A consumer that stops early (Ctrl-C, break) still waits for started documents before the pool closes.
    await Promise.allSettled(pending.values());
    await engines.close();
  }
}

/** The name an input is reported under: its path, or the name given with its bytes. */
export function inputName(input: Input): string {
  return 'path' in input ? input.path : input.name;
}

async function extractWith(
  input: Input,
  options: ExtractOptions,
  engine: () => Promise<OcrEngine>,
): Promise<DocumentResult> {
  const name = inputName(input);
  let bytes: Uint8Array;
  try {
    bytes =
      'path' in input
        ? await readInput(input.path, options.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES)
        : input.bytes;
  } catch (error) {
    const stageError =
      error instanceof StageError
        ? error
        : new StageError('load/read', (error as NodeJS.ErrnoException).message);
    return {
      ok: false,
      diagnostics: [
        { fatal: true, source: name, rule: stageError.rule, page: null, message: stageError.message },
      ],
    };
  }
  return runPipeline(name, bytes, {
    ocr: options.ocr ?? 'auto',
    lang: options.lang ?? 'auto',
    repair: options.repair ?? true,
    includeText: options.includeText ?? false,
    maxPages: options.maxPages ?? DEFAULT_MAX_PAGES,
    renderDpi: options.renderDpi ?? DEFAULT_RENDER_DPI,
    maxPixels: options.maxPixels ?? DEFAULT_MAX_PIXELS,
    engine,
    ...(options.onPage ? { onPage: options.onPage } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
}

async function readInput(path: string, maxBytes: number): Promise<Uint8Array> {
  const info = await stat(path);
  if (info.isDirectory()) throw new StageError('load/directory', 'is a directory');
  if (info.size > maxBytes) {
    throw new StageError('load/too-large', `the file is ${info.size} bytes, over the limit of ${maxBytes}`);
  }
  return readFile(path);
}

/** Creates the tesseract.js pool on first use only, so a run over text files never starts it. */
function engineProvider(options: ExtractOptions): {
  get: () => Promise<OcrEngine>;
  close: () => Promise<void>;
} {
  const given = options.engine;
  if (given !== undefined) return { get: async () => given, close: async () => {} };
  let engine: Promise<OcrEngine> | undefined;
  return {
    get: () => {
      const started =
        engine ?? createTesseractEngine({ workers: Math.max(1, options.jobs ?? availableParallelism()) });
      engine = started;
      return started;
    },
    close: async () => {
      if (engine !== undefined) await (await engine).close();
    },
  };
}
