import { constants } from 'node:fs';
import { access, readFile, stat } from 'node:fs/promises';
import { dirname, extname } from 'node:path';
import { type DocumentResult, extractFiles, type Input } from '../index.ts';
import {
  describeWriteError,
  isOutputExhausted,
  isProcessRunning,
  removeStaleTemps,
} from '../output/atomic.ts';
import {
  hasLayout,
  type LayoutOutput,
  type LayoutTargets,
  layoutOutputPath,
  writeLayoutOutputs,
} from '../output/layout-outputs.ts';
import { uniqueNames } from '../output/names.ts';
import { isUpToDate, resumeKeyFor } from '../output/resume.ts';
import {
  createWriter,
  type DocumentWriter,
  FILE_ONLY_FORMATS,
  jsonOutputPath,
  type OutputFormat,
} from '../output/writers.ts';
import { ExitCode, OutputError, UsageError } from './exit-codes.ts';
import type { ExtractCommandOptions } from './extract.ts';
import { DOCUMENT_EXTENSIONS, expandInputs, parsePathList } from './inputs.ts';
import { type CliIo, readAll } from './io.ts';
import { extractOptionsFrom } from './pipeline-options.ts';
import { createReporter } from './progress.ts';

/** One document of the batch: what to read, what it is called, and where its JSON file goes (json + --out). */
interface BatchItem {
  file: string;
  input: Input;
  name: string;
}

/** Runs `extract` with parsed options: the batch, its outputs and its summary; returns the exit code. */
export async function runExtract(
  args: readonly string[],
  options: ExtractCommandOptions,
  io: CliIo,
): Promise<ExitCode> {
  await checkOptions(options);
  const listed = options.from === undefined ? [] : parsePathList(await readList(options.from, io));
  if (options.from === '-' && args.includes('-'))
    throw new UsageError('standard input cannot be both the list (--from -) and an input (-)');
  if (args.length === 0 && options.from === undefined) throw new UsageError('no inputs given');
  const { files, missing } = await expandInputs([...args, ...listed], DOCUMENT_EXTENSIONS);
  const reporter = createReporter(io, { quiet: options.quiet });
  for (const message of missing) reporter.error(message);
  if (files.length === 0) {
    if (missing.length === 0) throw new UsageError('no input documents found');
    return ExitCode.someFailed;
  }

  const names = uniqueNames(files);
  const out = options.out ?? null;
  const layoutTargets: LayoutTargets = {
    ...(options.searchablePdf === undefined ? {} : { 'searchable-pdf': options.searchablePdf }),
    ...(options.alto === undefined ? {} : { alto: options.alto }),
  };
  const writer = await openOutput(options.format, out, () =>
    createWriter(options.format, {
      out,
      stdout: io.stdout,
      several: files.length > 1,
      csvRows: options.csvRows ?? 'document',
    }),
  );

  // Resume: with --out DIR, a document whose JSON records the same input hash and schema is not redone.
  const todo: BatchItem[] = [];
  let skipped = 0;
  for (const file of files) {
    const name = names.get(file) ?? 'document';
    if (file === '-') {
      todo.push({ file, name, input: { name: '-', bytes: await readAll(io.stdin) } });
      continue;
    }
    if (options.format === 'json' && out !== null && !options.force) {
      const target = jsonOutputPath(out, name);
      const exists = await stat(target).then(
        () => true,
        () => false,
      );
      const key = exists ? await resumeKeyFor(file).catch(() => null) : null;
      if (
        key !== null &&
        (await isUpToDate(target, key)) &&
        (await layoutOutputsExist(file, name, layoutTargets))
      ) {
        skipped++;
        reporter.skipped(file, target);
        continue;
      }
    }
    todo.push({ file, name, input: { path: file } });
  }

  // Ctrl-C: stop starting documents, let the running ones stop at their next page, keep what is complete.
  // A second Ctrl-C leaves at once; even then no output file is half written (they appear by rename).
  const interrupt = new AbortController();
  const onSigint = () => {
    if (interrupt.signal.aborted) process.exit(130);
    interrupt.abort();
    reporter.note('interrupted: finishing the documents in progress (Ctrl-C again to quit now)');
  };
  process.on('SIGINT', onSigint);
  // A reader that goes away (`| head`) closes standard output: stop like Ctrl-C rather than crash on EPIPE.
  let stdoutClosed = false;
  const onStdoutError = () => {
    stdoutClosed = true;
    interrupt.abort();
  };
  io.stdout.on('error', onStdoutError);

  let done = 0;
  let failed = missing.length;
  let outputFull = false;
  reporter.start(todo.length);
  try {
    const byInput = new Map(todo.map((item) => [item.input, item]));
    for await (const { input, result } of extractFiles(
      todo.map((item) => item.input),
      {
        ...extractOptionsFrom(options),
        includeText: options.includeText,
        signal: interrupt.signal,
        onPage: (event) => reporter.page(event),
      },
    )) {
      const item = byInput.get(input) as BatchItem;
      if (!result.ok) {
        // Stopped by Ctrl-C: not a failure of the document; it is counted as not done below.
        if (interrupt.signal.aborted && result.diagnostics.some((d) => d.rule === 'pipeline/aborted'))
          continue;
        failed++;
        reporter.failed(item.file, result.diagnostics);
        continue;
      }
      if (stdoutClosed) break;
      const written = await writeOne(writer, result.document, item.name);
      const layout = written.ok ? await writeLayout(item, result, layoutTargets) : null;
      if (layout !== null && !layout.ok) {
        failed++;
        reporter.error(`${item.file}: cannot write the searchable PDF or ALTO: ${layout.message}`);
      } else if (written.ok) {
        done++;
        reporter.done(item.file, written.where, result.document.warnings.length);
      } else if (written.code === 'EPIPE') {
        onStdoutError();
        break;
      } else {
        failed++;
        reporter.error(`${item.file}: cannot write the output: ${written.message}`);
        // A full disk or a read-only folder takes no further output: stop rather than extract for nothing.
        if (written.exhausted && !interrupt.signal.aborted) {
          outputFull = true;
          interrupt.abort();
        }
      }
    }
  } catch (error) {
    await writer.abort();
    throw error;
  } finally {
    process.off('SIGINT', onSigint);
    io.stdout.off('error', onStdoutError);
  }

  if (interrupt.signal.aborted) {
    // A JSON Lines or CSV file missing documents would look complete; it is dropped, per-document files stay.
    await writer.abort();
  } else {
    await writer.finish().catch((error: unknown) => {
      failed++;
      reporter.error(`cannot write ${out ?? 'the output'}: ${describeWriteError(error)}`);
    });
  }
  // Everything neither written nor failed was stopped or never started.
  const interrupted = interrupt.signal.aborted ? todo.length - done - (failed - missing.length) : 0;
  reporter.finish({ done, failed, skipped, interrupted });
  if (stdoutClosed) {
    reporter.note('standard output was closed; stopped');
  } else if (outputFull) {
    reporter.note('stopped: the output cannot take more; make room and run the same command again');
  } else if (interrupt.signal.aborted) {
    reporter.note(
      out !== null && options.format === 'json'
        ? 'stopped; run the same command again to do the rest'
        : 'stopped before every document was done',
    );
  }
  return failed > 0 || interrupt.signal.aborted ? ExitCode.someFailed : ExitCode.ok;
}

async function checkOptions(options: ExtractCommandOptions): Promise<void> {
  if (options.csvRows !== undefined && options.format !== 'csv')
    throw new UsageError('--csv-rows goes with --format csv');
  if (FILE_ONLY_FORMATS.has(options.format) && options.out === undefined)
    throw new UsageError(`--format ${options.format} needs --out FILE.${options.format}`);
  for (const [flag, dir] of [
    ['--searchable-pdf', options.searchablePdf],
    ['--alto', options.alto],
  ] as const) {
    if (dir === undefined) continue;
    const info = await stat(dir).catch(() => null);
    if (info !== null && !info.isDirectory())
      throw new UsageError(`${flag} is a folder, and ${dir} is a file`);
  }
  if (options.out === undefined) return;
  const info = await stat(options.out).catch(() => null);
  if (options.format === 'json' && info !== null && !info.isDirectory())
    throw new UsageError(`with --format json, --out is a folder, and ${options.out} is a file`);
  if (options.format !== 'json' && info?.isDirectory())
    throw new UsageError(
      `with --format ${options.format}, --out is the output file, and ${options.out} is a folder`,
    );
}

async function readList(from: string, io: CliIo): Promise<string> {
  try {
    return from === '-' ? (await readAll(io.stdin)).toString('utf8') : await readFile(from, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the list ${from}: ${(error as Error).message}`);
  }
}

/**
 * Writes the searchable PDF and ALTO of a document, from the bytes it was read from (read again for a
 * file; `writeLayoutOutputs` refuses them if the file changed meanwhile). Null when none was asked for.
 */
async function writeLayout(
  item: BatchItem,
  result: Extract<DocumentResult, { ok: true }>,
  targets: LayoutTargets,
): Promise<{ ok: true } | { ok: false; message: string } | null> {
  if (Object.keys(targets).length === 0 || !hasLayout(result.document.source.mediaType)) return null;
  try {
    const bytes = 'bytes' in item.input ? item.input.bytes : await readFile(item.file);
    await writeLayoutOutputs({ bytes, document: result.document, pages: result.pages }, item.name, targets);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

/** Whether the layout outputs asked for exist for an input (text inputs have none to wait for). */
async function layoutOutputsExist(file: string, name: string, targets: LayoutTargets): Promise<boolean> {
  if (extname(file).toLowerCase() === '.txt') return true;
  for (const [output, dir] of Object.entries(targets) as [LayoutOutput, string][]) {
    const exists = await stat(layoutOutputPath(dir, name, output)).then(
      () => true,
      () => false,
    );
    if (!exists) return false;
  }
  return true;
}

async function writeOne(
  writer: DocumentWriter,
  document: Parameters<DocumentWriter['write']>[0],
  name: string,
): Promise<
  | { ok: true; where: string | null }
  | { ok: false; message: string; code: string | undefined; exhausted: boolean }
> {
  try {
    return { ok: true, where: await writer.write(document, name) };
  } catch (error) {
    return {
      ok: false,
      message: describeWriteError(error),
      code: (error as NodeJS.ErrnoException).code,
      exhausted: isOutputExhausted(error),
    };
  }
}

/**
 * Creates the writer and makes sure its folder takes files, before any document is read: an unwritable
 * output is said at once, not after the first hour of OCR. Temporary files that a killed run left there
 * are removed (see `removeStaleTemps`).
 */
async function openOutput(
  format: OutputFormat,
  out: string | null,
  create: () => Promise<DocumentWriter>,
): Promise<DocumentWriter> {
  if (out === null) return create();
  const dir = format === 'json' ? out : dirname(out);
  try {
    const writer = await create();
    await access(dir, constants.W_OK);
    await removeStaleTemps(dir, isProcessRunning);
    return writer;
  } catch (error) {
    throw new OutputError(`cannot write to ${dir}: ${describeWriteError(error)}`);
  }
}
