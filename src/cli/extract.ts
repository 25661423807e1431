import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { extractFiles, type Input, type LetterOfIntent } from '../index.ts';
import { writeFileAtomic } from '../output/atomic.ts';
import { uniqueNames } from '../output/names.ts';
import { ExitCode, UsageError } from './exit-codes.ts';
import { DOCUMENT_EXTENSIONS, expandInputs } from './inputs.ts';
import { type CliIo, readAll, write } from './io.ts';

export interface ExtractCommandOptions {
  out?: string;
  format: 'json' | 'jsonl' | 'csv';
  jobs?: number;
  lang: 'auto' | 'sv' | 'no' | 'en';
  ocr: 'auto' | 'force' | 'off';
  repair: boolean;
  includeText: boolean;
  maxPages?: number;
  quiet: boolean;
}

/** `loi-extract extract`: the main job. */
export function registerExtractCommand(
  program: Command,
  io: CliIo,
  setExitCode: (code: ExitCode) => void,
): void {
  program
    .command('extract')
    .description('extract the fields of each input document as schema-checked JSON')
    .argument('<inputs...>', 'files (.pdf .png .jpg .tif .txt), directories, globs, or - for standard input')
    .option('-o, --out <dir>', 'write <dir>/<input name>.json for each input (created if missing)')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['json', 'jsonl', 'csv']).default('json'),
    )
    .option('-j, --jobs <n>', 'documents and OCR workers at once (default: number of cores)', positiveInteger)
    .addOption(
      new Option('--lang <lang>', 'document language').choices(['auto', 'sv', 'no', 'en']).default('auto'),
    )
    .addOption(
      new Option('--ocr <mode>', 'auto: OCR pages without usable text; force: OCR every page; off: never OCR')
        .choices(['auto', 'force', 'off'])
        .default('auto'),
    )
    .option('--no-repair', 'do not repair OCR noise')
    .option('--include-text', 'include each page’s repaired text in the output', false)
    .option('--max-pages <n>', 'read at most this many pages of a document', positiveInteger)
    .option('-q, --quiet', 'no progress or per-document lines on stderr (errors are still shown)', false)
    .addHelpText(
      'after',
      `
Examples:
  $ loi-extract extract fixtures/scanned/seed-004.pdf
  $ loi-extract extract archive/ --out results/ --jobs 2
  $ cat ocr.txt | loi-extract extract - --lang sv`,
    )
    .action(async (args: string[], options: ExtractCommandOptions) => {
      setExitCode(await runExtract(args, options, io));
    });
}

function positiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new InvalidArgumentError('must be a whole number ≥ 1');
  return parsed;
}

async function runExtract(
  args: readonly string[],
  options: ExtractCommandOptions,
  io: CliIo,
): Promise<ExitCode> {
  if (options.format === 'csv') throw new UsageError('--format csv is not available yet');
  const { files, missing } = await expandInputs(args, DOCUMENT_EXTENSIONS);
  for (const message of missing) io.stderr.write(`loi-extract: error: ${message}\n`);
  if (files.length === 0) {
    if (missing.length === 0) throw new UsageError('no input documents found');
    return ExitCode.someFailed;
  }
  const inputs: Input[] = [];
  for (const file of files) {
    inputs.push(file === '-' ? { name: '-', bytes: await readAll(io.stdin) } : { path: file });
  }
  const names = uniqueNames(files);
  if (options.out !== undefined) await mkdir(options.out, { recursive: true });

  let failed = missing.length;
  const several = files.length > 1;
  for await (const { input, result } of extractFiles(inputs, {
    ocr: options.ocr,
    lang: options.lang,
    repair: options.repair,
    includeText: options.includeText,
    ...(options.jobs === undefined ? {} : { jobs: options.jobs }),
    ...(options.maxPages === undefined ? {} : { maxPages: options.maxPages }),
  })) {
    const file = 'path' in input ? input.path : input.name;
    if (!result.ok) {
      failed++;
      for (const diagnostic of result.diagnostics.filter((d) => d.fatal)) {
        const page = diagnostic.page === null ? '' : ` (page ${diagnostic.page})`;
        io.stderr.write(`loi-extract: error: ${file}${page}: ${diagnostic.message} [${diagnostic.rule}]\n`);
      }
      continue;
    }
    const where = await writeDocument(result.document, names.get(file) ?? 'document', several, options, io);
    if (!options.quiet) io.stderr.write(`done ${file}${where ? ` → ${where}` : ''}\n`);
  }
  if (several && !options.quiet) {
    io.stderr.write(`${files.length - failed + missing.length} written, ${failed} failed\n`);
  }
  return failed > 0 ? ExitCode.someFailed : ExitCode.ok;
}

async function writeDocument(
  document: LetterOfIntent,
  name: string,
  several: boolean,
  options: ExtractCommandOptions,
  io: CliIo,
): Promise<string | null> {
  if (options.out !== undefined) {
    const path = join(options.out, `${name}.json`);
    await writeFileAtomic(path, `${JSON.stringify(document, null, 2)}\n`);
    return path;
  }
  const asLines = several || options.format === 'jsonl';
  await write(
    io.stdout,
    asLines ? `${JSON.stringify(document)}\n` : `${JSON.stringify(document, null, 2)}\n`,
  );
  return null;
}
