/**
 * The document job: the parent of a document's flow. It loads the document and decides per page whether
 * to OCR it (planPages, in the stage thread), hands the OCR pages to child page jobs in the same two rounds as the in-process
 * pipeline (the first OCR page, whose language picks the models, then the rest), and when every page has
 * its text runs the finishing stages (finishDocument) and writes the JSON file as `extract --out` does.
 *
 * The job keeps no state of its own between its runs: what is done is what its children have returned
 * (BullMQ keeps their results with the parent), so a worker killed at any moment is simply replaced by
 * another that runs the job again from its start and finds the finished pages there.
 */
import { mkdir } from 'node:fs/promises';
import { type Job, type JobsOptions, type Queue, UnrecoverableError, WaitingChildrenError } from 'bullmq';
import { isProcessRunning, removeStaleTemps, removeTempsOf } from '../output/atomic.ts';
import { isUpToDate } from '../output/resume.ts';
import { jsonOutputPath, writeJsonFile } from '../output/writers.ts';
import { betterReading, firstPageModels, modelsAfterFirstPage } from '../pipeline/extract-document.ts';
import type { PageText } from '../pipeline/page.ts';
import { SCHEMA_VERSION } from '../schema/letter-of-intent.ts';
import { VERSION } from '../version.ts';
import { failureReason, jobError } from './failure.ts';
import { readQueuedInput } from './input.ts';
import {
  DocumentJobData,
  type DocumentJobResult,
  type DocumentProgress,
  type PageDecision,
  PageJobResult,
  pageJobId,
} from './jobs.ts';
import type { StageRunner } from './stages.ts';

/**
 * Pages per page job after the first: a job loads the whole PDF before rendering its pages, so a few
 * pages per job spread that cost, while a 500-page document still makes 125 jobs for many machines.
 */
export const PAGES_PER_JOB = 4;

/** What a document job needs besides its data: the pages queue for its children, the stage thread. */
export interface DocumentJobContext {
  pages: Queue;
  pageJobOptions: JobsOptions;
  stages: StageRunner;
}

/** A group of pages to OCR with one set of models: one page job. */
interface PageGroup {
  pages: number[];
  models: readonly string[];
}

/** Runs (or runs again, after its page jobs) one document job. */
export async function processDocumentJob(
  job: Job,
  token: string | undefined,
  context: DocumentJobContext,
): Promise<DocumentJobResult> {
  const parsed = DocumentJobData.safeParse(job.data);
  if (!parsed.success) throw new UnrecoverableError(`queue/bad-job: ${parsed.error.message}`);
  const data = parsed.data;
  try {
    return await runDocument(job, token, data, context);
  } catch (error) {
    throw jobError(data.file, error);
  }
}

async function runDocument(
  job: Job,
  token: string | undefined,
  data: DocumentJobData,
  context: DocumentJobContext,
): Promise<DocumentJobResult> {
  // The resume rule of `extract --out`: an output made from the same bytes by this tool and schema is kept.
  // It also makes a job that is run again after its worker died just before finishing write nothing twice.
  const output = jsonOutputPath(data.out, data.name);
  const key = { sha256: data.sha256, schemaVersion: SCHEMA_VERSION, toolVersion: VERSION };
  if (!data.force && (await isUpToDate(output, key))) return { output, written: false };

  const bytes = await readQueuedInput(data.file, data.sha256);
  // The path as it was given, as `extract` names the input in its output and diagnostics.
  const plan = await context.stages.run({ stage: 'plan', file: data.source, bytes, options: data.options });
  const progress: DocumentProgress = {
    pages: plan.pages.length,
    textPages: plan.pages.length - plan.toOcr.length,
  };
  await job.updateProgress(progress);
  const pages = await readPagesAsJobs(job, token, plan, data, context);
  const { result } = await context.stages.run({
    stage: 'finish',
    file: data.source,
    facts: plan.facts,
    pages,
    options: data.options,
    diagnostics: plan.diagnostics,
  });
  if (!result.ok) {
    const fatal = result.diagnostics.find((diagnostic) => diagnostic.fatal);
    throw new UnrecoverableError(fatal === undefined ? 'pipeline/failed' : failureReason(fatal));
  }
  await mkdir(data.out, { recursive: true });
  await removeLeftTemps(job, data.out, output);
  await writeJsonFile(data.out, data.name, result.document);
  return { output, written: true };
}

/** Output folders whose leftover temporary files this process has cleaned up. */
const cleanedFolders = new Set<string>();

/**
 * Cleans up the temporary files a killed writer left, as `extract --out` does when it starts: once per
 * output folder, those of dead processes of this host (and any a day old). And when this job runs again
 * after a stall or a failure, the temporary files of its own output, from any host: the worker that held
 * the job before lost it (it was killed, or stalled and was replaced) and this one holds its lock now.
 */
async function removeLeftTemps(job: Job, out: string, output: string): Promise<void> {
  if (!cleanedFolders.has(out)) {
    cleanedFolders.add(out);
    await removeStaleTemps(out, isProcessRunning);
  }
  if (job.stalledCounter > 0 || job.attemptsMade > 0) await removeTempsOf(output);
}

/**
 * The page texts of a document, read by page jobs: the first OCR page with the first-page models, then
 * the other pages (and the first again, when it was read poorly) with the models its language picks —
 * the same readings `runPipeline` makes in one process. Adds the page jobs still missing and moves the
 * document job to waiting-children (BullMQ runs it again when they are done).
 */
async function readPagesAsJobs(
  job: Job,
  token: string | undefined,
  plan: { pages: (PageText | undefined)[]; toOcr: number[]; decisions: (PageDecision | null)[] },
  data: DocumentJobData,
  context: DocumentJobContext,
): Promise<PageText[]> {
  const pages = [...plan.pages];
  const decisions = new Map(plan.toOcr.map((number, index) => [number, plan.decisions[index]]));
  const [first, ...rest] = plan.toOcr;
  if (first === undefined) return pages as PageText[];
  const firstGroup: PageGroup = { pages: [first], models: firstPageModels(data.options.lang) };
  for (;;) {
    const readings = await childReadings(job);
    const firstText = readings.get(groupKey(firstGroup))?.[0];
    let missing = [firstGroup];
    if (firstText !== undefined) {
      // The same choice as extract's (a short document keeps the combined model), so the outputs are equal.
      const next = modelsAfterFirstPage(firstText, data.options.lang, rest.length);
      const again: PageGroup = { pages: [first], models: next.rereadModels };
      const groups = chunk(rest, PAGES_PER_JOB).map((numbers) => ({ pages: numbers, models: next.models }));
      const wanted = next.rereadFirst ? [again, ...groups] : groups;
      missing = wanted.filter((group) => !readings.has(groupKey(group)));
      if (missing.length === 0) {
        const reread = readings.get(groupKey(again))?.[0];
        pages[first - 1] =
          next.rereadFirst && reread !== undefined ? betterReading(firstText, reread) : firstText;
        for (const group of groups) {
          for (const text of readings.get(groupKey(group)) ?? []) pages[text.number - 1] = text;
        }
        return pages as PageText[];
      }
    }
    await addPageJobs(job, missing, decisions, data, context);
    // False when the page jobs finished already (another worker was quick): read their results at once.
    if (token !== undefined && (await job.moveToWaitingChildren(token))) throw new WaitingChildrenError();
  }
}

/** The readings the document's page jobs returned, by group; a page job that failed fails the document. */
async function childReadings(job: Job): Promise<Map<string, PageText[]>> {
  const failures = Object.values(await job.getIgnoredChildrenFailures());
  if (failures[0] !== undefined) throw new UnrecoverableError(failures[0]);
  const readings = new Map<string, PageText[]>();
  for (const value of Object.values(await job.getChildrenValues())) {
    const result = PageJobResult.safeParse(value);
    if (!result.success) throw new UnrecoverableError(`queue/bad-page-result: ${result.error.message}`);
    readings.set(groupKey(result.data), (value as PageJobResult).readings);
  }
  return readings;
}

async function addPageJobs(
  job: Job,
  groups: readonly PageGroup[],
  decisions: ReadonlyMap<number, PageDecision | null | undefined>,
  data: DocumentJobData,
  context: DocumentJobContext,
): Promise<void> {
  const documentId = job.id as string;
  await context.pages.addBulk(
    groups.map((group) => ({
      name: 'pages',
      data: {
        file: data.file,
        sha256: data.sha256,
        pages: group.pages,
        models: group.models,
        decisions: group.pages.map((number) => decisions.get(number) ?? null),
        options: {
          maxPages: data.options.maxPages,
          renderDpi: data.options.renderDpi,
          maxPixels: data.options.maxPixels,
        },
      },
      opts: {
        ...context.pageJobOptions,
        // The same pages with the same models are one job, however often this document job runs.
        jobId: pageJobId(documentId, group.pages, group.models),
        parent: { id: documentId, queue: job.queueQualifiedName },
        // A failed page does not leave the document waiting forever: it runs again and fails with the reason.
        ignoreDependencyOnFailure: true,
      },
    })),
  );
}

function groupKey(group: { pages: readonly number[]; models: readonly string[] }): string {
  return `${group.pages.join('.')}|${group.models.join('+')}`;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let index = 0; index < items.length; index += size) chunks.push(items.slice(index, index + size));
  return chunks;
}
