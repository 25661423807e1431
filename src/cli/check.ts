import type { Command } from 'commander';
import type { ExitCode } from './exit-codes.ts';
import type { CliIo } from './io.ts';
import { addPipelineOptions, type PipelineFlags } from './pipeline-options.ts';

export interface CheckCommandOptions extends PipelineFlags {
  expected: string;
  junit?: string;
  update: boolean;
  json: boolean;
}

/** `loi-extract check`: extracts each input and compares it with its expected file, like a test runner. */
export function registerCheckCommand(
  program: Command,
  io: CliIo,
  setExitCode: (code: ExitCode) => void,
): void {
  const command = program
    .command('check')
    .description(
      'extract each input and compare it with DIR/<name>.json (the expected-extraction format; fields in "unsure" are skipped)',
    )
    .argument('<inputs...>', 'files (.pdf .png .jpg .tif .txt), directories or globs')
    .requiredOption('-e, --expected <dir>', 'folder of expected files, <input name>.json each')
    .option('--junit <file>', 'also write a JUnit XML report (one test case per document)')
    .option(
      '--update',
      'write the current extraction as the expected files (keeping each file’s unsure list)',
      false,
    )
    .option('--json', 'print the results as JSON instead of the report', false);
  addPipelineOptions(command)
    .addHelpText(
      'after',
      `
Examples:
  $ loi-extract check corpus/docs --expected corpus/expected
  $ loi-extract check corpus/docs --expected corpus/expected --junit check-report.xml
  $ loi-extract check corpus/docs --expected corpus/expected --update     accept the current results

Exit codes: 0 every document matches, 1 some differ or failed, 2 usage error.`,
    )
    .action(async (args: string[], options: CheckCommandOptions) => {
      // The pipeline and the comparison load here, not at the top: `--help` never needs them (issue 12).
      const { runCheck } = await import('./check-run.ts');
      (await import('./v8-flags.ts')).setBatchV8Flags();
      setExitCode(await runCheck(args, options, io));
    });
}
