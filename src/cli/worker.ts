import type { Command } from 'commander';
import { DEFAULT_LOCK_DURATION_MS } from '../queue/settings.ts';
import type { ExitCode } from './exit-codes.ts';
import type { CliIo } from './io.ts';
import { positiveInteger, positiveNumber } from './pipeline-options.ts';
import { type QueueConnectionOptions, withQueueOptions } from './queue.ts';

export interface WorkerCommandOptions extends QueueConnectionOptions {
  concurrency?: number;
  lockDuration?: number;
  quiet: boolean;
}

/** `loi-extract worker`: takes document and page jobs from the queue until SIGTERM or Ctrl-C. */
export function registerWorkerCommand(
  program: Command,
  io: CliIo,
  setExitCode: (code: ExitCode) => void,
): void {
  withQueueOptions(
    program
      .command('worker')
      .description(
        'take and run queued jobs until stopped (SIGTERM or Ctrl-C: finish the pages in hand, exit 0)',
      )
      .option(
        '-c, --concurrency <n>',
        'jobs at once and OCR threads (default: number of cores)',
        positiveInteger,
      )
      .option(
        '--lock-duration <seconds>',
        `how long a job stays held without renewal; a dead worker's jobs are taken over after it (default ${DEFAULT_LOCK_DURATION_MS / 1000})`,
        positiveNumber,
      )
      .option('-q, --quiet', 'no line per job on stderr (errors are still shown)', false),
  ).action(async (options: WorkerCommandOptions) => {
    // BullMQ and the OCR pipeline load here, not at the top: `--help` never needs them (issue 12).
    const { runWorker } = await import('./worker-run.ts');
    setExitCode(await runWorker(options, io));
  });
}
