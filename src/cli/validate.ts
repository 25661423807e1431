import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { z } from 'zod';
import { ExitCode } from './exit-codes.ts';
import type { CliIo } from './io.ts';

/** One schema problem in one file: `path` is the zod issue path, e.g. `parties.0.orgNumber`. */
export interface ValidationProblem {
  file: string;
  line: number | null;
  path: string;
  message: string;
}

/** `loi-extract validate`: checks output files (or expected fixtures) against the schema; exit 1 on any failure. */
export function registerValidateCommand(
  program: Command,
  io: CliIo,
  setExitCode: (code: ExitCode) => void,
): void {
  program
    .command('validate')
    .description(
      'check JSON / JSON Lines files against the output schema (files without "source" are checked as expected-extraction fixtures)',
    )
    .argument('<paths...>', 'JSON or JSONL files, or directories to search')
    .addHelpText('after', '\nExample:\n  $ loi-extract validate results/ fixtures/expected')
    .action(async (paths: string[]) => {
      const { expandInputs } = await import('./inputs.ts');
      const { files, missing } = await expandInputs(paths, ['.json', '.jsonl']);
      for (const message of missing) io.stderr.write(`loi-extract: ${message}\n`);
      let invalid = missing.length;
      for (const file of files) {
        const problems = await validateFile(file);
        if (problems.length === 0) {
          io.stderr.write(`valid   ${file}\n`);
          continue;
        }
        invalid++;
        for (const problem of problems) {
          const where = problem.line === null ? problem.file : `${problem.file}:${problem.line}`;
          io.stderr.write(`invalid ${where}: ${problem.path}: ${problem.message}\n`);
        }
      }
      io.stderr.write(`${files.length - (invalid - missing.length)} valid, ${invalid} invalid\n`);
      if (invalid > 0 || files.length === 0) setExitCode(ExitCode.someFailed);
    });
}

/** Validates one JSON file (one document) or JSONL file (one document a line); returns its problems. */
export async function validateFile(file: string): Promise<ValidationProblem[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return [{ file, line: null, path: '(file)', message: (error as Error).message }];
  }
  // The schemas (zod) load on first use, so `--help` does not pay for them.
  const schemas = await import('../schema/letter-of-intent.ts');
  if (file.endsWith('.jsonl')) {
    return text
      .split('\n')
      .flatMap((line, index) => (line.trim() === '' ? [] : validateText(schemas, file, line, index + 1)));
  }
  return validateText(schemas, file, text, null);
}

type Schemas = Pick<typeof import('../schema/letter-of-intent.ts'), 'LetterOfIntent' | 'ExpectedExtraction'>;

function validateText(
  { LetterOfIntent, ExpectedExtraction }: Schemas,
  file: string,
  text: string,
  line: number | null,
): ValidationProblem[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return [{ file, line, path: '(json)', message: (error as Error).message }];
  }
  const schema: z.ZodType = isOutputDocument(data) ? LetterOfIntent : ExpectedExtraction;
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    file,
    line,
    path: issue.path.length === 0 ? '(root)' : issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

function isOutputDocument(data: unknown): boolean {
  return typeof data === 'object' && data !== null && ('source' in data || 'schemaVersion' in data);
}
