/**
 * The queue's defaults and its one error, in a module that imports nothing, so the CLI can describe them in
 * `--help` and map the error to an exit code without loading Redis or BullMQ (issue 12: `--help` ≤ 0.35 s).
 * connection.ts and worker.ts re-export them.
 */

/** Where the queue lives when neither `--redis` nor `LOI_REDIS_URL` says otherwise. */
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
/** The queue name when `--queue` is not given. */
export const DEFAULT_QUEUE = 'loi-extract';

/** The Redis URL of a command: its `--redis`, else the `LOI_REDIS_URL` environment variable, else the default. */
export function redisUrl(option: string | undefined, env: NodeJS.ProcessEnv): string {
  return option ?? (env.LOI_REDIS_URL || DEFAULT_REDIS_URL);
}

/** Raised when Redis does not answer; the CLI reports it as a failure, not a crash. */
export class RedisUnreachableError extends Error {
  override name = 'RedisUnreachableError';
}

/**
 * How long a worker's hold on a job lasts without renewal; BullMQ renews it every half of this. OCR runs
 * in tesseract.js threads and the other heavy stages in the stage thread, so the main thread's longest
 * stretch without a break is small (1.3 s measured while a page was recognised on this 2-core machine at
 * load 20, where one page took 17–30 s). A minute outlasts the longest page seen several times over,
 * should anything slow the main thread, and is also how long a killed worker's jobs wait to be taken over.
 */
export const DEFAULT_LOCK_DURATION_MS = 60_000;
