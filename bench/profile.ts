/**
 * Where the time goes on scanned pages (issue 12): runs the scanned fixtures through the library as the CLI
 * does (`--jobs 2`, JSON files written), with every stage's wall time taken from the `loi-extract:timing`
 * channel, and prints one row per stage with its milliseconds per scanned page. The character error rate of
 * the output text (after repair) against `fixtures/truth` is printed beside it, so a change that buys speed
 * with quality shows here.
 *
 * Stage times are wall times. With two jobs, two pages are in their stages at once, so the rows add up to
 * about twice the run's wall time; `cpu` is the whole process's processor time (all threads) per page.
 *
 * BENCH_PROFILE_FILES=a,b (fixture names without .pdf) narrows the run; BENCH_PROFILE_JOBS sets the jobs.
 */
import { readdir } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { measureInChild, table } from './measure.ts';

const SCANNED_DIR = 'fixtures/scanned';
const TRUTH_DIR = 'fixtures/truth';
/** Two jobs, as in the comparison with OCRmyPDF on two cores. */
const DEFAULT_JOBS = 2;

/** The child script: extracts `files`, writes the JSON, collects stage timings and CER; sets `globalThis.result`. */
function profileScript(files: readonly string[], jobs: number): string {
  return `
const { subscribe } = await import('node:diagnostics_channel');
const { mkdtemp, readFile, rm } = await import('node:fs/promises');
const { tmpdir } = await import('node:os');
const { basename, join } = await import('node:path');
const stages = new Map();
const add = (stage, ms) => {
  const row = stages.get(stage) ?? { count: 0, ms: 0 };
  row.count++;
  row.ms += ms;
  stages.set(stage, row);
};
const { TIMING_CHANNEL } = await import('./src/timing.ts');
subscribe(TIMING_CHANNEL, (message) => add(message.stage, message.ms));
const cpuBefore = process.cpuUsage();
const importStarted = performance.now();
const { extractFiles } = await import('./src/index.ts');
const { createWriter } = await import('./src/output/writers.ts');
const { characterErrorRate } = await import('./src/text/edit-distance.ts');
add('module loading', performance.now() - importStarted);
const out = await mkdtemp(join(tmpdir(), 'loi-profile-'));
const writer = await createWriter('json', { out, stdout: process.stdout, several: true, csvRows: 'document' });
const files = ${JSON.stringify(files)};
let pages = 0, ocrPages = 0, failed = 0;
const cers = [];
const started = performance.now();
for await (const { input, result } of extractFiles(files.map((path) => ({ path })), { jobs: ${jobs}, includeText: true })) {
  if (!result.ok) { failed++; continue; }
  const source = result.document.source;
  pages += source.pages;
  ocrPages += (result.document.pages ?? []).filter((page) => page.textSource === 'ocr').length;
  const writeStarted = performance.now();
  await writer.write(result.document, basename(input.path, '.pdf'));
  add('writing', performance.now() - writeStarted);
  const truth = await readFile(join(${JSON.stringify(TRUTH_DIR)}, basename(input.path, '.pdf') + '.txt'), 'utf8').catch(() => null);
  if (truth !== null) cers.push(characterErrorRate((result.document.pages ?? []).map((page) => page.text).join('\\n'), truth));
}
await writer.finish();
const wall = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
await rm(out, { recursive: true, force: true });
globalThis.result = { stages: [...stages], pages, ocrPages, failed, cers, wallMs: wall, cpuMs: (cpu.user + cpu.system) / 1000 };
`;
}

interface ProfileResult {
  stages: [string, { count: number; ms: number }][];
  pages: number;
  ocrPages: number;
  failed: number;
  cers: number[];
  wallMs: number;
  cpuMs: number;
}

/** Prints the per-scanned-page profile table. */
export async function run(): Promise<void> {
  const wanted = process.env.BENCH_PROFILE_FILES?.split(',').map((name) => `${name}.pdf`);
  const names = (await readdir(SCANNED_DIR).catch(() => [] as string[]))
    .filter((name) => name.endsWith('.pdf') && (wanted === undefined || wanted.includes(name)))
    .sort();
  if (names.length === 0) {
    process.stdout.write(`bench/profile: no scanned PDFs in ${SCANNED_DIR}\n`);
    return;
  }
  const jobs = Number(process.env.BENCH_PROFILE_JOBS ?? DEFAULT_JOBS);
  const load = loadavg()[0]?.toFixed(1);
  const measured = await measureInChild(
    profileScript(
      names.map((name) => `${SCANNED_DIR}/${name}`),
      jobs,
    ),
  );
  const result = measured.result as ProfileResult;
  const perPage = (ms: number): number => ms / Math.max(1, result.ocrPages);
  const rows = result.stages
    .sort((a, b) => b[1].ms - a[1].ms)
    .map(([stage, { count, ms }]) => [stage, count, ms / 1000, perPage(ms), (100 * ms) / result.wallMs]);
  rows.push([`(run wall time, --jobs ${jobs})`, 1, result.wallMs / 1000, perPage(result.wallMs), 100]);
  rows.push([
    '(process CPU, all threads)',
    1,
    result.cpuMs / 1000,
    perPage(result.cpuMs),
    (100 * result.cpuMs) / result.wallMs,
  ]);
  const sorted = [...result.cers].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  process.stdout.write(
    `${names.length} scanned PDFs, ${result.pages} pages (${result.ocrPages} OCR'd), ${result.failed} failed; ` +
      `--jobs ${jobs}; load average at start ${load}; peak RSS ${measured.peakMiB.toFixed(0)} MiB\n\n`,
  );
  process.stdout.write(
    `${table(['stage', 'count', 'total s', 'ms per scanned page', '% of wall'], rows)}\n\n`,
  );
  process.stdout.write(
    `Output text (after repair) against fixtures/truth: CER mean ${(mean * 100).toFixed(2)} %, ` +
      `median ${(median * 100).toFixed(2)} %, worst ${((sorted.at(-1) ?? 0) * 100).toFixed(2)} % ` +
      `(${sorted.length} documents)\n`,
  );
}
