import { type Command, Option } from 'commander';
import { CSV_ROW_MODES, type CsvRows, OUTPUT_FORMATS, type OutputFormat } from '../options.ts';
import type { ExitCode } from './exit-codes.ts';
import type { CliIo } from './io.ts';
import { addPipelineOptions, type PipelineFlags } from './pipeline-options.ts';
export interface ExtractCommandOptions extends PipelineFlags {
  out?: string;
  from?: string;
  format: OutputFormat;
  csvRows?: CsvRows;
  includeText: boolean;
  force: boolean;
  quiet: boolean;
  searchablePdf?: string;
  alto?: string;
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
      'json: a folder for <input name>.json per input (created if missing; up-to-date outputs are skipped); jsonl/csv/xlsx: the output file',
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
    .option(
      '--searchable-pdf <dir>',
      'also write <dir>/<input name>.pdf for each PDF or image input: the original pages with an invisible text layer of the (repaired) OCR words',
    )
    .option(
      '--alto <dir>',
      'also write <dir>/<input name>.xml for each PDF or image input: ALTO 4 XML with every word, its box and confidence',
    )
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
  $ loi-extract extract archive/ --format xlsx --out table.xlsx
  $ loi-extract extract scans/ --out results/ --searchable-pdf searchable/ --alto alto/
  $ cat ocr.txt | loi-extract extract - --lang sv`,
    )
    .action(async (args: string[], options: ExtractCommandOptions) => {
      // Loaded here, not at the top: `--help` and the other subcommands never need the pipeline (issue 12).
      const { runExtract } = await import('./extract-run.ts');
      (await import('./v8-flags.ts')).setBatchV8Flags();
      setExitCode(await runExtract(args, options, io));
    });
}
