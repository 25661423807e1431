/**
 * The worker thread that runs a document's CPU-heavy stages off the main thread: loading and planning
 * (pdf.js, the OCR decision's dictionary look-ups), rendering pages for OCR, and the finishing stages
 * (repair, language, extraction: seconds on a long document, more while dictionaries load). The main
 * thread is left with Redis, so it renews its jobs' locks on time and BullMQ never thinks them stalled.
 */
import { parentPort } from 'node:worker_threads';
import type { OcrDecision } from '../ocr/decide.ts';
import type { Diagnostic } from '../pipeline/diagnostic.ts';
import { fatalDiagnostic, finishDocument, planPages } from '../pipeline/extract-document.ts';
import { loadDocument } from '../pipeline/load.ts';
import type { PageDecision } from './jobs.ts';
import type { StageReply, StageRequest } from './stages.ts';

async function handle(request: StageRequest): Promise<StageReply> {
  switch (request.stage) {
    case 'plan': {
      const loaded = await loadDocument(request.bytes, request.options);
      try {
        const diagnostics: Diagnostic[] = [];
        const plan = planPages(request.file, loaded, request.options.ocr, diagnostics);
        return {
          stage: 'plan',
          facts: {
            sha256: loaded.sha256,
            mediaType: loaded.mediaType,
            pageCount: loaded.pageCount,
            warnings: loaded.warnings,
          },
          pages: plan.pages,
          toOcr: plan.toOcr.map((page) => page.number),
          // Why each page is OCR'd (and its warning, as for a legacy text layer redone): the page job
          // puts them in the page's notes and warning as the in-process pipeline does.
          decisions: plan.toOcr.map((page) => pageDecision(plan.decisions.get(page.number))),
          diagnostics,
        };
      } finally {
        await loaded.close();
      }
    }
    case 'images': {
      const loaded = await loadDocument(request.bytes, request.options);
      try {
        const images: Uint8Array[] = [];
        for (const number of request.pages) {
          const page = loaded.pages[number - 1];
          if (page === undefined) throw new Error(`the document has no page ${number}`);
          images.push(await page.image());
        }
        return { stage: 'images', images, mediaType: loaded.mediaType };
      } finally {
        await loaded.close();
      }
    }
    case 'finish': {
      const diagnostics = [...request.diagnostics];
      try {
        const result = await finishDocument(
          request.file,
          request.facts,
          request.pages,
          request.options,
          diagnostics,
        );
        return { stage: 'finish', result };
      } catch (error) {
        return {
          stage: 'finish',
          result: { ok: false, diagnostics: [...diagnostics, fatalDiagnostic(request.file, error)] },
        };
      }
    }
  }
}

/** An OCR decision as it travels to a page job: its reason, and its warning when it has one. */
function pageDecision(decision: OcrDecision | undefined): PageDecision | null {
  if (decision === undefined) return null;
  return decision.warning === undefined
    ? { reason: decision.reason }
    : { reason: decision.reason, warning: decision.warning };
}

parentPort?.on('message', (message: { id: number; request: StageRequest }) => {
  handle(message.request).then(
    (reply) => parentPort?.postMessage({ id: message.id, reply }),
    (error: unknown) => {
      // A StageError keeps its rule across the thread boundary; anything else is passed on as it is.
      const { rule, page } = (error ?? {}) as { rule?: string; page?: number | null };
      parentPort?.postMessage({
        id: message.id,
        error: {
          message: (error as Error)?.message ?? String(error),
          rule,
          page,
          code: (error as NodeJS.ErrnoException)?.code,
        },
      });
    },
  );
});
