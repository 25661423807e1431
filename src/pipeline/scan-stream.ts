import { inflateSync } from 'node:zlib';
import {
  PDFArray,
  PDFDict,
  type PDFDocument,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFRawStream,
} from 'pdf-lib';
import { coversPage, type Matrix, multiply, POINTS_PER_INCH, type ScanImage } from './scan-image.ts';

/**
 * A plain scanned page's image read straight from the PDF's bytes: the page's content stream is read for
 * its one image and where it is painted, and the image's Flate stream is inflated by zlib and unpacked
 * here (issue 12). pdf.js, asked for the same page's operator list, inflates the stream in JavaScript,
 * spreads every grey sample into an RGB triple and hands that over, which scan-image.ts then turns back
 * into grey: ~30 MB of short-lived buffers per 200-dpi A4 page, and a page's image took 60.8 ms of
 * main-thread CPU that way against 18.1 ms this way (the 46 scanned fixture pages, best of 3; pdf-lib's
 * import, ~0.35 s, is paid once per process).
 *
 * Only what it can read exactly as pdf.js would is read here: a page whose content is `q`, `Q`, `cm` and
 * one `Do` of an image XObject, drawn upright over the whole page, with no /Rotate, crop box, mask, decode
 * array or optional content; the image DeviceGray at 1, 2, 4 or 8 bits, unfiltered or Flate-encoded with
 * no predictor or a PNG one. The samples are then what pdf.js gives: a b-bit value v becomes
 * v × 255 / (2^b − 1), a whole number for each of these depths. Anything else returns null, and the page
 * goes the pdf.js way as before (scan-image.ts), which also reports damage.
 */

/** A content stream token: an operand (a number or a name) or an operator. */
type Token = { number: number } | { name: string } | { operator: string };

/** Bits per sample this reader unpacks; pdf.js scales each the same exact way. */
const GREY_DEPTHS = new Set([1, 2, 4, 8]);
/** /Predictor 10–15 mean PNG prediction with a filter-type byte per row (pdf.js rejects larger ones); 1 none. */
const PNG_PREDICTORS = { min: 10, max: 15 } as const;
const NO_PREDICTOR = 1;
/** Predictor parameters read here; another key (pdf.js also reads /BPC) makes the reader decline. */
const PREDICTOR_KEYS = new Set(['/Predictor', '/Colors', '/BitsPerComponent', '/Columns']);

/**
 * The scan of page `index` (0-based) of `pdf` when it is one plain grey image this reader decodes exactly
 * (see the module comment); null for any other page.
 */
export function streamScanImage(pdf: PDFDocument, index: number): ScanImage | null {
  const leaf = pdf.getPage(index).node;
  const rotate = leaf.Rotate()?.asNumber() ?? 0;
  if (rotate % 360 !== 0 || leaf.CropBox() !== undefined) return null;
  // pdf.js would put a reversed box the right way round; such a page is left to it.
  const view = numbers(leaf.MediaBox());
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = view ?? [];
  if (view?.length !== 4 || x1 <= x0 || y1 <= y0) return null;
  const painted = paintedImage(pageContent(leaf.Contents(), pdf));
  if (painted === null || !coversPage(painted.ctm, view)) return null;
  const xObjects = leaf.Resources()?.lookup(PDFName.of('XObject'));
  if (!(xObjects instanceof PDFDict)) return null;
  const image = xObjects.lookup(PDFName.of(painted.name));
  if (!(image instanceof PDFRawStream)) return null;
  const pixels = greyPixels(image);
  if (pixels === null) return null;
  const pageLong = Math.max(x1 - x0, y1 - y0);
  return {
    ...pixels,
    channels: 1,
    dpi: (Math.max(pixels.width, pixels.height) / pageLong) * POINTS_PER_INCH,
  };
}

/** The page's content streams, decoded and joined; null when one is missing or encoded otherwise than Flate. */
function pageContent(contents: PDFObject | undefined, pdf: PDFDocument): Buffer | null {
  const parts = contents instanceof PDFArray ? contents.asArray() : [contents];
  const decoded: Buffer[] = [];
  for (const part of parts) {
    const stream = part === undefined ? undefined : pdf.context.lookup(part);
    if (!(stream instanceof PDFRawStream)) return null;
    const filters = filtering(stream.dict);
    // Parameters (a predictor) on a content stream are unusual enough to leave to pdf.js.
    if (filters === null || filters.parms !== undefined) return null;
    const bytes = streamBytes(stream, filters);
    if (bytes === null) return null;
    // Content streams split across an array are one stream with a break between the parts.
    decoded.push(bytes, Buffer.from('\n'));
  }
  return decoded.length === 0 ? null : Buffer.concat(decoded);
}

/**
 * The one image a content stream paints and the CTM it is painted with, when the stream does nothing
 * else (save, restore and transform only); null otherwise.
 */
function paintedImage(content: Buffer | null): { name: string; ctm: Matrix } | null {
  const tokens = content === null ? null : tokenize(content.toString('latin1'));
  if (tokens === null) return null;
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const saved: Matrix[] = [];
  let painted: { name: string; ctm: Matrix } | null = null;
  let operands: Token[] = [];
  for (const token of tokens) {
    if (!('operator' in token)) {
      operands.push(token);
      continue;
    }
    const values = operands;
    operands = [];
    switch (token.operator) {
      case 'q':
        if (values.length !== 0) return null;
        saved.push(ctm);
        break;
      case 'Q':
        if (values.length !== 0) return null;
        ctm = saved.pop() ?? ctm;
        break;
      case 'cm': {
        const matrix = values.map((value) => ('number' in value ? value.number : Number.NaN));
        if (matrix.length !== 6 || matrix.some((value) => !Number.isFinite(value))) return null;
        ctm = multiply(matrix as Matrix, ctm);
        break;
      }
      case 'Do': {
        const [name] = values;
        if (painted !== null || values.length !== 1 || name === undefined || !('name' in name)) return null;
        painted = { name: name.name, ctm };
        break;
      }
      default:
        return null;
    }
  }
  return operands.length === 0 ? painted : null;
}

/** PDF whitespace: NUL, tab, line feed, form feed, carriage return, space. */
const WHITESPACE = /[\0\t\n\f\r ]+/y;
const NUMBER = /[+-]?(?:\d+\.?\d*|\.\d+)(?=[\0\t\n\f\r ()<>[\]{}/%]|$)/y;
/** A name without # escapes (a name that has one is left to pdf.js). */
const NAME = /\/([^\0\t\n\f\r ()<>[\]{}/%#]+)/y;
const OPERATOR = /[A-Za-z'"*]+(?=[\0\t\n\f\r ()<>[\]{}/%]|$)/y;
const COMMENT = /%[^\r\n]*/y;

/** Numbers, names and operators; null at anything else (strings, arrays, dictionaries, inline images). */
function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  let at = 0;
  const match = (pattern: RegExp): RegExpExecArray | null => {
    pattern.lastIndex = at;
    const found = pattern.exec(text);
    if (found !== null) at = pattern.lastIndex;
    return found;
  };
  while (at < text.length) {
    if (match(WHITESPACE) || match(COMMENT)) continue;
    const number = match(NUMBER);
    if (number !== null) {
      tokens.push({ number: Number(number[0]) });
      continue;
    }
    const name = match(NAME);
    if (name !== null) {
      tokens.push({ name: name[1] as string });
      continue;
    }
    const operator = match(OPERATOR);
    if (operator === null) return null;
    tokens.push({ operator: operator[0] });
  }
  return tokens;
}

/** The numbers of an array of numbers; null when it is anything else. */
function numbers(array: PDFObject | undefined): number[] | null {
  if (!(array instanceof PDFArray)) return null;
  const values = array.asArray().map((_, index) => array.lookup(index));
  if (!values.every((value) => value instanceof PDFNumber)) return null;
  return values.map((value) => (value as PDFNumber).asNumber());
}

/** A stream's filter and its parameters, when they are one Flate filter or none. */
interface Filtering {
  flate: boolean;
  parms: PDFDict | undefined;
}

/**
 * The stream's filter and parameters in the shapes pdf.js pairs them the same way: no filter; a filter name
 * with a parameter dictionary or none; a one-filter array with a one-entry parameter array or none. (pdf.js
 * ignores a dictionary given to an array of filters, and an array given to one filter name.) Null for any
 * other filter, chain or shape.
 */
function filtering(dict: PDFDict): Filtering | null {
  const filter = dict.lookup(PDFName.of('Filter'));
  const parms = dict.lookup(PDFName.of('DecodeParms'));
  let name: PDFObject | undefined = filter;
  let parm: PDFObject | undefined = parms;
  if (filter instanceof PDFArray) {
    if (filter.size() !== 1 || !(parms === undefined || (parms instanceof PDFArray && parms.size() === 1)))
      return null;
    name = filter.lookup(0);
    parm = parms instanceof PDFArray ? parms.lookup(0) : undefined;
  }
  if (name === undefined) return parm === undefined ? { flate: false, parms: undefined } : null;
  if (!(name instanceof PDFName) || name.asString() !== '/FlateDecode') return null;
  if (parm !== undefined && !(parm instanceof PDFDict)) return null;
  return { flate: true, parms: parm };
}

/** A stream's decoded bytes by its filtering (see filtering); null when zlib rejects the data. */
function streamBytes(stream: PDFRawStream, { flate }: Filtering): Buffer | null {
  if (!flate) return Buffer.from(stream.contents);
  try {
    return inflateSync(stream.contents);
  } catch {
    return null;
  }
}

/** Keys an image may have for this reader; any other (a mask, a decode array, optional content) declines. */
const PLAIN_IMAGE_KEYS = new Set([
  '/Type',
  '/Subtype',
  '/Width',
  '/Height',
  '/BitsPerComponent',
  '/ColorSpace',
  '/Filter',
  '/DecodeParms',
  '/Length',
  '/Interpolate',
  '/Intent',
  '/Name',
  '/Metadata',
]);

/** The 8-bit grey samples of a DeviceGray image XObject; null for any other image (see the module comment). */
function greyPixels(image: PDFRawStream): { width: number; height: number; pixels: Uint8Array } | null {
  const { dict } = image;
  if (!dict.keys().every((key) => PLAIN_IMAGE_KEYS.has(key.asString()))) return null;
  const number = (key: string) => {
    const value = dict.lookup(PDFName.of(key));
    return value instanceof PDFNumber ? value.asNumber() : undefined;
  };
  const name = (key: string) => {
    const value = dict.lookup(PDFName.of(key));
    return value instanceof PDFName ? value.asString() : undefined;
  };
  const width = number('Width') ?? 0;
  const height = number('Height') ?? 0;
  const bits = number('BitsPerComponent') ?? 0;
  if (name('Subtype') !== '/Image' || name('ColorSpace') !== '/DeviceGray') return null;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) return null;
  if (!GREY_DEPTHS.has(bits)) return null;
  const rowBytes = Math.ceil((width * bits) / 8);
  const filters = filtering(dict);
  if (filters === null) return null;
  const predictor = filters.parms === undefined ? NO_PREDICTOR : pngPredictor(filters.parms, width, bits);
  if (predictor === null) return null;
  const data = streamBytes(image, filters);
  if (data === null) return null;
  const rows = predictor === NO_PREDICTOR ? data : unpredictPng(data, rowBytes, height);
  if (rows === null || rows.length < rowBytes * height) return null;
  return { width, height, pixels: unpackGrey(rows, width, height, bits) };
}

/** The /Predictor of PNG-predicted grey rows laid out as the image's own, or 1 for none; null otherwise. */
function pngPredictor(parms: PDFDict, width: number, bits: number): number | null {
  if (!parms.keys().every((key) => PREDICTOR_KEYS.has(key.asString()))) return null;
  const number = (key: string, fallback: number) => {
    const value = parms.lookup(PDFName.of(key));
    return value === undefined ? fallback : value instanceof PDFNumber ? value.asNumber() : Number.NaN;
  };
  const predictor = number('Predictor', NO_PREDICTOR);
  if (predictor === NO_PREDICTOR) return predictor;
  // pdf.js lays the rows out by these entries (defaults 1 colour, 8 bits, 1 column), not by the image's.
  const sameRows = number('Colors', 1) === 1 && number('BitsPerComponent', 8) === bits;
  const png = predictor >= PNG_PREDICTORS.min && predictor <= PNG_PREDICTORS.max;
  return png && sameRows && number('Columns', 1) === width ? predictor : null;
}

/**
 * Undoes PNG row prediction (one filter-type byte before each row, one byte per pixel step for grey of
 * 8 bits or fewer); null at an unknown filter type or when rows are missing.
 */
function unpredictPng(data: Uint8Array, rowBytes: number, height: number): Uint8Array | null {
  if (data.length < (rowBytes + 1) * height) return null;
  const out = new Uint8Array(rowBytes * height);
  for (let y = 0; y < height; y++) {
    const from = y * (rowBytes + 1) + 1;
    const row = y * rowBytes;
    // The row above is zeros for the first row, as PNG defines it.
    const above = (x: number): number => (y > 0 ? (out[row - rowBytes + x] as number) : 0);
    const left = (x: number): number => (x > 0 ? (out[row + x - 1] as number) : 0);
    switch (data[from - 1]) {
      case 0:
        out.set(data.subarray(from, from + rowBytes), row);
        break;
      case 1:
        for (let x = 0; x < rowBytes; x++) out[row + x] = (data[from + x] as number) + left(x);
        break;
      case 2:
        for (let x = 0; x < rowBytes; x++) out[row + x] = (data[from + x] as number) + above(x);
        break;
      case 3:
        for (let x = 0; x < rowBytes; x++)
          out[row + x] = (data[from + x] as number) + ((left(x) + above(x)) >> 1);
        break;
      case 4:
        for (let x = 0; x < rowBytes; x++) {
          const corner = x > 0 ? above(x - 1) : 0;
          out[row + x] = (data[from + x] as number) + paeth(left(x), above(x), corner);
        }
        break;
      default:
        return null;
    }
  }
  return out;
}

/** The PNG Paeth predictor: whichever of left, above and corner is nearest to left + above − corner. */
function paeth(left: number, above: number, corner: number): number {
  const estimate = left + above - corner;
  const toLeft = Math.abs(estimate - left);
  const toAbove = Math.abs(estimate - above);
  const toCorner = Math.abs(estimate - corner);
  if (toLeft <= toAbove && toLeft <= toCorner) return left;
  return toAbove <= toCorner ? above : corner;
}

/** Rows of `bits`-bit samples (each row starting on a byte) as 8-bit grey, v → v × 255 / (2^bits − 1). */
function unpackGrey(rows: Uint8Array, width: number, height: number, bits: number): Uint8Array {
  if (bits === 8) return rows.subarray(0, width * height);
  const rowBytes = Math.ceil((width * bits) / 8);
  const max = (1 << bits) - 1;
  const scale = 255 / max;
  const perByte = 8 / bits;
  // Each byte value's samples, looked up instead of shifted and scaled one by one.
  const table = new Uint8Array(256 * perByte);
  for (let byte = 0; byte < 256; byte++)
    for (let k = 0; k < perByte; k++)
      table[byte * perByte + k] = ((byte >> (8 - bits * (k + 1))) & max) * scale;
  const grey = new Uint8Array(width * height);
  // Whole bytes of a row first, then the samples of its last byte before the padding.
  const wholeBytes = Math.floor(width / perByte);
  const tail = width - wholeBytes * perByte;
  for (let y = 0; y < height; y++) {
    let from = y * rowBytes;
    let to = y * width;
    for (let end = from + wholeBytes; from < end; from++) {
      const samples = (rows[from] as number) * perByte;
      for (let k = 0; k < perByte; k++) grey[to++] = table[samples + k] as number;
    }
    if (tail === 0) continue;
    const samples = (rows[from] as number) * perByte;
    for (let k = 0; k < tail; k++) grey[to++] = table[samples + k] as number;
  }
  return grey;
}
