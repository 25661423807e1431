/**
 * What travels through the queue: the data of document and page jobs, page results, and their job ids.
 * Zod schemas are the single source of truth; every job's data is checked where it is read (safeParse).
 */
import { createHash } from 'node:crypto';
import type { JobsOptions } from 'bullmq';
import { z } from 'zod';
import { OCR_MODES } from '../ocr/decide.ts';
import { LANGUAGE_OPTIONS } from '../pipeline/extract-document.ts';
import type { PageText } from '../pipeline/page.ts';

/** The extract options a document job runs with; part of its job id. */
export const JobOptions = z.object({
  ocr: z.enum(OCR_MODES),
  lang: z.enum(LANGUAGE_OPTIONS),
  repair: z.boolean(),
  includeText: z.boolean(),
  maxPages: z.number().int().positive(),
  maxTextChars: z.number().int().positive(),
  renderDpi: z.number().positive(),
  maxPixels: z.number().int().positive(),
});
export type JobOptions = z.infer<typeof JobOptions>;

/** A document job: read `file`, write `out/<name>.json`. Paths are absolute, on a file system every worker sees. */
export const DocumentJobData = z.object({
  file: z.string(),
  /**
   * The input's path as `queue add` was given it (relative or absolute), which the output records as
   * `source.file`, as `extract --out` does for the same path; `file` is where workers read it.
   */
  source: z.string(),
  /** The input's SHA-256 when it was queued; a worker refuses a file that changed since. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  out: z.string(),
  name: z.string(),
  options: JobOptions,
  /** Write even when the output is already up to date (`queue add --force`). */
  force: z.boolean(),
});
export type DocumentJobData = z.infer<typeof DocumentJobData>;

/**
 * Why a page is OCR'd, as the document's plan decided it: the reason goes into the page's notes, the
 * warning (a text layer replaced, as a legacy English-model layer is) into the document's warnings.
 */
export const PageDecision = z.object({ reason: z.string(), warning: z.string().optional() });
export type PageDecision = z.infer<typeof PageDecision>;

/** A page job: OCR `pages` of the document with `models`. */
export const PageJobData = z.object({
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  pages: z.array(z.number().int().positive()).min(1),
  models: z.array(z.enum(['swe', 'nor', 'eng'])).min(1),
  /** The OCR decision of each of `pages`, in the same order (null: none known). */
  decisions: z.array(PageDecision.nullable()).default([]),
  options: JobOptions.pick({ maxPages: true, renderDpi: true, maxPixels: true }),
});
export type PageJobData = z.infer<typeof PageJobData>;

/**
 * A page's OCR result as the document job reads it back from its child: the pipeline's `PageText`. It is
 * checked, then used as it came, so that a field added to PageText later travels through unchanged.
 */
export const PageReading = z.object({
  number: z.number().int().positive(),
  text: z.string(),
  textSource: z.literal('ocr'),
  ocrConfidence: z.number().nullable(),
  words: z.array(
    z.object({
      text: z.string(),
      confidence: z.number(),
      bbox: z.object({ x0: z.number(), y0: z.number(), x1: z.number(), y1: z.number() }),
    }),
  ),
  notes: z.array(z.string()),
  warning: z.string().optional(),
});

/** What a page job returns: its readings, with the pages and models they answer for. */
export const PageJobResult = z.object({
  pages: z.array(z.number().int().positive()),
  models: z.array(z.string()),
  readings: z.array(PageReading),
});
/** The result type a page job returns: the readings are the pipeline's own page texts. */
export type PageJobResult = Omit<z.infer<typeof PageJobResult>, 'readings'> & { readings: PageText[] };

/** The document job's progress, for `queue status`: its page count and how many kept their text layer. */
export const DocumentProgress = z.object({ pages: z.number().int(), textPages: z.number().int() });
export type DocumentProgress = z.infer<typeof DocumentProgress>;

/** What a finished document job returns. */
export const DocumentJobResult = z.object({
  output: z.string(),
  /** False when the output was already up to date (the resume rule) and nothing was written. */
  written: z.boolean(),
});
export type DocumentJobResult = z.infer<typeof DocumentJobResult>;

/** Hex characters of the options hash in a job id: 64 bits, no collision among any realistic set of options. */
const OPTIONS_HASH_CHARS = 16;

/**
 * A document's job id: its input's SHA-256 and a hash of everything else that shapes its output (options,
 * output folder and name), so the same input with the same options is one job however often it is added.
 */
export function documentJobId(data: Omit<DocumentJobData, 'force' | 'source'>): string {
  const shape = JSON.stringify([data.out, data.name, Object.entries(data.options).sort()]);
  const hash = createHash('sha256').update(shape).digest('hex').slice(0, OPTIONS_HASH_CHARS);
  return `${data.sha256}-${hash}`;
}

/** A page job's id: its document, pages and models (a page read again with other models is another job). */
export function pageJobId(documentId: string, pages: readonly number[], models: readonly string[]): string {
  return `${documentId}-p${pages.join('.')}-${models.join('+')}`;
}

/** The page numbers a page job id answers for (the inverse of pageJobId's page part). */
export function pagesOfJobId(jobId: string): number[] {
  const match = /-p([\d.]+)-[a-z+]+$/.exec(jobId);
  return match?.[1] === undefined ? [] : match[1].split('.').map(Number);
}

/** Attempts for a job that fails on a transient error (file system, Redis); bad input fails at once. */
const ATTEMPTS = 3;
/** First retry after this long, then doubling: a shared mount or Redis that blinked has time to return. */
const BACKOFF_MS = 2_000;
/** Finished document jobs kept for `queue status`; their outputs' resume rule needs none of them. */
const KEEP_COMPLETED_DOCUMENTS = 1_000;

/** A document job's options: retries with backoff; failed ones stay for `queue status`. */
export const DOCUMENT_JOB_OPTIONS: JobsOptions = {
  attempts: ATTEMPTS,
  backoff: { type: 'exponential', delay: BACKOFF_MS },
  removeOnComplete: { count: KEEP_COMPLETED_DOCUMENTS },
  removeOnFail: false,
};
/** A page job's options: finished ones go at once (their result stays with the document job). */
export const PAGE_JOB_OPTIONS: JobsOptions = {
  attempts: ATTEMPTS,
  backoff: { type: 'exponential', delay: BACKOFF_MS },
  removeOnComplete: true,
  removeOnFail: { count: KEEP_COMPLETED_DOCUMENTS },
};
