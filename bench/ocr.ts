/**
 * OCR benchmark: character error rate of raw tesseract.js (PSM 3, no preprocessing) against our pipeline
 * on every page of `fixtures/conditions/<condition>/*.png` (truth in the `.txt` beside each page), then
 * the pipeline again with the single-language model the pipeline would pick for the page (swe for a
 * Swedish page), then seconds per page and pages/min with 1 and 2 workers, measured back to back on the
 * same pages, and the cost of preprocessing.
 *
 * Run alone: npx tsx -e "import('./bench/ocr.ts').then(m=>m.run())"
 * BENCH_OCR_PAGES=N sets pages per condition (default 3, to stay within ~3 minutes on 2 idle cores;
 * `all` for every page). BENCH_OCR_SPEED=0 prints the error rates only: the speed rows mean nothing on a
 * loaded machine, and the error rates do not depend on the load.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectLanguage } from '../src/language/index.ts';
import type { OcrEngine, OcrLanguage } from '../src/ocr/engine.ts';
import { OCR_MODELS } from '../src/ocr/models.ts';
import { createTesseractEngine } from '../src/ocr/tesseract.ts';
import { characterErrorRate } from '../src/text/edit-distance.ts';

const CONDITIONS_DIR = fileURLToPath(new URL('../fixtures/conditions/', import.meta.url));
/** The fixture pages are Swedish and English; swe+eng is what the pipeline uses for Swedish documents. */
const LANGUAGES: readonly OcrLanguage[] = ['swe', 'eng'];
/** Pages per condition by default: 7 conditions × 3 pages × 2 engines fits the bench's time budget. */
const DEFAULT_PAGES_PER_CONDITION = 3;
/** Pages timed for the 1-vs-2-worker comparison: enough to keep both workers busy, few enough to be quick. */
const SPEED_PAGES = 4;
/** Rounds of the speed comparison; each round times every engine once, alternating which goes first. */
const SPEED_ROUNDS = 2;

interface BenchPage {
  condition: string;
  name: string;
  image: Buffer;
  truth: string;
}

function loadPages(limit: number): BenchPage[] {
  if (!existsSync(CONDITIONS_DIR)) return [];
  const pages: BenchPage[] = [];
  for (const condition of readdirSync(CONDITIONS_DIR).sort()) {
    const dir = join(CONDITIONS_DIR, condition);
    const pngs = readdirSync(dir)
      .filter((file) => file.endsWith('.png') && existsSync(join(dir, file.replace(/\.png$/, '.txt'))))
      .sort()
      .slice(0, limit);
    for (const file of pngs) {
      pages.push({
        condition,
        name: basename(file, '.png'),
        image: readFileSync(join(dir, file)),
        truth: readFileSync(join(dir, file.replace(/\.png$/, '.txt')), 'utf8'),
      });
    }
  }
  return pages;
}

interface PageRun {
  cer: number;
  seconds: number;
  notes: string[];
}

async function runAll(
  engine: OcrEngine,
  pages: readonly BenchPage[],
  languagesOf: (page: BenchPage) => readonly OcrLanguage[] = () => LANGUAGES,
): Promise<{ runs: PageRun[]; wall: number }> {
  const started = performance.now();
  const runs = await Promise.all(
    pages.map(async (page, index) => {
      const t0 = performance.now();
      const result = await engine.recognize({
        image: page.image,
        languages: languagesOf(page),
        pageNumber: index + 1,
      });
      return {
        cer: characterErrorRate(result.text, page.truth),
        seconds: (performance.now() - t0) / 1000,
        notes: result.notes,
      };
    }),
  );
  return { runs, wall: (performance.now() - started) / 1000 };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const mean = (values: number[]): number =>
  values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
const pct = (value: number): string => `${(value * 100).toFixed(2)} %`;

async function timed(
  options: Parameters<typeof createTesseractEngine>[0],
  pages: readonly BenchPage[],
): Promise<number> {
  const engine = await createTesseractEngine(options);
  try {
    // Warm the workers (model load, wasm compile) so the timing is of recognition, as in a long batch.
    await Promise.all(
      Array.from({ length: options.workers }, (_, i) =>
        engine.recognize({ image: (pages[0] as BenchPage).image, languages: LANGUAGES, pageNumber: i + 1 }),
      ),
    );
    const { wall } = await runAll(engine, pages);
    return wall / pages.length;
  } finally {
    await engine.close();
  }
}

/** Prints CER per condition (raw vs pipeline), seconds per page with 1 and 2 workers, and the ratios. */
export async function run(): Promise<void> {
  const setting = process.env.BENCH_OCR_PAGES ?? String(DEFAULT_PAGES_PER_CONDITION);
  const limit = setting === 'all' ? Number.POSITIVE_INFINITY : Number(setting);
  const pages = loadPages(limit);
  if (pages.length === 0) {
    console.log('bench/ocr: no pages in fixtures/conditions (run `npm run fixtures`)');
    return;
  }

  const raw = await createTesseractEngine({ workers: 2, preprocess: false, retryDroppedText: false });
  const rawRuns = await runAll(raw, pages);
  await raw.close();
  const ours = await createTesseractEngine({ workers: 2 });
  const ourRuns = await runAll(ours, pages);
  const modelRuns = await runAll(ours, pages, (page) => OCR_MODELS[detectLanguage(page.truth).language]);
  await ours.close();

  console.log(`\nOCR character error rate (tesseract.js 7, best_int, ${LANGUAGES.join('+')}, 2 workers)`);
  console.log(
    'condition    pages  raw PSM3 median  (mean)     pipeline median  (mean)     worst page (pipeline)   ' +
      'pipeline, page language model median (mean)',
  );
  const conditions = [...new Set(pages.map((page) => page.condition))];
  for (const condition of conditions) {
    const index = pages.flatMap((page, i) => (page.condition === condition ? [i] : []));
    const rawCer = index.map((i) => rawRuns.runs[i]?.cer ?? 1);
    const ourCer = index.map((i) => ourRuns.runs[i]?.cer ?? 1);
    const modelCer = index.map((i) => modelRuns.runs[i]?.cer ?? 1);
    const worst = index.reduce((a, b) => ((ourRuns.runs[b]?.cer ?? 0) > (ourRuns.runs[a]?.cer ?? 0) ? b : a));
    console.log(
      `${condition.padEnd(12)} ${String(index.length).padStart(5)}  ${pct(median(rawCer)).padStart(15)}  (${pct(mean(rawCer))})`.padEnd(
        52,
      ) +
        `${pct(median(ourCer)).padStart(15)}  (${pct(mean(ourCer))})`.padEnd(28) +
        `${pages[worst]?.name} ${pct(ourRuns.runs[worst]?.cer ?? 0)}`.padEnd(24) +
        `${pct(median(modelCer)).padStart(8)}  (${pct(mean(modelCer))})`,
    );
  }
  console.log(
    `wall s/page with 2 workers: raw ${(rawRuns.wall / pages.length).toFixed(2)}, pipeline ${(ourRuns.wall / pages.length).toFixed(2)}`,
  );
  const notes = new Map<string, number>();
  for (const run of ourRuns.runs)
    for (const note of run.notes) {
      const kind = note
        .replace(/[\d.,‰%×°~-]+/g, '#')
        .replace(/\(.*\)/, '')
        .trim();
      notes.set(kind, (notes.get(kind) ?? 0) + 1);
    }
  console.log(`pipeline steps taken: ${[...notes].map(([kind, count]) => `${kind} ×${count}`).join('; ')}`);
  if (process.env.BENCH_OCR_SPEED === '0') return;

  const speedPages = pages
    .filter((_, i) => i % Math.max(1, Math.floor(pages.length / SPEED_PAGES)) === 0)
    .slice(0, SPEED_PAGES);
  // Back to back on the same pages, in an A-B-B-A order, so a change in machine load between the
  // measurements hits both worker counts alike; the ratio is of the summed times.
  const time = { raw1: 0, ours1: 0, ours2: 0, raw2: 0 };
  for (let round = 0; round < SPEED_ROUNDS; round++) {
    const order = round % 2 === 0 ? (['1', '2'] as const) : (['2', '1'] as const);
    for (const workers of order) {
      if (workers === '1') {
        time.raw1 += await timed({ workers: 1, preprocess: false, retryDroppedText: false }, speedPages);
        time.ours1 += await timed({ workers: 1 }, speedPages);
      } else {
        time.ours2 += await timed({ workers: 2 }, speedPages);
        time.raw2 += await timed({ workers: 2, preprocess: false, retryDroppedText: false }, speedPages);
      }
    }
  }
  const perPage = (total: number): number => total / SPEED_ROUNDS;
  const perMinute = (total: number): string => (60 / perPage(total)).toFixed(1).padStart(6);
  console.log(
    `\nOCR speed on ${speedPages.length} pages, ${SPEED_ROUNDS} rounds in A-B-B-A order (warm workers; ` +
      `${availableParallelism()} cores; load average at start ${loadavg()[0]?.toFixed(2)})`,
  );
  console.log('engine                 s/page  pages/min');
  console.log(`raw tesseract.js ×1  ${perPage(time.raw1).toFixed(2).padStart(7)}  ${perMinute(time.raw1)}`);
  console.log(`raw tesseract.js ×2  ${perPage(time.raw2).toFixed(2).padStart(7)}  ${perMinute(time.raw2)}`);
  console.log(`pipeline ×1          ${perPage(time.ours1).toFixed(2).padStart(7)}  ${perMinute(time.ours1)}`);
  console.log(`pipeline ×2          ${perPage(time.ours2).toFixed(2).padStart(7)}  ${perMinute(time.ours2)}`);
  console.log(
    `pipeline cost, 1 worker: ${(time.ours1 / time.raw1).toFixed(2)}× raw (target ≤ 1.2×); ` +
      `2 workers vs 1: pipeline ${(time.ours1 / time.ours2).toFixed(2)}×, raw ${(time.raw1 / time.raw2).toFixed(2)}× ` +
      '(target ≥ 1.8×; meaningful only on an otherwise idle machine)',
  );
}
