import type { TextPage } from '../pipeline/page.ts';
import type { EvidenceSpan } from '../schema/letter-of-intent.ts';
import { contentCuts } from './segment.ts';

/**
 * The document as the extractors see it: the pages joined into one string (so a paragraph may run over a
 * page break), cut into lines and blocks (headings, paragraphs, list items). Matching happens on a
 * normalised copy of each block (markdown marks dropped, line-end hyphenation joined, whitespace collapsed)
 * whose characters map back to offsets in the original text, so evidence always quotes the page itself.
 */
export interface Doc {
  pages: readonly TextPage[];
  text: string;
  /** Offset in `text` where each page starts. */
  pageStarts: number[];
  lines: Line[];
  blocks: Block[];
  /** A full line's length: the 0.9 quantile of the non-blank lines' lengths (a wrapped line reaches it). */
  fullLine: number;
}

export interface Line {
  start: number;
  end: number;
  /** The line without markdown heading marks, emphasis stars or surrounding whitespace. */
  clean: string;
  blank: boolean;
}

export type BlockKind = 'heading' | 'paragraph' | 'item';

export interface Block {
  kind: BlockKind;
  index: number;
  /** Range in `Doc.text`, list marker excluded. */
  start: number;
  end: number;
  /** First and last line index. */
  firstLine: number;
  lastLine: number;
  norm: Norm;
}

/** Normalised text; `map[i]` is the offset in `Doc.text` of character `i`. */
export interface Norm {
  text: string;
  map: number[];
}

/** A stretch of normalised text with its place in the document. */
export interface Found {
  text: string;
  start: number;
  end: number;
}

/**
 * A wire-style dateline in capitals at the start of a text unit ("LAKESIDE — The Lakeside City Council tonight
 * …"): the article's lead starts there. Case-sensitive, so a heading with a dash ("Memorandum of Understanding –
 * Coastal Precinct") is none.
 */
export const WIRE_DATELINE = /^\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,2}\s*[—–]\s+\p{Lu}\p{Ll}/u;

/** Pages are joined with a blank line so a page break also ends a block unless the paragraph clearly runs on. */
const PAGE_JOIN = '\n\n';

/**
 * An HTML line break a web archive left in its copy of a page ("MEMORANDUM OF UNDERSTANDING BETWEEN <br />THE
 * CITIES OF …"): the page broke its line there. It is read as a line break padded to the tag's length, so every
 * offset (and every evidence span) still points at the page text.
 */
const MARKUP_LINE_BREAK = /<br\s*\/?>/giu;

/** Headings are short: longer lines are body text even without a final period. */
const HEADING_MAX_CHARS = 80;
const HEADING_MAX_WORDS = 10;
/** Headings name a topic: a line with this many commas is a clause or list that wrapped, not a heading. */
const HEADING_MAX_COMMAS = 2;
/** Headings not set off by a blank line are shorter still: longer lines are a paragraph's first line. */
const TIGHT_HEADING_MAX_WORDS = 7;
/** A lower-case line this short right under a heading is the heading's wrapped end. */
const HEADING_CONTINUATION_MAX_CHARS = 60;
/** A full line is this quantile of a text's line lengths: most lines of wrapped prose reach it. */
const FULL_LINE_QUANTILE = 0.9;
/**
 * Text-layer PDFs have no blank line between paragraphs: a line that ends a sentence and is clearly shorter
 * than a full line (this share of `Doc.fullLine`) ends its paragraph.
 */
const SHORT_LINE_SHARE = 0.8;

/** A wrapped list-item line is indented under the item's text: two or more leading spaces, or a tab. */
const HANGING_INDENT = /^(?: {2,}|\t)\S/u;
/**
 * Text layers lose that indent. A party item line that stops at a comma, a conjunction, an org-number label
 * or a defined-term cue ("…, organisationsnummer", "…, nedan kallat") runs on into the next line.
 */
const ITEM_RUNS_ON =
  /(?:,|\s(?:och|og|and|samt|org\.?\s*nr\.?|organisationsnummer|organisasjonsnummer|organisation number|nedan|nedan kallad|nedan kallat|heretter|heretter kalt|heretter kalla|hereinafter))$/iu;
/**
 * A list item's marker: a bullet sign, a number or a letter. OCR reads a small bullet as a period, a middle dot
 * or a guillemet (". Kompetanseutvikling", "» Arktis"); before a capitalised word at a line's start that is a bullet too.
 */
const BULLET =
  /^(?:[-•*–▪◦]\s+|[.·°¢«»]\s+(?=\p{Lu})|\(?\d{1,2}[.)](?!\d)\s*|\(\d{1,2}\)\s*|\(?[a-z][.)]\s+|\([a-z]\)\s*)/u;
/**
 * A star before a space opens a list item ("* Arktis", as typed lists and OCR of a round bullet give it); a star
 * against a word is emphasis ("**Parter**") and is dropped.
 */
const STAR_BULLET = /^\s*\*\s+\S/u;
const SENTENCE_END = /[\p{L}\d)"”»][.!?;:]["”»)]?$/u;
/** OCR leaves specks at line ends (" .", " |", " -", " '"); they do not end a sentence or a heading. */
const TRAILING_SPECKS = /\s+[-–|'‘’"“”:.,;_~=]+$/u;
/** Specks before the first letter of a line ("' långsiktig", "- universitet"). */
const LEADING_SPECKS = /^[\s'‘’"|.,:;–-]*/u;
/** Headings do not end with a conjunction or preposition: such a line is cut off mid-sentence. */
const OPEN_ENDING = /\s(?:och|og|and|or|eller|mellan|mellom|between|of|the|en|ett|att|som)$/iu;

/** True when a text ends a sentence, ignoring OCR specks after the last word. */
function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.replace(TRAILING_SPECKS, ''));
}

/** True when a text starts with a lower-case letter, ignoring OCR specks before it. */
function startsLower(text: string): boolean {
  return /^\p{Ll}/u.test(text.replace(LEADING_SPECKS, ''));
}
const CONJUNCTIONS = new Set(['och', 'og', 'and', 'eller', 'or', 'samt', 'resp', 'respektive']);

/** Builds the document view of the repaired pages. */
export function buildDoc(pages: readonly TextPage[]): Doc {
  const pageStarts: number[] = [];
  let text = '';
  for (const [index, page] of pages.entries()) {
    if (index > 0) text += PAGE_JOIN;
    pageStarts.push(text.length);
    text += page.text
      .replace(/\f/g, '\n')
      .replace(MARKUP_LINE_BREAK, (tag) => `\n${' '.repeat(tag.length - 1)}`);
  }
  const lines = splitLines(text);
  const fullLine = percentile(
    lines.filter((line) => !line.blank).map((line) => line.clean.length),
    FULL_LINE_QUANTILE,
  );
  const blocks = buildBlocks(text, lines, fullLine);
  return { pages, text, pageStarts, lines, blocks, fullLine };
}

/**
 * Cuts the text into lines: at its line breaks and where its content starts a new unit (`contentCuts`: a
 * section number, a bullet, the end of a heading or title). The cuts are read from the text with every line
 * break taken as a space, so a text gets the same cuts whether or not it kept its breaks; a cut inside a line
 * or at a line's start counts as a blank line there, so a text that lost its line breaks gets the blocks its
 * layout would have given, and a text that kept them gets the units its words show.
 */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const cuts = contentCuts(text.replace(/[\r\n]/gu, ' '), 0, text.length, 0).map((cut) => cut.at);
  let next = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    while ((cuts[next] ?? Number.POSITIVE_INFINITY) < start) next++;
    const inside: number[] = [];
    for (; (cuts[next] ?? Number.POSITIVE_INFINITY) < end; next++) inside.push(cuts[next] as number);
    // A cut on the line's first word is a boundary the line break alone would not have made (a paragraph that
    // stops without a period before "1.2 Parterna …" otherwise runs on into it).
    const opening = start + Math.max(0, text.slice(start, end).search(/\S/u));
    const hard = inside[0] === opening;
    if (hard && lines.length > 0 && !lines.at(-1)?.blank)
      lines.push({ start, end: start, clean: '', blank: true });
    let pieceStart = start;
    for (const at of [...inside.filter((cut) => cut > opening), end]) {
      if (pieceStart > start) lines.push({ start: pieceStart, end: pieceStart, clean: '', blank: true });
      lines.push(lineAt(text, pieceStart, at));
      pieceStart = at;
    }
    start = end + 1;
  }
  return lines;
}

/**
 * True when a line (one the text broke, or a unit its content starts: see `splitLines`) starts in
 * `(start, end]` of `Doc.text`: a boundary between two words whether or not the text kept its line breaks.
 */
export function unitBoundaryBetween(doc: Doc, start: number, end: number): boolean {
  let low = 0;
  let high = doc.lines.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((doc.lines[middle]?.start ?? 0) <= start) low = middle + 1;
    else high = middle;
  }
  return (doc.lines[low]?.start ?? Number.POSITIVE_INFINITY) <= end;
}

function lineAt(text: string, start: number, end: number): Line {
  const clean = text
    .slice(start, end)
    .replace(/^\s*#+\s*/u, '')
    .replace(/\*/g, '')
    .trim()
    .replace(TRAILING_SPECKS, '');
  return { start, end, clean, blank: clean.length === 0 };
}

/**
 * True when a line reads as a section heading (see the constants above for the limits). `afterHeading` says
 * the previous line was one, so stacked headings ("AVSIKTSFÖRKLARING" over the full title) both count.
 */
export function isHeadingLine(
  lines: Line[],
  index: number,
  text: string,
  afterHeading = false,
  fullLine = 0,
): boolean {
  const line = lines[index];
  if (!line || line.blank) return false;
  if (/^\s*#/u.test(text.slice(line.start, line.end))) return true;
  const clean = line.clean;
  if (clean.length > HEADING_MAX_CHARS || clean.split(/\s+/).length > HEADING_MAX_WORDS) return false;
  if (/\s{3,}|\t/u.test(text.slice(line.start, line.end).trim())) return false;
  if (!/[\p{L}\d)]$/u.test(clean) || OPEN_ENDING.test(clean)) return false;
  const numbered =
    /^(?:(?:article|artikel|artikkel|§|section|punkt)\s*)?\d{1,2}(?:\.\d{1,2})*[.)]?\s+(?<rest>.+)$/iu.exec(
      clean,
    );
  const body = numbered?.groups?.rest ?? clean;
  if (numbered && body.includes(',')) return false;
  // Two commas make a clause or an enumeration ("Between A (…), Espoo, Finland, and KTH"), not a heading.
  if ((body.match(/,/gu) ?? []).length >= HEADING_MAX_COMMAS) return false;
  if (!numbered && (BULLET.test(clean) || STAR_BULLET.test(text.slice(line.start, line.end)))) return false;
  if (!/^[\p{Lu}\d§]/u.test(numbered ? body.replace(/^[–-]\s*/u, '') : body)) return false;
  if (inListAfterLeadIn(lines, index)) return false;
  const previous = previousNonBlank(lines, index);
  const prevLine = lines[index - 1];
  const afterBlank = !prevLine || prevLine.blank;
  // Text-layer PDFs have no blank lines: a short previous line (the end of a paragraph or a heading) also frees it.
  const previousShort =
    previous !== undefined && fullLine > 0 && previous.clean.length < fullLine * SHORT_LINE_SHARE;
  // Without a blank line before it, only a short line is trusted to be a heading.
  if (!afterBlank && clean.split(/\s+/u).length > TIGHT_HEADING_MAX_WORDS) return false;
  if (!afterBlank && previous && !endsSentence(previous.clean) && !previousShort) {
    // Under a one-word or all-capital heading (a cover title, "Fakta") the next short line may be a heading too.
    const stacked =
      afterHeading &&
      !clean.includes(',') &&
      (previous.clean === previous.clean.toUpperCase() || !/\s/u.test(previous.clean));
    if (!stacked) return false;
  }
  const next = lines[index + 1];
  if (next && !next.blank && startsLower(next.clean) && !isHeadingContinuation(next)) return false;
  // Rule wrapped-sentence: a lower-case line right under it that would make the pair longer than a heading is the
  // same sentence going on ("This Memorandum …, dated for" over "identification this 15 day of October …").
  if (
    next &&
    !next.blank &&
    startsLower(next.clean) &&
    clean.split(/\s+/u).length + next.clean.split(/\s+/u).length > HEADING_MAX_WORDS
  )
    return false;
  // OCR puts blank lines inside paragraphs: a lower-case line after the gap means the sentence runs on.
  const nextContent = lines.slice(index + 1).find((candidate) => !candidate.blank);
  if (next?.blank && nextContent && startsLower(nextContent.clean)) return false;
  return true;
}

/**
 * A photo caption's kicker before the people it names: a word or few in capitals and a colon ("SAMARBEIDER:",
 * "HOLDER I TRÅDENE:"); no part of a signer's title or a responsible person's role.
 */
export const CAPTION_KICKER = /^(?=[^:]*\p{Lu}{2})\p{Lu}+(?:\s+\p{Lu}+)*:\s+/u;

/** A list after a lead-in has at most this many entries before a heading may follow it. */
const LEAD_IN_LIST_MAX_LINES = 12;
/** A lead-in this short is a label ("BETWEEN:", "Samverkande parter:"), not a sentence. */
const LABEL_MAX_WORDS = 3;

/**
 * True when a line is an entry of a list that a lead-in ending with a colon opened ("BETWEEN:" over one name
 * a line): every line since the lead-in is short and ends no sentence. Flattened, such names run on after
 * the colon in one paragraph; with their breaks they are list lines, not section headings.
 */
function inListAfterLeadIn(lines: Line[], index: number): boolean {
  // A numbered line is a section heading whatever came before it; a list with bullets marks its own entries.
  if (BULLET.test(lines[index]?.clean ?? '')) return false;
  let seen = 0;
  for (let i = index - 1; i >= 0 && seen <= LEAD_IN_LIST_MAX_LINES; i--) {
    const line = lines[i] as Line;
    if (line.blank) continue;
    // After a label ("BETWEEN:", "Parter:") the first line is an entry too; after a lead-in sentence
    // ("… agree as follows:") it may be the first section's heading.
    if (/:$/u.test(line.clean)) return seen > 0 || line.clean.split(/\s+/u).length <= LABEL_MAX_WORDS;
    if (endsSentence(line.clean) || line.clean.split(/\s+/u).length > HEADING_MAX_WORDS) return false;
    if (BULLET.test(line.clean)) return false;
    seen++;
  }
  return false;
}

/** A short lower-case line under a heading finishes it ("… och Västerbottens" / "museum", "RAMMEAVTALE" / "om …"). */
function isHeadingContinuation(line: Line): boolean {
  return (
    !line.blank &&
    /^\p{Ll}/u.test(line.clean) &&
    line.clean.length <= HEADING_CONTINUATION_MAX_CHARS &&
    !/[.,;:!?]$/u.test(line.clean) &&
    !OPEN_ENDING.test(` ${line.clean}`)
  );
}

function previousNonBlank(lines: Line[], index: number): Line | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const line = lines[i];
    if (line && !line.blank) return line;
  }
  return undefined;
}

/** A block still being built: no index or normalised text yet. */
interface OpenBlock {
  kind: BlockKind;
  start: number;
  end: number;
  firstLine: number;
  lastLine: number;
}

function buildBlocks(text: string, lines: Line[], fullLine: number): Block[] {
  const blocks: Block[] = [];
  let current: OpenBlock | null = null;
  const flush = () => {
    if (current)
      blocks.push({ ...current, index: blocks.length, norm: normalize(text, current.start, current.end) });
    current = null;
  };
  let afterHeading = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line;
    if (line.blank) {
      flush();
      afterHeading = false;
      continue;
    }
    const rawLine = text.slice(line.start, line.end);
    // A hanging-indented line right under a list item is that item's wrapped end ("1. RISE …, org.nr" /
    // "   556464-6874, nedan kallat RISE"), even when it would read as a heading on its own.
    const open = current as OpenBlock | null;
    const itemAbove: OpenBlock | undefined = open?.kind === 'item' ? open : blocks.at(-1);
    const lineAbove = lines[index - 1];
    if (
      itemAbove?.kind === 'item' &&
      itemAbove.lastLine === index - 1 &&
      (HANGING_INDENT.test(rawLine) || (lineAbove !== undefined && ITEM_RUNS_ON.test(lineAbove.clean))) &&
      !BULLET.test(rawLine.trimStart())
    ) {
      const item: OpenBlock = open === itemAbove ? open : { ...(blocks.pop() as Block), kind: 'item' };
      item.end = line.end;
      item.lastLine = index;
      current = item;
      if (endsSentence(line.clean) && line.clean.length < fullLine * SHORT_LINE_SHARE) flush();
      continue;
    }
    if (isHeadingLine(lines, index, text, afterHeading, fullLine)) {
      flush();
      const offset = rawLine.search(/\S/u);
      current = {
        kind: 'heading',
        start: line.start + offset,
        end: line.end,
        firstLine: index,
        lastLine: index,
      };
      const next = lines[index + 1];
      const words = (value: string) => value.split(/\s+/u).length;
      if (next && isHeadingContinuation(next) && words(line.clean) + words(next.clean) <= HEADING_MAX_WORDS) {
        current.end = next.end;
        current.lastLine = index + 1;
        index++;
      }
      flush();
      afterHeading = true;
      continue;
    }
    afterHeading = false;
    const stripped = rawLine.replace(/^(?:[\s'‘’|]|\*(?!\s))*/u, '');
    const bullet = BULLET.exec(stripped);
    if (bullet) {
      flush();
      const markerEnd = line.start + (rawLine.length - stripped.length) + bullet[0].length;
      current = { kind: 'item', start: markerEnd, end: line.end, firstLine: index, lastLine: index };
    } else if (current && !endsShortItem(current, lines, line, fullLine)) {
      current.end = line.end;
      current.lastLine = index;
    } else {
      flush();
      const offset = rawLine.search(/\S/u);
      current = {
        kind: 'paragraph',
        start: line.start + offset,
        end: line.end,
        firstLine: index,
        lastLine: index,
      };
    }
    if (endsSentence(line.clean) && line.clean.length < fullLine * SHORT_LINE_SHARE) flush();
  }
  flush();
  return mergeRunOnParagraphs(text, blocks);
}

/** A list item whose last line was short is over; a capitalised line after it starts a new paragraph. */
function endsShortItem(
  current: { kind: BlockKind; lastLine: number },
  lines: Line[],
  line: Line,
  fullLine: number,
): boolean {
  const last = lines[current.lastLine];
  return (
    current.kind === 'item' &&
    last !== undefined &&
    /^\p{Lu}/u.test(line.clean) &&
    last.clean.length < fullLine * SHORT_LINE_SHARE
  );
}

function percentile(values: number[], share: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
}

/** OCR text often has blank lines inside a paragraph; a block that stops mid-sentence runs on into the next. */
function mergeRunOnParagraphs(text: string, blocks: Block[]): Block[] {
  const merged: Block[] = [];
  for (const block of blocks) {
    const last = merged.at(-1);
    // OCR reads a speck before a wrapped line as a bullet ("- universitet (LTU) för att …"): a lower-case
    // "item" after an unfinished paragraph is that paragraph's next line.
    const runOn = block.kind === 'paragraph' || (block.kind === 'item' && last?.kind === 'paragraph');
    if (
      last &&
      last.kind !== 'heading' &&
      runOn &&
      !endsSentence(last.norm.text) &&
      startsLower(block.norm.text)
    ) {
      last.end = block.end;
      last.lastLine = block.lastLine;
      last.norm = normalize(text, last.start, last.end);
      continue;
    }
    merged.push({ ...block, index: merged.length });
  }
  return merged;
}

/**
 * `/\s/u.test(ch)` for one UTF-16 unit, without running a regex for the ASCII majority: normalize looks at
 * every character of every block (issue 12).
 */
function isSpace(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return /\s/u.test(ch);
}

/**
 * Normalises `text[start, end)`: see `Doc`. The output is kept as one UTF-16 unit per entry and joined at
 * the end: reading the end of a string built by `+=` flattens it, which made this quadratic (issue 12).
 */
export function normalize(text: string, start: number, end: number): Norm {
  const out: string[] = [];
  const map: number[] = [];
  let atLineStart = true;
  let i = start;
  while (i < end) {
    const ch = text[i] ?? '';
    if (atLineStart && ch === '#') {
      i++;
      continue;
    }
    if (ch === '*') {
      i++;
      continue;
    }
    if (isSpace(ch)) {
      let j = i;
      let newline = false;
      while (j < end && isSpace(text[j] ?? '')) {
        if (text[j] === '\n') newline = true;
        j++;
      }
      atLineStart = newline;
      const before = out[out.length - 2] ?? '';
      const next = text[j] ?? '';
      if (newline && out[out.length - 1] === '-' && /[\p{L}\d]/u.test(before) && j < end) {
        const nextWord = /^[\p{L}]+/u.exec(text.slice(j, Math.min(end, j + 20)))?.[0]?.toLowerCase() ?? '';
        if (/\p{Ll}/u.test(next) && /\p{L}/u.test(before) && !CONJUNCTIONS.has(nextWord)) {
          out.pop();
          map.pop();
        } else if (!/[\p{Lu}\d]/u.test(next)) {
          out.push(' ');
          map.push(i);
        }
      } else if (out.length > 0 && j < end) {
        out.push(' ');
        map.push(i);
      }
      i = j;
      continue;
    }
    atLineStart = false;
    out.push(ch);
    map.push(i);
    i++;
  }
  return { text: out.join(''), map };
}

/** Maps a range of normalised text back to the document: the original start and end offsets. */
export function toRaw(norm: Norm, start: number, end: number): { start: number; end: number } {
  const rawStart = norm.map[start] ?? norm.map.at(-1) ?? 0;
  const last = norm.map[Math.max(start, end - 1)] ?? rawStart;
  return { start: rawStart, end: last + 1 };
}

/** Evidence for a range of `Doc.text`: page-relative, clipped to the page the range starts on. */
export function evidenceAt(doc: Doc, start: number, end: number): EvidenceSpan {
  let pageIndex = 0;
  for (const [index, pageStart] of doc.pageStarts.entries()) if (pageStart <= start) pageIndex = index;
  const pageStart = doc.pageStarts[pageIndex] ?? 0;
  const page = doc.pages[pageIndex];
  const pageText = page?.text ?? '';
  const localStart = Math.max(0, start - pageStart);
  const localEnd = Math.min(pageText.length, Math.max(localStart, end - pageStart));
  return {
    page: page?.number ?? pageIndex + 1,
    start: localStart,
    end: localEnd,
    snippet: pageText.slice(localStart, localEnd),
  };
}

/** Evidence for a range of normalised text. */
export function evidenceInNorm(doc: Doc, norm: Norm, start: number, end: number): EvidenceSpan {
  const raw = toRaw(norm, start, end);
  return evidenceAt(doc, raw.start, raw.end);
}

/** Evidence for a range of a block's normalised text. */
export function evidenceInBlock(doc: Doc, block: Block, start: number, end: number): EvidenceSpan {
  return evidenceInNorm(doc, block.norm, start, end);
}

/** A capitalised name word, then a capital and one small letter with its period ("Gunn-Elin Aa."). */
const NAME_INITIAL_BEFORE = /(?:^|\s)\p{Lu}\p{Ll}[\p{L}-]*\s+\p{Lu}\p{Ll}\.$/u;

/** Splits a block's normalised text into sentences, keeping abbreviations ("bl.a.", "org. nr") and initials whole. */

export function sentences(block: Block, abbreviations: ReadonlySet<string>): Found[] {
  const text = block.norm.text;
  const found: Found[] = [];
  let start = 0;
  const boundary = /[.!?;](?=["”»)]?\s+["“«(–-]?\s*[\p{Lu}\d])/gu;
  for (const match of text.matchAll(boundary)) {
    const end = (match.index ?? 0) + 1;
    const token = /([\p{L}.]+)$/u.exec(text.slice(start, end - 1))?.[1]?.toLowerCase() ?? '';
    if (abbreviations.has(token) || /^\p{L}$/u.test(token)) continue;
    // A two-letter initial inside a name ("Gunn-Elin Aa. Bjørneboe") ends no sentence: a capitalised word
    // stands before it and after it.
    if (NAME_INITIAL_BEFORE.test(text.slice(Math.max(0, start), end))) continue;
    pushSentence(found, text, start, end);
    start = end;
  }
  pushSentence(found, text, start, text.length);
  return found;
}

function pushSentence(found: Found[], text: string, start: number, end: number): void {
  let s = start;
  while (s < end && /\s/u.test(text[s] ?? '')) s++;
  if (s < end) found.push({ text: text.slice(s, end), start: s, end });
}
