import { Redis } from 'ioredis';
import { RedisUnreachableError } from './settings.ts';

export {
  DEFAULT_QUEUE,
  DEFAULT_REDIS_URL,
  RedisUnreachableError,
  redisUrl,
} from './settings.ts';

/** How long a command waits for Redis to answer before it says it cannot reach it. */
const CONNECT_TIMEOUT_MS = 5_000;

/**
 * BullMQ queue names of one loi-extract queue: documents (the parent jobs) and their pages' OCR (the
 * child jobs). Two queues let a text document be finished by a free worker while scanned pages wait.
 */
export function queueNames(name: string): { documents: string; pages: string } {
  return { documents: name, pages: `${name}-pages` };
}

/**
 * Checks that Redis answers at `url`, so a command fails at once with a clear message instead of
 * retrying forever (the connections BullMQ is given retry without limit, as a long-running worker must).
 */
export async function checkRedis(url: string): Promise<void> {
  const probe = new Redis(url, {
    lazyConnect: true,
    connectTimeout: CONNECT_TIMEOUT_MS,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  // The socket's own error (ECONNREFUSED, ENOTFOUND) says more than the "Connection is closed" that follows.
  let cause: Error | undefined;
  probe.on('error', (error: Error) => {
    cause ??= error;
  });
  try {
    await probe.connect();
    await probe.ping();
  } catch (error) {
    throw new RedisUnreachableError(`cannot reach Redis at ${url}: ${(cause ?? (error as Error)).message}`);
  } finally {
    probe.disconnect();
  }
}

/**
 * A connection for BullMQ. Workers need `maxRetriesPerRequest: null` so that a Redis restart pauses them
 * instead of failing their jobs; the caller closes it with `disconnect()`.
 */
export function connect(url: string): Redis {
  const connection = new Redis(url, { maxRetriesPerRequest: null });
  // Errors surface through the commands that fail; unhandled 'error' events would crash the process.
  connection.on('error', () => {});
  return connection;
}
