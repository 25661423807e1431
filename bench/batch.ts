import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { measureInChild, table } from './measure.ts';

/** Scanned fixtures OCR'd per run: enough pages for two workers to overlap, few enough to stay in minutes. */
const SCANNED_FOR_SPEED = ['seed-000.pdf', 'seed-001.pdf', 'seed-002.pdf', 'seed-004.pdf', 'sv-loi-01.pdf'];
/** Batch sizes, in pages, for the memory comparison. */
const MEMORY_PAGES = [50, 200] as const;

/** The child script: extracts `files` with `options`, counting pages by source; sets `globalThis.result`. */
function batchScript(files: readonly string[], options: Record<string, unknown>): string {
  const index = resolve('src/index.ts');
  return `
const { extractFiles } = await import(${JSON.stringify(index)});
const counts = { ocr: 0, other: 0, failed: 0, documents: 0 };
const inputs = ${JSON.stringify(files)}.map((path) => ({ path }));
for await (const { result } of extractFiles(inputs, {
  ...${JSON.stringify(options)},
  onPage: (event) => { if (event.textSource === 'ocr') counts.ocr++; else counts.other++; },
})) {
  counts.documents++;
  if (!result.ok) counts.failed++;
}
globalThis.result = counts;
`;
}

interface Counts {
  ocr: number;
  other: number;
  failed: number;
  documents: number;
}

/** Prints the batch benchmark tables. */
export async function run(): Promise<void> {
  const scanned = SCANNED_FOR_SPEED.map((name) => join('fixtures/scanned', name));
  const speedRows: (string | number)[][] = [];
  let perMinuteOne = 0;
  for (const jobs of [1, 2]) {
    const measured = await measureInChild(batchScript(scanned, { jobs, ocr: 'auto' }));
    const counts = measured.result as Counts;
    const perMinute = (counts.ocr / measured.seconds) * 60;
    if (jobs === 1) perMinuteOne = perMinute;
    speedRows.push([
      `--jobs ${jobs}`,
      counts.documents,
      counts.ocr,
      measured.seconds,
      perMinute,
      jobs === 1 ? 1 : perMinute / perMinuteOne,
      measured.peakMiB,
    ]);
  }
  process.stdout.write(
    `OCR throughput on ${scanned.length} scanned fixtures (tesseract.js start-up included):\n\n${table(
      ['run', 'documents', 'OCR pages', 'seconds', 'pages/min', 'speed-up', 'peak MiB'],
      speedRows,
    )}\n\n`,
  );

  // Text-layer PDFs repeated to the wanted page count: the memory of a long batch without hours of OCR.
  const pdfs = (await readdir('fixtures/pdf')).filter((name) => name.endsWith('.pdf')).sort();
  const memoryRows: (string | number)[][] = [];
  for (const pages of MEMORY_PAGES) {
    const files = await filesForPages(pdfs, pages);
    const measured = await measureInChild(batchScript(files, { jobs: 2, ocr: 'auto' }));
    const counts = measured.result as Counts;
    memoryRows.push([
      counts.documents,
      counts.ocr + counts.other,
      counts.failed,
      measured.seconds,
      ((counts.ocr + counts.other) / measured.seconds) * 60,
      measured.peakMiB,
    ]);
  }
  process.stdout.write(
    `Peak memory of a batch of text-layer PDFs (--jobs 2; flat memory means the same peak for both):\n\n${table(
      ['documents', 'pages', 'failed', 'seconds', 'pages/min', 'peak MiB'],
      memoryRows,
    )}\n`,
  );
}

/** Cycles through the fixtures until their pages add up to `pages`. */
async function filesForPages(pdfs: readonly string[], pages: number): Promise<string[]> {
  const { PDFParse } = await import('pdf-parse');
  const counts = new Map<string, number>();
  for (const name of pdfs) {
    const { readFile } = await import('node:fs/promises');
    const parser = new PDFParse({ data: new Uint8Array(await readFile(join('fixtures/pdf', name))) });
    counts.set(name, (await parser.getInfo()).total);
    await parser.destroy();
  }
  const files: string[] = [];
  let total = 0;
  for (let index = 0; total < pages; index++) {
    const name = pdfs[index % pdfs.length] as string;
    files.push(join('fixtures/pdf', name));
    total += counts.get(name) ?? 1;
  }
  return files;
}
