import { createHash } from 'node:crypto';
import type { PDFDocument as PdfLibDocument } from 'pdf-lib';
import type { PDFParse } from 'pdf-parse';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Metadata } from 'sharp';
import { poorTextReason } from '../ocr/decide.ts';
import { timed } from '../timing.ts';
import { StageError } from './diagnostic.ts';
import type { ScanImage } from './scan-image.ts';

/** The input types we read, detected from the bytes (never from the name alone). */
export type MediaType = 'application/pdf' | 'image/png' | 'image/jpeg' | 'image/tiff' | 'text/plain';

/** One page of a loaded document: its text layer (if any) and a way to get its image for OCR. */
export interface LoadedPage {
  /** 1-based */
  number: number;
  /** The page's own text (PDF text layer or plain text); null for images. */
  textLayer: string | null;
  /** Whether there is anything to OCR on this page (false for plain text). */
  hasImage: boolean;
  /** Renders or decodes the page as an encoded image for OCR. Called only when the page is OCR'd. */
  image(): Promise<Buffer>;
}

export interface LoadedDocument {
  sha256: string;
  mediaType: MediaType;
  /** Pages in the document, even when fewer were loaded because of `maxPages`. */
  pageCount: number;
  pages: LoadedPage[];
  warnings: string[];
  /** Frees the PDF parser; safe to call twice. */
  close(): Promise<void>;
}

export interface LoadOptions {
  /** Read at most this many pages; the rest are reported in a warning. */
  maxPages: number;
  /** Resolution at which PDF pages are rendered for OCR. */
  renderDpi: number;
  /** Refuse page images larger than this, so a pixel bomb cannot exhaust memory. */
  maxPixels: number;
}

/** 300 dpi is where Tesseract's LSTM models read best; more costs time and gains nothing (issue 3). */
export const DEFAULT_RENDER_DPI = 300;
/** A4 at 600 dpi is 35 Mpx; 60 Mpx leaves room for large formats while keeping a page under ~250 MB of RGBA. */
export const DEFAULT_MAX_PIXELS = 60_000_000;
/** PDF points per inch. */
const POINTS_PER_INCH = 72;
/**
 * A full-page scan is rendered at its own resolution when that is below `renderDpi`: rendering a 200-dpi
 * scan at 300 dpi only interpolates (2.25× the pixels to preprocess and read, and more memory), and
 * interpolated pages read worse (upscaling 200-dpi pages raised CER 0.2 % → 1.8 %, src/ocr/preprocess.ts).
 * Scans coarser than this are still rendered at this resolution, where tesseract's line finder works.
 */
const MIN_SCAN_RENDER_DPI = 150;
/** An image whose aspect ratio is within this share of the page's covers the page: it is a scan of it. */
const FULL_PAGE_ASPECT_TOLERANCE = 0.03;
/** Share of control characters above which bytes are binary, not text (OCR text has none). */
const MAX_CONTROL_SHARE = 0.01;

/** Detects the media type from magic bytes; text is recognised by decoding. Returns null for unknown bytes. */
export function sniffMediaType(bytes: Uint8Array): MediaType | null {
  const head = Buffer.from(bytes.subarray(0, 1024));
  if (head.indexOf('%PDF-') !== -1 && head.indexOf('%PDF-') < 1024) return 'application/pdf';
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  const tiffLE = head[0] === 0x49 && head[1] === 0x49 && head[2] === 0x2a && head[3] === 0x00;
  const tiffBE = head[0] === 0x4d && head[1] === 0x4d && head[2] === 0x00 && head[3] === 0x2a;
  if (tiffLE || tiffBE) return 'image/tiff';
  return decodeText(bytes) === null ? null : 'text/plain';
}

/** How a text file was decoded, and how many of its bytes were not valid in that encoding. */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** Invalid byte sequences replaced by U+FFFD (a damaged UTF-8 or UTF-16 file). */
  replaced: number;
}

/**
 * Decodes text bytes: UTF-16 when it starts with a byte-order mark (Notepad's "Unicode"), else UTF-8 (BOM
 * stripped), else Windows-1252 for old OCR exports. A UTF-8 file with a few damaged bytes stays UTF-8 with
 * those bytes replaced, rather than turning every å, ä and ö into mojibake. Returns null for binary bytes
 * (NUL bytes or too many control characters).
 */
export function readText(bytes: Uint8Array): DecodedText | null {
  const utf16 = utf16Encoding(bytes);
  let decoded: DecodedText;
  if (utf16 !== null) {
    const text = new TextDecoder(utf16).decode(bytes);
    decoded = { text, encoding: utf16, replaced: countReplaced(text) };
  } else {
    if (bytes.includes(0)) return null;
    decoded = decodeUtf8OrLegacy(bytes);
  }
  const { text } = decoded;
  let control = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    // Tab, LF, FF (page break) and CR are ordinary in text files.
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) control++;
  }
  if (text.length > 0 && control / text.length > MAX_CONTROL_SHARE) return null;
  return { ...decoded, text: text.replace(/^\uFEFF/, '') };
}

/** The decoded text of `bytes` (see `readText`), or null when they are binary. */
export function decodeText(bytes: Uint8Array): string | null {
  return readText(bytes)?.text ?? null;
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function decodeUtf8OrLegacy(bytes: Uint8Array): DecodedText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', replaced: 0 };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const replaced = countReplaced(lenient);
    // Windows-1252 text has next to no valid multi-byte UTF-8 (every ö is one invalid byte); UTF-8 text
    // with damage has valid non-ASCII letters besides the invalid bytes (a broken letter leaves up to two).
    const validNonAscii = [...lenient].filter((char) => char > '\u007f' && char !== '\uFFFD').length;
    if (validNonAscii > 0 && validNonAscii >= replaced / 2)
      return { text: lenient, encoding: 'utf-8', replaced };
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', replaced: 0 };
  }
}

function countReplaced(text: string): number {
  let count = 0;
  for (const char of text) if (char === '\uFFFD') count++;
  return count;
}

/** Hex SHA-256 of the input bytes: the document's identity for `source.sha256` and for resume. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Loads a document from its bytes: detects its type and prepares its pages. Throws StageError on bad input. */
export async function loadDocument(bytes: Uint8Array, options: LoadOptions): Promise<LoadedDocument> {
  if (bytes.length === 0) throw new StageError('load/empty', 'the file is empty');
  const mediaType = sniffMediaType(bytes);
  if (mediaType === null) {
    throw new StageError(
      'load/unknown-type',
      'not a PDF, PNG, JPEG, TIFF or text file (binary content of unknown type)',
    );
  }
  const hash = sha256(bytes);
  switch (mediaType) {
    case 'text/plain':
      return loadText(bytes, hash, options);
    case 'application/pdf':
      return loadPdf(bytes, hash, options);
    default:
      return loadImage(bytes, hash, mediaType, options);
  }
}

function loadText(bytes: Uint8Array, hash: string, options: LoadOptions): LoadedDocument {
  const decoded = readText(bytes) ?? { text: '', encoding: 'utf-8', replaced: 0 };
  // A form feed is the page break of plain-text OCR exports (Tesseract's own text output uses it too).
  const all = decoded.text.split('\f');
  if (all.length > 1 && all.at(-1)?.trim() === '') all.pop();
  const texts = all.slice(0, options.maxPages);
  return {
    sha256: hash,
    mediaType: 'text/plain',
    pageCount: all.length,
    pages: texts.map((pageText, index) => ({
      number: index + 1,
      textLayer: pageText,
      hasImage: false,
      image: () =>
        Promise.reject(
          new StageError('ocr/no-image', 'a text page has no image to OCR', { page: index + 1 }),
        ),
    })),
    warnings: [
      ...encodingWarning(decoded),
      ...poorTextWarnings(texts),
      ...truncationWarning(all.length, options.maxPages),
    ],
    close: async () => {},
  };
}

function encodingWarning(decoded: DecodedText): string[] {
  if (decoded.replaced === 0) return [];
  return [
    `the text file is damaged: ${decoded.replaced} byte sequence${decoded.replaced === 1 ? ' is' : 's are'} not valid ${decoded.encoding.toUpperCase()} and ${decoded.replaced === 1 ? 'was' : 'were'} replaced by �`,
  ];
}

/** Plain text is read as it is, however odd; a page that reads poorly gets a warning instead of OCR. */
function poorTextWarnings(texts: readonly string[]): string[] {
  // A blank page between others is a page break, not a poor text; an all-blank file is reported once.
  if (texts.every((text) => text.trim() === '')) return ['the text file holds no text'];
  return texts.flatMap((text, index) => {
    if (text.trim() === '') return [];
    const reason = poorTextReason(text);
    if (reason === null) return [];
    const where = texts.length > 1 ? `page ${index + 1}: ` : '';
    return [`${where}the text looks poor (${reason}); check the extracted values`];
  });
}

async function loadPdf(bytes: Uint8Array, hash: string, options: LoadOptions): Promise<LoadedDocument> {
  // pdf.js takes ownership of the buffer it is given, so hand it a copy and keep ours for hashing.
  // pdf.js and sharp load with the first PDF or image: a batch of text files never needs them (issue 12).
  const { PDFParse } = await import('pdf-parse');
  const parser = new PDFParse({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 });
  let documents: ScanDocuments | undefined;
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await parser.destroy();
    await documents?.close();
  };
  try {
    const info = await parser.getInfo({ parsePageInfo: true });
    const pageCount = info.total;
    if (pageCount === 0) throw new StageError('load/pdf-empty', 'the PDF has no pages');
    const scans = scanDocuments(bytes, pageCount);
    documents = scans;
    const count = Math.min(pageCount, options.maxPages);
    const partial = Array.from({ length: count }, (_, index) => index + 1);
    const text = await parser.getText({ partial, pageJoiner: '' });
    const byNumber = new Map(text.pages.map((page) => [page.num, page.text]));
    const pages: LoadedPage[] = partial.map((number) => {
      const pageInfo = info.pages?.find((page) => page.pageNumber === number);
      return {
        number,
        textLayer: byNumber.get(number) ?? '',
        hasImage: true,
        image: () =>
          timed('render', async () => {
            const scan = await scanOf(scans, number, options);
            return scan ?? (await renderPdfPage(parser, number, pageInfo, options));
          }),
      };
    });
    return {
      sha256: hash,
      mediaType: 'application/pdf',
      pageCount,
      pages,
      warnings: truncationWarning(pageCount, options.maxPages),
      close,
    };
  } catch (error) {
    await close();
    throw pdfError(error);
  }
}

/**
 * A plain scanned page's own pixels as an uncompressed TIFF, when its resolution is one the page would be
 * rendered at anyway (MIN_SCAN_RENDER_DPI up to renderDpi, within the pixel budget); null for any other
 * page, which is rendered. Any failure here also means rendering, where a damaged page is reported.
 */
async function scanOf(
  documents: ScanDocuments,
  number: number,
  options: LoadOptions,
): Promise<Buffer | null> {
  const scan = (await streamScan(documents, number)) ?? (await pdfjsScan(documents, number));
  if (scan === null || scan.dpi < MIN_SCAN_RENDER_DPI || scan.dpi > options.renderDpi) return null;
  if (scan.width * scan.height > options.maxPixels) return null;
  const { uncompressedTiff } = await import('./scan-image.ts');
  return uncompressedTiff(scan);
}

/** The two readers of a PDF's scans, each opened on first use. */
interface ScanDocuments {
  streams: () => Promise<PdfLibDocument | null>;
  pdfjs: () => Promise<PDFDocumentProxy>;
  close: () => Promise<void>;
}

/**
 * The readers of a PDF's scans: pdf-lib's object tree, where a plain scan is read straight from the file
 * when that is exact (scan-stream.ts), and pdf.js's own document otherwise (scan-image.ts). Both are opened
 * only when a page is first OCR'd, so text-layer PDFs never parse the file twice.
 */
function scanDocuments(bytes: Uint8Array, pageCount: number): ScanDocuments {
  let streams: Promise<PdfLibDocument | null> | undefined;
  let pdfjs: Promise<PDFDocumentProxy> | undefined;
  return {
    streams: () => {
      streams ??= import('pdf-lib')
        .then(({ PDFDocument, ParseSpeeds }) =>
          PDFDocument.load(bytes, {
            updateMetadata: false,
            parseSpeed: ParseSpeeds.Fastest,
            // pdf-lib would print a warning and guess at a damaged object; such a file is pdf.js's to read.
            throwOnInvalidObject: true,
          }),
        )
        // Pages are found by the page tree; where pdf-lib counts them otherwise than pdf.js, trust neither.
        .then((pdf) => (pdf.getPageCount() === pageCount ? pdf : null))
        // A file pdf-lib cannot read (encrypted, damaged) goes the pdf.js way, which reports it.
        .catch(() => null);
      return streams;
    },
    pdfjs: () => {
      // pdf.js takes ownership of the buffer it is given, so it gets a copy.
      pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs').then(
        ({ getDocument }) =>
          getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise,
      );
      return pdfjs;
    },
    close: async () => {
      await pdfjs?.then((pdf) => pdf.destroy()).catch(() => {});
    },
  };
}

/** The page's scan as read straight from the file (scan-stream.ts); null where that reader declines or fails. */
async function streamScan(documents: ScanDocuments, number: number): Promise<ScanImage | null> {
  try {
    const pdf = await documents.streams();
    if (pdf === null) return null;
    const { streamScanImage } = await import('./scan-stream.ts');
    return streamScanImage(pdf, number - 1);
  } catch {
    return null;
  }
}

/** The page's scan as pdf.js decodes it (scan-image.ts); null for a page that is not a plain scan, or on failure. */
async function pdfjsScan(documents: ScanDocuments, number: number): Promise<ScanImage | null> {
  try {
    const page = await (await documents.pdfjs()).getPage(number);
    // pdf.js's operator table loads with the first scanned page (see the lazy imports above).
    const { plainScanImage } = await import('./scan-image.ts');
    try {
      return await plainScanImage(page);
    } finally {
      page.cleanup();
    }
  } catch {
    return null;
  }
}

async function renderPdfPage(
  parser: PDFParse,
  number: number,
  pageInfo: { width: number; height: number } | undefined,
  options: LoadOptions,
): Promise<Buffer> {
  const scan = await scanResolution(parser, number, pageInfo);
  const dpi =
    scan === null ? options.renderDpi : Math.min(options.renderDpi, Math.max(MIN_SCAN_RENDER_DPI, scan));
  let scale = dpi / POINTS_PER_INCH;
  if (pageInfo !== undefined) {
    const pixels = pageInfo.width * scale * pageInfo.height * scale;
    // An oversized page is rendered at the resolution that fits the pixel budget rather than refused.
    if (pixels > options.maxPixels) scale *= Math.sqrt(options.maxPixels / pixels);
  }
  let data: Uint8Array | undefined;
  try {
    const shot = await parser.getScreenshot({
      partial: [number],
      scale,
      imageDataUrl: false,
      imageBuffer: true,
    });
    data = shot.pages[0]?.data;
  } catch (error) {
    // Whatever pdf.js or its canvas throw while drawing a page comes from the page's content: a damaged
    // font program, a broken stream, a name with a NUL byte in it ("Convert String to CString failed").
    throw damagedInput('application/pdf', error, number);
  }
  if (data === undefined || data.length === 0) {
    throw new StageError('load/damaged-pdf', `the PDF is damaged: page ${number} cannot be rendered`, {
      page: number,
    });
  }
  return Buffer.from(data);
}

/**
 * The resolution, in dots per inch, of the scan that fills a page (the page's largest image, when its
 * aspect ratio is the page's); null for a page that is not one scanned image (text, a figure, no size).
 */
async function scanResolution(
  parser: PDFParse,
  number: number,
  pageInfo: { width: number; height: number } | undefined,
): Promise<number | null> {
  if (pageInfo === undefined || pageInfo.width <= 0 || pageInfo.height <= 0) return null;
  // Neither a PNG nor a data URL is made: only the images' sizes are wanted. The size is only a hint: on
  // a damaged page (an image object that is missing) the page is rendered at the default resolution,
  // where a real fault shows as a damaged PDF rather than as a failed guess.
  const found = await parser
    .getImage({ partial: [number], imageBuffer: false, imageDataUrl: false })
    .catch(() => null);
  if (found === null) return null;
  const images = found.pages[0]?.images ?? [];
  const largest = images.reduce<{ width: number; height: number } | undefined>(
    (best, image) =>
      best === undefined || image.width * image.height > best.width * best.height ? image : best,
    undefined,
  );
  if (largest === undefined || largest.width <= 0 || largest.height <= 0) return null;
  // Long side against long side, so a page turned by /Rotate compares like an upright one.
  const pageLong = Math.max(pageInfo.width, pageInfo.height);
  const pageAspect = pageLong / Math.min(pageInfo.width, pageInfo.height);
  const imageLong = Math.max(largest.width, largest.height);
  const imageAspect = imageLong / Math.min(largest.width, largest.height);
  if (Math.abs(imageAspect - pageAspect) > FULL_PAGE_ASPECT_TOLERANCE * pageAspect) return null;
  return (imageLong / pageLong) * POINTS_PER_INCH;
}

function pdfError(error: unknown): unknown {
  if (error instanceof StageError) return error;
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException' || /password/i.test(message)) {
    return new StageError('load/pdf-encrypted', 'the PDF is encrypted (password-protected)', {
      cause: error,
    });
  }
  return damagedInput('application/pdf', error);
}

/** How each decoded media type is named to the user, and the rule its damaged files get. */
const DECODED_TYPES = {
  'application/pdf': { label: 'PDF', rule: 'load/damaged-pdf' },
  'image/png': { label: 'PNG', rule: 'load/damaged-png' },
  'image/jpeg': { label: 'JPEG', rule: 'load/damaged-jpeg' },
  'image/tiff': { label: 'TIFF', rule: 'load/damaged-tiff' },
  'text/plain': { label: 'text file', rule: 'load/damaged-text' },
} as const satisfies Record<MediaType, { label: string; rule: string }>;

/** What a decoder's complaint means, in the user's words: the first match names the damage. */
const DAMAGE_KINDS: readonly { pattern: RegExp; meaning: string }[] = [
  {
    pattern: /premature end|truncat|unexpected end|end of (file|data|stream)|read error|short read/i,
    meaning: 'it is cut short or its data is corrupted',
  },
  { pattern: /crc|checksum|adler/i, meaning: 'its checksums do not match its data' },
  { pattern: /xref|structure|trailer|startxref/i, meaning: 'its internal structure (xref table) is broken' },
  { pattern: /unsupported image format|not a .* file|bad magic|signature/i, meaning: 'its header is broken' },
  { pattern: /failOn/i, meaning: 'the decoder found errors in its data' },
];

/**
 * A decoder's failure on an input, as the user's problem rather than ours: `the PNG is damaged: it is cut
 * short or its data is corrupted (libpng: read error)` under `load/damaged-png`. The decoder's own words stay
 * in brackets, for whoever wants to look deeper.
 */
export function damagedInput(mediaType: MediaType, error: unknown, page?: number): StageError {
  const type = DECODED_TYPES[mediaType];
  const said = firstLine(error instanceof Error ? error.message : String(error));
  const meaning =
    DAMAGE_KINDS.find((kind) => kind.pattern.test(said))?.meaning ?? 'its data cannot be decoded';
  // The page goes in the diagnostic's own field, where the CLI shows it.
  return new StageError(
    type.rule,
    `the ${type.label} is damaged: ${meaning}${said === '' ? '' : ` (${said})`}`,
    { page: page ?? null, cause: error },
  );
}

/**
 * Messages of the decoders behind sharp (libvips and its libpng/libjpeg/libtiff loaders) and of
 * Tesseract's image reader (Leptonica). An error with one of these came from reading the input's bytes.
 */
const DECODER_MESSAGE =
  /vips|libpng|png|jpe?g|tiff|failOn|Input (buffer|file)|image format|corrupt|premature end|read image|pixel|bad (huffman|seek)/i;
/** Errors that only a mistake in code raises (JavaScript's own); never blamed on the input. */
const PROGRAMMING_ERRORS = new Set(['TypeError', 'RangeError', 'ReferenceError', 'SyntaxError']);

/**
 * Sorts an error raised after loading, while a page's image was rendered, decoded or OCR'd: a decoder's
 * complaint about the input becomes `load/damaged-…` for that page; anything else (a bug) is returned as
 * it is. Damage often surfaces only there: sharp reads a PNG's header at load but its pixels only for OCR.
 */
export function pageInputError(error: unknown, mediaType: MediaType, page: number): unknown {
  if (error instanceof StageError || !(error instanceof Error)) return error;
  if (PROGRAMMING_ERRORS.has(error.name) || !DECODER_MESSAGE.test(error.message)) return error;
  return damagedInput(mediaType, error, page);
}

function firstLine(message: string): string {
  return (message.split('\n').find((line) => line.trim() !== '') ?? '').trim();
}

async function loadImage(
  bytes: Uint8Array,
  hash: string,
  mediaType: 'image/png' | 'image/jpeg' | 'image/tiff',
  options: LoadOptions,
): Promise<LoadedDocument> {
  const { default: sharp } = await import('sharp');
  let metadata: Metadata;
  try {
    // Only the header is read here, so the size can be checked before any pixel is decoded.
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (error) {
    throw damagedInput(mediaType, error);
  }
  const width = metadata.width ?? 0;
  const height = metadata.height ?? 0;
  const pageCount = metadata.pages ?? 1;
  const pageHeight = metadata.pageHeight ?? height;
  if (width * pageHeight > options.maxPixels) {
    throw new StageError(
      'load/image-too-large',
      `the image is ${width}×${pageHeight} pixels, over the limit of ${options.maxPixels} (a pixel bomb or an absurd scan resolution)`,
    );
  }
  const count = Math.min(pageCount, options.maxPages);
  const pages: LoadedPage[] = Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    textLayer: null,
    hasImage: true,
    image: async () => {
      try {
        const image = sharp(bytes, { page: index, limitInputPixels: options.maxPixels });
        return mediaType === 'image/tiff' ? await image.png().toBuffer() : Buffer.from(bytes);
      } catch (error) {
        throw damagedInput(mediaType, error, index + 1);
      }
    },
  }));
  return {
    sha256: hash,
    mediaType,
    pageCount,
    pages,
    warnings: truncationWarning(pageCount, options.maxPages),
    close: async () => {},
  };
}

function truncationWarning(pageCount: number, maxPages: number): string[] {
  return pageCount > maxPages
    ? [`only the first ${maxPages} of ${pageCount} pages were read (--max-pages)`]
    : [];
}
