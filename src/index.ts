/**
 * loi-extract as a library: turn letters of intent and cooperation agreements into schema-checked data.
 * Nothing here touches the process (no exit, no console); streams and callbacks are passed in.
 */
import { readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { OcrEngine } from './ocr/engine.ts';
import { DEFAULT_MAX_PAGES, DEFAULT_MAX_TEXT_CHARS } from './options.ts';
import { StageError } from './pipeline/diagnostic.ts';
import { type DocumentResult, type PipelineOptions, runPipeline } from './pipeline/extract-document.ts';
import { DEFAULT_MAX_PIXELS, DEFAULT_RENDER_DPI } from './pipeline/load.ts';

export { OCR_MODES } from './ocr/decide.ts';
export type { OcrEngine, OcrPageResult, OcrRequest } from './ocr/engine.ts';
export { DEFAULT_MAX_PAGES, DEFAULT_MAX_TEXT_CHARS } from './options.ts';
export type { LayoutTargets } from './output/layout-outputs.ts';
export { writeLayoutOutputs } from './output/layout-outputs.ts';
export type { LayoutSource } from './output/searchable-pdf.ts';

import type { LayoutSource } from './output/searchable-pdf.ts';

export { createWorkbook } from './output/xlsx.ts';
export type { Diagnostic } from './pipeline/diagnostic.ts';
export type { DocumentResult, LanguageOption, OcrMode, PageEvent } from './pipeline/extract-document.ts';
export { LANGUAGE_OPTIONS } from './pipeline/extract-document.ts';
export * from './schema/letter-of-intent.ts';

/** An input: a file on disk, or bytes already in memory (standard input is `{ name: '-', bytes }`). */
/** ALTO 4 XML of a document's pages (see output/alto.ts); sharp and pdf.js load on the first call (issue 12). */
export async function altoXml(source: LayoutSource): Promise<string> {
  return (await import('./output/alto.ts')).altoXml(source);
}

/** A searchable PDF of a document (see output/searchable-pdf.ts); pdf-lib loads on the first call (issue 12). */
export async function searchablePdf(source: LayoutSource): Promise<Uint8Array> {
  return (await import('./output/searchable-pdf.ts')).searchablePdf(source);
}

export type Input = { path: string } | { name: string; bytes: Uint8Array };

export interface ExtractOptions extends Partial<Omit<PipelineOptions, 'engine'>> {
  /** An OCR engine to use instead of tesseract.js (tests pass a fake); the caller closes it. */
  engine?: OcrEngine;
  /** Documents processed at once, and tesseract.js workers; default: the number of cores. */
  jobs?: number;
  /** Files larger than this are refused before they are read. */
  maxInputBytes?: number;
  /**
   * A document still running after this many milliseconds fails with `pipeline/timeout` and is told to stop
   * at its next page; the batch goes on. Work that never yields (one huge regex pass) cannot be cut short,
   * which is why text is also capped by `maxTextChars`.
   */
  timeoutMs?: number;
}

/** Beyond this an input is not a letter of intent; refusing it keeps memory bounded. */
export const DEFAULT_MAX_INPUT_BYTES = 512 * 1024 * 1024;
/**
 * How many finished documents may wait for a slower earlier one, per job, before no new document starts:
 * enough that one long scan does not idle the other workers, few enough that waiting results stay small.
 */
const READ_AHEAD_PER_JOB = 8;

/** Extracts one document. Never throws for bad input: look at `result.ok` and `result.diagnostics`. */
export async function extractDocument(input: Input, options: ExtractOptions = {}): Promise<DocumentResult> {
  const engines = engineProvider(options);
  try {
    return await extractWith(input, options, engines);
  } finally {
    await engines.close();
  }
}

/**
 * Extracts many documents with one shared OCR worker pool, `jobs` documents at a time, and yields each
 * result in input order as soon as it and every earlier one are done. When `signal` aborts, no further
 * document starts; the ones already started end (done, or failed as `pipeline/aborted`) and are yielded.
 */
export async function* extractFiles(
  inputs: readonly Input[],
  options: ExtractOptions = {},
): AsyncGenerator<{ input: Input; result: DocumentResult }> {
  const engines = engineProvider(options);
  const jobs = jobsOf(options);
  const readAhead = jobs * READ_AHEAD_PER_JOB;
  const pending = new Map<number, Promise<DocumentResult>>();
  let running = 0;
  let next = 0;
  let wake: (() => void) | undefined;
  const fill = (yielded: number) => {
    // Keep `jobs` documents running, without running further ahead of the next one to yield than readAhead.
    while (running < jobs && next < inputs.length && next - yielded < readAhead && !options.signal?.aborted) {
      const index = next++;
      running++;
      const work = extractWith(inputs[index] as Input, options, engines);
      pending.set(index, work);
      void work.finally(() => {
        running--;
        wake?.();
      });
    }
  };
  try {
    for (let index = 0; index < inputs.length; index++) {
      fill(index);
      const work = pending.get(index);
      if (work === undefined) break; // aborted before this document started
      // While waiting for this document, start others as earlier-started ones finish.
      let done = false;
      void work.finally(() => {
        done = true;
      });
      while (!done) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          void work.finally(resolve);
        });
        wake = undefined;
        fill(index);
      }
      const result = await work;
      pending.delete(index);
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
  engines: EngineProvider,
): Promise<DocumentResult> {
  const engine = engines.get;
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
  const timeoutMs = options.timeoutMs;
  if (timeoutMs === undefined) return runPipeline(name, bytes, pipelineOptions(options, engine));
  const timer = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, timer.signal]) : timer.signal;
  let handle: NodeJS.Timeout | undefined;
  const timedOut = new Promise<DocumentResult>((resolve) => {
    handle = setTimeout(() => {
      timer.abort();
      resolve({
        ok: false,
        diagnostics: [
          {
            fatal: true,
            source: name,
            rule: 'pipeline/timeout',
            page: null,
            message: `took longer than ${timeoutMs / 1000} s (--timeout); stopped`,
          },
        ],
      });
    }, timeoutMs);
  });
  try {
    // The caller gets the timeout at once; the pipeline itself stops at its next page, and the OCR pool is
    // closed only after that (engines.track), so no worker is left running behind a finished batch.
    const work = engines.track(runPipeline(name, bytes, { ...pipelineOptions(options, engine), signal }));
    return await Promise.race([work, timedOut]);
  } finally {
    clearTimeout(handle);
  }
}

function pipelineOptions(options: ExtractOptions, engine: () => Promise<OcrEngine>): PipelineOptions {
  return {
    ocr: options.ocr ?? 'auto',
    lang: options.lang ?? 'auto',
    repair: options.repair ?? true,
    includeText: options.includeText ?? false,
    maxPages: options.maxPages ?? DEFAULT_MAX_PAGES,
    renderDpi: options.renderDpi ?? DEFAULT_RENDER_DPI,
    maxPixels: options.maxPixels ?? DEFAULT_MAX_PIXELS,
    maxTextChars: options.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS,
    ocrConcurrency: jobsOf(options),
    engine,
    ...(options.onPage ? { onPage: options.onPage } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  };
}

/** Documents at once, OCR workers, and pages of one document in OCR at once: the same number. */
function jobsOf(options: ExtractOptions): number {
  return Math.max(1, options.jobs ?? availableParallelism());
}

async function readInput(path: string, maxBytes: number): Promise<Uint8Array> {
  const info = await stat(path);
  if (info.isDirectory()) throw new StageError('load/directory', 'is a directory');
  if (info.size > maxBytes) {
    throw new StageError('load/too-large', `the file is ${info.size} bytes, over the limit of ${maxBytes}`);
  }
  return readFile(path);
}

/** The OCR engine of one call: created on first use, closed once every pipeline that may use it has ended. */
interface EngineProvider {
  get: () => Promise<OcrEngine>;
  /** Registers a pipeline run that may outlive its result (a timed-out document); `close` waits for it. */
  track: <T>(work: Promise<T>) => Promise<T>;
  close: () => Promise<void>;
}

/** Creates the tesseract.js pool on first use only, so a run over text files never starts it. */
function engineProvider(options: ExtractOptions): EngineProvider {
  const running = new Set<Promise<unknown>>();
  const track = <T>(work: Promise<T>): Promise<T> => {
    running.add(work);
    void work.finally(() => running.delete(work)).catch(() => {});
    return work;
  };
  const given = options.engine;
  if (given !== undefined) {
    return {
      get: async () => given,
      track,
      close: async () => {
        await Promise.allSettled(running);
      },
    };
  }
  let engine: Promise<OcrEngine> | undefined;
  return {
    get: () => {
      // tesseract.js loads with the first page that needs OCR: text inputs never pay for it (issue 12).
      const started =
        engine ??
        import('./ocr/tesseract.ts').then(({ createTesseractEngine }) =>
          createTesseractEngine({ workers: jobsOf(options) }),
        );
      engine = started;
      return started;
    },
    track,
    close: async () => {
      await Promise.allSettled(running);
      if (engine !== undefined) await (await engine).close();
    },
  };
}
