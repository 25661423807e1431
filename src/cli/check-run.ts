import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Chalk, type ChalkInstance } from 'chalk';
import {
  CHECKED_FIELDS,
  type CheckedField,
  type DocumentComparison,
  diffExtraction,
  type FieldDifference,
  toExpected,
} from '../check/diff.ts';
import type { Diagnostic, ExpectedExtraction, LetterOfIntent } from '../index.ts';
import { writeFileAtomic } from '../output/atomic.ts';
import { type JunitCase, junitReport } from '../output/junit.ts';
import { uniqueNames } from '../output/names.ts';
import type { CheckCommandOptions } from './check.ts';
import { ExitCode, UsageError } from './exit-codes.ts';
import { DOCUMENT_EXTENSIONS, expandInputs } from './inputs.ts';
import { type CliIo, colourFor, write } from './io.ts';
import { extractOptionsFrom } from './pipeline-options.ts';

/** How one document came out. `updated`/`created` only with `--update`. */
type Status = 'pass' | 'fail' | 'error' | 'updated' | 'created';

/** One document of the run, as the report and `--json` show it. */
interface DocumentOutcome {
  input: string;
  expectedFile: string;
  status: Status;
  /** Fields compared (empty when the document could not be compared). */
  compared: CheckedField[];
  differences: FieldDifference[];
  /** Why it could not be checked: extraction diagnostics, a missing or invalid expected file. */
  problems: string[];
}

export async function runCheck(
  args: readonly string[],
  options: CheckCommandOptions,
  io: CliIo,
): Promise<ExitCode> {
  const info = await stat(options.expected).catch(() => null);
  if (info !== null && !info.isDirectory())
    throw new UsageError(`--expected is a folder, and ${options.expected} is a file`);
  if (info === null && !options.update)
    throw new UsageError(`the expected folder ${options.expected} does not exist (--update creates it)`);
  if (args.includes('-')) throw new UsageError('check reads files, not standard input: each needs a name');
  const { files, missing } = await expandInputs(args, DOCUMENT_EXTENSIONS);
  for (const message of missing) io.stderr.write(`loi-extract: ${message}\n`);
  if (files.length === 0) {
    if (missing.length === 0) throw new UsageError('no input documents found');
    return ExitCode.someFailed;
  }
  if (options.update) await mkdir(options.expected, { recursive: true });

  const colour = colourFor(io.stdout, io.env);
  const names = uniqueNames(files);
  const outcomes: DocumentOutcome[] = [];
  const inputs = files.map((path) => ({ path }));
  // The pipeline loads here, not at the top: `--help` never needs it (issue 12).
  const { extractFiles, inputName } = await import('../index.ts');
  for await (const { input, result } of extractFiles(inputs, extractOptionsFrom(options))) {
    const file = inputName(input);
    const expectedFile = join(options.expected, `${names.get(file) ?? 'document'}.json`);
    const outcome = result.ok
      ? await checkOne(file, expectedFile, result.document, options.update)
      : failedExtraction(file, expectedFile, result.diagnostics);
    outcomes.push(outcome);
    if (!options.json) await write(io.stdout, `${statusLine(outcome, colour)}\n`);
  }

  if (options.json) await write(io.stdout, `${JSON.stringify(jsonReport(outcomes), null, 2)}\n`);
  else await write(io.stdout, textReport(outcomes, colour));
  if (options.junit !== undefined)
    await writeFileAtomic(options.junit, junitReport('loi-extract check', junitCases(outcomes)));
  const bad = outcomes.some((outcome) => outcome.status === 'fail' || outcome.status === 'error');
  return bad || missing.length > 0 ? ExitCode.someFailed : ExitCode.ok;
}

/** Compares one extracted document with its expected file, or (with `--update`) rewrites that file. */
async function checkOne(
  input: string,
  expectedFile: string,
  document: LetterOfIntent,
  update: boolean,
): Promise<DocumentOutcome> {
  const outcome = (status: Status, comparison?: DocumentComparison, problems: string[] = []) => ({
    input,
    expectedFile,
    status,
    compared: comparison?.compared ?? [],
    differences: comparison?.differences ?? [],
    problems,
  });
  const expected = await readExpected(expectedFile);
  if (expected.kind === 'invalid') return outcome('error', undefined, [expected.message]);
  if (expected.kind === 'missing') {
    if (!update)
      return outcome('fail', undefined, [
        `no expected file ${expectedFile} (run with --update to create it)`,
      ]);
    await writeExpected(expectedFile, document, []);
    return outcome('created');
  }
  const comparison = diffExtraction(expected.value, document);
  if (comparison.differences.length === 0) return outcome('pass', comparison);
  if (!update) return outcome('fail', comparison);
  await writeExpected(expectedFile, document, expected.value.unsure);
  return outcome('updated', comparison);
}

function failedExtraction(
  input: string,
  expectedFile: string,
  diagnostics: readonly Diagnostic[],
): DocumentOutcome {
  const problems = diagnostics
    .filter((d) => d.fatal)
    .map((d) => `${d.page === null ? '' : `page ${d.page}: `}${d.message} [${d.rule}]`);
  return { input, expectedFile, status: 'error', compared: [], differences: [], problems };
}

type ReadExpected =
  | { kind: 'ok'; value: ExpectedExtraction }
  | { kind: 'missing' }
  | { kind: 'invalid'; message: string };

async function readExpected(file: string): Promise<ReadExpected> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'invalid', message: `cannot read ${file}: ${(error as Error).message}` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { kind: 'invalid', message: `${file} is not JSON: ${(error as Error).message}` };
  }
  const { ExpectedExtraction } = await import('../schema/letter-of-intent.ts');
  const parsed = ExpectedExtraction.safeParse(data);
  if (parsed.success) return { kind: 'ok', value: parsed.data };
  const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  return { kind: 'invalid', message: `${file} is not an expected-extraction file: ${issues.join('; ')}` };
}

/** Writes the expected file of a document atomically, with the unsure list it had. */
async function writeExpected(file: string, document: LetterOfIntent, unsure: string[]): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(toExpected(document, unsure), null, 2)}\n`);
}

const STATUS_LABEL: Record<Status, string> = {
  pass: 'PASS',
  fail: 'FAIL',
  error: 'ERROR',
  updated: 'UPDATED',
  created: 'CREATED',
};

function statusLine(outcome: DocumentOutcome, colour: ChalkInstance): string {
  const label = STATUS_LABEL[outcome.status].padEnd(7);
  const paint =
    outcome.status === 'pass'
      ? colour.green
      : outcome.status === 'fail' || outcome.status === 'error'
        ? colour.red
        : colour.yellow;
  const fields = outcome.differences.map((d) => d.field);
  const suffix = fields.length > 0 ? `  (${fields.join(', ')})` : '';
  return `${paint(label)} ${outcome.input}${suffix}`;
}

/** The part of the report after the per-document lines: each failure in detail, per-field agreement, totals. */
function textReport(outcomes: readonly DocumentOutcome[], colour: ChalkInstance): string {
  const lines: string[] = [];
  for (const outcome of outcomes) {
    if (outcome.status !== 'fail' && outcome.status !== 'error') continue;
    lines.push(
      '',
      colour.bold(`${STATUS_LABEL[outcome.status]} ${outcome.input}`) +
        colour.dim(`  (expected: ${outcome.expectedFile})`),
    );
    for (const problem of outcome.problems) lines.push(`  ${problem}`);
    for (const difference of outcome.differences) lines.push(...differenceLines(difference, colour));
  }
  const agreement = fieldAgreement(outcomes);
  const rows = CHECKED_FIELDS.filter((field) => agreement[field].compared > 0);
  if (rows.length > 0) {
    lines.push('', 'Per field (documents that agree / documents compared):');
    for (const field of rows) {
      const { agreed, compared } = agreement[field];
      const mark = agreed === compared ? colour.green('✓') : colour.red('✗');
      lines.push(`  ${mark} ${field.padEnd(28)} ${agreed}/${compared}`);
    }
  }
  lines.push('', summaryLine(outcomes), '');
  return lines.join('\n');
}

function differenceLines(difference: FieldDifference, colour: ChalkInstance): string[] {
  const show = (value: unknown) => JSON.stringify(value);
  const lines = [`  ${colour.bold(difference.field)}`];
  if (difference.missing !== undefined || difference.extra !== undefined) {
    for (const item of difference.missing ?? [])
      lines.push(colour.green(`    - expected only: ${show(item)}`));
    for (const item of difference.extra ?? []) lines.push(colour.red(`    + actual only:   ${show(item)}`));
    return lines;
  }
  lines.push(
    colour.green(`    expected: ${show(difference.expected)}`),
    colour.red(`    actual:   ${show(difference.actual)}`),
  );
  return lines;
}

function summaryLine(outcomes: readonly DocumentOutcome[]): string {
  const count = (...statuses: Status[]) => outcomes.filter((o) => statuses.includes(o.status)).length;
  const parts = [`${count('pass')} passed`, `${count('fail')} failed`];
  if (count('error') > 0) parts.push(`${count('error')} errors`);
  if (count('updated', 'created') > 0) parts.push(`${count('updated', 'created')} updated`);
  return `${parts.join(', ')} (${outcomes.length} documents)`;
}

/** For each field, over the documents that compared it: how many agreed. */
function fieldAgreement(
  outcomes: readonly DocumentOutcome[],
): Record<CheckedField, { agreed: number; compared: number }> {
  const table = Object.fromEntries(
    CHECKED_FIELDS.map((field) => [field, { agreed: 0, compared: 0 }]),
  ) as Record<CheckedField, { agreed: number; compared: number }>;
  for (const outcome of outcomes) {
    const differing = new Set(outcome.differences.map((d) => d.field));
    for (const field of outcome.compared) {
      table[field].compared++;
      if (!differing.has(field)) table[field].agreed++;
    }
  }
  return table;
}

function jsonReport(outcomes: readonly DocumentOutcome[]) {
  const count = (status: Status) => outcomes.filter((o) => o.status === status).length;
  return {
    passed: count('pass'),
    failed: count('fail'),
    errors: count('error'),
    updated: count('updated') + count('created'),
    fields: fieldAgreement(outcomes),
    documents: outcomes,
  };
}

function junitCases(outcomes: readonly DocumentOutcome[]): JunitCase[] {
  return outcomes.map((outcome) => {
    if (outcome.status === 'error')
      return {
        name: outcome.input,
        status: 'error',
        message: outcome.problems.join('; '),
        details: outcome.problems.join('\n'),
      };
    if (outcome.status !== 'fail') return { name: outcome.input, status: 'pass' };
    const fields = outcome.differences.map((d) => d.field);
    const message = fields.length > 0 ? `fields differ: ${fields.join(', ')}` : outcome.problems.join('; ');
    const details = [
      ...outcome.problems,
      ...outcome.differences.flatMap((difference) => differenceLines(difference, colourless)),
    ].join('\n');
    return { name: outcome.input, status: 'fail', message, details };
  });
}

/** Chalk that paints nothing, for the JUnit details. */
const colourless = new Chalk({ level: 0 });
