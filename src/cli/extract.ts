import { readFile, stat } from 'node:fs/promises';
import { type Command, Option } from 'commander';
import { extractFiles, type Input } from '../index.ts';
import { CSV_ROW_MODES, type CsvRows } from '../output/csv.ts';
import { uniqueNames } from '../output/names.ts';
import { isUpToDate, resumeKeyFor } from '../output/resume.ts';
import {
  createWriter,
  type DocumentWriter,
  jsonOutputPath,
  OUTPUT_FORMATS,
  type OutputFormat,
} from '../output/writers.ts';
import { ExitCode, UsageError } from './exit-codes.ts';
import { DOCUMENT_EXTENSIONS, expandInputs, parsePathList } from './inputs.ts';
import { type CliIo, readAll } from './io.ts';
import { addPipelineOptions, extractOptionsFrom, type PipelineFlags } from './pipeline-options.ts';
import { createReporter } from './progress.ts';

export interface ExtractCommandOptions extends PipelineFlags {
  out?: string;
  from?: string;
  format: OutputFormat;
  csvRows?: CsvRows;
  includeText: boolean;
  force: boolean;
  quiet: boolean;
}

/** `loi-extract extract`: the main job. */
export function registerExtractCommand(
  program: Command,
  io: CliIo,
  setExitCode: (code: ExitCode) => void,
): void {
  const command = program
    .command('extract')
    .description('extract the fields of each input document as schema-checked JSON')
    .argument('[inputs...]', 'files (.pdf .png .jpg .tif .txt), directories, globs, or - for standard input')
    .option(
      '-o, --out <path>',
      'json: a folder for <input name>.json per input (created if missing; up-to-date outputs are skipped); jsonl/csv: the output file',
    )
    .option(
      '--from <file>',
      'read input paths from a file, one a line (- for standard input), e.g. from find',
    )
    .addOption(new Option('-f, --format <format>', 'output format').choices(OUTPUT_FORMATS).default('json'))
    .addOption(
      new Option('--csv-rows <rows>', 'csv: one row per document, or one per party or signatory')
        .choices(CSV_ROW_MODES)
        .default(undefined, 'document'),
    );
  addPipelineOptions(command)
    .option('--include-text', 'include each page’s repaired text in the output', false)
    .option('--force', 'redo documents whose output in --out is already up to date', false)
    .option(
      '-q, --quiet',
      'no progress, per-document lines or summary on stderr (errors are still shown)',
      false,
    )
    .addHelpText(
      'after',
      `
Examples:
  $ loi-extract extract fixtures/scanned/seed-004.pdf
  $ loi-extract extract archive/ --out results/ --jobs 2          rerun to resume after Ctrl-C
  $ find archive -name '*.pdf' | loi-extract extract --from - --out results/
  $ loi-extract extract 'archive/**/*.pdf' --format csv --out table.csv
  $ loi-extract extract archive/ --format csv --csv-rows parties > parties.csv
  $ cat ocr.txt | loi-extract extract - --lang sv`,
    )
    .action(async (args: string[], options: ExtractCommandOptions) => {
      setExitCode(await runExtract(args, options, io));
    });
}

/** One document of the batch: what to read, what it is called, and where its JSON file goes (json + --out). */
interface BatchItem {
  file: string;
  input: Input;
  name: string;
}

async function runExtract(
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
  const writer = await createWriter(options.format, {
    out,
    stdout: io.stdout,
    several: files.length > 1,
    csvRows: options.csvRows ?? 'document',
  });

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
      if (key !== null && (await isUpToDate(target, key))) {
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
      if (written.ok) {
        done++;
        reporter.done(item.file, written.where, result.document.warnings.length);
      } else if (written.code === 'EPIPE') {
        onStdoutError();
        break;
      } else {
        failed++;
        reporter.error(`${item.file}: cannot write the output: ${written.message}`);
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
    await writer.finish();
  }
  // Everything neither written nor failed was stopped or never started.
  const interrupted = interrupt.signal.aborted ? todo.length - done - (failed - missing.length) : 0;
  reporter.finish({ done, failed, skipped, interrupted });
  if (stdoutClosed) {
    reporter.note('standard output was closed; stopped');
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

async function writeOne(
  writer: DocumentWriter,
  document: Parameters<DocumentWriter['write']>[0],
  name: string,
): Promise<{ ok: true; where: string | null } | { ok: false; message: string; code: string | undefined }> {
  try {
    return { ok: true, where: await writer.write(document, name) };
  } catch (error) {
    return { ok: false, message: (error as Error).message, code: (error as NodeJS.ErrnoException).code };
  }
}
