import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outputJsonSchema } from '../../src/schema/json-schema.ts';
import { LetterOfIntent } from '../../src/schema/letter-of-intent.ts';
import { runCli } from '../helpers/cli.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loi-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loi-extract --help', () => {
  it('lists every command with an example, on stdout, exit 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    for (const command of ['extract', 'validate', 'schema'])
      expect(run.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
    expect(run.stdout).toContain('$ loi-extract extract');
    expect(run.stderr).toBe('');
  });

  it('exits 2 on an unknown option, with the reason on stderr and nothing on stdout', async () => {
    const run = await runCli(['extract', '--frobnicate', 'x.txt']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/unknown option '--frobnicate'/);
  });

  it('exits 2 on a bad option value', async () => {
    const run = await runCli(['extract', '--ocr', 'sometimes', 'x.txt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/sometimes/);
  });
});

describe('loi-extract schema', () => {
  it('prints the JSON Schema generated from zod', async () => {
    const run = await runCli(['schema']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(outputJsonSchema());
  });
});

describe('loi-extract extract', () => {
  it('prints one valid JSON document on stdout for one input', async () => {
    const run = await runCli(['extract', 'fixtures/text/seed-004.txt']);
    expect(run.code).toBe(0);
    const document = LetterOfIntent.parse(JSON.parse(run.stdout));
    expect(document.source.file).toBe('fixtures/text/seed-004.txt');
    expect(document.source.textSource).toBe('plain-text');
    expect(run.stderr).toContain('seed-004.txt');
  });

  it('reads standard input for -', async () => {
    const text = await readFile('fixtures/text/seed-002.txt');
    const run = await runCli(['extract', '-'], { stdin: text });
    expect(run.code).toBe(0);
    expect(LetterOfIntent.parse(JSON.parse(run.stdout)).source.file).toBe('-');
  });

  it('prints JSON Lines for several inputs, in input order', async () => {
    const run = await runCli(['extract', 'fixtures/text/seed-001.txt', 'fixtures/text/seed-000.txt']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((line) => LetterOfIntent.parse(JSON.parse(line)).source.file)).toEqual([
      'fixtures/text/seed-001.txt',
      'fixtures/text/seed-000.txt',
    ]);
  });

  it('reports each broken input on one line naming the file, writes the others, exits 1', async () => {
    const inputs = join(dir, 'mixed inputs');
    const out = join(dir, 'out');
    await rm(inputs, { recursive: true, force: true });
    await import('node:fs/promises').then((fs) => fs.mkdir(inputs, { recursive: true }));
    await writeFile(join(inputs, 'empty.txt'), '');
    await writeFile(join(inputs, 'text-as.pdf'), '%PDF-1.4\nthis is only text pretending to be a PDF\n');
    await writeFile(join(inputs, 'junk.txt'), Buffer.from([0, 1, 2, 3, 250, 251, 0, 7]));
    await writeFile(join(inputs, 'good.txt'), await readFile('fixtures/text/seed-004.txt'));
    const run = await runCli(['extract', inputs, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const errors = run.stderr.split('\n').filter((line) => line.includes('error'));
    expect(errors).toHaveLength(3);
    for (const name of ['empty.txt', 'text-as.pdf', 'junk.txt']) {
      expect(errors.filter((line) => line.includes(name))).toHaveLength(1);
    }
    expect((await readdir(out)).sort()).toEqual(['good.json']);
    LetterOfIntent.parse(JSON.parse(await readFile(join(out, 'good.json'), 'utf8')));
  });

  it('exits 1 and says so when an input does not exist', async () => {
    const run = await runCli(['extract', join(dir, 'nope.pdf')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/nope\.pdf: no such file/);
  });
});

describe('loi-extract validate', () => {
  it('accepts the expected fixtures', async () => {
    const run = await runCli(['validate', 'fixtures/expected']);
    expect(run.stderr).not.toMatch(/^invalid/m);
    expect(run.code).toBe(0);
  });

  it('exits 1 naming the field path of a wrong type', async () => {
    const good = await runCli(['extract', 'fixtures/text/seed-004.txt']);
    const document = JSON.parse(good.stdout);
    document.source.pages = 'two';
    const file = join(dir, 'bad.json');
    await writeFile(file, JSON.stringify(document));
    const run = await runCli(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bad\.json: source\.pages: /);
  });
});
