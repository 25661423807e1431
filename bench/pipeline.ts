/**
 * Whole-pipeline figures for the fixture corpus (issue 2): documents per second on plain text (the built
 * CLI, as issue 12 states the target) and on text-layer PDFs, seconds per OCR'd page on the scanned PDFs,
 * and peak memory of each run.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../src/text/random.ts';
import { measureInChild, table } from './measure.ts';

/** Issue 12's plain-text target: this many documents of about 2,000 characters, `--jobs 1`, start-up included. */
const TEXT_DOCUMENTS = 240;
/** Fixture texts of about 2,000 characters (the seeds and the longer news, press and agreement texts). */
const TEXT_MIN_CHARS = 1_500;
const TEXT_MAX_CHARS = 2_600;
const BIN = fileURLToPath(new URL('../bin/loi-extract.js', import.meta.url));
const USAGE_HOOK = fileURLToPath(new URL('./usage-at-exit.mjs', import.meta.url));

async function files(dir: string, extension: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => `${dir}/${name}`);
}

/** Paragraphs (title, lead) that stay first in every variant of a benchmark text. */
const KEPT_PARAGRAPHS = 2;

/**
 * The `copy`-th variant of a benchmark text: copy 0 is the text itself; later copies keep the first
 * paragraphs (title, lead) and shuffle the others (seeded, so every run writes the same files). Each of the
 * 240 documents is then a different text of the same size, words and kind, so that nothing remembered by
 * text (the language guesses, any later cache) serves one copy's answer to the next: 8 texts repeated would
 * measure those caches, not 240 documents.
 */
export function textVariant(text: string, copy: number): string {
  if (copy === 0) return text;
  const paragraphs = text.split(/\n[ \t]*\n/);
  const body = paragraphs.slice(KEPT_PARAGRAPHS);
  const random = seededRandom(copy);
  for (let index = body.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [body[index], body[other]] = [body[other] as string, body[index] as string];
  }
  return [...paragraphs.slice(0, KEPT_PARAGRAPHS), ...body].join('\n\n');
}

/** Writes issue 12's 240 plain-text documents into `dir` (see `plainTextBatch`); returns their characters. */
export async function writeTextBatch(dir: string): Promise<number> {
  const sources: string[] = [];
  for (const path of await files('fixtures/text', '.txt')) {
    const { size } = await stat(path);
    if (size >= TEXT_MIN_CHARS && size <= TEXT_MAX_CHARS) sources.push(path);
  }
  let chars = 0;
  for (let index = 0; index < TEXT_DOCUMENTS && sources.length > 0; index++) {
    const source = sources[index % sources.length] as string;
    const text = textVariant(await readFile(source, 'utf8'), Math.floor(index / sources.length));
    chars += text.length;
    await writeFile(join(dir, `${String(index).padStart(3, '0')}-${basename(source)}`), text);
  }
  return chars;
}

function runScript(paths: readonly string[], passes: number, options: string): string {
  return `
const { extractFiles } = await import('./src/index.ts');
const paths = ${JSON.stringify(paths)};
const inputs = Array.from({ length: ${passes} }, () => paths.map((path) => ({ path }))).flat();
let documents = 0, failed = 0, pages = 0, ocrPages = 0;
for await (const { result } of extractFiles(inputs, ${options})) {
  if (!result.ok) { failed++; continue; }
  documents++;
  pages += result.document.source.pages;
  if (result.document.source.textSource !== 'plain-text' && result.document.source.textSource !== 'text-layer') ocrPages += result.document.source.pages;
}
globalThis.result = { documents, failed, pages, ocrPages };
`;
}

/**
 * 240 plain-text documents of about 2,000 characters through the built CLI (`bin/loi-extract.js extract DIR
 * --out OUT --jobs 1`), timed from spawn to exit: start-up, module and dictionary loading included.
 * The documents are the fixture texts of that size, round-robin, each copy a variant (`textVariant`).
 * `BENCH_TEXT_DIR=DIR` only writes them into DIR (to time or profile the CLI by hand).
 */
async function plainTextBatch(): Promise<(string | number)[]> {
  const dir = await mkdtemp(join(tmpdir(), 'loi-bench-text-'));
  try {
    const inputs = join(dir, 'in');
    await mkdir(inputs);
    const chars = await writeTextBatch(inputs);
    if (chars === 0) return ['plain text (.txt), CLI', 'no fixtures', '', '', '', '', ''];
    const usageFile = join(dir, 'usage.json');
    const started = performance.now();
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        ['--import', USAGE_HOOK, BIN, 'extract', inputs, '--out', join(dir, 'out'), '--jobs', '1', '--quiet'],
        { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, LOI_BENCH_USAGE: usageFile } },
      );
      child.on('error', reject);
      child.on('close', resolve);
    });
    const seconds = (performance.now() - started) / 1000;
    const usage = JSON.parse(await readFile(usageFile, 'utf8')) as { cpuSeconds: number; peakMiB: number };
    const written = (await readdir(join(dir, 'out'))).length;
    return [
      `plain text (.txt, ~${Math.round(chars / TEXT_DOCUMENTS)} chars), CLI --jobs 1`,
      written,
      code === 0 ? TEXT_DOCUMENTS - written : `exit ${code}`,
      written / seconds,
      `${(written / usage.cpuSeconds).toFixed(1)} (${usage.cpuSeconds.toFixed(2)} s CPU)`,
      '—',
      usage.peakMiB,
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const HEADER = [
  'input',
  'documents',
  'failed',
  'documents/s',
  'per CPU second',
  's per OCR page',
  'peak MiB',
];

/** Prints the pipeline table. */
export async function run(): Promise<void> {
  const textDir = process.env.BENCH_TEXT_DIR;
  if (textDir) {
    await mkdir(textDir, { recursive: true });
    const chars = await writeTextBatch(textDir);
    process.stdout.write(`${TEXT_DOCUMENTS} documents (${chars} characters) written to ${textDir}\n`);
    return;
  }
  const rows: (string | number)[][] = [await plainTextBatch()];
  // BENCH_PIPELINE=text: the plain-text row alone (seconds, where the OCR row takes minutes).
  if (process.env.BENCH_PIPELINE === 'text') {
    process.stdout.write(`${table(HEADER, rows)}\n`);
    return;
  }
  const pdf = await files('fixtures/pdf', '.pdf');
  const scanned = (await files('fixtures/scanned', '.pdf')).filter((path) => path.includes('seed-'));
  const cases: [string, string[], number, string][] = [
    ['text-layer PDF', pdf, 2, '{ jobs: 1 }'],
    ['scanned PDF (OCR), --jobs 2', scanned, 1, '{ jobs: 2 }'],
  ];
  for (const [name, paths, passes, options] of cases) {
    if (paths.length === 0) {
      rows.push([name, 'no fixtures', '', '', '', '', '']);
      continue;
    }
    const measured = await measureInChild(runScript(paths, passes, options));
    const result = measured.result as { documents: number; failed: number; pages: number; ocrPages: number };
    rows.push([
      name,
      result.documents,
      result.failed,
      result.documents / measured.seconds,
      '',
      result.ocrPages > 0 ? measured.seconds / result.ocrPages : '—',
      measured.peakMiB,
    ]);
  }
  process.stdout.write(`${table(HEADER, rows)}\n`);
  process.stdout.write(
    'Times include process start, dictionary and model loading (a fresh process per row). The plain-text row is\n' +
      'the built CLI (run `npm run build` first) as issue 12 states its target (≥ 60 documents/s on one core);\n' +
      'documents per CPU second is what one idle core would give when the machine is shared.\n',
  );
}
