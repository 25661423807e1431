import type { OcrWord } from '../ocr/engine.ts';
import { type Box, identityGeometry, type PageGeometry } from '../ocr/geometry.ts';
import type { PageText } from '../pipeline/page.ts';
import type { Repair } from '../schema/letter-of-intent.ts';

/**
 * The OCR words of a page as the layout outputs (searchable PDF, ALTO) write them: each with its box in
 * the image tesseract read, the repaired reading, and its line. Repairs are reported against the repaired
 * text (`offset`) and name the raw text they replaced (`from`), so they are replayed on the raw page text
 * to see which word each one falls in: "ftir" at its box becomes "för" there.
 */

/** One word to write: the repaired text at the OCR box. */
export interface LayoutWord {
  /** The repaired reading (what search should find). */
  text: string;
  /** What OCR read, when repair changed it. */
  ocrText: string;
  /** 0–1 */
  confidence: number;
  /** Box in the recognised image; `PageLayout.geometry` maps it onto the page image. */
  bbox: Box;
}

/** A text line: its words in reading order. */
export interface LayoutLine {
  words: LayoutWord[];
}

/** A text block (a paragraph): its lines in reading order. */
export interface LayoutBlock {
  lines: LayoutLine[];
}

/** An OCR'd page's words, grouped in blocks and lines, and how their boxes map onto the page image. */
export interface PageLayout {
  /** 1-based */
  number: number;
  geometry: PageGeometry;
  blocks: LayoutBlock[];
}

/** A repair moved from repaired-text coordinates onto the raw OCR text: replace [start, end) with `to`. */
interface RawEdit {
  start: number;
  end: number;
  to: string;
}

/**
 * Builds the layout of every OCR'd page that has words. Pages read from a text layer have none (their
 * layout lives in the PDF itself), so they are left out.
 */
export function pageLayouts(pages: readonly PageText[], repairs: readonly Repair[]): PageLayout[] {
  return pages.flatMap((page) => {
    if (page.textSource !== 'ocr' || page.words.length === 0) return [];
    const edits = rawEdits(
      page.text,
      repairs.filter((repair) => repair.page === page.number),
    );
    const words = repairedWords(page.text, page.words, edits);
    return [
      {
        number: page.number,
        geometry: page.geometry ?? identityGeometry(extentOf(page.words)),
        blocks: groupBlocks(words),
      },
    ];
  });
}

/**
 * Replays repairs on the raw text: each repair's `offset` is in the repaired text, so the raw position is
 * that offset minus the growth of the repairs before it. A repair whose `from` is not at that place
 * (the text was cut by --max-chars, or the report is from another reading) is skipped, not guessed.
 */
function rawEdits(raw: string, repairs: readonly Repair[]): RawEdit[] {
  const edits: RawEdit[] = [];
  let growth = 0;
  for (const repair of [...repairs].sort((a, b) => a.offset - b.offset)) {
    const start = repair.offset - growth;
    const end = start + repair.from.length;
    growth += repair.to.length - repair.from.length;
    if (raw.slice(start, end) !== repair.from) continue;
    edits.push({ start, end, to: repair.to });
  }
  return edits;
}

interface PlacedWord {
  word: OcrWord;
  /** Span of the word in the raw page text, or null when it could not be found there. */
  start: number | null;
  end: number | null;
}

/** Finds each word in the raw text, in order; tesseract's text is its words joined by spaces and newlines. */
function placeWords(raw: string, words: readonly OcrWord[]): PlacedWord[] {
  let cursor = 0;
  return words.map((word) => {
    const start = raw.indexOf(word.text, cursor);
    // A word far ahead of the cursor is another occurrence: tesseract puts at most a few blanks between words.
    if (start === -1 || start - cursor > MAX_GAP_BETWEEN_WORDS) return { word, start: null, end: null };
    cursor = start + word.text.length;
    return { word, start, end: cursor };
  });
}

/** Characters tesseract's text may hold between two words (spaces, newlines, a paragraph break). */
const MAX_GAP_BETWEEN_WORDS = 16;

/**
 * The repaired reading of each word: its raw span with the edits applied. An edit that spans several
 * words (a hyphenated word joined across a line) goes whole to the word where it starts; the words it
 * swallowed become empty and their box joins the previous word's when they share a line.
 */
function repairedWords(raw: string, words: readonly OcrWord[], edits: readonly RawEdit[]): OcrWordRead[] {
  const read: OcrWordRead[] = [];
  for (const { word, start, end } of placeWords(raw, words)) {
    const text = start === null || end === null ? word.text : applyEdits(raw, start, end, edits);
    const clean = text.replace(/\s+/g, ' ').trim();
    const previous = read.at(-1);
    if (clean === '') {
      if (previous !== undefined && previous.line === word.line)
        previous.bbox = unionBox(previous.bbox, word.bbox);
      continue;
    }
    read.push({
      text: clean,
      ocrText: word.text,
      confidence: word.confidence,
      bbox: { ...word.bbox },
      line: word.line,
      paragraph: word.paragraph,
    });
  }
  return read;
}

interface OcrWordRead extends LayoutWord {
  line: number | undefined;
  paragraph: number | undefined;
}

/** The text of raw[start, end) after the edits: an edit starting inside the span is taken whole, one starting before it swallows its part. */
function applyEdits(raw: string, start: number, end: number, edits: readonly RawEdit[]): string {
  let text = '';
  let at = start;
  for (const edit of edits) {
    if (edit.end <= start || edit.start >= end) continue;
    if (edit.start < start) {
      // Begun in an earlier word, which carries the replacement; this word keeps only what follows it.
      at = Math.max(at, edit.end);
      continue;
    }
    text += raw.slice(at, edit.start) + edit.to;
    at = Math.max(at, edit.end);
  }
  if (at < end) text += raw.slice(at, end);
  return text;
}

/**
 * Groups words into lines and lines into blocks: by the engine's line and paragraph indexes when it
 * gives them; otherwise a word starts a new line when it does not overlap the previous word vertically
 * or lies to its left, and a line starts a new block after a gap taller than a line (a fake or recorded
 * engine gives no indexes).
 */
function groupBlocks(words: readonly OcrWordRead[]): LayoutBlock[] {
  const lines = splitWhere(words, (previous, word) => !sameLine(previous, word));
  const blocks = splitWhere(lines, (previous, line) => !sameBlock(previous, line));
  return blocks.map((block) => ({ lines: block.map((line) => ({ words: line.map(toLayoutWord) })) }));
}

/** Cuts a list into runs, starting a new run before each item for which `breaks(previous, item)` holds. */
function splitWhere<T>(items: readonly T[], breaks: (previous: T, item: T) => boolean): T[][] {
  const runs: T[][] = [];
  for (const item of items) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run === undefined || previous === undefined || breaks(previous, item)) runs.push([item]);
    else run.push(item);
  }
  return runs;
}

function sameBlock(previous: readonly OcrWordRead[], line: readonly OcrWordRead[]): boolean {
  const a = previous[0];
  const b = line[0];
  if (a === undefined || b === undefined) return true;
  if (a.paragraph !== undefined && b.paragraph !== undefined) return a.paragraph === b.paragraph;
  const above = previous.reduce((box, word) => unionBox(box, word.bbox), a.bbox);
  const below = line.reduce((box, word) => unionBox(box, word.bbox), b.bbox);
  return below.y0 - above.y1 < above.y1 - above.y0;
}

/** All lines of a page layout in reading order. */
export function layoutLines(layout: PageLayout): LayoutLine[] {
  return layout.blocks.flatMap((block) => block.lines);
}

function sameLine(previous: OcrWordRead, word: OcrWordRead): boolean {
  if (previous.line !== undefined && word.line !== undefined) return previous.line === word.line;
  const overlap = Math.min(previous.bbox.y1, word.bbox.y1) - Math.max(previous.bbox.y0, word.bbox.y0);
  return overlap > 0 && word.bbox.x0 >= previous.bbox.x0;
}

function toLayoutWord(word: OcrWordRead): LayoutWord {
  return { text: word.text, ocrText: word.ocrText, confidence: word.confidence, bbox: word.bbox };
}

/** The box around two boxes. */
export function unionBox(a: Box, b: Box): Box {
  return {
    x0: Math.min(a.x0, b.x0),
    y0: Math.min(a.y0, b.y0),
    x1: Math.max(a.x1, b.x1),
    y1: Math.max(a.y1, b.y1),
  };
}

/** Without a geometry the words' own extent is the best guess at the image size. */
function extentOf(words: readonly OcrWord[]): { width: number; height: number } {
  return {
    width: Math.max(1, ...words.map((word) => word.bbox.x1)),
    height: Math.max(1, ...words.map((word) => word.bbox.y1)),
  };
}
