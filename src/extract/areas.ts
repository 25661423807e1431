import type { EvidenceSpan } from '../schema/letter-of-intent.ts';
import type { Context, FieldResult } from './context.ts';
import { headingText, isFieldLine } from './context.ts';
import { findDates } from './dates.ts';
import { anyOf, escapeRegex, gather, re } from './patterns.ts';
import { signatureZoneStart } from './signatories.ts';
import { type Block, evidenceInBlock, sentences } from './text.ts';

/** List entries longer than this are running text (a quote, a paragraph), not an area. */
const AREA_MAX_CHARS = 250;
/** Topic headings are short; a longer "heading" is an OCR line that lost its paragraph. */
const AREA_HEADING_MAX_WORDS = 8;

interface Area {
  text: string;
  evidence: EvidenceSpan;
}

/**
 * Cooperation areas, in order of trust: the items or enumeration of an areas section or list lead-in; the
 * topic headings of an agreement's body; an inline enumeration ("samverkansavtal inom A, B och C").
 */
export function extractCooperationAreas(ctx: Context, isNews: boolean): FieldResult<string[]> {
  const areas = fromAreaSections(ctx);
  const chosen = areas.length > 0 ? areas : isNews ? [] : fromBodyHeadings(ctx);
  // A labelled metadata line (reference, date, org number) is never an area, whichever source offered it.
  const final = (chosen.length > 0 ? chosen : fromInlineEnumeration(ctx)).filter(
    (area) => !isFieldLine(area.text, ctx.sets),
  );
  const evidence: Record<string, EvidenceSpan[]> = {};
  final.forEach((area, index) => {
    evidence[`cooperationAreas[${index}]`] = [area.evidence];
  });
  return { value: final.map((area) => area.text), evidence, warnings: [] };
}

function tidy(text: string): string {
  return text.replace(/[;,]\s*(?:and|och|og)?\s*$/iu, '').trim();
}

function whole(ctx: Context, block: Block): Area {
  return {
    text: tidy(block.norm.text),
    evidence: evidenceInBlock(ctx.doc, block, 0, block.norm.text.length),
  };
}

function fromAreaSections(ctx: Context): Area[] {
  const { doc } = ctx;
  const leadIns = re(anyOf(gather(ctx.sets, (cues) => cues.areaListLeadIns)));
  const newsCues = gather(ctx.sets, (cues) => cues.newsCues).map((source) => re(source, 'imu'));
  for (const [index, block] of doc.blocks.entries()) {
    const isSection = block.kind === 'heading' && ctx.headingRole.get(index) === 'areas';
    const isLeadIn =
      block.kind === 'paragraph' && /:$/u.test(block.norm.text) && leadIns.test(block.norm.text);
    if (!isSection && !isLeadIn) continue;
    const following: Block[] = [];
    for (const next of doc.blocks.slice(index + 1)) {
      if (next.kind === 'heading') break;
      if (isLeadIn && next.kind !== 'item') break;
      following.push(next);
    }
    for (const paragraph of following) {
      const inline = enumerationIn(ctx, paragraph);
      if (inline.length > 0) return inline;
    }
    const short: Area[] = [];
    for (const entry of following) {
      if (/:$/u.test(entry.norm.text)) continue;
      if (entry.norm.text.length > AREA_MAX_CHARS || newsCues.some((cue) => cue.test(entry.norm.text))) break;
      if (entry.kind === 'item') short.push(whole(ctx, entry));
      // Text-layer PDFs can run two one-sentence entries together; each sentence is one area.
      else
        for (const sentence of sentences(entry, ctx.abbreviations))
          short.push({
            text: tidy(sentence.text),
            evidence: evidenceInBlock(ctx.doc, entry, sentence.start, sentence.end),
          });
    }
    if (short.length > 0) return short;
  }
  return [];
}

/** Agreements name their areas as section headings between the purpose and the governance/validity sections. */
function fromBodyHeadings(ctx: Context): Area[] {
  const { doc } = ctx;
  // Topics follow the purpose section; without one, they follow the parties or the document-type heading.
  const roleHeading = (roles: string[]) =>
    doc.blocks.findIndex(
      (block) => block.kind === 'heading' && roles.includes(ctx.headingRole.get(block.index) ?? ''),
    );
  const purpose = roleHeading(['purpose']);
  const firstRoleHeading = purpose >= 0 ? purpose : roleHeading(['parties', 'administrative']);
  if (firstRoleHeading < 0) return [];
  const areas: Area[] = [];
  const signatures = signatureZoneStart(ctx);
  for (const block of doc.blocks.slice(firstRoleHeading + 1)) {
    if (block.start >= signatures) break;
    if (block.kind !== 'heading') continue;
    const role = ctx.headingRole.get(block.index);
    if (role === 'validity' || role === 'signatures') break;
    // A place-and-date line above the signatures is not a topic.
    if (role !== 'body' || findDates(block.norm.text, ctx.sets).length > 0) continue;
    if (block.norm.text.split(/\s+/u).length > AREA_HEADING_MAX_WORDS) continue;
    const next = doc.blocks[block.index + 1];
    if (!next || next.kind === 'heading') continue;
    const text = headingText(block);
    const offset = block.norm.text.lastIndexOf(text);
    areas.push({ text, evidence: evidenceInBlock(doc, block, offset, offset + text.length) });
  }
  return areas;
}

function fromInlineEnumeration(ctx: Context): Area[] {
  for (const block of ctx.doc.blocks) {
    if (block.kind === 'heading') continue;
    const areas = enumerationIn(ctx, block);
    if (areas.length > 0) return areas;
  }
  return [];
}

/** "… inom områdena A, B och C." → [A, B, C]; fixed phrases ("research, development and innovation") stay whole. */
function enumerationIn(ctx: Context, block: Block): Area[] {
  const cue = re(anyOf(gather(ctx.sets, (cues) => cues.areaListCues)));
  const text = block.norm.text;
  const match = cue.exec(text);
  if (!match) return [];
  const nouns = anyOf(gather(ctx.sets, (cues) => cues.areaNouns));
  // "… in the following areas: A, B" — the colon after the cue opens the list, it does not end it.
  const lead = re(`^\\s*(?:${nouns}(?![\\p{L}]))?\\s*:?\\s*`).exec(
    text.slice((match.index ?? 0) + match[0].length),
  );
  const listStart = (match.index ?? 0) + match[0].length + (lead?.[0].length ?? 0);
  const rest = text.slice(listStart);
  const terminators = anyOf(gather(ctx.sets, (cues) => cues.listTerminators));
  const stop = re(`[.;:](?:\\s|$)|,?\\s+${terminators}(?![\\p{L}])|$`).exec(rest);
  const list = rest.slice(0, stop?.index ?? rest.length);
  const ands = anyOf(gather(ctx.sets, (cues) => cues.andWords));
  // Fixed phrases are masked with same-length placeholders so offsets stay valid.
  let masked = list;
  for (const phrase of gather(ctx.sets, (cues) => cues.atomicPhrases)) {
    masked = masked.replace(re(escapeRegex(phrase), 'giu'), (found) => found.replace(/[,\s]/gu, '_'));
  }
  const pieces: { start: number; end: number }[] = [];
  let from = 0;
  for (const comma of masked.matchAll(/,\s*/gu)) {
    pieces.push({ start: from, end: comma.index ?? 0 });
    from = (comma.index ?? 0) + comma[0].length;
  }
  const last = masked.slice(from);
  const and = re(`(?:^|\\s)(?:${ands})\\s`).exec(last);
  // An Oxford comma leaves the conjunction at the start of the last piece ("A, B, and C").
  if (and && (and.index ?? 0) === 0 && pieces.length > 0) {
    pieces.push({ start: from + and[0].length, end: masked.length });
  } else if (and && (and.index ?? 0) > 0) {
    pieces.push({ start: from, end: from + (and.index ?? 0) });
    pieces.push({ start: from + (and.index ?? 0) + and[0].length, end: masked.length });
  } else pieces.push({ start: from, end: masked.length });
  if (pieces.length < 2) return [];
  return pieces
    .map((piece) => {
      const raw = list.slice(piece.start, piece.end);
      const lead = raw.length - raw.trimStart().length;
      const value = raw.trim();
      const start = listStart + piece.start + lead;
      return { text: value, evidence: evidenceInBlock(ctx.doc, block, start, start + value.length) };
    })
    .filter((area) => area.text.length > 0);
}
