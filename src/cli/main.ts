import { hostname } from 'node:os';
import { Command } from 'commander';
import { setTempOwner } from '../output/atomic.ts';
import { VERSION } from '../version.ts';
import { registerCheckCommand } from './check.ts';
import { ExitCode, exitCodeFor } from './exit-codes.ts';
import { registerExtractCommand } from './extract.ts';
import type { CliIo } from './io.ts';
import { registerLangCommand } from './lang.ts';
import { registerQueueCommand } from './queue.ts';
import { registerRepairCommand } from './repair.ts';
import { registerSchemaCommand } from './schema.ts';
import { registerValidateCommand } from './validate.ts';
import { registerWorkerCommand } from './worker.ts';

/** Builds the commander program; each subcommand lives in its own file and reports its exit code. */
export function createProgram(io: CliIo, setExitCode: (code: ExitCode) => void): Command {
  const program = new Command('loi-extract')
    .description(
      'Turn letters of intent and cooperation agreements (PDF, images, OCR text; sv/no/en) into schema-checked JSON.\nWorks offline: OCR models come from npm packages.',
    )
    .version(VERSION)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      `
Examples:
  $ loi-extract extract fixtures/scanned/seed-004.pdf          JSON on stdout
  $ loi-extract extract scans/ --out results/ --jobs 2         one JSON file per document
  $ loi-extract extract scans/ --format csv > table.csv        one row per document
  $ loi-extract repair ocr.txt --report repairs.json           repaired text on stdout
  $ loi-extract lang fixtures/text/seed-001.txt                prints "no 0.98"
  $ loi-extract validate results/                              exit 1 on any invalid file
  $ loi-extract check docs/ --expected expected/ --junit r.xml  compare with expected extractions
  $ loi-extract schema > loi.schema.json                       the JSON Schema of the output

Exit codes: 0 all fine, 1 some input failed (the others were written), 2 usage error, 70 internal error.`,
    );
  registerExtractCommand(program, io, setExitCode);
  registerValidateCommand(program, io, setExitCode);
  registerCheckCommand(program, io, setExitCode);
  registerRepairCommand(program, io, setExitCode);
  registerLangCommand(program, io, setExitCode);
  registerSchemaCommand(program, io);
  registerQueueCommand(program, io, setExitCode);
  registerWorkerCommand(program, io, setExitCode);
  return program;
}

/** Runs the CLI with the given arguments (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  // Temporary files carry this process's id, so a later run can remove them if it is killed mid-write.
  setTempOwner({ host: hostname(), pid: process.pid });
  let code: ExitCode = ExitCode.ok;
  const program = createProgram(io, (next) => {
    if (next > code) code = next;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    const exit = exitCodeFor(error);
    if (exit === ExitCode.internal)
      io.stderr.write(`loi-extract: internal error: ${(error as Error).stack ?? String(error)}\n`);
    else if (!(error && typeof error === 'object' && 'code' in error))
      io.stderr.write(`loi-extract: ${(error as Error).message}\n`);
    return exit;
  }
  return code;
}
