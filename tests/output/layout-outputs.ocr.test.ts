import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { characterErrorRate } from '../../src/text/edit-distance.ts';
import { runCli } from '../helpers/cli.ts';
import {
  ALTO_XSD,
  HAS_ALTO_CHECK,
  HAS_POPPLER,
  hasTool,
  type PdfWord,
  pdfImages,
  pdfText,
  pdfWords,
  xmllintValidate,
} from '../helpers/poppler.ts';

/**
 * Searchable PDF and ALTO from real OCR, through the real binary, on two small inputs: a one-page scanned
 * PDF and a page image turned 90° (so the word boxes must be mapped back through preprocessing).
 */

const SCANNED = 'fixtures/scanned/seed-000.pdf';
const SCANNED_TRUTH = 'fixtures/truth/seed-000.txt';
const TURNED = 'fixtures/conditions/rot90/seed-000-p1.png';
const TURNED_TRUTH = 'fixtures/conditions/rot90/seed-000-p1.txt';
const HAS_PDFTOPPM = hasTool('pdftoppm');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loi-layout-ocr-'));
  const run = await runCli([
    'extract',
    SCANNED,
    TURNED,
    '--out',
    join(dir, 'json'),
    '--searchable-pdf',
    join(dir, 'pdf'),
    '--alto',
    join(dir, 'alto'),
    '--jobs',
    '2',
  ]);
  expect(run.code, run.stderr).toBe(0);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Encoded bytes of every image XObject, as stored. */
async function imageStreams(bytes: Uint8Array): Promise<Buffer[]> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const streams: Buffer[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'))
      streams.push(Buffer.from(object.contents));
  }
  return streams;
}

/** Share of words whose box on the rendered page holds ink: the invisible words lie over the printed ones. */
function wordsOnInk(pdf: string, words: readonly PdfWord[]): number {
  const render = spawnSync('pdftoppm', ['-r', '72', '-gray', '-f', '1', '-l', '1', pdf], {
    maxBuffer: 1 << 26,
  });
  const pgm = render.stdout;
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (header === null) throw new Error('pdftoppm gave no PGM');
  const [all = '', w = '0', h = '0'] = header;
  const width = Number(w);
  const height = Number(h);
  const pixels = pgm.subarray(all.length);
  const inked = words.filter((word) => {
    let dark = 0;
    let total = 0;
    for (let y = Math.floor(word.y0); y < Math.min(height, Math.ceil(word.y1)); y++)
      for (let x = Math.floor(word.x0); x < Math.min(width, Math.ceil(word.x1)); x++) {
        total++;
        if ((pixels[y * width + x] ?? 255) < 128) dark++;
      }
    return total > 0 && dark / total > 0.05;
  });
  return inked.length / Math.max(1, words.length);
}

describe.skipIf(!HAS_POPPLER)('searchable PDF from real OCR (skipped: poppler-utils not installed)', () => {
  it('keeps the scanned page count and images, and pdftotext reads the document within 2 % CER', async () => {
    const out = join(dir, 'pdf', 'seed-000.pdf');
    expect(pdfImages(out)).toEqual(pdfImages(SCANNED));
    expect(await imageStreams(await readFile(out))).toEqual(await imageStreams(await readFile(SCANNED)));
    const cer = characterErrorRate(pdfText(out), await readFile(SCANNED_TRUTH, 'utf8'));
    expect(cer).toBeLessThan(0.02);
  });

  it.skipIf(!HAS_PDFTOPPM)(
    'lays each word over its printed ink, also on a page read after a 90° turn',
    () => {
      for (const out of [join(dir, 'pdf', 'seed-000.pdf'), join(dir, 'pdf', 'seed-000-p1.pdf')]) {
        const words = pdfWords(out);
        expect(words.length).toBeGreaterThan(100);
        expect(wordsOnInk(out, words)).toBeGreaterThan(0.95);
      }
    },
  );

  it('reads the turned page image in its PDF within 2 % CER', async () => {
    const out = join(dir, 'pdf', 'seed-000-p1.pdf');
    expect(pdfImages(out)).toHaveLength(1);
    expect(characterErrorRate(pdfText(out), await readFile(TURNED_TRUTH, 'utf8'))).toBeLessThan(0.02);
  });
});

describe('ALTO from real OCR', () => {
  it('holds a complete String (text, box, confidence) for at least 90 % of the words', async () => {
    const xml = await readFile(join(dir, 'alto', 'seed-000.xml'), 'utf8');
    const complete = [
      ...xml.matchAll(
        /<String ID="[^"]+" CONTENT="([^"]+)" HPOS="\d+" VPOS="\d+" WIDTH="\d+" HEIGHT="\d+" WC="[\d.]+"/g,
      ),
    ].map((match) => match[1]);
    const truthWords = (await readFile(SCANNED_TRUTH, 'utf8')).split(/\s+/).filter((word) => word !== '');
    expect(complete.length / truthWords.length).toBeGreaterThanOrEqual(0.9);
    expect(characterErrorRate(complete.join(' '), truthWords.join(' '))).toBeLessThan(0.02);
  });

  it.skipIf(!HAS_ALTO_CHECK)('validates against ALTO 4.4 (skipped: xmllint or schemas/alto absent)', () => {
    for (const name of ['seed-000.xml', 'seed-000-p1.xml']) {
      const verdict = xmllintValidate(join(dir, 'alto', name), ALTO_XSD);
      expect(verdict.ok, verdict.message).toBe(true);
    }
  });
});
