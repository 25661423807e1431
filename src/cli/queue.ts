import type { Command } from 'commander';
import type { LanguageOption, OcrMode } from '../options.ts';
import { DEFAULT_QUEUE, DEFAULT_REDIS_URL } from '../queue/settings.ts';
import type { ExitCode } from './exit-codes.ts';
import type { CliIo } from './io.ts';
import { addReadingOptions, positiveNumber } from './pipeline-options.ts';

/** The options every queue command takes: where Redis is and which queue. */
export interface QueueConnectionOptions {
  redis?: string;
  queue: string;
}

/** Adds `--redis` and `--queue` to a queue command. */
export function withQueueOptions(command: Command): Command {
  return command
    .option('--redis <url>', `Redis to use (default: $LOI_REDIS_URL, else ${DEFAULT_REDIS_URL})`)
    .option('--queue <name>', 'queue name', DEFAULT_QUEUE);
}

export interface AddCommandOptions extends QueueConnectionOptions {
  out: string;
  from?: string;
  lang: LanguageOption;
  ocr: OcrMode;
  repair: boolean;
  includeText: boolean;
  maxPages?: number;
  maxChars?: number;
  force: boolean;
  quiet: boolean;
}

/** `loi-extract queue add|status|wait`: the pipeline as jobs on a Redis queue shared by workers. */
export function registerQueueCommand(
  program: Command,
  io: CliIo,
  setExitCode: (code: ExitCode) => void,
): void {
  const queue = program
    .command('queue')
    .description('run extraction as jobs on a Redis queue (BullMQ) shared by workers on many machines');

  withQueueOptions(
    addReadingOptions(
      queue
        .command('add')
        .description(
          'queue documents; a worker writes what `extract --out DIR` would (same input and options twice: one job)',
        )
        .argument(
          '[inputs...]',
          'files (.pdf .png .jpg .tif .txt), directories or globs on a file system every worker sees',
        )
        .requiredOption('-o, --out <dir>', 'folder for <input name>.json per input (seen by every worker)')
        .option('--from <file>', 'read input paths from a file, one a line (- for standard input)'),
    )
      .option('--include-text', 'include each page’s repaired text in the output', false)
      .option('--force', 'queue documents whose output is already up to date, and write them again', false)
      .option('-q, --quiet', 'only errors and the summary on stderr', false),
  ).action(async (args: string[], options: AddCommandOptions) => {
    // Redis and BullMQ load here, not at the top: `--help` never needs them (issue 12).
    const { runAdd } = await import('./queue-run.ts');
    setExitCode(await runAdd(args, options, io));
  });

  withQueueOptions(
    queue
      .command('status')
      .description(
        'documents waiting, active, completed and failed; pages done per document; failure reasons',
      )
      .option('--json', 'print the status as JSON', false),
  ).action(async (options: QueueConnectionOptions & { json: boolean }) => {
    // Redis and BullMQ load here, not at the top: `--help` never needs them (issue 12).
    const { runStatus } = await import('./queue-run.ts');
    setExitCode(await runStatus(options, io));
  });

  withQueueOptions(
    queue
      .command('wait')
      .description('return when the queue is drained: exit 0 if no document failed, 1 otherwise')
      .option('--timeout <seconds>', 'give up after this many seconds (exit 1)', positiveNumber),
  ).action(async (options: QueueConnectionOptions & { timeout?: number }) => {
    // Redis and BullMQ load here, not at the top: `--help` never needs them (issue 12).
    const { runWait } = await import('./queue-run.ts');
    setExitCode(await runWait(options, io));
  });
}
