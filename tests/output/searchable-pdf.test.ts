import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { degrees, PDFDocument, PDFName, PDFRawStream, type PDFString } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OcrWord } from '../../src/ocr/engine.ts';
import { identityGeometry } from '../../src/ocr/geometry.ts';
import { type LayoutSource, searchablePdf } from '../../src/output/searchable-pdf.ts';
import { sha256 } from '../../src/pipeline/load.ts';
import type { PageText } from '../../src/pipeline/page.ts';
import { LetterOfIntent, type Repair } from '../../src/schema/letter-of-intent.ts';
import { validDocument } from '../helpers/documents.ts';
import { HAS_POPPLER, pdfImages, pdfText, pdfWords } from '../helpers/poppler.ts';

/**
 * The searchable PDF from known OCR words (no OCR here: the words and boxes are given, as a recorded
 * engine would give them), checked with poppler as an independent reader.
 */

const POINTS_PER_PIXEL_300 = 72 / 300;
/** The scanned fixture renders at 300 dpi to this size (A4). */
const A4_300 = { width: 2480, height: 3508 };

function word(text: string, x0: number, x1: number, y0 = 400, y1 = 450, line = 0): OcrWord {
  return { text, confidence: 0.9, bbox: { x0, y0, x1, y1 }, line };
}

/** One OCR'd line, "Avtal ftir samverkan", repaired to "Avtal för samverkan", and a second line. */
const WORDS = [
  word('Avtal', 300, 500),
  word('ftir', 530, 620),
  word('samverkan', 650, 900),
  word('Luleå', 300, 480, 500, 550, 1),
  word('2016', 510, 640, 500, 550, 1),
];
const RAW_TEXT = 'Avtal ftir samverkan\nLuleå 2016\n';
const REPAIRS: Repair[] = [{ from: 'ftir', to: 'för', page: 1, offset: 6, rule: 'confusion:ti>ö' }];

function ocrPage(number: number, size = A4_300, words = WORDS, text = RAW_TEXT): PageText {
  return {
    number,
    text,
    textSource: 'ocr',
    ocrConfidence: 0.9,
    words,
    geometry: identityGeometry(size),
    notes: [],
  };
}

function documentFor(bytes: Uint8Array, mediaType: string, pages: number, repairs = REPAIRS): LetterOfIntent {
  const base = validDocument();
  return LetterOfIntent.parse({
    ...base,
    source: { ...base.source, file: 'scan.pdf', sha256: sha256(bytes), mediaType, pages, textSource: 'ocr' },
    title: 'Avtal för samverkan',
    repairs,
  });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loi-searchable-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function build(source: LayoutSource, name: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, await searchablePdf(source));
  return path;
}

/** The encoded bytes of every image XObject in a PDF, as stored (never decoded), largest first. */
async function imageStreams(bytes: Uint8Array): Promise<Buffer[]> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const streams: Buffer[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'))
      streams.push(Buffer.from(object.contents));
  }
  return streams.sort((a, b) => b.length - a.length);
}

describe.skipIf(!HAS_POPPLER)(
  'searchable PDF (poppler-utils checks; skipped: pdfimages/pdftotext not installed)',
  () => {
    it('keeps a scanned page and its image bytes as they are, and lays the repaired words over the OCR boxes', async () => {
      const bytes = await readFile('fixtures/scanned/seed-000.pdf');
      const path = await build(
        { bytes, document: documentFor(bytes, 'application/pdf', 1), pages: [ocrPage(1)] },
        'scan.pdf',
      );
      expect(pdfImages(path)).toEqual(pdfImages('fixtures/scanned/seed-000.pdf'));
      expect(await imageStreams(await readFile(path))).toEqual(await imageStreams(bytes));

      // "ftir" is found as "för", words are separate, lines in order.
      expect(pdfText(path).replace(/\s+/g, ' ').trim()).toBe('Avtal för samverkan Luleå 2016');
      const words = pdfWords(path);
      expect(words.map((w) => w.text)).toEqual(['Avtal', 'för', 'samverkan', 'Luleå', '2016']);
      for (const [index, found] of words.entries()) {
        const box = (WORDS[index] as OcrWord).bbox;
        // Each word spans its OCR box (horizontal scaling), within a point.
        expect(found.x0).toBeCloseTo(box.x0 * POINTS_PER_PIXEL_300, 0);
        expect(found.x1).toBeCloseTo(box.x1 * POINTS_PER_PIXEL_300, 0);
        const middle = (found.y0 + found.y1) / 2;
        expect(middle).toBeGreaterThan(box.y0 * POINTS_PER_PIXEL_300);
        expect(middle).toBeLessThan(box.y1 * POINTS_PER_PIXEL_300);
      }
    });

    it('puts title and language in the metadata', async () => {
      const bytes = await readFile('fixtures/scanned/seed-000.pdf');
      const path = await build(
        { bytes, document: documentFor(bytes, 'application/pdf', 1), pages: [ocrPage(1)] },
        'meta.pdf',
      );
      const pdf = await PDFDocument.load(await readFile(path));
      expect(pdf.getTitle()).toBe('Avtal för samverkan');
      expect((pdf.catalog.get(PDFName.of('Lang')) as PDFString).decodeText()).toBe('sv');
    });

    it('copies pages with a text layer as they are', async () => {
      const bytes = await readFile('fixtures/pdf/seed-004.pdf');
      const base = documentFor(bytes, 'application/pdf', 2, []);
      const textPages: PageText[] = [1, 2].map((number) => ({
        number,
        text: 'layer',
        textSource: 'text-layer',
        ocrConfidence: null,
        words: [],
        notes: [],
      }));
      const path = await build({ bytes, document: base, pages: textPages }, 'layer.pdf');
      expect(pdfText(path)).toBe(pdfText('fixtures/pdf/seed-004.pdf'));
    });

    it('places words on a page the PDF turns with /Rotate where the viewer shows them', async () => {
      const original = await PDFDocument.load(await readFile('fixtures/scanned/seed-000.pdf'));
      original.getPage(0).setRotation(degrees(90));
      const bytes = await original.save();
      // The page renders (and is OCR'd) landscape: 3508 × 2480 pixels at 300 dpi.
      const landscape = { width: A4_300.height, height: A4_300.width };
      const path = await build(
        { bytes, document: documentFor(bytes, 'application/pdf', 1), pages: [ocrPage(1, landscape)] },
        'rotated.pdf',
      );
      const words = pdfWords(path);
      expect(words.map((w) => w.text)).toEqual(['Avtal', 'för', 'samverkan', 'Luleå', '2016']);
      const found = words[2];
      expect(found?.x0).toBeCloseTo(650 * POINTS_PER_PIXEL_300, 0);
      expect(found?.x1).toBeCloseTo(900 * POINTS_PER_PIXEL_300, 0);
    });

    it('makes a PNG a page of its size at its resolution, pixels kept losslessly', async () => {
      const bytes = await readFile('fixtures/png/seed-000.png');
      const { width = 0, height = 0 } = await sharp(bytes).metadata();
      const path = await build(
        { bytes, document: documentFor(bytes, 'image/png', 1), pages: [ocrPage(1, { width, height })] },
        'png.pdf',
      );
      const pdf = await PDFDocument.load(await readFile(path));
      // 300 dpi in the PNG header: A4 in points.
      expect(pdf.getPage(0).getWidth()).toBeCloseTo((width * 72) / 300, 3);
      expect(pdf.getPage(0).getHeight()).toBeCloseTo((height * 72) / 300, 3);
      expect(pdfImages(path)).toEqual([{ page: 1, width, height, color: 'gray', bpc: 8, encoding: 'image' }]);
      // Lossless: the page's pixels, extracted again, are the PNG's.
      const [stream] = await imageStreams(await readFile(path));
      const { inflateSync } = await import('node:zlib');
      const pixels = await sharp(bytes).greyscale().raw().toBuffer();
      expect(inflateSync(stream as Buffer).equals(pixels)).toBe(true);
      expect(pdfText(path)).toContain('Avtal för samverkan');
    });

    it('embeds a JPEG as its own bytes', async () => {
      const bytes = await sharp('fixtures/png/seed-000.png')
        .jpeg({ quality: 70 })
        .withMetadata({ density: 200 })
        .toBuffer();
      const { width = 0, height = 0 } = await sharp(bytes).metadata();
      const path = await build(
        { bytes, document: documentFor(bytes, 'image/jpeg', 1), pages: [ocrPage(1, { width, height })] },
        'jpeg.pdf',
      );
      const [stream] = await imageStreams(await readFile(path));
      expect(stream?.equals(bytes)).toBe(true);
      expect(pdfImages(path)[0]).toMatchObject({ width, height, encoding: 'jpeg' });
      expect((await PDFDocument.load(await readFile(path))).getPage(0).getWidth()).toBeCloseTo(
        (width * 72) / 200,
        3,
      );
    });

    it('makes every page of a multi-page TIFF a page, OCR layers on the pages that were read', async () => {
      const bytes = await readFile('fixtures/tiff/seed-004.tiff');
      const { pages = 1, width = 0, height = 0, pageHeight = height } = await sharp(bytes).metadata();
      expect(pages).toBeGreaterThan(1);
      const size = { width, height: pageHeight };
      const path = await build(
        {
          bytes,
          document: documentFor(bytes, 'image/tiff', pages),
          pages: [ocrPage(1, size), ocrPage(2, size)],
        },
        'tiff.pdf',
      );
      const images = pdfImages(path);
      expect(images.map((image) => image.page)).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
      expect(images.map((image) => [image.width, image.height])).toEqual(
        images.map(() => [width, pageHeight]),
      );
      const text = pdfText(path).split('\f');
      expect(text[0]).toContain('Avtal för samverkan');
      expect(text[1]).toContain('Avtal ftir samverkan'); // the repair was on page 1 only
      expect(text[2]?.trim()).toBe('');
    });

    it('writes characters outside WinAnsi as their closest plain letters', async () => {
      const bytes = await readFile('fixtures/scanned/seed-000.pdf');
      const words = [word('Łódź', 300, 500), word('ﬁnal', 530, 700)];
      const path = await build(
        {
          bytes,
          document: documentFor(bytes, 'application/pdf', 1, []),
          pages: [ocrPage(1, A4_300, words, 'Łódź ﬁnal')],
        },
        'fallback.pdf',
      );
      expect(pdfWords(path).map((w) => w.text)).toEqual(['?ódz', 'final']);
    });
  },
);
