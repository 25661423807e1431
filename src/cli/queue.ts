import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { DEFAULT_MAX_PAGES, DEFAULT_MAX_TEXT_CHARS, type LanguageOption, type OcrMode } from '../index.ts';
import { DEFAULT_MAX_PIXELS, DEFAULT_RENDER_DPI } from '../pipeline/load.ts';
import { type AddOutcome, addDocuments } from '../queue/add.ts';
import { checkRedis, connect, DEFAULT_QUEUE, DEFAULT_REDIS_URL, redisUrl } from '../queue/connection.ts';
import { isDrained, type QueueStatus, queueCounts, queueStatus } from '../queue/status.ts';
import { ExitCode, UsageError } from './exit-codes.ts';
import { DOCUMENT_EXTENSIONS, expandInputs, parsePathList } from './inputs.ts';
import { type CliIo, colourFor, readAll, write } from './io.ts';
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

interface AddCommandOptions extends QueueConnectionOptions {
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

/** How often `queue wait` looks at the queue: quick enough for a script, nothing next to a page's OCR. */
const WAIT_POLL_MS = 500;

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
    setExitCode(await runStatus(options, io));
  });

  withQueueOptions(
    queue
      .command('wait')
      .description('return when the queue is drained: exit 0 if no document failed, 1 otherwise')
      .option('--timeout <seconds>', 'give up after this many seconds (exit 1)', positiveNumber),
  ).action(async (options: QueueConnectionOptions & { timeout?: number }) => {
    setExitCode(await runWait(options, io));
  });
}

/** Connects to the queue's Redis after checking it answers; a clear error when it does not. */
export async function openRedis(options: QueueConnectionOptions, io: CliIo) {
  const url = redisUrl(options.redis, io.env);
  await checkRedis(url);
  return connect(url);
}

async function runAdd(args: readonly string[], options: AddCommandOptions, io: CliIo): Promise<ExitCode> {
  if (args.includes('-'))
    throw new UsageError('queue add takes files every worker can read, not standard input');
  const listed =
    options.from === undefined
      ? []
      : parsePathList(
          options.from === '-'
            ? (await readAll(io.stdin)).toString('utf8')
            : await readFile(options.from, 'utf8'),
        );
  if (args.length === 0 && listed.length === 0) throw new UsageError('no inputs given');
  const { files, missing } = await expandInputs([...args, ...listed], DOCUMENT_EXTENSIONS);
  for (const message of missing) await write(io.stderr, `loi-extract: ${message}\n`);
  if (files.length === 0 && missing.length === 0) throw new UsageError('no input documents found');

  const redis = await openRedis(options, io);
  const colour = colourFor(io.stderr, io.env);
  const counts = { queued: 0, 'already-queued': 0, 'up-to-date': 0, unreadable: 0 };
  try {
    await addDocuments(
      redis,
      options.queue,
      {
        files,
        out: options.out,
        force: options.force,
        options: {
          ocr: options.ocr,
          lang: options.lang,
          repair: options.repair,
          includeText: options.includeText,
          maxPages: options.maxPages ?? DEFAULT_MAX_PAGES,
          maxTextChars: options.maxChars ?? DEFAULT_MAX_TEXT_CHARS,
          renderDpi: DEFAULT_RENDER_DPI,
          maxPixels: DEFAULT_MAX_PIXELS,
        },
      },
      (outcome: AddOutcome) => {
        counts[outcome.state]++;
        if (outcome.state === 'unreadable') {
          io.stderr.write(
            `${colour.red('loi-extract: error:')} ${outcome.file}: ${outcome.message} [load/read]\n`,
          );
        } else if (!options.quiet) {
          io.stderr.write(`${outcome.state.replace('-', ' ')} ${outcome.file} → ${outcome.output}\n`);
        }
      },
    );
  } finally {
    redis.disconnect();
  }
  await write(
    io.stderr,
    `${counts.queued} queued, ${counts['already-queued']} already queued, ${counts['up-to-date']} up to date, ${counts.unreadable + missing.length} failed\n`,
  );
  return counts.unreadable + missing.length > 0 ? ExitCode.someFailed : ExitCode.ok;
}

async function runStatus(options: QueueConnectionOptions & { json: boolean }, io: CliIo): Promise<ExitCode> {
  const redis = await openRedis(options, io);
  try {
    const status = await queueStatus(redis, options.queue);
    await write(io.stdout, options.json ? `${JSON.stringify(status, null, 2)}\n` : formatStatus(status));
  } finally {
    redis.disconnect();
  }
  return ExitCode.ok;
}

/** The status as lines for a person: counts, then each unfinished document, then each failure with its reason. */
export function formatStatus(status: QueueStatus): string {
  const { documents: d, pages: p } = status;
  const lines = [
    `queue ${status.queue}`,
    `documents: ${d.waiting} waiting, ${d.active} active, ${d.waitingChildren} waiting for pages, ${d.completed} completed, ${d.failed} failed`,
    `page jobs: ${p.waiting} waiting, ${p.active} active, ${p.failed} failed`,
  ];
  for (const document of status.inProgress) {
    const pages = document.pages === null ? '? pages' : `${document.pagesDone ?? 0}/${document.pages} pages`;
    lines.push(`  ${document.state.padEnd(16)} ${pages.padEnd(12)} ${document.file}`);
  }
  for (const document of status.failed)
    lines.push(`  failed           ${document.file}: ${document.reason ?? ''}`);
  return `${lines.join('\n')}\n`;
}

async function runWait(options: QueueConnectionOptions & { timeout?: number }, io: CliIo): Promise<ExitCode> {
  const redis = await openRedis(options, io);
  const deadline =
    options.timeout === undefined ? Number.POSITIVE_INFINITY : Date.now() + options.timeout * 1000;
  try {
    for (;;) {
      const counts = await queueCounts(redis, options.queue);
      if (isDrained(counts)) {
        if (counts.documents.failed === 0) return ExitCode.ok;
        await write(
          io.stderr,
          `loi-extract: ${counts.documents.failed} document(s) failed; see loi-extract queue status\n`,
        );
        return ExitCode.someFailed;
      }
      if (Date.now() >= deadline) {
        const left =
          counts.documents.waiting +
          counts.documents.active +
          counts.documents.waitingChildren +
          counts.documents.delayed;
        await write(
          io.stderr,
          `loi-extract: timed out after ${options.timeout} s with ${left} document(s) not done\n`,
        );
        return ExitCode.someFailed;
      }
      await new Promise((resolve) => setTimeout(resolve, WAIT_POLL_MS));
    }
  } finally {
    redis.disconnect();
  }
}
