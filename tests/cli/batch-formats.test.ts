import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvTable } from '../../src/output/csv.ts';
import { LetterOfIntent } from '../../src/schema/letter-of-intent.ts';
import { runCli } from '../helpers/cli.ts';

/** Input names that a spreadsheet would run as formulas, or that need CSV quoting. */
const HOSTILE_NAMES = ['=cmd.txt', '@SUM(A1).txt', '-2+3.txt', '+x.txt', 'a "quoted", name.txt'];
const FIXTURES = ['seed-004.txt', 'seed-002.txt', 'sv-loi-01.txt'];

let dir: string;
let list: string;
let inputs: string[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loi-formats-'));
  inputs = [...FIXTURES];
  for (const name of FIXTURES) await copyFile(join('fixtures/text', name), join(dir, name));
  for (const name of HOSTILE_NAMES) {
    await copyFile('fixtures/text/seed-004.txt', join(dir, name));
    inputs.push(name);
  }
  list = join(dir, 'list.txt');
  await writeFile(list, `${inputs.join('\n')}\n`);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('extract --format csv', () => {
  it('writes one row per document with the schema-derived header, quoting and neutralising cells', async () => {
    const run = await runCli(['extract', '--from', 'list.txt', '--format', 'csv'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    const header = parse(run.stdout, { to_line: 1 })[0] as string[];
    expect(header).toEqual(csvTable('document').header);
    expect(rows.map((row) => row['source.file'])).toEqual(
      inputs.map((name) => (/^[=@+-]/.test(name) ? `'${name}` : name)),
    );

    // The cells say what the JSON says.
    const json = await runCli(['extract', 'seed-004.txt'], { cwd: dir });
    const document = LetterOfIntent.parse(JSON.parse(json.stdout));
    const row = rows[0] as Record<string, string>;
    expect(row['parties.name']).toBe(document.parties.map((party) => party.name).join('; '));
    expect(row['parties.count']).toBe(String(document.parties.length));
    expect(row['validity.start']).toBe(document.validity.start ?? '');
    expect(row.date).toBe(document.date ?? '');
  });

  it('writes one row per party to --out FILE with --csv-rows parties', async () => {
    const run = await runCli(
      [
        'extract',
        ...FIXTURES,
        '--format',
        'csv',
        '--csv-rows',
        'parties',
        '--out',
        'tables/parties.csv',
        '--quiet',
      ],
      { cwd: dir },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('');
    const rows = parse(await readFile(join(dir, 'tables/parties.csv')), { columns: true }) as Record<
      string,
      string
    >[];
    const documents = await Promise.all(
      FIXTURES.map(async (name) => {
        const one = await runCli(['extract', name], { cwd: dir });
        return LetterOfIntent.parse(JSON.parse(one.stdout));
      }),
    );
    const expected = documents.flatMap((document) =>
      document.parties.length === 0 ? [''] : document.parties.map((party) => party.name),
    );
    expect(rows.map((row) => row['parties.name'])).toEqual(expected);
    expect(await readdir(join(dir, 'tables'))).toEqual(['parties.csv']);
  });

  it('refuses --csv-rows without --format csv (usage error, exit 2)', async () => {
    const run = await runCli(['extract', 'seed-004.txt', '--csv-rows', 'parties'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--csv-rows/);
    expect(run.stdout).toBe('');
  });
});

describe('extract --format jsonl and input lists', () => {
  it('reads the list from standard input (--from -) and writes JSON Lines to --out FILE', async () => {
    const run = await runCli(['extract', '--from', '-', '--format', 'jsonl', '--out', 'all.jsonl'], {
      cwd: dir,
      stdin: `${inputs.join('\n')}\n`,
    });
    expect(run.code, run.stderr).toBe(0);
    const lines = (await readFile(join(dir, 'all.jsonl'), 'utf8')).trim().split('\n');
    expect(lines.map((line) => LetterOfIntent.parse(JSON.parse(line)).source.file)).toEqual(inputs);
    expect((await readdir(dir)).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('expands a glob and writes one JSON line per document on stdout', async () => {
    const run = await runCli(['extract', 's*-0*.txt', '--format', 'jsonl'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const files = run.stdout
      .trim()
      .split('\n')
      .map((line) => LetterOfIntent.parse(JSON.parse(line)).source.file);
    expect(files).toEqual(['seed-002.txt', 'seed-004.txt', 'sv-loi-01.txt']);
  });

  it('redoes up-to-date outputs with --force', async () => {
    const out = join(dir, 'forced');
    const first = await runCli(['extract', 'seed-004.txt', '--out', out], { cwd: dir });
    expect(first.code).toBe(0);
    const skipped = await runCli(['extract', 'seed-004.txt', '--out', out], { cwd: dir });
    expect(skipped.stderr).toMatch(/^0 done, 0 failed, 1 skipped/m);
    const forced = await runCli(['extract', 'seed-004.txt', '--out', out, '--force'], { cwd: dir });
    expect(forced.stderr).toMatch(/^1 done, 0 failed, 0 skipped/m);
  });

  it('redoes a document whose input changed since its output was written', async () => {
    const out = join(dir, 'changed');
    const input = join(dir, 'changing.txt');
    await copyFile('fixtures/text/seed-004.txt', input);
    await runCli(['extract', input, '--out', out]);
    await writeFile(input, await readFile('fixtures/text/seed-002.txt'));
    const run = await runCli(['extract', input, '--out', out]);
    expect(run.stderr).toMatch(/^1 done, 0 failed, 0 skipped/m);
    const document = LetterOfIntent.parse(JSON.parse(await readFile(join(out, 'changing.json'), 'utf8')));
    expect(document.language).toBe('en');
  });
});
