import {
  beginText,
  concatTransformationMatrix,
  drawObject,
  endText,
  PDFDocument,
  type PDFDocument as PDFDocumentType,
  type PDFFont,
  type PDFName,
  type PDFOperator,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
  StandardFonts,
  setCharacterSqueeze,
  setFontAndSize,
  setTextMatrix,
  setTextRenderingMode,
  showText,
  TextRenderingMode,
} from 'pdf-lib';
import sharp from 'sharp';
import { toSourcePoint } from '../ocr/geometry.ts';
import type { PageText } from '../pipeline/page.ts';
import type { LanguageCode, LetterOfIntent } from '../schema/letter-of-intent.ts';
import { VERSION } from '../version.ts';
import { type LayoutLine, layoutLines, type PageLayout, pageLayouts, unionBox } from './layout.ts';
import { LAYOUT_MEDIA_TYPES } from './layout-outputs.ts';
import { imageToPdf, type PageFrame, quarterTurn } from './page-frame.ts';

/**
 * The searchable PDF, OCRmyPDF's "sandwich": the original pages stay as they are (their content streams
 * and image objects are carried over byte for byte; nothing is re-encoded or resampled) and an invisible
 * text layer (text render mode 3) is laid over every OCR'd page, one word at each OCR box, holding the
 * repaired reading so that a search for "för" finds the word OCR read as "ftir". Pages that had a text
 * layer of their own are copied untouched. Image inputs become PDF pages of the image's size at its
 * resolution.
 */

/** What the searchable PDF of one document is made from. */
export interface LayoutSource {
  /** The input's bytes as read (the PDF or image file). */
  bytes: Uint8Array;
  /** The extraction result: title, language and the repairs to carry into the text layer. */
  document: LetterOfIntent;
  /** The pages as the pipeline read them, with OCR words and geometry. */
  pages: readonly PageText[];
}

// Media types that have pages to lay text over; listed in layout-outputs.ts, which loads without pdf-lib.
export { LAYOUT_MEDIA_TYPES } from './layout-outputs.ts';

/**
 * Resolution assumed for an image whose header gives none: 300 dpi is what scanners default to and what
 * the OCR stage assumes (tesseract's `user_defined_dpi`).
 */
export const DEFAULT_IMAGE_DPI = 300;
/** PDF points per inch. */
const POINTS_PER_INCH = 72;
/**
 * Share of an OCR line box below the baseline (Helvetica's descender is 0.21 em of a 0.93-em line):
 * the text sits on the baseline, so the selection highlight covers the printed words.
 */
const DESCENT_SHARE = 0.22;
/** Horizontal scaling (Tz, per cent) never goes below this, so a squeezed space still counts as one. */
const MIN_SQUEEZE = 1;

/** Builds the searchable PDF of a PDF or image input. Throws for other media types. */
export async function searchablePdf(source: LayoutSource): Promise<Uint8Array> {
  const { mediaType } = source.document.source;
  const layouts = new Map(
    pageLayouts(source.pages, source.document.repairs).map((layout) => [layout.number, layout]),
  );
  let pdf: PDFDocumentType;
  let frames: PageFrame[];
  if (mediaType === 'application/pdf') {
    // updateMetadata: false keeps the original producer and dates; title and language are set below.
    pdf = await PDFDocument.load(source.bytes, { updateMetadata: false });
    frames = pdf.getPages().map((page, index) => pdfPageFrame(page, layouts.get(index + 1)));
  } else if (LAYOUT_MEDIA_TYPES.has(mediaType)) {
    pdf = await PDFDocument.create();
    frames = await addImagePages(pdf, source.bytes, mediaType);
  } else {
    throw new Error(`a searchable PDF is made from a PDF or an image, not ${mediaType}`);
  }
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const pages = pdf.getPages();
  for (const [number, layout] of layouts) {
    const page = pages[number - 1];
    const frame = frames[number - 1];
    if (page === undefined || frame === undefined) continue;
    addTextLayer(page, frame, layout, font);
  }
  setMetadata(pdf, source.document);
  return pdf.save();
}

/** The frame of a PDF page: its visible box (crop box within the media box) and rotation. */
function pdfPageFrame(page: PDFPage, layout: PageLayout | undefined): PageFrame {
  const media = page.getMediaBox();
  const crop = page.getCropBox();
  const box = {
    x0: Math.max(media.x, crop.x),
    y0: Math.max(media.y, crop.y),
    x1: Math.min(media.x + media.width, crop.x + crop.width),
    y1: Math.min(media.y + media.height, crop.y + crop.height),
  };
  const rotate = quarterTurn(page.getRotation().angle);
  // The rendered image's size comes with the OCR result; a page without one is never drawn on.
  const image = layout?.geometry.source ?? { width: 1, height: 1 };
  return { box, rotate, image };
}

/**
 * Adds one page per image (per TIFF page). A JPEG is embedded as its own bytes (DCT, untouched); PNG and
 * TIFF pixels are stored losslessly (Flate, 8 bits a sample, grey stays grey), since PDF cannot hold a PNG
 * or TIFF file as such. Alpha is flattened onto white paper.
 */
async function addImagePages(
  pdf: PDFDocumentType,
  bytes: Uint8Array,
  mediaType: string,
): Promise<PageFrame[]> {
  const metadata = await sharp(bytes).metadata();
  const pageCount = mediaType === 'image/tiff' ? (metadata.pages ?? 1) : 1;
  const frames: PageFrame[] = [];
  for (let index = 0; index < pageCount; index++) {
    const info = mediaType === 'image/tiff' ? await sharp(bytes, { page: index }).metadata() : metadata;
    const dpi = info.density !== undefined && info.density > 0 ? info.density : DEFAULT_IMAGE_DPI;
    const image =
      mediaType === 'image/jpeg' ? await jpegImage(pdf, bytes) : await losslessImage(pdf, bytes, index);
    const width = (image.width * POINTS_PER_INCH) / dpi;
    const height = (image.height * POINTS_PER_INCH) / dpi;
    const page = pdf.addPage([width, height]);
    const name = page.node.newXObject('Im', image.ref);
    page.pushOperators(
      pushGraphicsState(),
      concatTransformationMatrix(width, 0, 0, height, 0, 0),
      drawObject(name),
      popGraphicsState(),
    );
    frames.push({
      box: { x0: 0, y0: 0, x1: width, y1: height },
      rotate: 0,
      image: { width: image.width, height: image.height },
    });
  }
  return frames;
}

interface EmbeddedImage {
  ref: ReturnType<PDFDocumentType['context']['register']>;
  width: number;
  height: number;
}

async function jpegImage(pdf: PDFDocumentType, bytes: Uint8Array): Promise<EmbeddedImage> {
  const image = await pdf.embedJpg(bytes);
  // pdf-lib writes the JPEG bytes as they are into a DCTDecode stream when the document is saved.
  await image.embed();
  return { ref: image.ref, width: image.width, height: image.height };
}

async function losslessImage(pdf: PDFDocumentType, bytes: Uint8Array, index: number): Promise<EmbeddedImage> {
  const input = sharp(bytes, { page: index });
  const { channels = 3, space } = await input.metadata();
  const grey = space === 'b-w' || channels <= 2;
  const flat = input.flatten({ background: '#ffffff' });
  const { data, info } = await (grey ? flat.greyscale() : flat.toColourspace('srgb'))
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  const stream = pdf.context.flateStream(data, {
    Type: 'XObject',
    Subtype: 'Image',
    Width: info.width,
    Height: info.height,
    ColorSpace: info.channels === 1 ? 'DeviceGray' : 'DeviceRGB',
    BitsPerComponent: 8,
  });
  return { ref: pdf.context.register(stream), width: info.width, height: info.height };
}

/**
 * Lays the page's words over it as invisible text. The page's own content is first wrapped in q…Q so
 * that whatever graphics state it leaves behind cannot move the layer.
 */
function addTextLayer(page: PDFPage, frame: PageFrame, layout: PageLayout, font: PDFFont): void {
  page.node.normalize();
  const context = page.doc.context;
  const start = context.register(context.contentStream([pushGraphicsState()]));
  const end = context.register(context.contentStream([popGraphicsState()]));
  page.node.wrapContentStreams(start, end);
  const fontKey = page.node.newFontDictionary(font.name, font.ref);
  const operators: PDFOperator[] = [
    pushGraphicsState(),
    beginText(),
    setTextRenderingMode(TextRenderingMode.Invisible),
  ];
  for (const line of layoutLines(layout))
    operators.push(...lineOperators(line, layout, frame, font, fontKey));
  operators.push(endText(), popGraphicsState());
  page.pushOperators(...operators);
}

/** A point of the recognised image as a PDF point. */
function pdfPoint(layout: PageLayout, frame: PageFrame, x: number, y: number): [number, number] {
  const [sx, sy] = toSourcePoint(x, y, layout.geometry);
  return imageToPdf(frame, sx, sy);
}

/**
 * One line: each word set on the line's baseline and stretched (Tz) to its box, and between two words a
 * space stretched over the gap, so viewers and pdftotext see separate words, in reading order.
 */
function lineOperators(
  line: LayoutLine,
  layout: PageLayout,
  frame: PageFrame,
  font: PDFFont,
  fontKey: PDFName,
): PDFOperator[] {
  const first = line.words[0];
  if (first === undefined) return [];
  const box = line.words.reduce((all, word) => unionBox(all, word.bbox), first.bbox);
  const lineHeight = box.y1 - box.y0;
  const baseline = box.y1 - lineHeight * DESCENT_SHARE;
  const [ox, oy] = pdfPoint(layout, frame, box.x0, baseline);
  const [tx, ty] = pdfPoint(layout, frame, box.x0, baseline - lineHeight);
  const fontSize = Math.hypot(tx - ox, ty - oy);
  if (!(fontSize > 0)) return [];
  const operators: PDFOperator[] = [setFontAndSize(fontKey, fontSize)];
  const spaceWidth = font.widthOfTextAtSize(' ', fontSize);
  line.words.forEach((word, index) => {
    const text = encodable(word.text, font);
    const [x0, y0] = pdfPoint(layout, frame, word.bbox.x0, baseline);
    const [x1, y1] = pdfPoint(layout, frame, word.bbox.x1, baseline);
    const length = Math.hypot(x1 - x0, y1 - y0);
    const angle = Math.atan2(y1 - y0, x1 - x0);
    const natural = advanceWidth(text, font, fontSize);
    operators.push(...placed(x0, y0, angle), squeeze(length, natural), showText(font.encodeText(text)));
    const next = line.words[index + 1];
    if (next === undefined) return;
    const [nx, ny] = pdfPoint(layout, frame, next.bbox.x0, baseline);
    // The gap measured along the line's direction; overlapping boxes still get a (squeezed) space.
    const gap = (nx - x1) * Math.cos(angle) + (ny - y1) * Math.sin(angle);
    operators.push(...placed(x1, y1, angle), squeeze(gap, spaceWidth), showText(font.encodeText(' ')));
  });
  return operators;
}

/**
 * The width viewers give the text: the sum of the glyphs' advances. pdf-lib's widthOfTextAtSize also
 * applies kerning pairs ("Av"), which a PDF viewer does not, so it would stretch such words past their box.
 */
function advanceWidth(text: string, font: PDFFont, size: number): number {
  let width = 0;
  for (const char of text) width += font.widthOfTextAtSize(char, size);
  return width;
}

function placed(x: number, y: number, angle: number): PDFOperator[] {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  return [setTextMatrix(cos, sin, -sin, cos, x, y)];
}

/** Horizontal scaling (per cent) that makes text of `natural` width span `length`. */
function squeeze(length: number, natural: number): PDFOperator {
  const percent = natural > 0 ? (100 * length) / natural : 100;
  return setCharacterSqueeze(Math.max(MIN_SQUEEZE, percent));
}

/**
 * The word in characters the font can encode. Helvetica's WinAnsi encoding covers Swedish, Norwegian and
 * English (å ä ö æ ø é ü …); anything else is decomposed and its accents dropped (ł stays unsearchable as
 * such, ő is found as o), and a character that still has no code becomes "?".
 */
export function encodable(text: string, font: PDFFont): string {
  const supported = characterSet(font);
  let out = '';
  for (const char of text.normalize('NFC')) {
    if (supported.has(char.codePointAt(0) ?? 0)) {
      out += char;
      continue;
    }
    const plain = char.normalize('NFKD').replace(/\p{M}/gu, '');
    out += [...plain].every((c) => supported.has(c.codePointAt(0) ?? 0)) && plain !== '' ? plain : '?';
  }
  return out;
}

const characterSets = new WeakMap<PDFFont, Set<number>>();
function characterSet(font: PDFFont): Set<number> {
  let set = characterSets.get(font);
  if (set === undefined) {
    set = new Set(font.getCharacterSet());
    characterSets.set(font, set);
  }
  return set;
}

/** BCP 47 tags for the PDF's /Lang (viewers' read-aloud and accessibility checkers use it). */
const PDF_LANGUAGE: Record<LanguageCode, string | null> = { sv: 'sv', no: 'no', en: 'en', und: null };

function setMetadata(pdf: PDFDocumentType, document: LetterOfIntent): void {
  if (document.title !== null) pdf.setTitle(document.title);
  const language = PDF_LANGUAGE[document.language];
  if (language !== null) pdf.setLanguage(language);
  pdf.setProducer(`loi-extract ${VERSION} (pdf-lib)`);
}
