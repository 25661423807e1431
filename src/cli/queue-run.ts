import { readFile } from 'node:fs/promises';
import { DEFAULT_MAX_PAGES, DEFAULT_MAX_TEXT_CHARS } from '../options.ts';
import { DEFAULT_MAX_PIXELS, DEFAULT_RENDER_DPI } from '../pipeline/load.ts';
import { type AddOutcome, addDocuments } from '../queue/add.ts';
import { checkRedis, connect, redisUrl } from '../queue/connection.ts';
import { isDrained, type QueueStatus, queueCounts, queueStatus } from '../queue/status.ts';
import { ExitCode, UsageError } from './exit-codes.ts';
import { DOCUMENT_EXTENSIONS, expandInputs, parsePathList } from './inputs.ts';
import { type CliIo, colourFor, readAll, write } from './io.ts';
import type { AddCommandOptions, QueueConnectionOptions } from './queue.ts';

/** How often `queue wait` looks at the queue: quick enough for a script, nothing next to a page's OCR. */
const WAIT_POLL_MS = 500;

/** Connects to the queue's Redis after checking it answers; a clear error when it does not. */
export async function openRedis(options: QueueConnectionOptions, io: CliIo) {
  const url = redisUrl(options.redis, io.env);
  await checkRedis(url);
  return connect(url);
}

export async function runAdd(
  args: readonly string[],
  options: AddCommandOptions,
  io: CliIo,
): Promise<ExitCode> {
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

export async function runStatus(
  options: QueueConnectionOptions & { json: boolean },
  io: CliIo,
): Promise<ExitCode> {
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

export async function runWait(
  options: QueueConnectionOptions & { timeout?: number },
  io: CliIo,
): Promise<ExitCode> {
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
