import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../pipeline/diagnostic.ts';
import { StageError } from '../pipeline/diagnostic.ts';
import type { DocumentResult, LoadedFacts, OcrMode } from '../pipeline/extract-document.ts';
import type { LoadOptions, MediaType } from '../pipeline/load.ts';
import type { PageText } from '../pipeline/page.ts';
import type { JobOptions, PageDecision } from './jobs.ts';

/** What the stage thread is asked to do (see stage-thread.ts). */
export type StageRequest =
  | { stage: 'plan'; file: string; bytes: Uint8Array; options: LoadOptions & { ocr: OcrMode } }
  | { stage: 'images'; bytes: Uint8Array; pages: number[]; options: LoadOptions }
  | {
      stage: 'finish';
      file: string;
      facts: LoadedFacts;
      pages: PageText[];
      options: JobOptions;
      diagnostics: Diagnostic[];
    };

/** The stage thread's answers, by stage. */
export type StageReply =
  | {
      stage: 'plan';
      facts: LoadedFacts;
      pages: (PageText | undefined)[];
      toOcr: number[];
      /** The OCR decision of each page of `toOcr`, in the same order. */
      decisions: (PageDecision | null)[];
      diagnostics: Diagnostic[];
    }
  | { stage: 'images'; images: Uint8Array[]; mediaType: MediaType }
  | { stage: 'finish'; result: DocumentResult };

type ReplyOf<S extends StageRequest['stage']> = Extract<StageReply, { stage: S }>;

/** Runs document stages in a worker thread of their own; `close()` ends the thread. */
export interface StageRunner {
  run<R extends StageRequest>(request: R): Promise<ReplyOf<R['stage']>>;
  close(): Promise<void>;
}

/** Starts the stage thread (the sibling module, .ts under tsx or .js once built). */
export function startStageThread(): StageRunner {
  const here = fileURLToPath(import.meta.url);
  const thread = new Worker(new URL(`./stage-thread${extname(here)}`, import.meta.url));
  const pending = new Map<number, { resolve: (reply: StageReply) => void; reject: (error: Error) => void }>();
  let next = 0;
  thread.on('message', (message: { id: number; reply?: StageReply; error?: ThreadError }) => {
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if (message.error !== undefined) waiting?.reject(fromThread(message.error));
    else waiting?.resolve(message.reply as StageReply);
  });
  const failAll = (error: Error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  thread.on('error', failAll);
  thread.on('exit', (code) => failAll(new Error(`the stage thread exited (code ${code})`)));
  return {
    run: <R extends StageRequest>(request: R) =>
      new Promise<ReplyOf<R['stage']>>((resolve, reject) => {
        const id = next++;
        pending.set(id, { resolve: resolve as (reply: StageReply) => void, reject });
        thread.postMessage({ id, request });
      }),
    close: async () => {
      await thread.terminate();
    },
  };
}

interface ThreadError {
  message: string;
  rule?: string;
  page?: number | null;
  code?: string;
}

/** Rebuilds a StageError (its rule decides that the job is not retried) or a system error from the thread. */
function fromThread(error: ThreadError): Error {
  if (error.rule !== undefined)
    return new StageError(error.rule, error.message, { page: error.page ?? null });
  const rebuilt: NodeJS.ErrnoException = new Error(error.message);
  if (error.code !== undefined) rebuilt.code = error.code;
  return rebuilt;
}
