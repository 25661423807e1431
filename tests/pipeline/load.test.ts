import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { preprocessPage } from '../../src/ocr/preprocess.ts';
import { StageError } from '../../src/pipeline/diagnostic.ts';
import {
  DEFAULT_MAX_PIXELS,
  decodeText,
  loadDocument,
  pageInputError,
  readText,
  sniffMediaType,
} from '../../src/pipeline/load.ts';
import { makePdf, pngHeaderOnly } from '../helpers/pdf.ts';

const options = { maxPages: 50, renderDpi: 100, maxPixels: DEFAULT_MAX_PIXELS };

async function loadError(bytes: Uint8Array, opts = options): Promise<StageError> {
  const error = await loadDocument(bytes, opts).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(StageError);
  return error as StageError;
}

describe('sniffMediaType', () => {
  it('recognises types by their bytes, not their names', async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: 'white' } })
      .png()
      .toBuffer();
    const jpeg = await sharp(png).jpeg().toBuffer();
    const tiff = await sharp(png).tiff().toBuffer();
    expect(sniffMediaType(png)).toBe('image/png');
    expect(sniffMediaType(jpeg)).toBe('image/jpeg');
    expect(sniffMediaType(tiff)).toBe('image/tiff');
    expect(sniffMediaType(await makePdf(['x']))).toBe('application/pdf');
    expect(sniffMediaType(Buffer.from('Avsiktsförklaring\n'))).toBe('text/plain');
    expect(sniffMediaType(Buffer.from([0x00, 0x01, 0x02, 0xff, 0x13]))).toBeNull();
  });

  it('reads Windows-1252 text from old OCR exports', () => {
    expect(decodeText(Buffer.from([0x66, 0xf6, 0x72]))).toBe('för');
  });
});

describe('loadDocument', () => {
  it('splits plain text into pages at form feeds', async () => {
    const doc = await loadDocument(Buffer.from('\uFEFFsida ett\fsida två\f'), options);
    expect(doc.mediaType).toBe('text/plain');
    expect(doc.pages.map((page) => page.textLayer)).toEqual(['sida ett', 'sida två']);
    expect(doc.pages.every((page) => !page.hasImage)).toBe(true);
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads the text layer of each PDF page and renders a page on demand', async () => {
    const doc = await loadDocument(await makePdf(['Första sidan om samverkan', 'Andra sidan']), options);
    try {
      expect(doc.mediaType).toBe('application/pdf');
      expect(doc.pageCount).toBe(2);
      expect(doc.pages[0]?.textLayer).toContain('Första sidan');
      expect(doc.pages[1]?.textLayer).toContain('Andra sidan');
      const image = await doc.pages[1]?.image();
      const meta = await sharp(image).metadata();
      // A4 at 100 dpi is 827 pixels wide.
      expect(meta.width).toBeGreaterThan(800);
      expect(meta.width).toBeLessThan(850);
    } finally {
      await doc.close();
    }
  });

  it('reads at most maxPages pages and says so', async () => {
    const doc = await loadDocument(Buffer.from('a\fb\fc'), { ...options, maxPages: 2 });
    expect(doc.pages).toHaveLength(2);
    expect(doc.pageCount).toBe(3);
    expect(doc.warnings.join()).toMatch(/first 2 of 3 pages/);
  });

  it('reads each page of a multi-page TIFF', async () => {
    const page = (colour: string) =>
      sharp({ create: { width: 20, height: 30, channels: 3, background: colour } })
        .png()
        .toBuffer();
    // sharp writes a multi-page TIFF from an image joined as pages.
    const tiff = await sharp([await page('black'), await page('white')], { join: { animated: true } })
      .tiff()
      .toBuffer();
    const doc = await loadDocument(tiff, options);
    expect(doc.mediaType).toBe('image/tiff');
    expect(doc.pages).toHaveLength(2);
    const second = await sharp(await doc.pages[1]?.image()).stats();
    expect(second.channels[0]?.mean).toBeGreaterThan(200);
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'load/empty'],
    ['binary junk', Buffer.from([0x00, 0x9f, 0x13, 0x07, 0x00, 0x01]), 'load/unknown-type'],
    [
      'text named as a PDF that starts like one',
      Buffer.from('%PDF-1.7 this is not really a pdf'),
      'load/damaged-pdf',
    ],
  ])('refuses %s with a clear rule', async (_name, bytes, rule) => {
    expect((await loadError(bytes)).rule).toBe(rule);
  });

  it('refuses a truncated PDF', async () => {
    const pdf = await makePdf(['Avsiktsförklaring om samverkan', 'sida två']);
    const error = await loadError(pdf.subarray(0, Math.floor(pdf.length / 2)));
    expect(error.rule).toBe('load/damaged-pdf');
    expect(error.message).toMatch(/^the PDF is damaged: /);
  });

  it('refuses a pixel bomb before decoding it', async () => {
    const error = await loadError(pngHeaderOnly(20_000, 20_000));
    expect(error.rule).toBe('load/image-too-large');
    expect(error.message).toContain('20000×20000');
  });
});

describe('text encodings', () => {
  it('reads UTF-16 with a byte-order mark (Notepad "Unicode")', () => {
    const text = 'Avsiktsförklaring mellan A och B';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(readText(le)).toEqual({ text, encoding: 'utf-16le', replaced: 0 });
    expect(readText(be)).toEqual({ text, encoding: 'utf-16be', replaced: 0 });
    expect(sniffMediaType(le)).toBe('text/plain');
  });

  it('keeps damaged UTF-8 as UTF-8, counting the bytes it replaced', () => {
    const bytes = Buffer.from('Samverkan för Luleå och Norrbotten, två år');
    bytes[bytes.indexOf(0xc3)] = 0xff; // one broken byte: the other letters stay as they are
    const decoded = readText(bytes);
    expect(decoded?.encoding).toBe('utf-8');
    expect(decoded?.replaced).toBeGreaterThan(0);
    expect(decoded?.text).toContain('Luleå');
  });

  it('warns about a damaged or poor text file, and reads it anyway', async () => {
    const damaged = Buffer.from('Avsiktsförklaring om samverkan mellan Luleå kommun och Piteå kommun.');
    damaged[damaged.indexOf(0xc3)] = 0xfe;
    const doc = await loadDocument(damaged, options);
    expect(doc.warnings).toContainEqual(expect.stringMatching(/^the text file is damaged: 2 byte sequences/));
    expect(doc.pages[0]?.textLayer).toContain('Piteå');
    const odd = await loadDocument(Buffer.from('=HYPERLINK("http://x","y") 12-3456 77/88'), options);
    expect(odd.warnings).toEqual([expect.stringMatching(/^the text looks poor \(only \d+ /)]);
    expect(odd.pages[0]?.textLayer).toContain('HYPERLINK');
  });
});

describe('damaged inputs', () => {
  it('names a damaged PNG whose pixels fail only when decoded for OCR', async () => {
    const png = await sharp({ create: { width: 200, height: 100, channels: 3, background: 'white' } })
      .png()
      .toBuffer();
    const cut = png.subarray(0, png.length - 30);
    const doc = await loadDocument(cut, options);
    const image = await doc.pages[0]?.image();
    const error = await preprocessPage(image as Buffer).then(
      () => null,
      (caught: unknown) => pageInputError(caught, doc.mediaType, 1),
    );
    expect(error).toBeInstanceOf(StageError);
    expect((error as StageError).rule).toBe('load/damaged-png');
    expect((error as StageError).message).toMatch(/^the PNG is damaged: it is cut short/);
    expect((error as StageError).page).toBe(1);
  });

  it('leaves a programming error alone: that is a bug, not a damaged file', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'png')");
    expect(pageInputError(bug, 'image/png', 1)).toBe(bug);
    const other = new Error('OCR engine is closed');
    expect(pageInputError(other, 'image/png', 1)).toBe(other);
  });
});
