import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LetterOfIntent } from '../../src/schema/letter-of-intent.ts';
import { type CliRun, runCli } from '../helpers/cli.ts';
import { type HostileCase, listFiles, writeHostileInputs } from './batch-inputs.ts';

/**
 * Issue 7, "Done when": a batch of 40 inputs with every hostile case and valid fixtures; every valid one is
 * written and validates, every bad one is reported with its reason, no partial files, exit 1; a second run
 * skips every valid one by hash and redoes nothing.
 */

const BATCH_SIZE = 40;
/** Text-layer PDF fixtures taken into the batch; text fixtures and the hostile cases make up the 40. */
const PDF_FIXTURES = 12;
/** Keeps the 50 MB text case quick in a test; the cap is the same code path as the default of a million. */
const TEST_MAX_CHARS = '300000';

let root: string;
let out: string;
let list: string;
let cases: HostileCase[];
let first: CliRun;
let firstOutputs: Map<string, { file: string; mtimeMs: number }>;

/** Output files by the input they record (`source.file`), each validated against the schema. */
async function readOutputs(dir: string): Promise<Map<string, { file: string; mtimeMs: number }>> {
  const outputs = new Map<string, { file: string; mtimeMs: number }>();
  for (const name of await readdir(dir)) {
    const file = join(dir, name);
    const document = LetterOfIntent.parse(JSON.parse(await readFile(file, 'utf8')));
    outputs.set(document.source.file, { file, mtimeMs: (await stat(file)).mtimeMs });
  }
  return outputs;
}

function summaryOf(stderr: string): { done: number; failed: number; skipped: number } {
  const match = /^(\d+) done, (\d+) failed, (\d+) skipped/m.exec(stderr);
  expect(match, `no summary in:\n${stderr}`).not.toBeNull();
  const [, done, failed, skipped] = (match as RegExpExecArray).map(Number);
  return { done: done as number, failed: failed as number, skipped: skipped as number };
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'loi-batch-'));
  out = join(root, 'out');
  const batch = join(root, 'batch');
  const sample = await readFile('fixtures/text/seed-004.txt', 'utf8');
  cases = await writeHostileInputs(join(batch, 'hostile'), sample);

  // An image with no text layer while OCR is off: a clear per-document error rather than an empty result
  // (an empty result would be skipped as up to date on a later run with OCR on).
  await mkdir(join(batch, 'scan'), { recursive: true });
  const scan = join(batch, 'scan', 'seed-000.png');
  await copyFile('fixtures/png/seed-000.png', scan);
  cases.push({ file: scan, rule: 'ocr/off-no-text' });

  // Names that would leave --out if joined naively: a relative path climbing out of the batch, and a file
  // whose own name holds Windows separators. Both must land inside --out.
  await writeFile(join(root, 'x.txt'), sample);
  cases.push({ file: join(batch, 'hostile', '..', '..', 'x.txt'), rule: null });
  const backslashes = join(batch, 'hostile', '..\\..\\evil.txt');
  await writeFile(backslashes, sample);
  cases.push({ file: backslashes, rule: null });

  const inputs: string[] = cases.map((c) => c.file);
  // The fixture folders grow; the batch takes what it needs to make exactly 40 inputs.
  const textFixtures = BATCH_SIZE - cases.length - PDF_FIXTURES;
  for (const [folder, wanted] of [
    ['pdf', PDF_FIXTURES],
    ['text', textFixtures],
  ] as const) {
    await mkdir(join(batch, folder), { recursive: true });
    const names = (await readdir(join('fixtures', folder)))
      .filter((name) => name.endsWith(folder === 'pdf' ? '.pdf' : '.txt'))
      .sort()
      .slice(0, wanted);
    for (const name of names) {
      const file = join(batch, folder, name);
      await copyFile(join('fixtures', folder, name), file);
      inputs.push(file);
      cases.push({ file, rule: null });
    }
  }
  expect(inputs).toHaveLength(BATCH_SIZE);
  list = join(root, 'list.txt');
  await writeFile(list, `${inputs.join('\n')}\n`);

  first = await runCli([
    'extract',
    '--from',
    list,
    '--out',
    out,
    '--ocr',
    'off',
    '--jobs',
    '2',
    '--max-chars',
    TEST_MAX_CHARS,
  ]);
  firstOutputs = await readOutputs(out);
}, 300_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('extract over a batch of 40 inputs with hostile ones', () => {
  it('exits 1 with data only in files, and a summary that adds up', () => {
    expect(first.code, first.stderr).toBe(1);
    expect(first.stdout).toBe('');
    const valid = cases.filter((c) => c.rule === null).length;
    expect(summaryOf(first.stderr)).toEqual({ done: valid, failed: BATCH_SIZE - valid, skipped: 0 });
  });

  it('reports every bad input once, naming the file, the stage rule and a reason', () => {
    const errors = first.stderr.split('\n').filter((line) => line.startsWith('loi-extract: error:'));
    const bad = cases.filter((c) => c.rule !== null);
    expect(errors).toHaveLength(bad.length);
    for (const { file, rule } of bad) {
      const lines = errors.filter((line) => line.includes(`${file}:`));
      expect(lines, file).toHaveLength(1);
      expect(lines[0]).toContain(`[${rule}]`);
      // A reason in words between the file and the rule, not just the rule.
      expect(lines[0]?.split(`${file}:`)[1]?.split('[')[0]?.trim().length).toBeGreaterThan(10);
    }
  });

  it('writes every valid document, and the output validates', async () => {
    for (const { file, rule, warning } of cases.filter((c) => c.rule === null)) {
      const output = firstOutputs.get(file);
      expect(output, `no output for ${file}`).toBeDefined();
      if (warning !== undefined) {
        const document = LetterOfIntent.parse(JSON.parse(await readFile(output?.file as string, 'utf8')));
        expect(document.warnings.join('\n'), file).toMatch(warning);
      }
      expect(rule).toBeNull();
    }
    expect(firstOutputs.size).toBe(cases.filter((c) => c.rule === null).length);
  });

  it('leaves no partial or temporary file, and writes nothing outside --out', async () => {
    const files = await listFiles(out);
    expect(files.filter((file) => !file.endsWith('.json') || basename(file).startsWith('.'))).toEqual([]);
    expect(files).toHaveLength(firstOutputs.size);
    expect((await readdir(root)).sort()).toEqual(['batch', 'list.txt', 'out', 'x.txt']);
    // The escaping names were written inside --out under their last path component.
    expect(firstOutputs.get(join(root, 'batch', 'hostile', '..', '..', 'x.txt'))?.file).toBe(
      join(out, 'x.json'),
    );
    expect(firstOutputs.get(join(root, 'batch', 'hostile', '..\\..\\evil.txt'))?.file).toBe(
      join(out, 'evil.json'),
    );
  });

  it('on a second run skips every valid document by hash and redoes nothing', async () => {
    const second = await runCli(['extract', '--from', list, '--out', out, '--ocr', 'off', '--jobs', '2']);
    expect(second.code).toBe(1);
    const valid = cases.filter((c) => c.rule === null).length;
    expect(summaryOf(second.stderr)).toEqual({ done: 0, failed: BATCH_SIZE - valid, skipped: valid });
    const again = await readOutputs(out);
    expect([...again.entries()]).toEqual([...firstOutputs.entries()]);
  }, 120_000);
});
