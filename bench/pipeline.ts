/**
 * Whole-pipeline figures for the fixture corpus (issue 2): documents per second on text inputs and
 * text-layer PDFs, seconds per OCR'd page on the scanned PDFs, and peak memory of each run.
 */
import { readdir } from 'node:fs/promises';
import { measureInChild, table } from './measure.ts';

/** Passes over the small text corpus, so the rate is not dominated by start-up. */
const TEXT_PASSES = 10;

async function files(dir: string, extension: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => `${dir}/${name}`);
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

/** Prints the pipeline table. */
export async function run(): Promise<void> {
  const rows: (string | number)[][] = [];
  const text = await files('fixtures/text', '.txt');
  const pdf = await files('fixtures/pdf', '.pdf');
  const scanned = (await files('fixtures/scanned', '.pdf')).filter((path) => path.includes('seed-'));
  const cases: [string, string[], number, string][] = [
    ['text (.txt)', text, TEXT_PASSES, '{ jobs: 1 }'],
    ['text-layer PDF', pdf, 2, '{ jobs: 1 }'],
    ['scanned PDF (OCR), --jobs 2', scanned, 1, '{ jobs: 2 }'],
  ];
  for (const [name, paths, passes, options] of cases) {
    if (paths.length === 0) {
      rows.push([name, 'no fixtures', '', '', '', '']);
      continue;
    }
    const measured = await measureInChild(runScript(paths, passes, options));
    const result = measured.result as { documents: number; failed: number; pages: number; ocrPages: number };
    rows.push([
      name,
      result.documents,
      result.failed,
      result.documents / measured.seconds,
      result.ocrPages > 0 ? measured.seconds / result.ocrPages : '—',
      measured.peakMiB,
    ]);
  }
  process.stdout.write(
    `${table(['input', 'documents', 'failed', 'documents/s', 's per OCR page', 'peak MiB'], rows)}\n`,
  );
  process.stdout.write(
    'Times include process start, dictionary and model loading (a fresh process per row).\n',
  );
}
