import { extractFields } from '../extract/index.ts';
import { detectLanguage, detectPages } from '../language/index.ts';
import { decideOcr, type OcrDecision, type OcrMode } from '../ocr/decide.ts';
import type { OcrEngine, OcrLanguage } from '../ocr/engine.ts';
import { identityGeometry, type PageGeometry } from '../ocr/geometry.ts';
import { OCR_MODELS } from '../ocr/models.ts';
import type { LanguageOption } from '../options.ts';
import { repairDocument } from '../repair/index.ts';
import {
  type LanguageCode,
  LetterOfIntent,
  type PageOutput,
  SCHEMA_VERSION,
  type TextSource,
} from '../schema/letter-of-intent.ts';
import { unwrapPages } from '../text/unwrap.ts';
import { timed, timedSync } from '../timing.ts';
import { VERSION } from '../version.ts';
import { type Diagnostic, StageError } from './diagnostic.ts';
import {
  type LoadedDocument,
  type LoadedPage,
  loadDocument,
  type MediaType,
  pageInputError,
} from './load.ts';
import type { PageText, TextPage } from './page.ts';

/**
 * The pipeline, top to bottom in one place (like OCRmyPDF's `_pipelines/ocr.py`):
 *
 *   load → per page: keep the text layer or OCR the image → detect the language of the raw text →
 *   repair OCR noise → detect the language of the repaired text → extract fields → validate → result
 *
 * Every stage is a function of its own module; this file only orders them and turns a stage's failure
 * into a fatal diagnostic on this document, so one bad document never stops a batch.
 */

export { LANGUAGE_OPTIONS, type LanguageOption } from '../options.ts';
export type { OcrMode };

export interface PipelineOptions {
  ocr: OcrMode;
  lang: LanguageOption;
  repair: boolean;
  includeText: boolean;
  maxPages: number;
  renderDpi: number;
  maxPixels: number;
  /**
   * Pages of this document in OCR at once (the size of the worker pool). Pages are rendered only when
   * their turn comes, so a long scanned PDF never holds more than this many page images.
   */
  ocrConcurrency: number;
  /** Gives the OCR engine; called only when a page needs OCR, so text inputs never start tesseract. */
  engine: () => Promise<OcrEngine>;
  /** Told about each page as it is done, for progress reporting. */
  onPage?: (event: PageEvent) => void;
  /** Stops work between pages. */
  signal?: AbortSignal;
  /** Text beyond this many characters is dropped before repair and extraction (their time grows with it). */
  maxTextChars?: number;
}

export interface PageEvent {
  file: string;
  page: number;
  pages: number;
  textSource: PageText['textSource'];
}

export type DocumentResult =
  | {
      ok: true;
      document: LetterOfIntent;
      diagnostics: Diagnostic[];
      /** The pages as read, before repair, with OCR words and their geometry: what the layout writers need. */
      pages: PageText[];
    }
  | { ok: false; diagnostics: Diagnostic[] };

/** Pages whose mean OCR word confidence is below this get a warning: below it, about one word in five is wrong. */
export const LOW_OCR_CONFIDENCE = 0.7;
/**
 * A first page read by the combined model with less confidence than this is read again with the model
 * of its detected language. Above it the combined reading is as good and the second pass is wasted time.
 */
const REREAD_BELOW_CONFIDENCE = 0.85;
/**
 * A document's other pages are read with its language's own model only when at least this many are left;
 * fewer are read with the combined model the first page was read with. The own model is ~15 % cheaper per
 * page (1.95 s against 2.31 s of CPU, 6 scanned fixture pages, /work/eval/ocrspeed exp1), but switching a
 * worker to it and back for the next document costs ~0.6 s of CPU (tesseract reinitialises: ~0.17 s to
 * one model, ~0.45 s back to three), and with --jobs 2 both workers switch: ~1.2 s, which the saving
 * (~0.35 s a page) repays only from about four pages on. Both read these pages equally well (mean CER
 * 0.056 % combined, 0.055 % with the page language's model).
 */
const MIN_PAGES_FOR_OWN_MODEL = 5;
/** A language guess below this confidence is reported as unsure. */
const LOW_LANGUAGE_CONFIDENCE = 0.6;

/** Runs the whole pipeline on one document's bytes. Never throws for bad input: failures are diagnostics. */
export async function runPipeline(
  file: string,
  bytes: Uint8Array,
  options: PipelineOptions,
): Promise<DocumentResult> {
  const diagnostics: Diagnostic[] = [];
  let loaded: LoadedDocument | undefined;
  try {
    loaded = await timed('load', () => loadDocument(bytes, options));
    const pages = await readPages(file, loaded, options, diagnostics);
    return await finishDocument(file, loaded, pages, options, diagnostics);
  } catch (error) {
    diagnostics.push(fatalDiagnostic(file, error));
    return { ok: false, diagnostics };
  } finally {
    await loaded?.close();
  }
}

/**
 * Turns each loaded page into text: the text layer where it is usable, OCR otherwise. With `--lang auto`,
 * the first OCR page is read with the combined model and its language picks the model for the rest.
 * The queue (src/queue) runs the same steps as jobs: planPages, then firstPageModels and
 * modelsAfterFirstPage around ocrPage, then betterReading.
 */
async function readPages(
  file: string,
  loaded: LoadedDocument,
  options: PipelineOptions,
  diagnostics: Diagnostic[],
): Promise<PageText[]> {
  const { pages, toOcr, decisions } = planPages(file, loaded, options.ocr, diagnostics);
  for (const page of pages) {
    if (page !== undefined)
      options.onPage?.({ file, page: page.number, pages: pages.length, textSource: 'text-layer' });
  }
  const [first, ...rest] = toOcr;
  if (first === undefined) return pages as PageText[];

  const engine = await options.engine();
  const read = async (page: LoadedPage, languages: readonly OcrLanguage[]): Promise<PageText> => {
    options.signal?.throwIfAborted();
    const text = await ocrPage(page, languages, engine, loaded.mediaType, decisions.get(page.number));
    options.onPage?.({ file, page: page.number, pages: pages.length, textSource: 'ocr' });
    return text;
  };
  const firstText = await read(first, firstPageModels(options.lang));
  pages[first.number - 1] = firstText;
  const next = modelsAfterFirstPage(firstText, options.lang, rest.length);
  const tasks = rest.map((page) => () => read(page, next.models));
  if (next.rereadFirst) {
    tasks.unshift(async () =>
      betterReading(
        firstText,
        await timed('second reading of page 1 (in the OCR rows too)', () => read(first, next.rereadModels)),
      ),
    );
  }
  for (const text of await runLimited(tasks, options.ocrConcurrency)) pages[text.number - 1] = text;
  return pages as PageText[];
}

/** A document's pages once the OCR decision is made: text-layer pages read, the others to OCR. */
export interface PagePlan {
  /** Indexed by page number − 1; a page still to OCR is `undefined`. */
  pages: (PageText | undefined)[];
  toOcr: LoadedPage[];
  /** Each page's OCR decision, by page number: its reason and warning go into the page's notes. */
  decisions: Map<number, OcrDecision>;
}

/** Decides for every page whether it keeps its text layer or is OCR'd, and logs the reason per page. */
export function planPages(
  file: string,
  loaded: LoadedDocument,
  mode: OcrMode,
  diagnostics: Diagnostic[],
): PagePlan {
  const pages: (PageText | undefined)[] = new Array(loaded.pages.length);
  const toOcr: LoadedPage[] = [];
  const decisions = new Map<number, OcrDecision>();
  for (const page of loaded.pages) {
    const decision = decideOcr({ textLayer: page.textLayer, hasImage: page.hasImage }, mode);
    diagnostics.push({
      fatal: false,
      source: file,
      rule: 'ocr/decision',
      page: page.number,
      message: decision.reason,
    });
    decisions.set(page.number, decision);
    if (decision.ocr) {
      toOcr.push(page);
    } else {
      pages[page.number - 1] = {
        number: page.number,
        text: page.textLayer ?? '',
        textSource: loaded.mediaType === 'text/plain' ? 'plain-text' : 'text-layer',
        ocrConfidence: null,
        words: [],
        notes: [decision.reason],
      };
    }
  }
  return { pages, toOcr, decisions };
}

/** The models the first OCR page of a document is read with: all three when the language is unknown. */
export function firstPageModels(lang: LanguageOption): readonly OcrLanguage[] {
  return lang === 'auto' ? OCR_MODELS.und : OCR_MODELS[lang];
}

/**
 * The models for a document's other OCR pages (`restPages` of them), chosen from its first OCR page's
 * text; whether that first page is worth reading again, and with which models.
 */
export function modelsAfterFirstPage(
  firstText: PageText,
  lang: LanguageOption,
  restPages = Number.POSITIVE_INFINITY,
): { models: readonly OcrLanguage[]; rereadFirst: boolean; rereadModels: readonly OcrLanguage[] } {
  if (lang !== 'auto')
    return { models: OCR_MODELS[lang], rereadFirst: false, rereadModels: OCR_MODELS[lang] };
  const detected = detectLanguage(firstText.text);
  if (detected.language === 'und')
    return { models: OCR_MODELS.und, rereadFirst: false, rereadModels: OCR_MODELS.und };
  const own = OCR_MODELS[detected.language];
  // The combined model reads a page almost as well as the right one; only a page it read poorly is
  // read again with the detected language's model, and the better reading (by confidence) is kept.
  // Such a document's other pages are hard ones too, where the own model reads better (src/ocr/models.ts),
  // so they get it however few they are.
  const rereadFirst = firstText.ocrConfidence !== null && firstText.ocrConfidence < REREAD_BELOW_CONFIDENCE;
  return {
    models: rereadFirst || restPages >= MIN_PAGES_FOR_OWN_MODEL ? own : OCR_MODELS.und,
    rereadFirst,
    rereadModels: own,
  };
}

/**
 * OCRs one page with the given models. A damaged image often fails only here, when its pixels are first
 * decoded, so such a failure is reported as the input's problem (see pageInputError).
 */
export async function ocrPage(
  page: LoadedPage,
  languages: readonly OcrLanguage[],
  engine: OcrEngine,
  mediaType: MediaType,
  decision?: OcrDecision,
): Promise<PageText> {
  const { image, result } = await page
    .image()
    .then(async (image) => ({
      image,
      result: await engine.recognize({ image, languages, pageNumber: page.number }),
    }))
    .catch((error: unknown) => Promise.reject(pageInputError(error, mediaType, page.number)));
  return {
    number: page.number,
    text: result.text,
    textSource: 'ocr',
    ocrConfidence: result.confidence,
    words: result.words,
    ...(await geometryOf(result.geometry, image)),
    notes: [...(decision ? [decision.reason] : []), `OCR with ${languages.join('+')}`, ...result.notes],
    ...(decision?.warning === undefined ? {} : { warning: `page ${page.number}: ${decision.warning}` }),
  };
}

/** Of a page's first reading and a second one with other models, the one OCR was surer of (the first on a tie). */
export function betterReading(first: PageText, again: PageText): PageText {
  return (again.ocrConfidence ?? 0) > (first.ocrConfidence ?? 0) ? again : first;
}

/** What the finishing stages need to know of the loaded document. */
export type LoadedFacts = Pick<LoadedDocument, 'sha256' | 'mediaType' | 'pageCount' | 'warnings'>;

/**
 * The stages after reading: cap the text, repair OCR noise, detect the language, extract the fields and
 * validate them. Throws a StageError when there is nothing to read (see fatalDiagnostic).
 */
export async function finishDocument(
  file: string,
  loaded: LoadedFacts,
  pagesRead: readonly PageText[],
  options: Pick<PipelineOptions, 'ocr' | 'lang' | 'repair' | 'includeText' | 'maxTextChars'>,
  diagnostics: Diagnostic[],
): Promise<DocumentResult> {
  const { pages, warnings: capWarnings } = capText(pagesRead, options.maxTextChars);
  // An empty result would count as done and be skipped on a resumed run even after OCR is turned on.
  if (
    options.ocr === 'off' &&
    loaded.mediaType !== 'text/plain' &&
    pages.every((p) => p.text.trim() === '')
  ) {
    throw new StageError(
      'ocr/off-no-text',
      'no page has a text layer and OCR is off (--ocr off); nothing to read',
    );
  }

  const rawLanguage = timedSync('language', () =>
    chooseLanguage(pages.map((page) => page.text).join('\n'), options.lang),
  );
  const repaired = options.repair
    ? await timed('repair', () => repairDocument(pages.map(toTextPage), { language: rawLanguage.language }))
    : { pages: pages.map(toTextPage), repairs: [] };

  // Text set on a page (a PDF's text layer, OCR) breaks lines at the margin; typed text breaks them on purpose.
  // A document's pages are all plain text (a .txt file) or none (a PDF's or an image's).
  const readable =
    documentTextSource(pages) === 'plain-text'
      ? repaired.pages
      : unwrapPages(repaired.pages.map((page) => page.text)).map((text, index) => ({
          ...(repaired.pages[index] as TextPage),
          text,
        }));
  const language = timedSync('language', () => documentLanguage(readable, options.lang));
  const pageLanguages = language.pages.map((page) => page.language);
  const extraction = timedSync('extraction', () => extractFields(readable, language.language));

  const warnings = [
    ...loaded.warnings,
    ...capWarnings,
    ...pageWarnings(pages),
    ...language.warnings,
    ...extraction.warnings,
  ];
  const document = {
    schemaVersion: SCHEMA_VERSION,
    source: {
      file,
      sha256: loaded.sha256,
      mediaType: loaded.mediaType,
      pages: loaded.pageCount,
      textSource: documentTextSource(pages),
      ocrConfidence: meanOcrConfidence(pages),
      toolVersion: VERSION,
    },
    language: language.language,
    languageConfidence: language.confidence,
    ...extraction.fields,
    evidence: extraction.evidence,
    repairs: repaired.repairs,
    warnings,
    ...(options.includeText ? { pages: pageOutputs(pages, readable, pageLanguages) } : {}),
  };
  for (const warning of warnings)
    diagnostics.push({ fatal: false, source: file, rule: 'warning', page: null, message: warning });

  const checked = timedSync('validation', () => LetterOfIntent.safeParse(document));
  if (!checked.success) {
    const issues = checked.error.issues.map(
      (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    diagnostics.push({
      fatal: true,
      source: file,
      rule: 'validate/schema',
      page: null,
      message: issues.join('; '),
    });
    return { ok: false, diagnostics };
  }
  return { ok: true, document: checked.data, diagnostics, pages };
}

/**
 * The page's word geometry: the engine's, or, from an engine that reports none (it read the image as
 * given), the image's own size; none when even the image header cannot be read.
 */
async function geometryOf(
  reported: PageGeometry | undefined,
  image: Buffer,
): Promise<{ geometry?: PageGeometry }> {
  if (reported !== undefined) return { geometry: reported };
  try {
    const { default: sharp } = await import('sharp');
    const { width, height } = await sharp(image).metadata();
    return width && height ? { geometry: identityGeometry({ width, height }) } : {};
  } catch {
    return {};
  }
}

/** Runs tasks with at most `limit` in flight; results in task order. */
async function runLimited<T>(tasks: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const lane = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await (tasks[index] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, lane));
  return results;
}

/**
 * Keeps at most `maxChars` characters of text, cutting the page where the budget runs out and emptying
 * later ones (they stay in the list so page numbers hold). Repair, language and extraction take time in
 * proportion to the text (about 10 s per million characters), so this bounds the time of a huge text file.
 */
function capText(
  pages: readonly PageText[],
  maxChars: number | undefined,
): { pages: PageText[]; warnings: string[] } {
  const total = pages.reduce((sum, page) => sum + page.text.length, 0);
  if (maxChars === undefined || total <= maxChars) return { pages: [...pages], warnings: [] };
  let budget = maxChars;
  const capped = pages.map((page) => {
    const text = page.text.slice(0, budget);
    budget -= text.length;
    return text.length === page.text.length ? page : { ...page, text };
  });
  return {
    pages: capped,
    warnings: [`only the first ${maxChars} of ${total} characters of text were read (--max-chars)`],
  };
}

function chooseLanguage(
  text: string,
  option: LanguageOption,
): { language: LanguageCode; confidence: number } {
  if (option !== 'auto') return { language: option, confidence: 1 };
  const guess = detectLanguage(text);
  return { language: guess.language, confidence: guess.confidence };
}

/** The document's language, each page's, and warnings; `--lang` sets all of them. */
function documentLanguage(
  pages: readonly TextPage[],
  option: LanguageOption,
): { language: LanguageCode; confidence: number; pages: { language: LanguageCode }[]; warnings: string[] } {
  if (option !== 'auto') {
    return { language: option, confidence: 1, pages: pages.map(() => ({ language: option })), warnings: [] };
  }
  const detected = detectPages(pages);
  const warnings = [...detected.warnings];
  if (detected.language !== 'und' && detected.confidence < LOW_LANGUAGE_CONFIDENCE) {
    warnings.push(`language unsure: ${detected.language} with confidence ${detected.confidence.toFixed(2)}`);
  }
  return { ...detected, warnings };
}

function toTextPage(page: PageText): TextPage {
  return { number: page.number, text: page.text };
}

function documentTextSource(pages: readonly PageText[]): TextSource {
  const sources = new Set(pages.map((page) => page.textSource));
  if (sources.size === 1) return [...sources][0] ?? 'plain-text';
  return 'mixed';
}

function meanOcrConfidence(pages: readonly PageText[]): number | null {
  const values = pages.flatMap((page) => (page.ocrConfidence === null ? [] : [page.ocrConfidence]));
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function pageWarnings(pages: readonly PageText[]): string[] {
  return pages.flatMap((page) => [
    ...(page.warning === undefined ? [] : [page.warning]),
    ...(page.ocrConfidence !== null && page.ocrConfidence < LOW_OCR_CONFIDENCE
      ? [
          `page ${page.number}: low OCR confidence ${page.ocrConfidence.toFixed(2)}; check the extracted values`,
        ]
      : []),
  ]);
}

function pageOutputs(
  pages: readonly PageText[],
  repaired: readonly TextPage[],
  languages: readonly LanguageCode[],
): PageOutput[] {
  return pages.map((page, index) => ({
    number: page.number,
    textSource: page.textSource,
    ocrConfidence: page.ocrConfidence,
    language: languages[index] ?? 'und',
    text: repaired[index]?.text ?? page.text,
  }));
}

/** Turns anything a stage threw into the fatal diagnostic of the document (StageError keeps its rule). */
export function fatalDiagnostic(file: string, error: unknown): Diagnostic {
  if (error instanceof StageError) {
    return { fatal: true, source: file, rule: error.rule, page: error.page, message: error.message };
  }
  if (error instanceof Error && error.name === 'AbortError') {
    return {
      fatal: true,
      source: file,
      rule: 'pipeline/aborted',
      page: null,
      message: 'stopped before it was done',
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    fatal: true,
    source: file,
    rule: 'pipeline/crash',
    page: null,
    message: `internal error: ${message}`,
  };
}
