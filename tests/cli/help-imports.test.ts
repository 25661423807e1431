import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

// Issue 12: `--help` and `--version` answer at once because they load no OCR, PDF, dictionary, language
// or queue code. Checked on the module graph of the built CLI, not on a timing that a busy machine skews.

const TRACER = fileURLToPath(new URL('../helpers/module-trace/register.mjs', import.meta.url));

/** Packages and parts of our own code that only a command's action needs. */
const HEAVY = [
  /node_modules\/(tesseract\.js|@tesseract\.js-data|hunspell-asm|dictionary-[a-z]+|franc|bullmq|ioredis)\//,
  /node_modules\/(pdfjs-dist|pdf-parse|pdf-lib|sharp|@napi-rs|zod|csv-stringify|write-excel-file)\//,
  /\/dist\/(ocr|repair|language|extract|pipeline|schema|check)\//,
  /\/dist\/queue\/(?!settings\.js)/,
  /\/dist\/index\.js$/,
];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loi-help-imports-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs the CLI with the module tracer and returns every module it loaded. */
async function loadedModules(args: readonly string[]): Promise<string[]> {
  const trace = join(dir, `${args.join('-').replace(/\W+/g, '_') || 'none'}.txt`);
  const run = await runCli(args, { env: { LOI_MODULE_TRACE: trace, NODE_OPTIONS: `--import=${TRACER}` } });
  expect(run.code).toBe(0);
  return (await readFile(trace, 'utf8')).split('\n').filter((line) => line !== '');
}

describe('what --help and --version load', () => {
  it('the tracer sees a command action load its modules (so an empty answer below means something)', async () => {
    const loaded = await loadedModules(['schema']);
    expect(loaded.some((module) => module.endsWith('/dist/cli/main.js'))).toBe(true);
    expect(loaded.some((module) => /\/dist\/schema\//.test(module))).toBe(true);
    expect(loaded.some((module) => /node_modules\/zod\//.test(module))).toBe(true);
  });

  for (const args of [
    ['--help'],
    ['--version'],
    ['extract', '--help'],
    ['check', '--help'],
    ['queue', '--help'],
    ['queue', 'add', '--help'],
    ['worker', '--help'],
    ['repair', '--help'],
    ['lang', '--help'],
    ['validate', '--help'],
  ]) {
    it(`loi-extract ${args.join(' ')} loads no OCR, dictionary, PDF, language or queue module`, async () => {
      const loaded = await loadedModules(args);
      expect(loaded.filter((module) => HEAVY.some((pattern) => pattern.test(module)))).toEqual([]);
    });
  }
});
