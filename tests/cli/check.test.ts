import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

/** Three clean text fixtures in three languages: a small corpus a CI job could keep. */
const DOCUMENTS = ['seed-004', 'en-loi-02', 'no-intensjon-01'];

describe('loi-extract check', () => {
  let root: string;
  let docs: string;
  let expected: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'loi-check-'));
    docs = join(root, 'docs');
    expected = join(root, 'expected');
    await mkdir(docs);
    for (const id of DOCUMENTS) await copyFile(`fixtures/text/${id}.txt`, join(docs, `${id}.txt`));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const readExpected = async (id: string) => JSON.parse(await readFile(join(expected, `${id}.json`), 'utf8'));
  const writeExpected = async (id: string, value: unknown) =>
    writeFile(join(expected, `${id}.json`), `${JSON.stringify(value, null, 2)}\n`);

  it('refuses to run without an expected folder, as a usage error', async () => {
    const run = await runCli(['check', docs, '--expected', join(root, 'nowhere')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('does not exist');
  });

  it('fails a document whose expected file is missing, naming the file', async () => {
    await mkdir(expected, { recursive: true });
    const run = await runCli(['check', join(docs, 'seed-004.txt'), '--expected', expected]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^FAIL\s+\S*seed-004\.txt/m);
    expect(run.stdout).toContain('no expected file');
  });

  it('--update writes the expected files, which then pass', async () => {
    const update = await runCli(['check', docs, '--expected', expected, '--update']);
    expect(update.code).toBe(0);
    expect((await readdir(expected)).sort()).toEqual(DOCUMENTS.map((id) => `${id}.json`).sort());
    const seed = await readExpected('seed-004');
    expect(seed.date).toBe('2016-09-23');
    expect(seed.unsure).toEqual([]);
    expect(seed).not.toHaveProperty('evidence');
    expect(seed.governance.bodies).toContain('styrgrupp');

    const check = await runCli(['check', docs, '--expected', expected]);
    expect(check.code).toBe(0);
    expect(check.stdout.match(/^PASS/gm)).toHaveLength(3);
    expect(check.stdout).toContain('3 passed, 0 failed');
  });

  it('fails on one changed expected value, names the field, and writes valid JUnit XML', async () => {
    const seed = await readExpected('seed-004');
    await writeExpected('seed-004', { ...seed, date: '2016-09-24' });
    const junit = join(root, 'report.xml');
    const run = await runCli(['check', docs, '--expected', expected, '--junit', junit]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^FAIL\s+\S*seed-004\.txt\s+\(date\)$/m);
    expect(run.stdout).toContain('expected: "2016-09-24"');
    expect(run.stdout).toContain('actual:   "2016-09-23"');
    expect(run.stdout).toMatch(/date\s+2\/3/);
    expect(run.stdout).toContain('2 passed, 1 failed');

    const xml = await readFile(junit, 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const report = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testcase' }).parse(
      xml,
    );
    const suite = report.testsuites.testsuite;
    expect(suite['@_tests']).toBe('3');
    expect(suite['@_failures']).toBe('1');
    const failed = suite.testcase.filter((testCase: Record<string, unknown>) => 'failure' in testCase);
    expect(failed).toHaveLength(1);
    expect(failed[0]['@_name']).toContain('seed-004.txt');
    expect(failed[0].failure['@_message']).toBe('fields differ: date');
  });

  it('ignores fields listed in unsure', async () => {
    const seed = await readExpected('seed-004');
    await writeExpected('seed-004', { ...seed, unsure: ['date'] });
    const run = await runCli(['check', join(docs, 'seed-004.txt'), '--expected', expected, '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.passed).toBe(1);
    expect(result.documents[0].compared).not.toContain('date');
  });

  it('--update rewrites a changed file and keeps its unsure list', async () => {
    const seed = await readExpected('seed-004');
    await writeExpected('seed-004', { ...seed, title: 'Something else', unsure: ['date', 'purposes'] });
    const update = await runCli(['check', join(docs, 'seed-004.txt'), '--expected', expected, '--update']);
    expect(update.code).toBe(0);
    expect(update.stdout).toMatch(/^UPDATED\s+\S*seed-004\.txt\s+\(title\)$/m);
    const rewritten = await readExpected('seed-004');
    expect(rewritten.unsure).toEqual(['date', 'purposes']);
    expect(rewritten.title).not.toBe('Something else');
    expect(rewritten.date).toBe('2016-09-23');
    expect((await readdir(expected)).filter((name) => name.startsWith('.'))).toEqual([]);
    const check = await runCli(['check', docs, '--expected', expected]);
    expect(check.code).toBe(0);
  });

  it('reports an invalid expected file as an error of that document, not of the run', async () => {
    await writeFile(join(expected, 'en-loi-02.json'), '{"language": "sv"}\n');
    const run = await runCli(['check', docs, '--expected', expected]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^ERROR\s+\S*en-loi-02\.txt/m);
    expect(run.stdout).toContain('is not an expected-extraction file');
    expect(run.stdout).toMatch(/^PASS\s+\S*seed-004\.txt/m);
  });
});
