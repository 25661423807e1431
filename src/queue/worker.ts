import { type Job, Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { OcrEngine } from '../ocr/engine.ts';
import { createTesseractEngine } from '../ocr/tesseract.ts';
import { connect, queueNames } from './connection.ts';
import { processDocumentJob } from './document-job.ts';
import { DocumentJobData, type DocumentJobResult, PAGE_JOB_OPTIONS, PageJobData } from './jobs.ts';
import { processPageJob } from './page-job.ts';
import { DEFAULT_LOCK_DURATION_MS } from './settings.ts';
import { startStageThread } from './stages.ts';

export { DEFAULT_LOCK_DURATION_MS } from './settings.ts';

/** A job whose worker died this many times fails: it is likely what kills them (out of memory). */
const MAX_STALLED_COUNT = 3;

export interface QueueWorkerOptions {
  redisUrl: string;
  queue: string;
  /** Jobs of each kind at once, and tesseract.js worker threads. */
  concurrency: number;
  lockDurationMs?: number;
  /** An OCR engine to use instead of tesseract.js; the caller closes it. */
  engine?: OcrEngine;
  /** Told what the worker does, for its log. */
  onEvent?: (event: WorkerEvent) => void;
  /**
   * Test hook: blocks the main thread this long at the start of every job, as OCR or the finishing
   * stages on the main thread would, to show what the threads prevent (a lost lock, a job run twice).
   */
  blockMainThreadMs?: number;
}

/** What a worker reports: a job started, finished or failed, or a stalled job it found. */
export type WorkerEvent =
  | { kind: 'started' | 'done'; job: JobSummary }
  | { kind: 'skipped'; job: JobSummary }
  | { kind: 'failed'; job: JobSummary; reason: string; final: boolean }
  | { kind: 'stalled'; jobId: string }
  | { kind: 'error'; message: string };

/** A job as a log line names it: a document, or some of its pages. */
export interface JobSummary {
  id: string;
  file: string;
  /** Page numbers for a page job, null for a document job. */
  pages: number[] | null;
  attempt: number;
}

/** A running worker; `close()` lets the jobs in hand finish, takes no new ones, and frees everything. */
export interface QueueWorker {
  close(): Promise<void>;
}

/** Starts taking document and page jobs from the queue until closed. */
export async function startQueueWorker(options: QueueWorkerOptions): Promise<QueueWorker> {
  const names = queueNames(options.queue);
  const connections: Redis[] = [];
  const connection = () => {
    const made = connect(options.redisUrl);
    connections.push(made);
    return made;
  };
  let engine: Promise<OcrEngine> | undefined;
  // The tesseract.js pool starts with the first page job, so a worker of text documents never starts it.
  const getEngine = () => {
    engine ??= options.engine
      ? Promise.resolve(options.engine)
      : createTesseractEngine({ workers: options.concurrency });
    return engine;
  };
  const lockDuration = options.lockDurationMs ?? DEFAULT_LOCK_DURATION_MS;
  const settings = {
    concurrency: options.concurrency,
    lockDuration,
    // A dead worker's job is found within a lock duration and a half of its last renewal.
    stalledInterval: Math.max(1_000, Math.round(lockDuration / 2)),
    maxStalledCount: MAX_STALLED_COUNT,
  };
  const pagesQueue = new Queue(names.pages, { connection: connection() });
  const stages = startStageThread();
  const documents = new Worker(
    names.documents,
    (job, token) => {
      if (options.blockMainThreadMs !== undefined) blockMainThread(options.blockMainThreadMs);
      return processDocumentJob(job, token, { pages: pagesQueue, pageJobOptions: PAGE_JOB_OPTIONS, stages });
    },
    { ...settings, connection: connection() },
  );
  const pages = new Worker(
    names.pages,
    async (job) => {
      if (options.blockMainThreadMs !== undefined) blockMainThread(options.blockMainThreadMs);
      return processPageJob(job, getEngine, stages);
    },
    { ...settings, connection: connection() },
  );
  const report = options.onEvent ?? (() => {});
  for (const worker of [documents, pages]) {
    worker.on('active', (job) => report({ kind: 'started', job: summary(job) }));
    worker.on('completed', (job, result: DocumentJobResult | undefined) =>
      report({ kind: result?.written === false ? 'skipped' : 'done', job: summary(job) }),
    );
    worker.on('failed', (job, error) => {
      if (job === undefined) return;
      const final = job.attemptsMade >= (job.opts.attempts ?? 1) || error.name === 'UnrecoverableError';
      report({ kind: 'failed', job: summary(job), reason: error.message, final });
    });
    worker.on('stalled', (jobId) => report({ kind: 'stalled', jobId }));
    worker.on('error', (error) => report({ kind: 'error', message: error.message }));
  }
  await Promise.all([documents.waitUntilReady(), pages.waitUntilReady()]);

  return {
    close: async () => {
      // Worker.close() waits for the jobs in hand; only then may the OCR pool and connections go.
      await Promise.all([documents.close(), pages.close()]);
      await pagesQueue.close();
      await stages.close();
      if (engine !== undefined && options.engine === undefined) await (await engine).close();
      for (const made of connections) made.disconnect();
    },
  };
}

function summary(job: Job): JobSummary {
  const document = DocumentJobData.safeParse(job.data);
  const page = PageJobData.safeParse(job.data);
  return {
    id: job.id ?? '',
    file: document.success ? document.data.file : page.success ? page.data.file : '',
    pages: page.success ? page.data.pages : null,
    // A document job runs again after its pages by design; only a failure or a stall makes it another attempt.
    attempt: job.attemptsMade + job.stalledCounter + 1,
  };
}

/** Spins without yielding, as synchronous OCR on the main thread would. Test hook only. */
function blockMainThread(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // Busy on purpose: no timer, no lock renewal can run meanwhile.
  }
}
