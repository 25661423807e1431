import { type Job, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { queueNames } from './connection.ts';
import { DocumentJobData, DocumentProgress, pagesOfJobId } from './jobs.ts';

/** Job counts of one BullMQ queue by state. */
export interface Counts {
  waiting: number;
  active: number;
  waitingChildren: number;
  delayed: number;
  completed: number;
  failed: number;
}

/** A document in the queue: where it is, and how many of its pages have their text. */
export interface DocumentStatus {
  id: string;
  file: string;
  output: string;
  state: string;
  /** Null until a worker has loaded the document. */
  pages: number | null;
  pagesDone: number | null;
  /** Why it failed (the diagnostic's rule and message); null unless failed. */
  reason: string | null;
}

/** `queue status`: counts of documents and page jobs, the documents in progress, and the failed ones. */
export interface QueueStatus {
  queue: string;
  documents: Counts;
  pages: Counts;
  inProgress: DocumentStatus[];
  failed: DocumentStatus[];
}

/** Documents listed per state: enough for a screen or a script, bounded for a queue of 200 000. */
export const LIST_LIMIT = 1_000;

const PENDING = ['active', 'waiting-children', 'waiting', 'delayed', 'prioritized'] as const;

/** Reads the queue's counts and its unfinished and failed documents. */
export async function queueStatus(connection: Redis, queue: string): Promise<QueueStatus> {
  const names = queueNames(queue);
  const documents = new Queue(names.documents, { connection });
  const pages = new Queue(names.pages, { connection });
  try {
    const inProgress = await documents.getJobs([...PENDING], 0, LIST_LIMIT - 1, true);
    const failed = await documents.getJobs(['failed'], 0, LIST_LIMIT - 1, true);
    return {
      queue,
      documents: await countsOf(documents),
      pages: await countsOf(pages),
      inProgress: await Promise.all(inProgress.map((job) => documentStatus(job))),
      failed: await Promise.all(failed.map((job) => documentStatus(job))),
    };
  } finally {
    await Promise.all([documents.close(), pages.close()]);
  }
}

/** Whether nothing is left to do: no document or page job waiting, running or waiting for its pages. */
export function isDrained(status: Pick<QueueStatus, 'documents' | 'pages'>): boolean {
  const open = (counts: Counts) => counts.waiting + counts.active + counts.waitingChildren + counts.delayed;
  return open(status.documents) === 0 && open(status.pages) === 0;
}

/** Counts only (cheap): for polling in `queue wait`. */
export async function queueCounts(
  connection: Redis,
  queue: string,
): Promise<Pick<QueueStatus, 'documents' | 'pages'>> {
  const names = queueNames(queue);
  const documents = new Queue(names.documents, { connection });
  const pages = new Queue(names.pages, { connection });
  try {
    return { documents: await countsOf(documents), pages: await countsOf(pages) };
  } finally {
    await Promise.all([documents.close(), pages.close()]);
  }
}

async function countsOf(queue: Queue): Promise<Counts> {
  const counts = await queue.getJobCounts(
    'waiting',
    'prioritized',
    'active',
    'waiting-children',
    'delayed',
    'completed',
    'failed',
  );
  const of = (state: string) => counts[state] ?? 0;
  return {
    waiting: of('waiting') + of('prioritized'),
    active: of('active'),
    waitingChildren: of('waiting-children'),
    delayed: of('delayed'),
    completed: of('completed'),
    failed: of('failed'),
  };
}

async function documentStatus(job: Job): Promise<DocumentStatus> {
  const data = DocumentJobData.safeParse(job.data);
  const progress = DocumentProgress.safeParse(job.progress);
  const state = await job.getState();
  const pages = progress.success ? progress.data.pages : null;
  let pagesDone: number | null = null;
  if (progress.success) {
    // Pages with their text: those that kept their text layer, and those the finished page jobs read
    // (the first OCR page may have been read twice; it counts once).
    const processed = await job.getDependencies({ processed: { count: LIST_LIMIT } });
    const read = new Set(Object.keys(processed.processed ?? {}).flatMap((key) => pagesOfJobId(key)));
    pagesDone = state === 'completed' ? progress.data.pages : progress.data.textPages + read.size;
  }
  return {
    id: job.id ?? '',
    file: data.success ? data.data.file : '',
    output: data.success ? `${data.data.out}/${data.data.name}.json` : '',
    state,
    pages,
    pagesDone,
    reason: job.failedReason ? job.failedReason : null,
  };
}
