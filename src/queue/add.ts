import { resolve } from 'node:path';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { outputBaseName } from '../output/names.ts';
import { fileSha256, isUpToDate } from '../output/resume.ts';
import { jsonOutputPath } from '../output/writers.ts';
import { SCHEMA_VERSION } from '../schema/letter-of-intent.ts';
import { VERSION } from '../version.ts';
import { queueNames } from './connection.ts';
import { DOCUMENT_JOB_OPTIONS, type DocumentJobData, documentJobId, type JobOptions } from './jobs.ts';
import { reserveOutputName } from './names.ts';

/** What `queue add` queues: input files, the output folder, and the extract options. */
export interface AddRequest {
  files: readonly string[];
  out: string;
  options: JobOptions;
  /** Queue documents whose output is already up to date, and write them again. */
  force: boolean;
}

/** What became of one input: queued, already in the queue, up to date (no job), or unreadable. */
export type AddOutcome =
  | { file: string; output: string; state: 'queued' | 'already-queued' | 'up-to-date'; jobId: string | null }
  | { file: string; output: null; state: 'unreadable'; jobId: null; message: string };

/** States in which a document job is still to be done: adding it again changes nothing. */
const PENDING_STATES = new Set(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children']);

/**
 * Adds one document job per input. Paths are made absolute (every worker must see them at the same
 * place; the output still records each path as it was given, as `extract` does). Output names are those
 * `extract --out` gives (`a`, then `a-2` for another `a.pdf`), reserved in Redis so that they hold across
 * `queue add` calls (see names.ts). The job id comes from the input's SHA-256 and the options, so the
 * same input and options make one job however often they are added. An input
 * whose output is up to date gets no job (the resume rule); one that finished or failed before but whose
 * output is missing or stale is queued anew.
 */
export async function addDocuments(
  connection: Redis,
  queue: string,
  request: AddRequest,
  onOutcome: (outcome: AddOutcome) => void = () => {},
): Promise<AddOutcome[]> {
  const documents = new Queue(queueNames(queue).documents, { connection });
  const out = resolve(request.out);
  const outcomes: AddOutcome[] = [];
  try {
    for (const source of request.files) {
      const file = resolve(source);
      const name = await reserveOutputName(connection, queue, out, file, outputBaseName(file));
      const outcome = await addOne(documents, { file, source }, out, name, request);
      outcomes.push(outcome);
      onOutcome(outcome);
    }
  } finally {
    await documents.close();
  }
  return outcomes;
}

async function addOne(
  documents: Queue,
  { file, source }: { file: string; source: string },
  out: string,
  name: string,
  request: AddRequest,
): Promise<AddOutcome> {
  let sha256: string;
  try {
    sha256 = await fileSha256(file);
  } catch (error) {
    return { file, output: null, state: 'unreadable', jobId: null, message: (error as Error).message };
  }
  const output = jsonOutputPath(out, name);
  const key = { sha256, schemaVersion: SCHEMA_VERSION, toolVersion: VERSION };
  if (!request.force && (await isUpToDate(output, key))) {
    return { file, output, state: 'up-to-date', jobId: null };
  }
  const data: DocumentJobData = {
    file,
    source,
    sha256,
    out,
    name,
    options: request.options,
    force: request.force,
  };
  const jobId = documentJobId(data);
  const existing = await documents.getJob(jobId);
  if (existing !== undefined) {
    const state = await existing.getState();
    if (PENDING_STATES.has(state)) return { file, output, state: 'already-queued', jobId };
    // Finished before, yet its output is missing or stale (or --force): the old job makes way for a new one.
    await existing.remove();
  }
  await documents.add('document', data, { ...DOCUMENT_JOB_OPTIONS, jobId });
  return { file, output, state: 'queued', jobId };
}
