/**
 * The tesseract.js adapter behind the OCR port: a pool of workers created once per run and reused for
 * every page, page-level parallelism (a `recognize` call waits for a free worker), language data read
 * only from the `@tesseract.js-data/*` packages on disk (no network, nothing cached into the user's
 * folders), per-page preprocessing and a retry when a page's OCR text is far shorter than its ink.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createWorker, OEM, type Page, PSM, type Worker } from 'tesseract.js';
import { isProfiling, publishTiming, timed } from '../timing.ts';
import type { OcrEngine, OcrLanguage, OcrPageResult, OcrRequest, OcrWord } from './engine.ts';
import type { PageGeometry } from './geometry.ts';
import type { PreprocessOptions } from './preprocess.ts';

export interface TesseractEngineOptions {
  /** Concurrent workers; 2 on a 2-core machine gave 1.9× one, a third gained nothing (issue 3). */
  workers: number;
  /** Preprocessing options, or `false` to hand tesseract the image as it comes (for measurement). */
  preprocess?: PreprocessOptions | false;
  /** Page segmentation mode for the first pass; mode 3 (auto) beat the single-block default (issue 3). */
  pageSegMode?: PSM;
  /** Retry with another segmentation mode when text seems dropped (default true). */
  retryDroppedText?: boolean;
  /** Replace a worker after this many pages to cap wasm heap growth (0 or absent: never). */
  recycleAfterPages?: number;
}

/** The model folder inside each `@tesseract.js-data/<lang>` package: LSTM-only, integer weights. */
const MODEL_FOLDER = '4.0.0_best_int';
/**
 * Told to tesseract so it does not guess the resolution and print "Estimating resolution as N" on
 * stdout, which is data-only for our CLI. Preprocessing scales pages towards 300-dpi line heights.
 */
const ASSUMED_DPI = '300';
/**
 * tesseract writes diagnostics ("Detected 1233 diacritics") to stderr unless given a debug file; this
 * path is inside the worker's in-memory file system, so the chatter goes nowhere and no real file is
 * written.
 */
const DEBUG_FILE = '/dev/null';
/** The first pass finds fewer than this share of the page's text lines: suspect a dropped block. */
const DROPPED_LINE_SHARE = 0.75;
/** …and at least this many lines are missing (a short page's count is too noisy to judge). */
const DROPPED_MIN_MISSING_LINES = 3;
/** Segmentation mode for the retry: a single column of variable-size text, which keeps every block. */
const RETRY_PAGE_SEG_MODE = PSM.SINGLE_COLUMN;
/**
 * tesseract reads every text line it is unsure of (mean confidence below 0.7) a second time, inverted, in
 * case it is light text on a dark band. Our pages are dark ink on paper (preprocessing binarises the grey
 * ones), so that second reading is LSTM time spent on the pages that are slowest already: 0 turns it off
 * (issue 12; bench/ocr.ts error rates no worse, see the commit).
 */
const INVERT_THRESHOLD = '0';

const require = createRequire(import.meta.url);

/** Directory holding `<lang>.traineddata.gz`, resolved from the package, never from the cwd. */
function modelDirectory(language: OcrLanguage): string {
  return join(dirname(require.resolve(`@tesseract.js-data/${language}/package.json`)), MODEL_FOLDER);
}

/**
 * A model's bytes, read from its package each time: a worker switches models rarely (~20 ms to read and
 * unzip one), and keeping them would hold ~9 MB for the whole run (issue 12).
 */
function unzippedModel(language: OcrLanguage): Uint8Array {
  return gunzipSync(readFileSync(join(modelDirectory(language), `${language}.traineddata.gz`)));
}

/**
 * Removes the model files from the worker's in-memory file system. tesseract reads a model whole when it
 * initialises, so the files only held a second copy of every model (~4–5 MB each, ~13 MB per worker with
 * swe+nor+eng) for the rest of the run (issue 12).
 */
async function dropModelFiles(worker: Worker, languages: readonly string[]): Promise<void> {
  for (const language of languages) {
    try {
      await worker.FS('unlink', [`${language}.traineddata`]);
    } catch {
      // Not there (never written, or removed already): nothing to free.
    }
  }
}

interface Slot {
  worker: Worker | null;
  /**
   * The language list the worker was created with. tesseract.js keeps this very array as its record
   * of loaded models, so models we write into the worker's file system are pushed here to stop
   * `reinitialize` from fetching them from `langPath` (which holds only the first language). The files
   * themselves are removed once tesseract has read them, and written again before the next switch.
   */
  loaded: string[];
  /** `swe+eng` style key of the models currently initialised. */
  key: string;
  pages: number;
  busy: boolean;
}

interface Job {
  request: OcrRequest;
  run: (slot: Slot) => Promise<void>;
  /** Rejects a job that never got a worker because the engine was closed. */
  cancel: (reason: Error) => void;
}

/** Creates a pool of tesseract.js workers (started lazily, reused for every page) behind the OCR port. */
export async function createTesseractEngine(options: TesseractEngineOptions): Promise<OcrEngine> {
  const workerCount = Math.max(1, Math.floor(options.workers));
  const slots: Slot[] = Array.from({ length: workerCount }, () => ({
    worker: null,
    loaded: [],
    key: '',
    pages: 0,
    busy: false,
  }));
  const queue: Job[] = [];
  const running = new Set<Promise<void>>();
  let closed = false;

  const dispatch = (): void => {
    while (queue.length > 0) {
      const free = slots.filter((slot) => !slot.busy);
      if (free.length === 0) return;
      const job = queue.shift() as Job;
      // A worker already initialised for these languages saves a reinitialisation (~0.2 s).
      const wanted = job.request.languages.join('+');
      const slot = free.find((candidate) => candidate.key === wanted) ?? (free[0] as Slot);
      slot.busy = true;
      const run: Promise<void> = job.run(slot).finally(() => {
        running.delete(run);
        slot.busy = false;
        dispatch();
      });
      running.add(run);
    }
  };

  const recognize = async (request: OcrRequest): Promise<OcrPageResult> => {
    if (closed) throw new Error('OCR engine is closed');
    if (request.languages.length === 0) throw new Error('OCR request names no language');
    // Preprocessing runs before a worker is taken, so it overlaps with other pages' recognition.
    // Without preprocessing tesseract reads the image as given, so there is no geometry to report.
    const steps = options.preprocess;
    const prepared: PreparedPage & { geometry?: PageGeometry } =
      steps === false
        ? { image: request.image, textLines: 0, notes: [] }
        : await timed('preprocess', async () => {
            // sharp loads with the first scanned page: text inputs never need it (issue 12).
            const { preprocessPage } = await import('./preprocess.ts');
            return preprocessPage(request.image, steps ?? {});
          });
    const queued = performance.now();
    return new Promise<OcrPageResult>((resolve, reject) => {
      queue.push({
        request,
        run: async (slot) => {
          try {
            publishTiming('waiting for a free worker', performance.now() - queued);
            const worker = await workerFor(slot, request.languages, options.recycleAfterPages ?? 0);
            const result = await recognisePage(worker, prepared, options, slot.key);
            resolve(prepared.geometry === undefined ? result : { ...result, geometry: prepared.geometry });
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        },
        cancel: reject,
      });
      dispatch();
    });
  };

  const close = async (): Promise<void> => {
    closed = true;
    for (const job of queue.splice(0)) job.cancel(new Error('OCR engine is closed'));
    // A page in recognition may still be creating its worker; terminating before it is there would leak
    // that worker and keep the process alive, so running pages finish first.
    await Promise.allSettled([...running]);
    await Promise.all(slots.map((slot) => slot.worker?.terminate()));
    for (const slot of slots) slot.worker = null;
  };

  return { recognize, close };
}

/** Returns the slot's worker initialised for `languages`, creating, recycling or reinitialising it. */
async function workerFor(
  slot: Slot,
  languages: readonly OcrLanguage[],
  recycleAfterPages: number,
): Promise<Worker> {
  if (slot.worker && recycleAfterPages > 0 && slot.pages >= recycleAfterPages) {
    await slot.worker.terminate();
    slot.worker = null;
  }
  const key = languages.join('+');
  if (!slot.worker) {
    const first = languages[0] as OcrLanguage;
    slot.loaded = [first];
    slot.key = first;
    slot.pages = 0;
    const started = await timed(`worker start-up (with ${first})`, () => startWorker(first, slot.loaded));
    slot.worker = started;
    await dropModelFiles(started, [first]);
  }
  const worker = slot.worker;
  if (slot.key !== key) {
    await timed(`model load (${key})`, async () => {
      for (const language of languages) {
        await worker.FS('writeFile', [`${language}.traineddata`, unzippedModel(language)]);
        if (!slot.loaded.includes(language)) slot.loaded.push(language);
      }
      await worker.reinitialize(key, OEM.LSTM_ONLY);
      await dropModelFiles(worker, languages);
    });
    slot.key = key;
  }
  slot.pages++;
  return worker;
}

/** Starts a tesseract.js worker with `first`'s model, read from its package folder. */
function startWorker(first: OcrLanguage, loaded: string[]): Promise<Worker> {
  return createWorker(loaded, OEM.LSTM_ONLY, {
    langPath: modelDirectory(first),
    gzip: true,
    // 'none' neither reads nor writes a cache: nothing lands in the user's working directory.
    cacheMethod: 'none',
    // Without a handler tesseract.js rethrows worker errors from a message callback, crashing the
    // process; the failed job's promise still rejects and the page gets a diagnostic.
    errorHandler: () => {},
    logger: () => {},
  });
}

export interface PreparedPage {
  image: Buffer;
  textLines: number;
  notes: string[];
}

interface Pass {
  result: OcrPageResult;
  lines: number;
  score: number;
}

/**
 * Recognises one prepared page on `worker`; retries with another segmentation mode when text looks dropped.
 * `models` (`swe+eng`) only names the passes in the profile.
 */
export async function recognisePage(
  worker: Worker,
  page: PreparedPage,
  options: TesseractEngineOptions,
  models = '',
): Promise<OcrPageResult> {
  const mode = options.pageSegMode ?? PSM.AUTO;
  const first = await pass(worker, page.image, mode, `ocr ${models}`);
  const notes = [...page.notes];
  let best = first;
  if ((options.retryDroppedText ?? true) && looksDropped(page.textLines, first.lines)) {
    const retry = await pass(worker, page.image, RETRY_PAGE_SEG_MODE, `ocr ${models} retry (dropped text)`);
    const kept = retry.score > first.score ? retry : first;
    notes.push(
      `possible dropped text: ${first.lines} of ~${page.textLines} lines recognised in mode ${mode}; ` +
        `retried in mode ${RETRY_PAGE_SEG_MODE} (${retry.lines} lines), kept mode ${kept === retry ? RETRY_PAGE_SEG_MODE : mode}`,
    );
    best = kept;
  }
  return { ...best.result, notes };
}

/** True when the recognised line count is far below the ink's line count. */
export function looksDropped(inkLines: number, recognisedLines: number): boolean {
  return (
    inkLines - recognisedLines >= DROPPED_MIN_MISSING_LINES && recognisedLines < inkLines * DROPPED_LINE_SHARE
  );
}

async function pass(worker: Worker, image: Buffer, mode: PSM, what: string): Promise<Pass> {
  await worker.setParameters({
    tessedit_pageseg_mode: mode,
    user_defined_dpi: ASSUMED_DPI,
    debug_file: DEBUG_FILE,
    invert_threshold: INVERT_THRESHOLD,
  });
  const stage = isProfiling() ? `${what} psm${mode}` : '';
  const { data } = await timed(stage, () => worker.recognize(image, {}, { text: true, blocks: true }));
  return summarise(data);
}

/** Turns tesseract's page into the port's result: text, words with boxes, mean word confidence. */
export function summarise(page: Pick<Page, 'text' | 'blocks'>): Pass {
  const words: OcrWord[] = [];
  let lines = 0;
  let lineIndex = 0;
  let paragraphIndex = 0;
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        if (line.text.trim().length > 0) lines++;
        for (const word of line.words) {
          if (word.text.trim().length === 0) continue;
          words.push({
            text: word.text,
            confidence: word.confidence / 100,
            bbox: { x0: word.bbox.x0, y0: word.bbox.y0, x1: word.bbox.x1, y1: word.bbox.y1 },
            line: lineIndex,
            paragraph: paragraphIndex,
          });
        }
        lineIndex++;
      }
      paragraphIndex++;
    }
  }
  const confidence =
    words.length > 0 ? words.reduce((sum, word) => sum + word.confidence, 0) / words.length : 0;
  // Confident characters: more text only wins a comparison if tesseract believes it.
  const score = words.reduce((sum, word) => sum + word.confidence * word.text.length, 0);
  return { result: { text: page.text, confidence, words, notes: [] }, lines, score };
}
