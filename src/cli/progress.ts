import { Chalk, type ChalkInstance } from 'chalk';
import cliProgress from 'cli-progress';
import type { Diagnostic, PageEvent } from '../index.ts';
import { type CliIo, colourFor, isTerminal } from './io.ts';

/**
 * What `extract` tells the user while a batch runs, on stderr only: a progress bar on a terminal, one line
 * per document elsewhere (logs, CI), nothing but errors with `--quiet`. Errors are always shown.
 */
export interface BatchReporter {
  /** The batch starts with this many documents to do (those skipped as up to date not included). */
  start(documents: number): void;
  /** A page of some document is done. */
  page(event: PageEvent): void;
  /** A document was written (`where` is the file, or null for standard output). */
  done(file: string, where: string | null, warnings: number): void;
  /** A document failed: each fatal diagnostic is shown with the file, page, rule and reason. */
  failed(file: string, diagnostics: readonly Diagnostic[]): void;
  /** A document was skipped because its output is up to date. */
  skipped(file: string, where: string): void;
  /** A message that is not about one document (an input that matched nothing, an interruption). */
  error(message: string): void;
  note(message: string): void;
  /** Ends the bar and prints the summary. */
  finish(summary: Omit<BatchSummary, 'pagesOcr' | 'seconds'>): BatchSummary;
}

/** The end-of-batch numbers. */
export interface BatchSummary {
  done: number;
  failed: number;
  skipped: number;
  /** Documents not started or stopped because of Ctrl-C. */
  interrupted: number;
  pagesOcr: number;
  seconds: number;
}

/** How often the bar redraws at most: smooth to the eye, cheap next to OCR. */
const BAR_FPS = 5;
/** Longest file name shown in the bar before it is cut from the left (the end of a path says the most). */
const BAR_FILE_CHARS = 40;

/** Chooses the reporter for the streams and flags: bar on a terminal, lines elsewhere, errors only with quiet. */
export function createReporter(io: CliIo, options: { quiet: boolean }): BatchReporter {
  const colour = colourFor(io.stderr, io.env);
  const started = Date.now();
  let pagesOcr = 0;
  let pagesDone = 0;
  const bar =
    !options.quiet && isTerminal(io.stderr, io.env)
      ? new ProgressBar(io, () => ({ pagesDone, started }))
      : null;
  const say = (line: string) => {
    if (bar) bar.log(line);
    else io.stderr.write(`${line}\n`);
  };
  const verbose = !options.quiet;
  const reporter: BatchReporter = {
    start: (documents) => bar?.start(documents),
    page: (event) => {
      pagesDone++;
      if (event.textSource === 'ocr') pagesOcr++;
      bar?.update(event.file);
    },
    done: (file, where, warnings) => {
      bar?.documentDone();
      if (verbose && !bar) {
        const note = warnings > 0 ? colour.yellow(` (${warnings} warning${warnings === 1 ? '' : 's'})`) : '';
        say(`${colour.green('done')} ${file}${where === null ? '' : ` → ${where}`}${note}`);
      }
    },
    failed: (file, diagnostics) => {
      bar?.documentDone();
      for (const diagnostic of diagnostics.filter((d) => d.fatal)) {
        const page = diagnostic.page === null ? '' : ` (page ${diagnostic.page})`;
        say(
          `${colour.red('loi-extract: error:')} ${file}${page}: ${diagnostic.message} ${colour.dim(`[${diagnostic.rule}]`)}`,
        );
      }
    },
    skipped: (file, where) => {
      if (verbose && !bar) say(`${colour.dim('skip')} ${file} (${where} is up to date)`);
    },
    error: (message) => say(`${colour.red('loi-extract: error:')} ${message}`),
    note: (message) => say(`loi-extract: ${message}`),
    finish: (counts) => {
      bar?.stop();
      const summary: BatchSummary = { ...counts, pagesOcr, seconds: (Date.now() - started) / 1000 };
      if (verbose) io.stderr.write(`${formatSummary(summary, colour)}\n`);
      return summary;
    },
  };
  return reporter;
}

/** One line: `12 done, 1 failed, 27 skipped, 40 pages OCR'd in 1m 05s`. */
export function formatSummary(
  summary: BatchSummary,
  colour: ChalkInstance = new Chalk({ level: 0 }),
): string {
  const parts = [
    `${summary.done} done`,
    summary.failed > 0 ? colour.red(`${summary.failed} failed`) : `${summary.failed} failed`,
    `${summary.skipped} skipped`,
  ];
  if (summary.interrupted > 0) parts.push(colour.yellow(`${summary.interrupted} not done (interrupted)`));
  return `${parts.join(', ')}; ${summary.pagesOcr} page${summary.pagesOcr === 1 ? '' : 's'} OCR'd in ${formatDuration(summary.seconds)}`;
}

/** `4.2s`, `3m 07s`, `2h 05m`: long batches run for hours. */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(1)}s`;
  const whole = Math.round(seconds);
  const pad = (value: number) => String(value).padStart(2, '0');
  if (whole < 3600) return `${Math.floor(whole / 60)}m ${pad(whole % 60)}s`;
  return `${Math.floor(whole / 3600)}h ${pad(Math.floor((whole % 3600) / 60))}m`;
}

/** The terminal bar: documents done of total, pages done, pages per minute, ETA, and the current file. */
class ProgressBar {
  private readonly multi: cliProgress.MultiBar;
  private bar: cliProgress.SingleBar | null = null;
  private documents = 0;
  private total = 0;
  private file = '';
  private stopped = false;
  private readonly stream: CliIo['stderr'];

  constructor(
    io: CliIo,
    private readonly pages: () => { pagesDone: number; started: number },
  ) {
    this.stream = io.stderr;
    this.multi = new cliProgress.MultiBar(
      {
        stream: io.stderr as NodeJS.WriteStream,
        format: ' {bar} {value}/{total} docs | {pages} pages | {rate} pages/min | ETA {remaining} | {file}',
        fps: BAR_FPS,
        hideCursor: true,
        clearOnComplete: false,
        barsize: 24,
        autopadding: true,
      },
      cliProgress.Presets.shades_classic,
    );
  }

  start(total: number): void {
    this.total = total;
    this.bar = this.multi.create(total, 0, this.payload());
  }

  update(file: string): void {
    this.file = file;
    this.bar?.update(this.documents, this.payload());
  }

  documentDone(): void {
    this.documents++;
    this.bar?.update(this.documents, this.payload());
  }

  log(line: string): void {
    // Once stopped, cli-progress would keep the line in its buffer for a redraw that never comes.
    if (this.stopped) this.stream.write(`${line}\n`);
    else this.multi.log(`${line}\n`);
  }

  stop(): void {
    this.bar?.update(this.documents, this.payload());
    // Lines logged since the last redraw wait in cli-progress's buffer; a last redraw prints them.
    this.multi.update();
    this.multi.stop();
    this.stopped = true;
  }

  private payload(): Record<string, string | number> {
    const { pagesDone, started } = this.pages();
    const minutes = (Date.now() - started) / 60_000;
    const rate = minutes > 0 ? pagesDone / minutes : 0;
    const file = this.file.length > BAR_FILE_CHARS ? `…${this.file.slice(-BAR_FILE_CHARS + 1)}` : this.file;
    // Time per document so far, over the whole run: documents differ in length, so a short window jumps about.
    const remaining =
      this.documents === 0
        ? '…'
        : formatDuration(((Date.now() - started) / 1000 / this.documents) * (this.total - this.documents));
    return { pages: pagesDone, rate: rate >= 100 ? rate.toFixed(0) : rate.toFixed(1), file, remaining };
  }
}
