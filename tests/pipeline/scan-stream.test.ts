import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { ParseSpeeds, PDFDocument, PDFName } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { plainScanImage, type ScanImage } from '../../src/pipeline/scan-image.ts';
import { streamScanImage } from '../../src/pipeline/scan-stream.ts';
import { seededRandom } from '../../src/text/random.ts';

/** Each page of a PDF as the stream reader gives it and as pdf.js gives it. */
async function bothReadings(
  bytes: Uint8Array,
): Promise<{ stream: ScanImage | null; pdfjs: ScanImage | null }[]> {
  const lib = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const js = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const readings = [];
    for (let number = 1; number <= js.numPages; number++) {
      const page = await js.getPage(number);
      readings.push({ stream: streamScanImage(lib, number - 1), pdfjs: await plainScanImage(page) });
      page.cleanup();
    }
    return readings;
  } finally {
    await js.destroy();
  }
}

function expectSameScan(stream: ScanImage | null, pdfjs: ScanImage | null): void {
  expect(stream).not.toBeNull();
  expect(pdfjs).not.toBeNull();
  const { pixels, ...size } = stream as ScanImage;
  const { pixels: expected, ...expectedSize } = pdfjs as ScanImage;
  expect(size).toEqual(expectedSize);
  expect(Buffer.from(pixels).equals(Buffer.from(expected))).toBe(true);
}

/** An A4 page (points) that paints one image XObject with the given dictionary and stream bytes. */
async function imagePdf(
  image: Record<string, unknown>,
  data: Uint8Array,
  content = 'q 595 0 0 842 0 0 cm /Im0 Do Q',
  page: Record<string, unknown> = {},
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const leaf = pdf.addPage([595, 842]).node;
  for (const [key, value] of Object.entries(page)) leaf.set(PDFName.of(key), pdf.context.obj(value as never));
  const imageRef = pdf.context.register(
    pdf.context.stream(data, { Type: 'XObject', Subtype: 'Image', ...image } as never),
  );
  leaf.setXObject(PDFName.of('Im0'), imageRef);
  leaf.set(PDFName.of('Contents'), pdf.context.register(pdf.context.stream(content)));
  return pdf.save({ useObjectStreams: false });
}

/** Rows of `bits`-bit grey samples (each row padded to a byte), random but seeded. */
function packedRows(width: number, height: number, bits: number, seed: number): Uint8Array {
  const random = seededRandom(seed);
  const rowBytes = Math.ceil((width * bits) / 8);
  return Uint8Array.from({ length: rowBytes * height }, () => Math.floor(random() * 256));
}

/** PNG-predicts rows with the given filter type per row (cycling through `types`). */
function pngPredicted(rows: Uint8Array, rowBytes: number, types: readonly number[]): Uint8Array {
  const height = rows.length / rowBytes;
  const out = new Uint8Array((rowBytes + 1) * height);
  for (let y = 0; y < height; y++) {
    const type = types[y % types.length] as number;
    out[y * (rowBytes + 1)] = type;
    for (let x = 0; x < rowBytes; x++) {
      const value = rows[y * rowBytes + x] as number;
      const left = x > 0 ? (rows[y * rowBytes + x - 1] as number) : 0;
      const above = y > 0 ? (rows[(y - 1) * rowBytes + x] as number) : 0;
      const corner = x > 0 && y > 0 ? (rows[(y - 1) * rowBytes + x - 1] as number) : 0;
      const estimate = left + above - corner;
      const [pa, pb, pc] = [estimate - left, estimate - above, estimate - corner].map(Math.abs) as number[];
      const paeth =
        (pa as number) <= (pb as number) && (pa as number) <= (pc as number)
          ? left
          : (pb as number) <= (pc as number)
            ? above
            : corner;
      const predicted = [0, left, above, (left + above) >> 1, paeth][type] as number;
      out[y * (rowBytes + 1) + 1 + x] = (value - predicted) & 0xff;
    }
  }
  return out;
}

/** A4 at 200 dpi, less a few columns so that rows of 1, 2 and 4 bits end in padding. */
const WIDTH = 1653 - 2;
const HEIGHT = 40;

describe('streamScanImage', () => {
  it('reads every fixture page it takes exactly as pdf.js does, and takes every scanned fixture page', async () => {
    const folders = ['scanned', 'mixed', 'garbage-layer', 'pdf'];
    for (const folder of folders) {
      const dir = join('fixtures', folder);
      for (const file of readdirSync(dir).filter((name) => name.endsWith('.pdf'))) {
        for (const { stream, pdfjs } of await bothReadings(readFileSync(join(dir, file)))) {
          if (folder === 'scanned') expect(stream, file).not.toBeNull();
          if (stream !== null) expectSameScan(stream, pdfjs);
        }
      }
    }
  }, 120_000);

  it('unpacks grey of 1, 2, 4 and 8 bits, plain, deflated and PNG-predicted, as pdf.js does', async () => {
    for (const bits of [1, 2, 4, 8]) {
      const rows = packedRows(WIDTH, HEIGHT, bits, bits);
      const rowBytes = Math.ceil((WIDTH * bits) / 8);
      const image = { Width: WIDTH, Height: HEIGHT, BitsPerComponent: bits, ColorSpace: 'DeviceGray' };
      const parms = { Predictor: 15, Colors: 1, BitsPerComponent: bits, Columns: WIDTH };
      const variants: [Record<string, unknown>, Uint8Array][] = [
        [image, rows],
        [{ ...image, Filter: 'FlateDecode' }, deflateSync(rows)],
        [
          { ...image, Filter: ['FlateDecode'], DecodeParms: [parms] },
          deflateSync(pngPredicted(rows, rowBytes, [0, 1, 2, 3, 4])),
        ],
        [
          { ...image, Filter: 'FlateDecode', DecodeParms: parms },
          deflateSync(pngPredicted(rows, rowBytes, [4, 3, 2, 1, 0])),
        ],
      ];
      for (const [dict, data] of variants) {
        // A page 595 points wide holding 1651 pixels: 200 dpi, so scan-image.ts's own checks pass too.
        const [reading] = await bothReadings(await imagePdf(dict, data, `q 595 0 0 842 0 0 cm /Im0 Do Q`));
        expectSameScan(reading?.stream ?? null, reading?.pdfjs ?? null);
      }
    }
  });

  it('leaves to pdf.js what it cannot read exactly', async () => {
    const rows = packedRows(WIDTH, HEIGHT, 8, 1);
    const image = { Width: WIDTH, Height: HEIGHT, BitsPerComponent: 8, ColorSpace: 'DeviceGray' };
    const declined = [
      await imagePdf({ ...image, Decode: [1, 0] }, rows),
      await imagePdf({ ...image, ColorSpace: 'DeviceRGB' }, new Uint8Array(rows.length * 3)),
      await imagePdf({ ...image, Filter: 'DCTDecode' }, rows),
      await imagePdf({ ...image, Filter: 'FlateDecode' }, rows), // not deflated: zlib refuses it
      await imagePdf({ ...image, Filter: 'FlateDecode', DecodeParms: { Predictor: 2 } }, deflateSync(rows)),
      await imagePdf(
        { ...image, Filter: 'FlateDecode', DecodeParms: { Predictor: 16, Columns: WIDTH } },
        deflateSync(rows),
      ),
      // pdf.js ignores a parameter dictionary beside an array of filters, and reads /BPC as well.
      await imagePdf(
        { ...image, Filter: ['FlateDecode'], DecodeParms: { Predictor: 12, Columns: WIDTH } },
        deflateSync(rows),
      ),
      await imagePdf(
        { ...image, Filter: 'FlateDecode', DecodeParms: { Predictor: 12, Columns: WIDTH, BPC: 8 } },
        deflateSync(rows),
      ),
      await imagePdf(image, rows, 'q 595 0 0 842 0 0 cm /Im0 Do Q 0 0 m 10 10 l S'),
      await imagePdf(image, rows, 'q 595 0 0 842 0 0 cm /Im0 Do Q q 595 0 0 842 0 0 cm /Im0 Do Q'),
      await imagePdf(image, rows, 'q 300 0 0 842 0 0 cm /Im0 Do Q'),
      await imagePdf(image, rows, undefined, { Rotate: 90 }),
      await imagePdf(image, rows, undefined, { CropBox: [0, 0, 500, 800] }),
    ];
    for (const pdf of declined) {
      const lib = await PDFDocument.load(pdf, { updateMetadata: false });
      expect(streamScanImage(lib, 0)).toBeNull();
    }
  });
});
