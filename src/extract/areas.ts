import type { EvidenceSpan } from '../schema/letter-of-intent.ts';
import type { Context, FieldResult } from './context.ts';
import { headingText, isFieldLine } from './context.ts';
import { findDates } from './dates.ts';
import { anyOf, escapeRegex, gather, matchesAnywhere, newsCues, perCueSets, re } from './patterns.ts';
import { entriesAfter, isLeadIn, type Segment, segmentEvidence, segmentsOf } from './segments.ts';
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

/** A rule's proposal: the areas it read, in order. */
interface Proposal {
  rule: string;
  areas: Area[];
}

/**
 * Cooperation areas. Named rules propose lists, in order of trust: the items of an areas section or list
 * lead-in; the entries after a lead-in that names areas ("Tematiska områden … är:", "… inom följande
 * områden:"), which survive flattened text as inline bullets; an enumeration after an area noun ("flera
 * områden, bland annat A, B och C", "områder … vedrørende A, B og C"): the text names its areas in so many
 * words, where headings are only a layout (an agreement's clause headings, "Forholdet til forbundets regler",
 * read like topics); the topic headings of an agreement's body, when its layout kept them; an enumeration
 * after an area-list cue ("inom områdena A, B och C"). The ranking step takes the
 * most trusted non-empty proposal; labelled metadata lines and empty entries are never areas.
 */
export function extractCooperationAreas(ctx: Context, isNews: boolean): FieldResult<string[]> {
  const rules: ((ctx: Context) => Proposal)[] = [
    (c) => ({ rule: 'area-section', areas: fromAreaSections(c) }),
    (c) => ({ rule: 'area-list-entries', areas: areaListEntries(c) }),
    (c) => ({ rule: 'enumeration-after-area-noun', areas: enumerationAfterAreaNoun(c) }),
    (c) => ({ rule: 'body-headings', areas: isNews ? [] : fromBodyHeadings(c) }),
    (c) => ({ rule: 'area-list-cue', areas: fromInlineEnumeration(c) }),
    (c) => ({ rule: 'chosen-as-area', areas: chosenAsArea(c) }),
    (c) => ({ rule: 'cooperation-object', areas: cooperationObject(c) }),
  ];
  const final = rankAreas(ctx, rules);
  const evidence: Record<string, EvidenceSpan[]> = {};
  final.forEach((area, index) => {
    evidence[`cooperationAreas[${index}]`] = [area.evidence];
  });
  return { value: final.map((area) => area.text), evidence, warnings: [] };
}

/** The ranking step: the first rule, in order of trust, whose proposal keeps an entry after the filters. */
function rankAreas(ctx: Context, rules: ((ctx: Context) => Proposal)[]): Area[] {
  const cutOff = cutOffEnding(ctx);
  for (const rule of rules) {
    const areas = rule(ctx).areas.filter(
      (area) => area.text.length > 0 && !isFieldLine(area.text, ctx.sets) && !cutOff.test(area.text),
    );
    if (areas.length > 0) return areas;
  }
  return [];
}

/**
 * An area's name never ends in a preposition or conjunction: "g. Other areas of mutual interest of" is an
 * entry a text store cut off mid-phrase, not a topic.
 */
function cutOffEnding(ctx: Context): RegExp {
  return perCueSets(ctx.sets, 'areas.cutOffEnding', () =>
    re(`\\s${anyOf(gather(ctx.sets, (cues) => cues.nameFinalStops))}$`),
  );
}

function tidy(text: string): string {
  return text.replace(/[;,]\s*(?:and|och|og)?\s*$/iu, '').trim();
}

function whole(ctx: Context, block: Block): Area {
  // A list entry's closing stop is punctuation, not part of the topic ("(f) antimicrobial resistance.").
  const text = tidy(block.norm.text.slice(0, areaNameEnd(ctx, block.norm.text))).replace(/[.;:]+$/u, '');
  return { text, evidence: evidenceInBlock(ctx.doc, block, 0, text.length) };
}

function fromAreaSections(ctx: Context): Area[] {
  const { doc } = ctx;
  const leadIns = perCueSets(ctx.sets, 'areas.sections', () =>
    re(anyOf(gather(ctx.sets, (cues) => cues.areaListLeadIns))),
  );
  const news = newsCues(ctx.sets);
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
    // Flattened, the section's lists stay inline: the lettered list after the lead-in that names areas.
    for (const segment of segmentsOf(ctx)) {
      if (!following.includes(segment.block)) continue;
      const lettered = letteredEntriesAfterColon(ctx, segment, areaLabel(ctx));
      if (lettered.length >= 2) return lettered;
    }
    const short: Area[] = [];
    for (const entry of listNamingAreas(ctx, following) ?? following) {
      if (/:$/u.test(entry.norm.text)) continue;
      if (
        entry.norm.text.length > AREA_MAX_CHARS ||
        news.some((cue) => matchesAnywhere(cue, entry.norm.text))
      )
        break;
      if (entry.kind === 'item') short.push(whole(ctx, entry));
      // Text-layer PDFs can run two one-sentence entries together; each sentence is one area.
      else
        for (const sentence of sentences(entry, ctx.abbreviations)) {
          const text = tidy(sentence.text.slice(0, areaNameEnd(ctx, sentence.text)));
          short.push({
            text,
            evidence: evidenceInBlock(ctx.doc, entry, sentence.start, sentence.start + text.length),
          });
        }
    }
    if (short.length > 0) return trimRunOn(short);
  }
  return [];
}

/**
 * An areas section can hold several lists ("… to assist in: (a) …", "… may include the following areas: (a) …",
 * "… through, inter alia: (a) …"): the entries after the lead-in that names areas are the areas, when there is one.
 */
function listNamingAreas(ctx: Context, blocks: readonly Block[]): Block[] | null {
  const label = areaLabel(ctx);
  const lead = blocks.findIndex(
    (block, index) =>
      /:$/u.test(block.norm.text) && label.test(block.norm.text) && blocks[index + 1]?.kind === 'item',
  );
  if (lead < 0) return null;
  const entries: Block[] = [];
  for (const block of blocks.slice(lead + 1)) {
    if (block.kind !== 'item' || /:$/u.test(block.norm.text)) break;
    entries.push(block);
  }
  return entries;
}

/** A label and its value on one line ("AGENDA ITEM TYPE: Consent", "On agenda: 10/13/2015"): a memo or form field. */
const FIELD_LABEL = /^[\p{Lu}\d][\p{L}\d\s/&-]{1,30}:\s+\S/u;

/** A heading that is only a section's label and number ("ARTICLE III", "Artikel 4", "§ 5") names no topic. */
function sectionLabel(ctx: Context): RegExp {
  const leads = anyOf(gather(ctx.sets, (cues) => cues.segmentation.numberLeads));
  return re(`^(?:${leads}|§)\\s*(?:\\d+|[ivxlc]+)[.:]?$`);
}

/** Agreements name their areas as section headings between the purpose and the governance/validity sections. */
function fromBodyHeadings(ctx: Context): Area[] {
  const { doc } = ctx;
  // Topics follow the purpose section. Without one, the headings after the parties are the agreement's clauses
  // ("Grunnlag", "Rapporteringsrutiner") or a minute's parts ("Regionstyrelsens beslut", "Sammanfattning"),
  // and the last lines of a letter ("Name, President", its address): no topics.
  const roleHeading = (roles: string[]) =>
    doc.blocks.findIndex(
      (block) => block.kind === 'heading' && roles.includes(ctx.headingRole.get(block.index) ?? ''),
    );
  const firstRoleHeading = roleHeading(['purpose']);
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
    // A table-of-contents line ends with its page number ("Parternas mål med samarbetet 5").
    if (/\s\d{1,3}$/u.test(block.norm.text)) continue;
    // A memo's field line ("AGENDA ITEM TYPE: Consent", "On agenda: 10/13/2015") is no topic.
    if (FIELD_LABEL.test(block.norm.text)) continue;
    if (sectionLabel(ctx).test(block.norm.text)) continue;
    const next = doc.blocks[block.index + 1];
    if (!next || next.kind === 'heading') continue;
    const text = headingText(block);
    const offset = block.norm.text.lastIndexOf(text);
    areas.push({ text, evidence: evidenceInBlock(doc, block, offset, offset + text.length) });
  }
  // Topics come as a run of sections; one lone heading is the second line of a title, a party line or a clause
  // heading the layout kept ("AND VISITORS AND THE HOSPITALS", "Budgetprocessen").
  return areas.length >= BODY_HEADINGS_MIN ? areas : [];
}

/** Fewer body headings than this are no run of topic sections. */
const BODY_HEADINGS_MIN = 2;

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
  const { cue, leadIn } = perCueSets(ctx.sets, 'areas.enumeration', () => {
    const nouns = anyOf(gather(ctx.sets, (cues) => cues.areaNouns));
    const introducers = anyOf(gather(ctx.sets, (cues) => cues.enumerationIntroducers));
    return {
      cue: re(anyOf(gather(ctx.sets, (cues) => cues.areaListCues))),
      leadIn: re(`^\\s*(?:${nouns}(?![\\p{L}]))?\\s*:?\\s*(?:${introducers}(?![\\p{L}])\\s*)?`),
    };
  });
  const text = block.norm.text;
  const match = cue.exec(text);
  if (!match) return [];
  // Rule item-opening-cue: a list item that opens with the cue, among other items ("• Samverkan inom utbildning och
  // kompetensförsörjning" over "• Samverkan inom forskning och …"), is one area as the list writes it, not a list.
  if (block.kind === 'item' && match.index === 0 && hasSiblingItem(ctx, block)) return [];
  // "… in the following areas: A, B" — the colon after the cue opens the list, it does not end it; an
  // introducer there is no entry ("samarbete inom bland annat A, B och C").
  const lead = leadIn.exec(text.slice((match.index ?? 0) + match[0].length));
  const listStart = (match.index ?? 0) + match[0].length + (lead?.[0].length ?? 0);
  return splitEnumeration(ctx, block, listStart, text.length);
}

/** True when the block right before or after a list item is an item of the same list. */
function hasSiblingItem(ctx: Context, block: Block): boolean {
  const { blocks } = ctx.doc;
  return blocks[block.index - 1]?.kind === 'item' || blocks[block.index + 1]?.kind === 'item';
}

/**
 * Splits the enumeration that starts at `listStart` in a block's text (up to `limit`) into its entries: at
 * commas, and at the last conjunction ("samt" before "och"; never the "och" of "hälso- och sjukvård").
 * Fewer than two entries, or an entry too long to be a topic, is no enumeration.
 */
function splitEnumeration(ctx: Context, block: Block, start: number, limit: number): Area[] {
  let listStart = start;
  const text = block.norm.text;
  let rest = text.slice(listStart, limit);
  // "såväl A, B som C och …": the opening word goes, the joining word joins the last entry, and the list
  // ends at the next conjunction (what follows "C och" is the sentence going on, not a fourth entry).
  const correlative = correlativeOpening(ctx, rest);
  if (correlative) {
    listStart += correlative.length;
    rest = rest.slice(correlative.length);
  }
  const stop = perCueSets(ctx.sets, 'areas.listStop', () =>
    re(`[.;:](?:\\s|$)|,?\\s+${anyOf(gather(ctx.sets, (cues) => cues.listTerminators))}(?![\\p{L}])|$`),
  ).exec(rest);
  let list = rest.slice(0, stop?.index ?? rest.length);
  if (correlative) list = endOfCorrelativeList(ctx, list, correlative.join);
  list = beforeSharedLabel(ctx, list);
  list = beforeNamedSource(ctx, list);
  // Fixed phrases are masked with same-length placeholders so offsets stay valid.
  let masked = list;
  // Global regexes shared by every call: `replace` starts each at 0 and leaves it at 0.
  const phrases = perCueSets(ctx.sets, 'areas.atomicPhrases', () =>
    gather(ctx.sets, (cues) => cues.atomicPhrases).map((phrase) => re(escapeRegex(phrase), 'giu')),
  );
  for (const phrase of phrases) {
    masked = masked.replace(phrase, (found) => found.replace(/[,\s]/gu, '_'));
  }
  const pieces: { start: number; end: number }[] = [];
  let from = 0;
  for (const comma of masked.matchAll(/,\s*/gu)) {
    pieces.push({ start: from, end: comma.index ?? 0 });
    from = (comma.index ?? 0) + comma[0].length;
  }
  const last = masked.slice(from);
  const and = correlative
    ? joinWord(last, correlative.join)
    : (oxfordConjunction(ctx, last, pieces.length) ?? lastConjunction(ctx, last));
  // An Oxford comma leaves the conjunction at the start of the last piece ("A, B, and C").
  if (and && and.index === 0 && pieces.length > 0) {
    pieces.push({ start: from + and.length, end: masked.length });
  } else if (and && and.index > 0) {
    pieces.push({ start: from, end: from + and.index });
    pieces.push({ start: from + and.index + and.length, end: masked.length });
  } else pieces.push({ start: from, end: masked.length });
  if (pieces.length < 2) return [];
  const areas = pieces
    .map((piece) => {
      const raw = list.slice(piece.start, piece.end);
      const lead = raw.length - raw.trimStart().length;
      const value = raw.trim();
      const start = listStart + piece.start + lead;
      return { text: value, evidence: evidenceInBlock(ctx.doc, block, start, start + value.length) };
    })
    .filter((area) => area.text.length > 0);
  if (areas.some((area) => area.text.split(/\s+/u).length > ENUMERATION_ENTRY_MAX_WORDS)) return [];
  return areas;
}

/**
 * "… in economic, scientific, social and cultural fields, involving officials …": an area noun after the last entry
 * is shared by every entry, and the list ends with it; what follows its comma is the sentence going on.
 */
function beforeSharedLabel(ctx: Context, list: string): string {
  const label = perCueSets(ctx.sets, 'areas.sharedLabel', () =>
    re(`\\s${anyOf(gather(ctx.sets, (cues) => cues.areaLabels))}(?=\\s*(?:[,.;:]|$))`),
  ).exec(list);
  if (!label || !list.slice(0, label.index).includes(',')) return list;
  return list.slice(0, label.index);
}

/**
 * Rule named-source-ends-list: "… oppgaver innenfor kollektivtransport og skoleskyss fra Alby fylkeskommune til Borsta
 * AS": a source preposition before a capitalised name after the second of two entries says who the tasks come from;
 * the list ends before it.
 */
function beforeNamedSource(ctx: Context, list: string): string {
  const source = perCueSets(ctx.sets, 'areas.namedSource', () =>
    re(`\\s(?:${anyOf(gather(ctx.sets, (cues) => cues.sourcePrepositions))})\\s+(?=\\p{Lu})`, 'u'),
  ).exec(list);
  // Only in a list of two joined by a conjunction: in a list with commas the source may be one entry's own ("…,
  // rekruttering av studenter fra Alby kommune til Borsta, …").
  return source && !list.includes(',') ? list.slice(0, source.index) : list;
}

/**
 * "A, B, and C and D": after a comma, a conjunction that opens the last piece is the list's own (an Oxford comma);
 * an "and" inside that piece belongs to its entry ("joint teaching and research activities").
 */
function oxfordConjunction(
  ctx: Context,
  last: string,
  commas: number,
): { index: number; length: number } | null {
  if (commas === 0) return null;
  const match = perCueSets(ctx.sets, 'areas.oxfordConjunction', () =>
    re(`^(?:${anyOf(gather(ctx.sets, (cues) => cues.andWords))})\\s`),
  ).exec(last);
  return match ? { index: 0, length: match[0].length } : null;
}

/** The opening word of a two-part list ("såväl ", "both ") at the start of `rest`, with its joining word. */
function correlativeOpening(ctx: Context, rest: string): { length: number; join: string } | null {
  const openings = perCueSets(ctx.sets, 'areas.correlativeOpenings', () =>
    ctx.sets
      .flatMap((cues) => cues.correlativeLists)
      .map((pair) => ({ open: re(`^\\s*${pair.open}\\s+`), join: pair.join })),
  );
  for (const { open, join } of openings) {
    const match = open.exec(rest);
    if (match) return { length: match[0].length, join };
  }
  return null;
}

/** A two-part list ends after the entry its joining word introduces: at the next comma or conjunction. */
function endOfCorrelativeList(ctx: Context, list: string, join: string): string {
  const joined = re(`\\s${join}\\s`).exec(list);
  if (!joined) return list;
  const from = (joined.index ?? 0) + joined[0].length;
  const ands = anyOf(gather(ctx.sets, (cues) => cues.andWords));
  const end = re(`,|\\s(?:${ands})\\s`).exec(list.slice(from));
  return end ? list.slice(0, from + (end.index ?? 0)) : list;
}

/** The joining word of a two-part list inside its last piece ("forskning som utvecklingsprojekt"). */
function joinWord(piece: string, join: string): { index: number; length: number } | null {
  const match = re(`(?:^|\\s)${join}\\s`).exec(piece);
  return match ? { index: match.index ?? 0, length: match[0].length } : null;
}

/**
 * Topics in running text are common nouns; a list whose entries mostly open with a capital names organisations or
 * places, or is a heading that lost its line break and ran into the next sentence ("samarbeid om næringsutvikling
 * Fylkeskommunene, Innovasjon Norge, Forskningsrådet og Siva inngikk …").
 */
function namesMostly(areas: readonly Area[]): boolean {
  const capitalised = areas.filter((area) => /^\p{Lu}/u.test(area.text)).length;
  return capitalised * 2 >= areas.length;
}

/** True when the whole text is one fixed phrase with a comma in it ("hälsa, vård och omsorg"). */
function isAtomicPhrase(ctx: Context, text: string): boolean {
  const phrases = perCueSets(ctx.sets, 'areas.atomicWhole', () =>
    gather(ctx.sets, (cues) => cues.atomicPhrases).map((phrase) => re(`^${escapeRegex(phrase)}$`)),
  );
  return phrases.some((phrase) => phrase.test(text));
}

/** Entries of an inline enumeration are topics: a longer "entry" means the match was running text. */
const ENUMERATION_ENTRY_MAX_WORDS = 10;

/**
 * The conjunction that joins the last two entries: a list-final word ("samt") when there is one, else the
 * last "och/og/and" that is not the second half of a shared-ending compound ("forsknings- og utvikling").
 */
function lastConjunction(ctx: Context, piece: string): { index: number; length: number } | null {
  const finals = gather(ctx.sets, (cues) => cues.listFinalWords);
  const ands = gather(ctx.sets, (cues) => cues.andWords);
  for (const words of [finals, ands]) {
    if (words.length === 0) continue;
    const matches = [...piece.matchAll(re(`(?:^|(?<!-)\\s)(?:${anyOf(words)})\\s`, 'giu'))];
    const chosen = words === finals ? matches[0] : matches.at(-1);
    if (chosen) return { index: chosen.index ?? 0, length: chosen[0].length };
  }
  return null;
}

/** Words that name areas ("områden", "temaer", "priority areas"), compounds included ("samarbeidsområder"). */
function areaLabel(ctx: Context): RegExp {
  return re(`(?<![\\p{L}])\\p{L}*${anyOf(gather(ctx.sets, (cues) => cues.areaLabels))}(?![\\p{L}])`);
}

/**
 * Rule: the entries after a lead-in that names areas ("Tematiska områden som berörs är:", "… inom följande
 * utvalda områden:", "Samarbeidsområder"): bullets, or "Term – description" paragraphs; each entry's name.
 */
function areaListEntries(ctx: Context): Area[] {
  const label = areaLabel(ctx);
  const leadIns = re(anyOf(gather(ctx.sets, (cues) => cues.areaListLeadIns)));
  const segments = segmentsOf(ctx);
  const isEntry = (next: Segment) => (next.item && !next.quoted) || TERM_DASH.test(next.text);
  // After a lead-in that ends in a colon, a short numbered line the layout read as a heading goes on the list.
  const numbered = (next: Segment, lead: Segment) => /:$/u.test(lead.text) && isNumberedHeadingEntry(next);
  // "- Goda skolor:" / "Parterna ska verka för …": a sentence right after an entry that ends in a colon is that
  // entry's description, not the end of the list.
  const described = (next: Segment, previous: Segment | undefined) =>
    !next.item && previous !== undefined && previous.item && /:$/u.test(previous.text);
  const previousOf = (segment: Segment) => segments[segments.indexOf(segment) - 1];
  for (const [index, segment] of segments.entries()) {
    const lettered = letteredEntriesAfterColon(ctx, segment, label);
    if (lettered.length >= 2) return lettered;
    const spaced = spacedTermsAfterColon(ctx, segments, index, label);
    if (spaced.length >= 2) return spaced;
    if (segment.item) continue;
    const first = firstEntryAfterColon(segment, label);
    if (!first && !isLeadIn(segment)) continue;
    if (!first && !label.test(segment.text) && !(/:$/u.test(segment.text) && leadIns.test(segment.text)))
      continue;
    const after = entriesAfter(
      segments,
      index,
      (next) => isEntry(next) || described(next, previousOf(next)) || numbered(next, segment),
    );
    const entries = [
      ...(first ? [first] : []),
      ...after.filter(
        (entry) =>
          entry.item ||
          TERM_DASH.test(entry.text) ||
          (numbered(entry, segment) && !LIST_NUMBER_ALONE.test(entry.text)),
      ),
    ].flatMap(runTogetherTerms);
    if (entries.length < 2) continue;
    return trimRunOn(withoutCutOffEntry(segments, entries).map((entry) => areaName(ctx, entry)));
  }
  return [];
}

/** A list number on its own ("2."), split from its entry by the sentence reader. */
const LIST_NUMBER_ALONE = /^\(?\d{1,2}[.)]$/u;
/** A numbered short line ("2. Investerings- og etableringslyst"): a list number and a few words, no full sentence. */
const NUMBERED_LINE = /^\(?\d{1,2}[.)]\s+\p{L}[^.!?]*$/u;

/**
 * Rule part, numbered-heading-entry: a numbered list under an area lead-in ("Prioriterte områder i avtalen:" / "1.
 * Næringsareal" / "2. Bolyst og besøkslyst") whose short lines the layout read as section headings. The segment is
 * either the list number alone or the entry's text, both in a heading block of a numbered short line.
 */
function isNumberedHeadingEntry(segment: Segment): boolean {
  const line = segment.block.norm.text;
  return (
    segment.block.kind === 'heading' &&
    NUMBERED_LINE.test(line) &&
    line.split(/\s+/u).length <= AREA_HEADING_MAX_WORDS + 1
  );
}

/**
 * A public text store keeps only a document's opening, so a list can end in an entry cut off mid-word
 * ("- Malmö univ"). When every other entry names its topic before a description ("Jämlik välfärd:", "Bildning
 * – Verka för …") and the last one, which ends the text, has neither description nor full stop, it is that
 * cut-off remainder, not a topic.
 */
function withoutCutOffEntry(segments: readonly Segment[], entries: Segment[]): Segment[] {
  const last = entries.at(-1);
  if (!last || entries.length < CUT_OFF_MIN_ENTRIES || last !== segments.at(-1)) return entries;
  const described = (entry: Segment) =>
    /:$/u.test(entry.text) || TERM_COLON.test(entry.text) || TERM_DASH.test(entry.text);
  if (described(last) || /[.!?]$/u.test(last.text)) return entries;
  return entries.slice(0, -1).every(described) ? entries.slice(0, -1) : entries;
}

/** Two described entries before a bare one make a pattern; with fewer, the bare one may be a plain topic. */
const CUT_OFF_MIN_ENTRIES = 3;

/**
 * Without line breaks the first "Term – description" or "- Term: description" entry stays in its lead-in's
 * sentence ("… inom följande områden: Attraktivitet - Verka för …"): that part after the colon is the first entry.
 */
function firstEntryAfterColon(segment: Segment, label: RegExp): Segment | null {
  const noun = label.exec(segment.text);
  if (!noun) return null;
  const colon = /:\s+/u.exec(segment.text.slice((noun.index ?? 0) + noun[0].length));
  if (!colon) return null;
  const bullet = /^[-–•]\s+/u.exec(
    segment.text.slice((noun.index ?? 0) + noun[0].length + (colon.index ?? 0) + colon[0].length),
  );
  const offset =
    (noun.index ?? 0) + noun[0].length + (colon.index ?? 0) + colon[0].length + (bullet?.[0].length ?? 0);
  const text = segment.text.slice(offset);
  if (!TERM_DASH.test(text) && !TERM_COLON.test(text)) return null;
  return { ...segment, text, start: segment.start + offset, item: true };
}

/**
 * Rule: a lettered list that a flattened text keeps inline after an area lead-in ("… are the following: a.
 * Affordable housing; b. Urban renewal; …", "… include the following areas: (a) environment; (b) labour; and
 * (c) …"). The letters must run in order from "a", so a stray "e." inside an entry is no marker.
 */
function letteredEntriesAfterColon(ctx: Context, segment: Segment, label: RegExp): Area[] {
  const noun = label.exec(segment.text);
  if (!noun) return [];
  const colon = segment.text.indexOf(':', (noun.index ?? 0) + noun[0].length);
  if (colon < 0) return [];
  const marker = (letter: string) => `(?:\\(${letter}\\)|${letter}[.)])\\s+`;
  const starts: { at: number; text: number }[] = [];
  let from = colon + 1;
  for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
    const lead = starts.length === 0 ? '^\\s*' : '(?:^|[;,.]?\\s+)';
    const found = re(`${lead}${marker(letter)}`, 'u').exec(segment.text.slice(from));
    if (!found || (starts.length === 0 && found.index !== 0)) break;
    const at = from + (found.index ?? 0);
    starts.push({ at, text: at + found[0].length });
    from = at + found[0].length;
  }
  if (starts.length < 2) return [];
  return starts.map((start, index) => {
    const end = starts[index + 1]?.at ?? segment.text.length;
    const raw = segment.text.slice(start.text, end);
    const text = tidy(raw.replace(/[.;:,]+\s*$/u, '').trim());
    return { text, evidence: segmentEvidence(ctx, segment, start.text, start.text + text.length) };
  });
}

/**
 * A web page that lost its list layout runs "Term – description" entries together in one paragraph ("Safer streets –
 * fewer burglaries and better lighting Greener parks – more trees …"): after the first, each entry's term is the
 * capitalised word after a lower-case one, with only lower-case words between it and its dash. Split only when every
 * dash after the first has such a term; otherwise the dashes are the description's own.
 */
function runTogetherTerms(entry: Segment): Segment[] {
  if (!TERM_DASH.test(entry.text)) return [entry];
  const dashes = [...entry.text.matchAll(/\s[-–]\s/gu)];
  if (dashes.length < 2) return [entry];
  const starts = [0];
  for (const [index, dash] of dashes.entries()) {
    if (index === 0) continue;
    const previous = dashes[index - 1];
    const from = (previous?.index ?? 0) + (previous?.[0].length ?? 0);
    const chunk = entry.text.slice(from, dash.index);
    const term = RUN_TOGETHER_TERM.exec(chunk);
    if (!term || term.index === 0) return [entry];
    starts.push(from + term.index + (term[0].length - term[0].trimStart().length));
  }
  return starts.map((start, index) => {
    const end = starts[index + 1] ?? entry.text.length;
    const text = entry.text.slice(start, end).trimEnd();
    return { ...entry, text, start: entry.start + start, end: entry.start + start + text.length, item: true };
  });
}

/** A run-together entry's term: a capitalised word after a lower-case one, then up to seven lower-case words. */
const RUN_TOGETHER_TERM = /(?<=\p{Ll}[,;]?)\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Ll}[\p{L}’'-]*){0,7}$/u;

/**
 * A list of "Term" headings each over its description, once the layout is lost, reads as sentences that open with the
 * term and go on with the description's capitalised first word ("… the following priority areas: Advocacy Increase the
 * sense of urgency … . Transport Ensure that …"). After a lead-in that names areas and ends its clause in a colon, the
 * sentence right after the colon and the sentences after it that open the same way are entries; their terms are the
 * areas. At least two entries, every one of that shape, or none.
 */
function spacedTermsAfterColon(
  ctx: Context,
  segments: readonly Segment[],
  index: number,
  label: RegExp,
): Area[] {
  const segment = segments[index];
  if (!segment || segment.item) return [];
  const noun = label.exec(segment.text);
  if (!noun) return [];
  const afterNoun = (noun.index ?? 0) + noun[0].length;
  const colon = /:\s+/u.exec(segment.text.slice(afterNoun));
  if (!colon) return [];
  const determiners = perCueSets(ctx.sets, 'areas.spacedTermDeterminers', () =>
    re(`^(?:${anyOf(gather(ctx.sets, (cues) => cues.determiners))})$`),
  );
  const termOf = (text: string) => {
    const term = SPACED_TERM.exec(text);
    return term?.[1] && !determiners.test(term[1]) ? term[1] : null;
  };
  const offset = afterNoun + (colon.index ?? 0) + colon[0].length;
  const firstTerm = termOf(segment.text.slice(offset));
  if (firstTerm === null) return [];
  const areas: Area[] = [
    { text: firstTerm, evidence: segmentEvidence(ctx, segment, offset, offset + firstTerm.length) },
  ];
  for (const next of segments.slice(index + 1)) {
    const term = next.item ? null : termOf(next.text);
    if (term === null) break;
    areas.push({ text: term, evidence: segmentEvidence(ctx, next, 0, term.length) });
  }
  return areas.length >= 2 ? areas : [];
}

/** A term of one or two capitalised words, then its description's capitalised first word and a lower-case word. */
const SPACED_TERM = /^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+\p{Lu}\p{Ll}+\s+\p{Ll}/u;

/** A paragraph that names its topic first: "Bildning – Verka för att …". */
const TERM_DASH = /^\p{Lu}[\p{L}/ ]{1,40}?\s[-–]\s/u;
/** A list entry that names its topic before a colon: "Jämlik välfärd: Parterna ska …". */
const TERM_COLON = /^\p{Lu}[\p{L}/ -]{1,40}?:\s+\p{Lu}/u;
/** A topic name before its description is at most this long ("Oppvekst og utdanning omfatter …"). */
const AREA_NAME_MAX_WORDS = 8;

/** The name part of a list entry: before a description dash or verb, without the closing punctuation. */
function areaName(ctx: Context, segment: Segment): Area {
  const text = tidy(segment.text.slice(0, areaNameEnd(ctx, segment.text)).replace(/[.;:,]+$/u, ''));
  return { text, evidence: segmentEvidence(ctx, segment, 0, text.length) };
}

/**
 * Where an entry's name ends: before a description dash, colon ("Jämlik välfärd: Parterna ska …") or verb that
 * follows a short name, else at its end.
 */
function areaNameEnd(ctx: Context, text: string): number {
  const verbs = anyOf(gather(ctx.sets, (cues) => cues.areaDescriptionVerbs));
  const cut = re(`\\s[-–]\\s|:\\s|\\s${verbs}(?![\\p{L}])`).exec(text);
  if (cut && text.slice(0, cut.index).split(/\s+/u).length <= AREA_NAME_MAX_WORDS)
    return cut.index ?? text.length;
  return text.length;
}

/**
 * Text that lost its line breaks runs the paragraph after a list into the last entry ("• Folkhälsa Medier
 * är välkomna …"). A last entry far longer than the others is cut before its first capitalised word.
 */
function trimRunOn(areas: Area[]): Area[] {
  const last = areas.at(-1);
  if (!last || areas.length < 3) return areas;
  const words = (area: Area) => area.text.split(/\s+/u).length;
  const longest = Math.max(...areas.slice(0, -1).map(words));
  if (words(last) < RUN_ON_MIN_WORDS || words(last) <= 2 * longest) return areas;
  const capital = /\s\p{Lu}/u.exec(last.text);
  if (!capital) return areas;
  const text = last.text.slice(0, capital.index);
  const evidence = { ...last.evidence, end: last.evidence.start + text.length, snippet: text };
  return [...areas.slice(0, -1), { text, evidence }];
}

/** A last entry shorter than this is a topic, however short the others are. */
const RUN_ON_MIN_WORDS = 6;

/**
 * Rule: an enumeration after an area noun and an introducer, in the same sentence ("nämns flera områden,
 * bland annat A, B och C", "områder … vedrørende A, B og C", "prioriteras tre områden: A, B samt C") or
 * at the start of the next ("… olika områden. Hit hör till exempel A, B och C").
 */
function enumerationAfterAreaNoun(ctx: Context): Area[] {
  const label = areaLabel(ctx);
  const introducerWord = `(?:\\s|^)${anyOf(gather(ctx.sets, (cues) => cues.enumerationIntroducers))}(?![\\p{L}])\\s*`;
  const introducer = re(`${introducerWord}|:\\s+`);
  const wordIntroducer = re(introducerWord);
  const copula = re(`^\\s+${anyOf(gather(ctx.sets, (cues) => cues.areaCopulas))}\\s+`);
  const verbs = new Set(gather(ctx.sets, (set) => set.clauseVerbs).map((word) => word.toLowerCase()));
  const segments = segmentsOf(ctx);
  for (const [index, segment] of segments.entries()) {
    const noun = label.exec(segment.text);
    if (!noun) continue;
    const after = (noun.index ?? 0) + noun[0].length;
    // "Samarbetsområdena är A, B och C": only when the label opens the sentence, so that "… områden som är
    // viktiga för regionen, både för A och B" is no list.
    const opening = segment.text
      .slice(0, noun.index ?? 0)
      .split(/\s+/u)
      .filter(Boolean).length;
    const linked = opening <= COPULA_LABEL_MAX_WORDS_BEFORE ? copula.exec(segment.text.slice(after)) : null;
    const here = linked ?? introducer.exec(segment.text.slice(after));
    const next = segments[index + 1];
    // In the next sentence only a word opens the list: a colon there ends a field's label ("Näringsliv: Eva Berg
    // (M), Alby" under "Varje profilområde har en ordförande:"), and what follows it is the field's value.
    const there = next ? wordIntroducer.exec(next.text) : null;
    const target = here
      ? { segment, at: after + (here.index ?? 0) + here[0].length }
      : next && there && (there.index ?? 0) <= NEXT_SENTENCE_INTRODUCER_MAX
        ? { segment: next, at: (there.index ?? 0) + there[0].length }
        : null;
    if (!target) continue;
    const block = target.segment.block;
    const at = target.at + restatedLead(ctx, target.segment.text.slice(target.at));
    const areas = splitEnumeration(ctx, block, target.segment.start + at, target.segment.end);
    // "Desse samarbeidsområda er i stor grad regulerte i eigne avtalar, og dei har …": after the copula a clause
    // says something about the areas (its parts hold a verb of their own); it names none.
    if (linked && here === linked && areas.some((area) => holdsClauseVerb(area.text, verbs))) continue;
    if (areas.length > 0) return areas;
  }
  return [];
}

/**
 * Writers restate the lead before the list ("… der de har felles interesser, herunder blant annet innen områder som A, B
 * og C", "… inom flera fält, bland annat inom områden som A och B", "… including in areas such as A and B"): more
 * introducers, and an area word with a relative or "such as" after it, are no part of the first entry. The length of
 * that restated lead at the start of `rest`.
 */
function restatedLead(ctx: Context, rest: string): number {
  const lead = perCueSets(ctx.sets, 'areas.restatedLead', () => {
    const introducers = anyOf(gather(ctx.sets, (cues) => cues.enumerationIntroducers));
    const labels = anyOf(gather(ctx.sets, (cues) => cues.areaLabels));
    const relatives = anyOf(gather(ctx.sets, (cues) => cues.relativeWords));
    return re(
      `^(?:(?:${introducers})(?![\\p{L}])\\s*)*(?:(?:\\p{L}+\\s+)?\\p{L}*(?:${labels})\\s+(?:${relatives}|${introducers})(?![\\p{L}])\\s*)?`,
    );
  });
  return lead.exec(rest)?.[0].length ?? 0;
}

/** True when a phrase holds a finite verb of the language ("har", "är", "are"): a clause, not a topic. */
function holdsClauseVerb(text: string, verbs: ReadonlySet<string>): boolean {
  return text.split(/\s+/u).some((word) => verbs.has(word.toLowerCase()));
}

/** An area label followed by a copula opens its sentence: at most this many words stand before it ("Andre temaer"). */
const COPULA_LABEL_MAX_WORDS_BEFORE = 3;

/** "Hit hör till exempel A, B …": the introducer opens the sentence after the area noun, within this many characters. */
const NEXT_SENTENCE_INTRODUCER_MAX = 20;

/** A topic named as what the parties cooperate on is a short noun phrase: a longer one is the sentence going on. */
const OBJECT_MAX_WORDS = 7;

/**
 * Rule chosen-as-area (cue table `areaChosenAs`): the parties chose a topic as their area of cooperation ("Kommun och
 * polis har gemensamt valt ut skadegörelse som det område deltagarna ska samverka kring"). The first such topic.
 */
function chosenAsArea(ctx: Context): Area[] {
  const patterns = perCueSets(ctx.sets, 'areas.chosenAs', () =>
    gather(ctx.sets, (cues) => cues.areaChosenAs).map((source) => re(source, 'u')),
  );
  for (const block of ctx.doc.blocks)
    for (const pattern of patterns) {
      const match = pattern.exec(block.norm.text);
      const area = match?.groups?.area;
      if (!match || !area) continue;
      const start = (match.index ?? 0) + (match.groups?.lead?.length ?? 0);
      return [{ text: area, evidence: evidenceInBlock(ctx.doc, block, start, start + area.length) }];
    }
  return [];
}

/**
 * Rule, the last resort: what a sentence says the parties cooperate on ("en nära samverkan kring forskning och
 * utveckling", "vil samarbeide om kunnskapsbasert samfunns- og tjenesteutvikling", "avtal om samverkan rörande
 * förebyggande arbete och insatser mellan …"). Without commas the phrase is one topic; with commas it is split as
 * an enumeration. It ends at a stop, a list terminator, "mellan/mellom" or "med" (the partner), and it is no topic
 * when it opens with a determiner or an infinitive ("samarbeta om att …", "samverkan kring detta") or holds a verb
 * ("samarbeid rundt eiendom må ivareta …": the phrase is the subject of a clause).
 */
function cooperationObject(ctx: Context): Area[] {
  const cues = gather(ctx.sets, (set) => set.areaObjectCues);
  if (cues.length === 0) return [];
  const cue = re(anyOf(cues));
  const ends = anyOf([
    ...gather(ctx.sets, (set) => set.listTerminators),
    ...gather(ctx.sets, (set) => set.betweenWords),
    ...gather(ctx.sets, (set) => set.partnerPrepositions),
  ]);
  // ", som utvecklar …", ", which …": a relative clause after the phrase says something about it; the topic ends there.
  const relative = anyOf(gather(ctx.sets, (set) => set.relativeWords));
  const end = re(`[.;:!?()]|,\\s+${relative}(?![\\p{L}])|\\s${ends}(?![\\p{L}])|$`);
  const opening = new Set(
    [...gather(ctx.sets, (set) => set.determiners), ...gather(ctx.sets, (set) => set.infinitiveMarkers)].map(
      (word) => word.toLowerCase(),
    ),
  );
  const verbs = new Set(gather(ctx.sets, (set) => set.clauseVerbs));
  const adverbial = new Set(gather(ctx.sets, (set) => set.adverbialPrepositions));
  for (const segment of segmentsOf(ctx)) {
    const match = cue.exec(segment.text);
    if (!match) continue;
    const from = (match.index ?? 0) + match[0].length;
    const rest = segment.text.slice(from);
    const phrase = rest.slice(0, end.exec(rest)?.index ?? rest.length);
    const text = phrase.trim().replace(/,$/u, '');
    const words = text.split(/\s+/u).filter(Boolean);
    // "… prosjekter vi skal samarbeide om, til beste for …": a preposition left at the end of its clause has no object.
    if (!/^\p{L}/u.test(text) || opening.has(words[0]?.toLowerCase() ?? '')) continue;
    // Rule stranded-preposition: "… som parterna valt att samverka om under en mandatperiod": the cue's preposition
    // ends a relative clause, and a phrase of time or place follows it.
    if (adverbial.has(words[0] ?? '')) continue;
    if (words.some((word) => verbs.has(word.toLowerCase()))) continue;
    const start = segment.start + from + (phrase.length - phrase.trimStart().length);
    // An enumeration is judged by its entries ("kring planer för regional utveckling, infrastruktur, kultur och …"),
    // not by the length of the whole list.
    if (text.includes(',') && !isAtomicPhrase(ctx, text)) {
      const split = splitEnumeration(ctx, segment.block, start, start + text.length);
      if (split.length > 0 && !namesMostly(split)) return split;
      continue;
    }
    // "samarbeid om Follo barne- og ungdomsskole": a capitalised object mid-sentence names a school or a project.
    if (words.length > OBJECT_MAX_WORDS || /^\p{Lu}\p{Ll}/u.test(text)) continue;
    return [{ text, evidence: evidenceInBlock(ctx.doc, segment.block, start, start + text.length) }];
  }
  return [];
}
