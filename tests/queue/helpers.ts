import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { checkRedis, queueNames } from '../../src/queue/connection.ts';
import { outputNamesKey } from '../../src/queue/names.ts';
import { RedisUnreachableError } from '../../src/queue/settings.ts';
import { BIN } from '../helpers/cli.ts';

/** The Redis the queue tests use: the machine's (CI starts it in .ci/run). */
export const REDIS_URL = process.env.LOI_REDIS_URL || 'redis://127.0.0.1:6379';

/** Why the queue tests cannot run here (no Redis answering), or null when they can. */
export async function redisProblem(): Promise<string | null> {
  try {
    await checkRedis(REDIS_URL);
    return null;
  } catch (error) {
    if (!(error instanceof RedisUnreachableError)) throw error;
    return `${error.message}; start one with redis-server`;
  }
}

/** A queue name of its own for one test, so tests never see each other's jobs. */
export function testQueueName(label: string): string {
  return `loi-test-${label}-${randomBytes(4).toString('hex')}`;
}

/** Deletes everything of a test's queue from Redis: its jobs and its reserved output names. */
export async function removeQueue(name: string): Promise<void> {
  const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  try {
    for (const queue of Object.values(queueNames(name))) {
      const handle = new Queue(queue, { connection });
      await handle.obliterate({ force: true });
      await handle.close();
    }
    await connection.del(outputNamesKey(name));
  } finally {
    connection.disconnect();
  }
}

/** A CLI process started by a test, its stderr collected as it comes. */
export interface Spawned {
  child: ChildProcess;
  stderr: () => string;
  /** Resolves when stderr matches, rejects after `timeoutMs`. */
  waitFor: (pattern: RegExp, timeoutMs: number) => Promise<void>;
  /** Resolves with the exit code and signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts the real binary (`dist/`, built by `npm test`) with the test's Redis. */
export function spawnCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): Spawned {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, NO_COLOR: '1', LOI_REDIS_URL: REDIS_URL, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const watchers = new Set<() => void>();
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    for (const watcher of watchers) watcher();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  const waitFor = (pattern: RegExp, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!pattern.test(stderr)) return;
        watchers.delete(check);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        watchers.delete(check);
        reject(new Error(`no ${pattern} on stderr within ${timeoutMs} ms; stderr:\n${stderr}`));
      }, timeoutMs);
      watchers.add(check);
      check();
    });
  return { child, stderr: () => stderr, waitFor, exited };
}

/** Starts a worker on `queue`; `args` adds options (a short --lock-duration in tests). */
export function startWorker(
  queue: string,
  args: readonly string[] = [],
  env: NodeJS.ProcessEnv = {},
): Spawned {
  const worker = spawnCli(['worker', '--queue', queue, '--concurrency', '1', ...args], env);
  return worker;
}

/** Stops workers a test started (SIGKILL, by their own process), for the cleanup after a failed test. */
export function killAll(workers: readonly Spawned[]): void {
  for (const worker of workers) {
    if (worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill('SIGKILL');
  }
}
