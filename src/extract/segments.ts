import type { EvidenceSpan } from '../schema/letter-of-intent.ts';
import type { Context } from './context.ts';
import { type Block, evidenceInBlock, sentences } from './text.ts';

/**
 * One readable unit of content: a sentence, or one entry of a bulleted or numbered list. Lists survive in
 * text that lost its line breaks as inline markers ("… är: • A • B", "… promote: 1. A; 2. B"), so the
 * content rules (purposes, areas) read these units rather than lines.
 */
export interface Segment {
  text: string;
  /** Offsets in the block's normalised text. */
  start: number;
  end: number;
  block: Block;
  /** True when the segment is a list entry (a list block, or text after an inline bullet or number). */
  item: boolean;
  /** True when the block opened with a dash or quote mark: reported speech in news text, not a list entry. */
  quoted: boolean;
}

/**
 * Inline list markers inside a sentence: a bullet sign, or an entry number after a colon or semicolon (and the
 * "and" before a list's last entry: "…; and 5. the recognition …").
 * "Ø" is how Wingdings arrows come out of Word documents; it only counts before a capitalised word. A web page
 * that lost its list layout glues "•" to the words on both sides ("… områden:•Regional tillväxt•Energi"): there
 * it counts before a capitalised word. A dash right after a colon opens an entry too ("… skal være med å: - Styrke …").
 */
const INLINE_MARKER =
  /(?:^|\s)(?:[•▪◦●■►](?=\s)|Ø(?=\s+\p{Lu}))\s*|•(?=\p{Lu})|(?<=:\s*)[-–]\s+(?=\p{Lu})|(?<=[:;]\s*(?:(?:and|or|och|eller|og)\s+)?)\(?\d{1,2}[.)]\s+(?=\p{L})/gu;
/** A sentence that opens with an entry number ("2. the development of …") is a list entry. */
const LEADING_NUMBER = /^\(?\d{1,2}[.)]\s+(?=\p{L})/u;
/**
 * A clause number, with the capitalised heading it follows when line breaks were lost ("3.1 The Parties …",
 * "COLLABORATION AND OBJECTIVES 3.1 The …"): numbering, not content.
 */
const CLAUSE_NUMBER = /^(?:(?:\p{Lu}{2,}\s+){1,6})?\d{1,2}(?:\.\d{1,2})+\.?\s+(?=\p{Lu})/u;
/** The raw text between a line's start and its block: a dash or quote there marks reported speech. */
const SPEECH_MARK = /[–—"“”«]/u;

/** The document's segments in reading order, headings included (their `block.kind` says so). */
export function segmentsOf(ctx: Context): Segment[] {
  const cached = CACHE.get(ctx);
  if (cached) return cached;
  const out: Segment[] = [];
  let previousEnd = 0;
  for (const block of ctx.doc.blocks) {
    // Only the marks between this block and the start of its first unit (a line, or where the content started a
    // unit) or the previous block: text without line breaks is one line, and a quote earlier on it does not make
    // every later block reported speech.
    const lineStart = Math.min(block.start, ctx.doc.lines[block.firstLine]?.start ?? block.start);
    const from = Math.max(lineStart, Math.min(previousEnd, block.start));
    previousEnd = block.end;
    const quoted = SPEECH_MARK.test(ctx.doc.text.slice(from, block.start));
    sentences(block, ctx.abbreviations).forEach((sentence, index) => {
      const firstItem = block.kind === 'item' && index === 0;
      for (const piece of splitAtMarkers(sentence.text)) {
        let { start } = piece;
        let text = piece.text;
        let item = piece.item || (firstItem && piece.start === 0);
        const clause = CLAUSE_NUMBER.exec(text);
        if (clause) {
          start += clause[0].length;
          text = text.slice(clause[0].length);
        }
        const number = LEADING_NUMBER.exec(text);
        if (number && !/:\s*$/u.test(text)) {
          start += number[0].length;
          text = text.slice(number[0].length);
          item = true;
        }
        text = text.replace(/\s+[|'‘’_~=-]+$/u, '').trimEnd();
        if (text.length === 0) continue;
        out.push({
          text,
          start: sentence.start + start,
          end: sentence.start + start + text.length,
          block,
          item,
          quoted: quoted && index === 0 && piece.start === 0,
        });
      }
    });
  }
  CACHE.set(ctx, out);
  return out;
}

const CACHE = new WeakMap<Context, Segment[]>();

/**
 * Recitals of US agreements and council resolutions run on with "; and" and no full stop ("… King County; and
 * WHEREAS, the parties wish …"): each "WHEREAS" (or "NOW, THEREFORE") opens a unit of its own.
 */
const RECITAL_START = /(?<=\S\s*)\s(?=(?:WHEREAS|Whereas|NOW,?\s+THEREFORE|Now,?\s+therefore)\b)/gu;

function splitAtMarkers(text: string): { text: string; start: number; item: boolean }[] {
  const pieces: { text: string; start: number; item: boolean }[] = [];
  const bounds = [
    0,
    ...[...text.matchAll(RECITAL_START)].map((match) => (match.index ?? 0) + 1),
    text.length,
  ];
  for (let index = 0; index + 1 < bounds.length; index++) {
    const unitStart = bounds[index] ?? 0;
    const unit = text.slice(unitStart, bounds[index + 1]);
    let from = 0;
    let item = false;
    for (const marker of unit.matchAll(INLINE_MARKER)) {
      const at = marker.index ?? 0;
      pushPiece(pieces, unit, from, at, item, unitStart);
      from = at + marker[0].length;
      item = true;
    }
    pushPiece(pieces, unit, from, unit.length, item, unitStart);
  }
  return pieces;
}

function pushPiece(
  pieces: { text: string; start: number; item: boolean }[],
  text: string,
  from: number,
  to: number,
  item: boolean,
  offset = 0,
): void {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const value = raw.trim();
  if (value.length > 0) pieces.push({ text: value, start: offset + from + lead, item });
}

/** Evidence for a whole segment, or for a part of it given as offsets into `segment.text`. */
export function segmentEvidence(
  ctx: Context,
  segment: Segment,
  from = 0,
  to = segment.text.length,
): EvidenceSpan {
  return evidenceInBlock(ctx.doc, segment.block, segment.start + from, segment.start + to);
}

/** A list label without a colon ("Mål", "Samarbeidsområder") is this short. */
const LABEL_MAX_WORDS = 4;

/** True when a segment opens a list: it ends with a colon, or it is a short label without a final stop ("Mål"). */
export function isLeadIn(segment: Segment): boolean {
  if (/:$/u.test(segment.text)) return true;
  return (
    !segment.item && segment.text.split(/\s+/u).length <= LABEL_MAX_WORDS && !/[.!?;,]$/u.test(segment.text)
  );
}

/** The list entries right after segment `index`: consecutive item segments (or those `accept` takes). */
export function entriesAfter(
  segments: readonly Segment[],
  index: number,
  accept: (segment: Segment) => boolean = (segment) => segment.item && !segment.quoted,
): Segment[] {
  const entries: Segment[] = [];
  for (const next of segments.slice(index + 1)) {
    if (!accept(next)) break;
    entries.push(next);
  }
  return entries;
}
