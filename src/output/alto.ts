import { basename } from 'node:path';
import { getDocument, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import sharp from 'sharp';
import { type Box, type Size, toSourceBox } from '../ocr/geometry.ts';
import { VERSION } from '../version.ts';
import { type LayoutWord, type PageLayout, pageLayouts, unionBox } from './layout.ts';
import type { LayoutSource } from './searchable-pdf.ts';

/**
 * ALTO XML (v4.4), the layout format library and archive systems ingest: every page with its size, and
 * for each text block, line and word (`String`) its box, the word's text and its confidence (`WC`).
 * OCR'd pages come from the OCR word boxes (with the repaired reading as `CONTENT` and what OCR read as
 * an `ALTERNATIVE`); pages with a text layer from the PDF's own text positions (pdf.js), without `WC`,
 * since nothing was recognised there.
 *
 * Coordinates are pixels (`MeasurementUnit` pixel): of the image itself for image inputs, and of the page
 * at ALTO_DPI, as a viewer shows it (crop box, /Rotate applied), for PDFs.
 */

/** PDF pages are measured in pixels at this resolution, the usual one for archival scans. */
export const ALTO_DPI = 300;
const POINTS_PER_INCH = 72;
const ALTO_NAMESPACE = 'http://www.loc.gov/standards/alto/ns-v4#';
const ALTO_SCHEMA_LOCATION = 'http://www.loc.gov/alto/v4/alto-4-4.xsd';
/**
 * Share of a PDF font size above and below the baseline that a word's box covers (typical ascender and
 * descender of text fonts): pdf.js gives the baseline and the size, not the glyphs' extent.
 */
const ASCENT_SHARE = 0.8;
const DESCENT_SHARE = 0.2;

/** A word on an ALTO page: its box in page pixels, text, and confidence when it was recognised. */
interface AltoString {
  content: string;
  box: Box;
  confidence: number | null;
  /** What OCR read, when repair changed it. */
  alternative: string | null;
}

interface AltoPage {
  size: Size;
  blocks: AltoString[][][];
}

/** Builds the ALTO XML of a PDF or image input from its pages and the extraction result. */
export async function altoXml(source: LayoutSource): Promise<string> {
  const layouts = new Map(
    pageLayouts(source.pages, source.document.repairs).map((layout) => [layout.number, layout]),
  );
  const { mediaType, file } = source.document.source;
  const pages =
    mediaType === 'application/pdf'
      ? await pdfPages(source.bytes, layouts)
      : await imagePages(source.bytes, mediaType, layouts);
  return formatAlto(pages, file);
}

/** PDF pages at ALTO_DPI: OCR'd pages from their layout, the others from pdf.js's text positions. */
async function pdfPages(bytes: Uint8Array, layouts: Map<number, PageLayout>): Promise<AltoPage[]> {
  // pdf.js takes ownership of the buffer it is given, so it gets a copy.
  const pdf: PDFDocumentProxy = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  try {
    const pages: AltoPage[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const viewport = page.getViewport({ scale: ALTO_DPI / POINTS_PER_INCH });
      const size = { width: viewport.width, height: viewport.height };
      const layout = layouts.get(number);
      pages.push({
        size,
        blocks:
          layout === undefined ? await textLayerBlocks(page, viewport.transform) : ocrBlocks(layout, size),
      });
      page.cleanup();
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}

/** Image pages in their own pixels (a TIFF's pages each with its size). */
async function imagePages(
  bytes: Uint8Array,
  mediaType: string,
  layouts: Map<number, PageLayout>,
): Promise<AltoPage[]> {
  const metadata = await sharp(bytes).metadata();
  const count = mediaType === 'image/tiff' ? (metadata.pages ?? 1) : 1;
  const pages: AltoPage[] = [];
  for (let index = 0; index < count; index++) {
    const info = count > 1 ? await sharp(bytes, { page: index }).metadata() : metadata;
    const size = { width: info.width ?? 0, height: info.pageHeight ?? info.height ?? 0 };
    const layout = layouts.get(index + 1);
    pages.push({ size, blocks: layout === undefined ? [] : ocrBlocks(layout, size) });
  }
  return pages;
}

/** An OCR'd page's blocks, the boxes mapped onto the page image and scaled to the ALTO page. */
function ocrBlocks(layout: PageLayout, page: Size): AltoString[][][] {
  const { source } = layout.geometry;
  const sx = page.width / source.width;
  const sy = page.height / source.height;
  const toPage = (word: LayoutWord): AltoString => {
    const box = toSourceBox(word.bbox, layout.geometry);
    return {
      content: word.text,
      box: { x0: box.x0 * sx, y0: box.y0 * sy, x1: box.x1 * sx, y1: box.y1 * sy },
      confidence: word.confidence,
      alternative: word.ocrText === word.text ? null : word.ocrText,
    };
  };
  return layout.blocks.map((block) => block.lines.map((line) => line.words.map(toPage)));
}

interface TextItem {
  str: string;
  width: number;
  height: number;
  transform: number[];
  hasEOL?: boolean;
}

/**
 * A text-layer page's words from pdf.js: each text run is split at spaces, a word's share of the run's
 * width is its share of the characters (fonts are not measured per glyph), runs are grouped in lines
 * where pdf.js marks a line end or the baseline moves, and lines in blocks at gaps taller than a line.
 */
async function textLayerBlocks(page: PDFPageProxy, viewport: number[]): Promise<AltoString[][][]> {
  const content = await page.getTextContent();
  const lines: AltoString[][] = [];
  let line: AltoString[] = [];
  let lastBaseline: number | null = null;
  for (const raw of content.items) {
    if (!('str' in raw)) continue;
    const item = raw as TextItem;
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = item.transform;
    const size = Math.hypot(c, d) || item.height;
    const baseline = f;
    if (lastBaseline !== null && Math.abs(baseline - lastBaseline) > size / 2 && line.length > 0) {
      lines.push(line);
      line = [];
    }
    if (item.str.trim() !== '') lastBaseline = baseline;
    const chars = [...item.str].length;
    const unit = { x: a / Math.hypot(a, b || 0), y: b / Math.hypot(a, b || 0) };
    for (const match of item.str.matchAll(/\S+/g)) {
      const before = [...item.str.slice(0, match.index)].length;
      const length = [...match[0]].length;
      const start = (item.width * before) / Math.max(1, chars);
      const end = (item.width * (before + length)) / Math.max(1, chars);
      const corners = [
        [e + unit.x * start, f + unit.y * start - size * DESCENT_SHARE],
        [e + unit.x * end, f + unit.y * end - size * DESCENT_SHARE],
        [e + unit.x * start, f + unit.y * start + size * ASCENT_SHARE],
        [e + unit.x * end, f + unit.y * end + size * ASCENT_SHARE],
      ].map(([x, y]) => applyTransform(viewport, x as number, y as number));
      line.push({ content: match[0], box: boxAround(corners), confidence: null, alternative: null });
    }
    if (item.hasEOL && line.length > 0) {
      lines.push(line);
      line = [];
      lastBaseline = null;
    }
  }
  if (line.length > 0) lines.push(line);
  return groupTextLines(lines);
}

function groupTextLines(lines: readonly AltoString[][]): AltoString[][][] {
  const blocks: AltoString[][][] = [];
  let previous: Box | null = null;
  for (const line of lines) {
    const box = boxOf(line);
    const block = blocks.at(-1);
    if (block === undefined || previous === null || box.y0 - previous.y1 > previous.y1 - previous.y0) {
      blocks.push([line]);
    } else {
      block.push(line);
    }
    previous = box;
  }
  return blocks;
}

function applyTransform(m: number[], x: number, y: number): [number, number] {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = m;
  return [a * x + c * y + e, b * x + d * y + f];
}

function boxAround(points: readonly [number, number][]): Box {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

function boxOf(strings: readonly AltoString[]): Box {
  const [first, ...rest] = strings;
  if (first === undefined) return { x0: 0, y0: 0, x1: 0, y1: 0 };
  return rest.reduce((box, string) => unionBox(box, string.box), first.box);
}

/** Writes the pages as an ALTO 4.4 document. */
function formatAlto(pages: readonly AltoPage[], file: string): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<alto xmlns="${ALTO_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${ALTO_NAMESPACE} ${ALTO_SCHEMA_LOCATION}">`,
    '  <Description>',
    '    <MeasurementUnit>pixel</MeasurementUnit>',
    '    <sourceImageInformation>',
    `      <fileName>${escapeXml(basename(file))}</fileName>`,
    '    </sourceImageInformation>',
    '    <Processing ID="LOI_EXTRACT">',
    '      <processingCategory>contentGeneration</processingCategory>',
    '      <processingStepDescription>OCR (tesseract.js) with OCR-noise repair; text-layer pages from the PDF</processingStepDescription>',
    '      <processingSoftware>',
    '        <softwareName>loi-extract</softwareName>',
    `        <softwareVersion>${escapeXml(VERSION)}</softwareVersion>`,
    '      </processingSoftware>',
    '    </Processing>',
    '  </Description>',
    '  <Layout>',
  ];
  pages.forEach((page, index) => {
    const id = `P${index + 1}`;
    const size = `WIDTH="${round(page.size.width)}" HEIGHT="${round(page.size.height)}"`;
    out.push(`    <Page ID="${id}" PHYSICAL_IMG_NR="${index + 1}" ${size} PROCESSING="LOI_EXTRACT">`);
    out.push(`      <PrintSpace HPOS="0" VPOS="0" ${size}>`);
    let wordNumber = 0;
    page.blocks.forEach((block, blockIndex) => {
      const lines = block.filter((line) => line.length > 0);
      if (lines.length === 0) return;
      const blockId = `${id}_B${blockIndex + 1}`;
      out.push(`        <TextBlock ID="${blockId}" ${position(boxOf(lines.flat()))}>`);
      lines.forEach((line, lineIndex) => {
        out.push(`          <TextLine ID="${blockId}_L${lineIndex + 1}" ${position(boxOf(line))}>`);
        line.forEach((word, position_) => {
          wordNumber++;
          out.push(`            ${stringElement(word, `${id}_W${wordNumber}`)}`);
          const next = line[position_ + 1];
          if (next !== undefined) out.push(`            ${spaceElement(word.box, next.box)}`);
        });
        out.push('          </TextLine>');
      });
      out.push('        </TextBlock>');
    });
    out.push('      </PrintSpace>', '    </Page>');
  });
  out.push('  </Layout>', '</alto>', '');
  return out.join('\n');
}

function stringElement(word: AltoString, id: string): string {
  const wc = word.confidence === null ? '' : ` WC="${clamp01(word.confidence).toFixed(2)}"`;
  const attributes = `ID="${id}" CONTENT="${escapeXml(word.content)}" ${position(word.box)}${wc}`;
  if (word.alternative === null) return `<String ${attributes}/>`;
  return `<String ${attributes}><ALTERNATIVE PURPOSE="OCR">${escapeXml(word.alternative)}</ALTERNATIVE></String>`;
}

/** The blank between two words of a line. */
function spaceElement(left: Box, right: Box): string {
  const x0 = Math.min(left.x1, right.x0);
  const x1 = Math.max(left.x1, right.x0);
  return `<SP HPOS="${round(x0)}" VPOS="${round(left.y0)}" WIDTH="${round(x1 - x0)}"/>`;
}

function position(box: Box): string {
  const x = round(box.x0);
  const y = round(box.y0);
  return `HPOS="${x}" VPOS="${y}" WIDTH="${Math.max(1, round(box.x1) - x)}" HEIGHT="${Math.max(1, round(box.y1) - y)}"`;
}

function round(value: number): number {
  return Math.round(value);
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/** Escapes text for XML attributes and content; characters XML 1.0 cannot hold are dropped. */
export function escapeXml(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}
