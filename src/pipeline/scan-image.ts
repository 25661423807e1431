import { OPS, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * A PDF page that is one scanned image and nothing else, handed to OCR as the scan's own pixels instead of
 * a rendering of the page (issue 12). Rendering such a page drew the decoded scan onto a canvas, encoded
 * the canvas as an RGBA PNG, and sharp decoded that PNG again before preprocessing: on the scanned fixtures
 * about 0.6 s of main-thread CPU per 200-dpi page, against ~0.15 s for decoding the image once here. The
 * pixels are the scanner's, not an interpolation of them at a fractional canvas size.
 *
 * Only a page whose operators are nothing but the image painted upright over the whole page qualifies
 * (save/restore, transforms, one image); anything else drawn (text, paths, a second image, a mask, a
 * turned or mirrored image, /Rotate) is rendered as before.
 */

/** The scan of a plain scanned page: its pixels and its resolution on the page. */
export interface ScanImage {
  width: number;
  height: number;
  /** 1 (grey) or 3 (RGB) interleaved 8-bit samples per pixel. */
  channels: 1 | 3;
  pixels: Uint8Array;
  /** Resolution of the scan on the page, in dots per inch (long side against long side). */
  dpi: number;
}

/** pdf.js's `ImageKind`: how a decoded image's samples are packed. */
const IMAGE_KIND = { GRAYSCALE_1BPP: 1, RGB_24BPP: 2 } as const;
/** The image may miss the page's edges by this share of the page's size (rounding in the producer's CTM). */
const EDGE_TOLERANCE = 0.01;
export const POINTS_PER_INCH = 72;
/** Operators that draw nothing: the ones a plain scan's content stream consists of besides the image. */
const NEUTRAL_OPS = new Set<number>([OPS.save, OPS.restore, OPS.transform, OPS.dependency]);

export type Matrix = [number, number, number, number, number, number];

/**
 * The page's scan when the page is nothing but one upright image covering it (see the module comment);
 * null otherwise, and for images pdf.js packs in ways other than 1-bit grey or 8-bit RGB (with alpha).
 */
export async function plainScanImage(page: PDFPageProxy): Promise<ScanImage | null> {
  if (page.rotate % 360 !== 0) return null;
  const ops = await page.getOperatorList();
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const saved: Matrix[] = [];
  let painted: { name: string; ctm: Matrix } | null = null;
  for (let i = 0; i < ops.fnArray.length; i++) {
    const op = ops.fnArray[i] as number;
    const args = ops.argsArray[i] as unknown[];
    if (op === OPS.paintImageXObject) {
      if (painted !== null) return null;
      painted = { name: String(args[0]), ctm };
    } else if (!NEUTRAL_OPS.has(op)) {
      return null;
    } else if (op === OPS.save) {
      saved.push(ctm);
    } else if (op === OPS.restore) {
      ctm = saved.pop() ?? ctm;
    } else if (op === OPS.transform) {
      ctm = multiply(args as Matrix, ctm);
    }
  }
  if (painted === null || !coversPage(painted.ctm, page.view as number[])) return null;
  const objects = painted.name.startsWith('g_') ? page.commonObjs : page.objs;
  const image = await new Promise<unknown>((resolve) => objects.get(painted.name, resolve));
  const pixels = scanPixels(image);
  if (pixels === null) return null;
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
  const pageLong = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0));
  return { ...pixels, dpi: (Math.max(pixels.width, pixels.height) / pageLong) * POINTS_PER_INCH };
}

/** `m × ctm`: the CTM after the content stream's `cm` operator with `m`. */
export function multiply(m: Matrix, ctm: Matrix): Matrix {
  const [a, b, c, d, e, f] = m;
  const [A, B, C, D, E, F] = ctm;
  return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
}

/** True when the CTM maps the image's unit square, upright and unmirrored, onto the page's box. */
export function coversPage(ctm: Matrix, view: readonly number[]): boolean {
  const [a, b, c, d, e, f] = ctm;
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = view;
  const width = x1 - x0;
  const height = y1 - y0;
  if (width <= 0 || height <= 0 || b !== 0 || c !== 0 || a <= 0 || d <= 0) return false;
  const near = (value: number, target: number, size: number) =>
    Math.abs(value - target) <= EDGE_TOLERANCE * size;
  return near(e, x0, width) && near(f, y0, height) && near(e + a, x1, width) && near(f + d, y1, height);
}

/** The decoded image's samples as grey or RGB bytes; null for any other packing. */
function scanPixels(image: unknown): Omit<ScanImage, 'dpi'> | null {
  if (typeof image !== 'object' || image === null) return null;
  const { width, height, kind, data } = image as {
    width?: number;
    height?: number;
    kind?: number;
    data?: unknown;
  };
  if (!width || !height || !(data instanceof Uint8Array || data instanceof Uint8ClampedArray)) return null;
  const samples = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (kind === IMAGE_KIND.GRAYSCALE_1BPP)
    return { width, height, channels: 1, pixels: unpackBits(samples, width, height) };
  if (kind !== IMAGE_KIND.RGB_24BPP || samples.length < width * height * 3) return null;
  // A grey scan arrives from pdf.js as RGB with equal channels; one channel is a third of the bytes to hand on.
  const grey = greyOf(samples, width * height);
  return grey === null
    ? { width, height, channels: 3, pixels: samples.subarray(0, width * height * 3) }
    : { width, height, channels: 1, pixels: grey };
}

/** The red channel of RGB samples when every pixel is grey (r = g = b); null as soon as one is not. */
function greyOf(rgb: Uint8Array, count: number): Uint8Array | null {
  const grey = new Uint8Array(count);
  for (let p = 0, i = 0; p < count; p++, i += 3) {
    const r = rgb[i] as number;
    if (r !== rgb[i + 1] || r !== rgb[i + 2]) return null;
    grey[p] = r;
  }
  return grey;
}

/** 1-bit rows (padded to whole bytes, 1 = white as pdf.js packs them) as 8-bit grey. */
function unpackBits(packed: Uint8Array, width: number, height: number): Uint8Array {
  const grey = new Uint8Array(width * height);
  const rowBytes = Math.ceil(width / 8);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const bit = ((packed[y * rowBytes + (x >> 3)] ?? 0) >> (7 - (x & 7))) & 1;
      grey[y * width + x] = bit === 1 ? 255 : 0;
    }
  }
  return grey;
}

/**
 * The scan as an uncompressed baseline TIFF: a header and the pixels, no compression to pay for, and a
 * format sharp (preprocessing) and Leptonica (tesseract) both read.
 */
export function uncompressedTiff(scan: Pick<ScanImage, 'width' | 'height' | 'channels' | 'pixels'>): Buffer {
  const { width, height, channels, pixels } = scan;
  const entries: [tag: number, type: number, count: number, value: number][] = [];
  const HEADER = 8;
  const entryCount = 9;
  const ifdSize = 2 + entryCount * 12 + 4;
  // Three BitsPerSample values do not fit in an entry; they follow the IFD.
  const bitsOffset = HEADER + ifdSize;
  const dataOffset = bitsOffset + (channels === 3 ? 6 : 0);
  const SHORT = 3;
  const LONG = 4;
  entries.push([256, LONG, 1, width]);
  entries.push([257, LONG, 1, height]);
  entries.push([258, SHORT, channels, channels === 3 ? bitsOffset : 8]);
  entries.push([259, SHORT, 1, 1]); // no compression
  entries.push([262, SHORT, 1, channels === 3 ? 2 : 1]); // RGB, or grey with black as zero
  entries.push([273, LONG, 1, dataOffset]);
  entries.push([277, SHORT, 1, channels]);
  entries.push([278, LONG, 1, height]); // one strip
  entries.push([279, LONG, 1, pixels.length]);
  const head = Buffer.alloc(dataOffset);
  head.write('II', 0, 'latin1');
  head.writeUInt16LE(42, 2);
  head.writeUInt32LE(HEADER, 4);
  head.writeUInt16LE(entryCount, HEADER);
  entries.forEach(([tag, type, count, value], index) => {
    const at = HEADER + 2 + index * 12;
    head.writeUInt16LE(tag, at);
    head.writeUInt16LE(type, at + 2);
    head.writeUInt32LE(count, at + 4);
    if (type === SHORT && count === 1) head.writeUInt16LE(value, at + 8);
    else head.writeUInt32LE(value, at + 8);
  });
  head.writeUInt32LE(0, HEADER + 2 + entryCount * 12); // no next IFD
  if (channels === 3) for (let i = 0; i < 3; i++) head.writeUInt16LE(8, bitsOffset + 2 * i);
  return Buffer.concat([head, pixels]);
}
