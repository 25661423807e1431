import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
/** A font from the dejavu-fonts-ttf package, so tests never depend on the machine's fonts. */
export const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');

/** Makes a PDF in memory: one entry per page, a string of text or a PNG image (no text layer). */
export async function makePdf(pages: readonly (string | { image: Buffer })[]): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', autoFirstPage: false, info: { CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  for (const page of pages) {
    doc.addPage({ size: 'A4', margin: 72 });
    if (typeof page === 'string') doc.font(FONT).fontSize(12).text(page);
    else doc.image(page.image, 0, 0, { width: doc.page.width, height: doc.page.height });
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

/** A PNG claiming the given size with almost no pixel data: a pixel bomb for checks that read headers. */
export function pngHeaderOnly(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  // One compressed scanline: decoders read the header and would only fail when asked for the pixels.
  const idat = deflateSync(Buffer.alloc(width + 1));
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', idat),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The eight bytes every PNG file starts with. */
export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** One PNG chunk: length, type, data and the CRC-32 of type and data, for hand-built test images. */
export function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** CRC-32 lookup table (polynomial 0xedb88320): byte-at-a-time, since pixel-bomb IDAT chunks are large. */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * Makes a one-page "sandwich" PDF the way archive scanners did: the scan as the page picture and, over
 * it, an invisible text layer (fill opacity 0) that a text extractor reads but a renderer does not draw.
 */
export async function makeSandwichPdf(image: Buffer, textLayer: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', autoFirstPage: false, info: { CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.addPage({ size: 'A4', margin: 72 });
  doc.image(image, 0, 0, { width: doc.page.width, height: doc.page.height });
  doc.font(FONT).fontSize(11).fillOpacity(0).text(textLayer, 72, 72);
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
