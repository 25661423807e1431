import { availableParallelism } from 'node:os';
import { redisUrl } from '../queue/connection.ts';
import { startQueueWorker, type WorkerEvent } from '../queue/worker.ts';
import { ExitCode } from './exit-codes.ts';
import { type CliIo, colourFor } from './io.ts';
import { openRedis } from './queue-run.ts';
import type { WorkerCommandOptions } from './worker.ts';

/** Environment variable of the test hook that blocks the main thread in every page job (tests only). */
const BLOCK_HOOK_ENV = 'LOI_EXTRACT_TEST_BLOCK_MAIN_MS';

export async function runWorker(options: WorkerCommandOptions, io: CliIo): Promise<ExitCode> {
  // Fail at once when Redis is not there; once running, the worker rides out Redis restarts.
  (await openRedis(options, io)).disconnect();
  const colour = colourFor(io.stderr, io.env);
  const say = (line: string) => io.stderr.write(`${line}\n`);
  const block = Number(io.env[BLOCK_HOOK_ENV] ?? '');
  const concurrency = options.concurrency ?? availableParallelism();
  const worker = await startQueueWorker({
    redisUrl: redisUrl(options.redis, io.env),
    queue: options.queue,
    concurrency,
    ...(options.lockDuration === undefined ? {} : { lockDurationMs: options.lockDuration * 1000 }),
    ...(block > 0 ? { blockMainThreadMs: block } : {}),
    onEvent: (event) => {
      const line = eventLine(event, colour);
      if (event.kind === 'error' || (event.kind === 'failed' && event.final) || !options.quiet) say(line);
    },
  });
  say(`worker ${process.pid} on queue ${options.queue}, ${concurrency} at once; SIGTERM or Ctrl-C to stop`);
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'));
    process.once('SIGINT', () => resolve('SIGINT'));
  });
  say(`${signal}: finishing the jobs in hand (again to quit now)`);
  const quitNow = () => process.exit(ExitCode.someFailed);
  process.once('SIGTERM', quitNow);
  process.once('SIGINT', quitNow);
  await worker.close();
  say('stopped');
  process.off('SIGTERM', quitNow);
  process.off('SIGINT', quitNow);
  return ExitCode.ok;
}

/** One log line per worker event: what started, finished or failed, and which pages. */
function eventLine(event: WorkerEvent, colour: ReturnType<typeof colourFor>): string {
  switch (event.kind) {
    case 'stalled':
      return `${colour.yellow('stalled')} job ${event.jobId}: its worker stopped renewing its lock; it runs again`;
    case 'error':
      return `${colour.red('loi-extract: error:')} ${event.message}`;
    default: {
      const what = event.job.pages === null ? 'document' : `page ${event.job.pages.join(',')} of`;
      // Only a start says which run it is: BullMQ counts a finished run as made before 'completed' fires.
      const attempt =
        event.kind === 'started' && event.job.attempt > 1 ? colour.dim(` (run ${event.job.attempt})`) : '';
      if (event.kind === 'failed') {
        const label = event.final ? colour.red('failed') : colour.yellow('retrying');
        return `${label} ${what} ${event.job.file}: ${event.reason}`;
      }
      const label =
        event.kind === 'done' ? colour.green('done') : event.kind === 'skipped' ? 'up to date' : 'started';
      return `${label} ${what} ${event.job.file}${attempt}`;
    }
  }
}
