import { type Job, UnrecoverableError } from 'bullmq';
import type { OcrDecision } from '../ocr/decide.ts';
import type { OcrEngine, OcrLanguage } from '../ocr/engine.ts';
import { ocrPage } from '../pipeline/extract-document.ts';
import { jobError } from './failure.ts';
import { readQueuedInput } from './input.ts';
import { type PageDecision, PageJobData, type PageJobResult } from './jobs.ts';
import type { StageRunner } from './stages.ts';

/**
 * Runs one page job: loads the document from the shared file system, renders its pages (in the stage
 * thread) and OCRs them with the given models through the engine (tesseract.js worker threads, so this process's event loop stays free to
 * renew the job's lock). The readings go back to the document job as this job's result.
 */
export async function processPageJob(
  job: Job,
  engine: () => Promise<OcrEngine>,
  stages: StageRunner,
): Promise<PageJobResult> {
  const parsed = PageJobData.safeParse(job.data);
  if (!parsed.success) throw new UnrecoverableError(`queue/bad-job: ${parsed.error.message}`);
  const data = parsed.data;
  try {
    const bytes = await readQueuedInput(data.file, data.sha256);
    // Pages past the last one wanted are not loaded: a page job of a long PDF reads only what it needs.
    const maxPages = Math.min(data.options.maxPages, Math.max(...data.pages));
    const { images, mediaType } = await stages.run({
      stage: 'images',
      bytes,
      pages: data.pages,
      options: { ...data.options, maxPages },
    });
    const ocr = await engine();
    const readings = [];
    for (const [index, number] of data.pages.entries()) {
      const image = Buffer.from(images[index] as Uint8Array);
      const page = { number, textLayer: null, hasImage: true, image: async () => image };
      const decision = data.decisions[index];
      readings.push(
        await ocrPage(
          page,
          data.models as OcrLanguage[],
          ocr,
          mediaType,
          decision == null ? undefined : ocrDecision(decision),
        ),
      );
    }
    return { pages: data.pages, models: data.models, readings };
  } catch (error) {
    throw jobError(data.file, error);
  }
}

/** The plan's decision for a page, as ocrPage takes it (it was made to OCR the page). */
function ocrDecision(decision: PageDecision): OcrDecision {
  return decision.warning === undefined
    ? { ocr: true, reason: decision.reason }
    : { ocr: true, reason: decision.reason, warning: decision.warning };
}
