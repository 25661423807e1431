import { UnrecoverableError, WaitingChildrenError } from 'bullmq';
import { type Diagnostic, StageError } from '../pipeline/diagnostic.ts';
import { fatalDiagnostic } from '../pipeline/extract-document.ts';

/** A failed job's reason as `queue status` shows it: the diagnostic's rule, its page, its message. */
export function failureReason(diagnostic: Pick<Diagnostic, 'rule' | 'page' | 'message'>): string {
  const page = diagnostic.page === null ? '' : ` (page ${diagnostic.page})`;
  return `${diagnostic.rule}${page}: ${diagnostic.message}`;
}

/**
 * Turns what a job threw into what BullMQ should do with it. A StageError is the input's own fault
 * (unreadable PDF, changed file), so a retry cannot help: the job fails at once with the rule as its
 * reason. Anything else (a file system or Redis hiccup, a worker that ran out of memory) is retried
 * with backoff, and ends failed with its message when the attempts run out.
 */
export function jobError(file: string, error: unknown): Error {
  if (error instanceof WaitingChildrenError || error instanceof UnrecoverableError) return error;
  if (error instanceof StageError) return new UnrecoverableError(failureReason(fatalDiagnostic(file, error)));
  if (error instanceof Error) {
    // A system error (ENOENT on a shared mount that is not there yet, EACCES on the output folder)
    // is named as such; anything else is a bug.
    const rule = typeof (error as NodeJS.ErrnoException).code === 'string' ? 'io/error' : 'pipeline/crash';
    const retry = new Error(`${rule}: ${error.message}`);
    if (error.stack !== undefined) retry.stack = error.stack;
    return retry;
  }
  return new Error(`pipeline/crash: ${String(error)}`);
}
