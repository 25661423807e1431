import type { EvidenceSpan, Party } from '../schema/letter-of-intent.ts';
import type { Context, FieldResult } from './context.ts';
import { ORG_NUMBER_SOURCE, type OrgNumber, parseOrgNumber } from './org-number.ts';
import {
  countGroupLength,
  distributiveSingular,
  documentView,
  fullerBesidePartner,
  fullerName,
  hasTitleWord,
  isGenericPartyWord,
  isOrgLike,
  isOrgWord,
  isSingularOrgNoun,
  isUnitNoun,
  isUnitNounBeforeName,
  listsAfterAgreementBetween,
  listsAfterGroupNoun,
  listsAfterOpeningBetween,
  listsAfterPartyLabels,
  listsAfterPassiveAgent,
  listsAfterPluralOf,
  listsInAgreementSentences,
  lowerCaseNameAt,
  type NameList,
  nameEnd,
  opensWithGenericParties,
  pluralOfPattern,
  precededByTitle,
  purposeTailStart,
} from './party-lists.ts';
import {
  anyOf,
  capitalised,
  escapeRegex,
  gather,
  matchesIn,
  perCueSets,
  re,
  withCapitalised,
} from './patterns.ts';
import { normalizeForCompare, similarity } from './similarity.ts';
import { type Block, evidenceAt, evidenceInBlock, sentences } from './text.ts';

/** Names this similar (after normalisation) are one organisation spelt twice, e.g. with an OCR error. */
const SAME_NAME_SIMILARITY = 0.85;
/**
 * What differs between two similar names must itself be this similar: "Rogaland fylkeskommune" and
 * "Hordaland fylkeskommune" share a long noun but are two parties; "Umeå"/"Umea" is one OCR error.
 */
const DISTINCT_PART_SIMILARITY = 0.7;
/** Descriptive prefixes are recognised through OCR noise at this similarity ("Den ideella ftireningen"). */
const DESCRIPTOR_SIMILARITY = 0.8;
/** An acronym is 2–8 characters with at least two capitals: "LTU", "NoK", "UiT". */
const ACRONYM = /^(?=(?:.*\p{Lu}){2})[\p{L}&]{2,8}$/u;
/** Party names are short; anything longer is a clause that was cut in the wrong place. */
const NAME_MAX_WORDS = 9;
/** News names the signing parties in the headline or the first paragraphs; later mentions are other actors. */
const NEWS_LEAD_BLOCKS = 12;
/** Larger than any page's length, so a position rank orders by page before offset. */
const PAGE_RANK = 10_000_000;
/** A defined abbreviation follows its name within this many characters (an org number may come between). */
const DEFINITION_WINDOW = 80;

/** A party with the places it was found. */
interface Candidate {
  name: string;
  abbreviation: string | null;
  orgNumber: string | null;
  orgNumberValid: boolean | null;
  /** The name was written in full next to a defined abbreviation: the best spelling of it. */
  defined: boolean;
  nameEvidence: EvidenceSpan[];
  abbreviationEvidence: EvidenceSpan[];
  orgNumberEvidence: EvidenceSpan[];
}

/**
 * Extracts the parties: party lists, organisation numbers, "between X and Y" in titles and clauses, news text.
 * `title` is the title as read from `titleBlock`, which can run on past it in a text without line breaks.
 */
export function extractParties(
  ctx: Context,
  fullTitleBlock: Block | null,
  title: string | null = null,
): FieldResult<Party[]> {
  const titleBlock = fullTitleBlock && title ? clippedToTitle(fullTitleBlock, title) : fullTitleBlock;
  const warnings: string[] = [];
  const listed = fromPartyLists(ctx);
  const pluralOf = fromNameLists(ctx, listsAfterPluralOf(ctx));
  const labelled = fromNameLists(ctx, [...listsAfterPartyLabels(ctx), ...listsAfterOpeningBetween(ctx)]);
  const agreementBetween = fromNameLists(ctx, listsAfterAgreementBetween(ctx));
  const newsLists = fromNameLists(ctx, listsInAgreementSentences(ctx));
  const groupSubject = fromNameLists(ctx, listsAfterGroupNoun(ctx));
  const passiveAgent = fromNameLists(ctx, listsAfterPassiveAgent(ctx));
  // Enumerations count in full: the document lists its parties there, however many there are.
  const enumerations = new Set([
    listed,
    pluralOf,
    labelled,
    agreementBetween,
    newsLists,
    groupSubject,
    passiveAgent,
  ]);
  const lateSources = new Set([labelled, agreementBetween, newsLists, groupSubject, passiveAgent]);
  const sources: Candidate[][] = [
    [...fromOrgNumbers(ctx), ...fromBareOrgNumbers(ctx)],
    listed,
    pluralOf,
    labelled,
    fromBetweenClauses(ctx),
    agreementBetween,
    fullTitleBlock && titleBlock ? fromTitle(ctx, fullTitleBlock, titleBlock) : [],
    fromSigningSentences(ctx, titleBlock),
    // A letterhead's number joins the party the text names in its own spelling; alone it names one.
    fromLetterheadOrgNumbers(ctx),
    newsLists,
    groupSubject,
    passiveAgent,
    // cooperating-subject: "A og B samarbeider allerede om …", "A and B will work together to …": a lead that
    // tells of the cooperation, not of a signing, names the parties as its subject; the last fallback.
    fromSigningSentences(ctx, titleBlock, 'cooperationVerbs').filter((found, _, all) =>
      // Capitalised sentence openers ("Skolene og politiet samarbeider") are no names: each must look like one.
      all.every(
        (party) =>
          isOrgLike(ctx, party.name) || party.name.split(/\s+/u).some((word) => isUnitNoun(ctx, word)),
      ),
    ),
  ];
  const parties: Candidate[] = [];
  // Sources are tried by trust, not position: the parties are listed in the order the document first names them.
  const firstSeen = new Map<Candidate, number>();
  // The place of each party in the document's own party list ("1. … 2. …"), which outranks first mention.
  const listRank = new Map<Candidate, number>();
  for (const source of sources) {
    // Organisations named together in a lead sentence are the fallback for texts without a party clause;
    // news-list-superset: a lead list that names every party already found besides others ("Alby kommun,
    // Borsta universitet (BU) och Cela AB har ingått …", where the signing rule read the first and the last)
    // is the full enumeration.
    // group-noun-subject: the lead's "Kommunerna A, B och C har …" is a fallback of the same kind.
    if (
      (source === newsLists || source === groupSubject || source === passiveAgent) &&
      parties.length >= 2 &&
      !namesAll(ctx, source, parties)
    )
      continue;
    // Once two parties are known, later sources only add to them; a party list is the document's own
    // enumeration, so every entry in it counts (three-party agreements).
    const enough = parties.length >= 2 && !enumerations.has(source);
    for (const [position, found] of source.entries()) {
      const cleaned = withoutJunkTail(found);
      const candidate = cleaned && withoutAgreementLabel(ctx, withoutPurposeTail(ctx, cleaned));
      if (candidate === null) continue;
      // headline-subject: "Politiråd i Alby" over "Politiet og Alby kommune har inngått avtale om etablering av et
      // politiråd": a lead list that runs on from the headline adds the headline, which names what the parties
      // set up, not another party.
      if (lateSources.has(source) && parties.length >= 2 && isWholeTitle(candidate.name, title)) continue;
      let party = parties.find((known) => sameParty(ctx, known, candidate));
      if (party) {
        // The list rules read the whole text; a mention they add does not reorder parties already known.
        if (!lateSources.has(source))
          firstSeen.set(party, Math.min(firstSeen.get(party) ?? Infinity, firstMention(candidate)));
        mergeInto(party, candidate);
      } else if (!enough) {
        parties.push(candidate);
        firstSeen.set(candidate, firstMention(candidate));
        party = candidate;
      }
      if (party && source === listed && !listRank.has(party)) listRank.set(party, position);
    }
  }
  const byList = listRank.size >= 2;
  parties.sort(
    (a, b) =>
      (byList ? (listRank.get(a) ?? Infinity) - (listRank.get(b) ?? Infinity) : 0) ||
      (firstSeen.get(a) ?? 0) - (firstSeen.get(b) ?? 0),
  );
  for (const party of parties) {
    completeName(
      ctx,
      party,
      parties.filter((other) => other !== party).map((other) => other.name),
    );
    completeAbbreviation(ctx, party);
    if (party.orgNumber && party.orgNumberValid === false)
      warnings.push(`parties: organisation number ${party.orgNumber} of ${party.name} fails its checksum`);
  }
  const evidence: Record<string, EvidenceSpan[]> = {};
  parties.forEach((party, index) => {
    if (party.nameEvidence.length > 0) evidence[`parties[${index}].name`] = party.nameEvidence;
    if (party.abbreviation && party.abbreviationEvidence.length > 0)
      evidence[`parties[${index}].abbreviation`] = party.abbreviationEvidence;
    if (party.orgNumber && party.orgNumberEvidence.length > 0)
      evidence[`parties[${index}].orgNumber`] = party.orgNumberEvidence;
  });
  if (parties.length === 1) warnings.push('parties: only one party found');
  const value = parties.map(({ name, abbreviation, orgNumber, orgNumberValid }) => ({
    name,
    abbreviation,
    orgNumber,
    orgNumberValid,
  }));
  return { value, evidence, warnings };
}

/**
 * headline-run-in: without line breaks the title's block runs on into the lead ("Avtal Alby kommun och Borsta
 * Alby kommun och Borsta AB tecknade …"); the block cut where the title ends, when its words open the block.
 */
function clippedToTitle(block: Block, title: string): Block {
  const titleWords = title.split(/\s+/u).filter(Boolean);
  const words = [...block.norm.text.matchAll(/\S+/gu)];
  const last = words[titleWords.length - 1];
  if (!last || words.length === titleWords.length) return block;
  const opening = words.slice(0, titleWords.length).map((word) => word[0].toLowerCase());
  // The title drops a final full stop or colon, and a title in capitals is given in sentence case.
  const same = titleWords.every((word, index) => {
    const read = opening[index] ?? '';
    return read === word.toLowerCase() || read.replace(/[.:]$/u, '') === word.toLowerCase();
  });
  if (!same) return block;
  const end = (last.index ?? 0) + last[0].length;
  const norm = { text: block.norm.text.slice(0, end), map: block.norm.map.slice(0, end) };
  return { ...block, end: (norm.map.at(-1) ?? block.start) + 1, norm };
}

/** True when a name is the whole title, as the title rule read it. */
function isWholeTitle(name: string, title: string | null): boolean {
  return title !== null && name.toLowerCase() === title.replace(/[.:]$/u, '').trim().toLowerCase();
}

/** True when a list names every known party, and more. */
function namesAll(ctx: Context, list: readonly Candidate[], known: readonly Candidate[]): boolean {
  return (
    list.length > known.length && known.every((party) => list.some((found) => sameParty(ctx, party, found)))
  );
}

/** Where a candidate is named or numbered first, as a document-wide rank (page first, then offset). */
function firstMention(party: Candidate): number {
  const spans = [...party.nameEvidence, ...party.abbreviationEvidence, ...party.orgNumberEvidence];
  return Math.min(Number.MAX_SAFE_INTEGER, ...spans.map((span) => span.page * PAGE_RANK + span.start));
}

function candidate(name: string, evidence: EvidenceSpan[]): Candidate {
  return {
    name,
    abbreviation: null,
    orgNumber: null,
    orgNumberValid: null,
    defined: false,
    nameEvidence: evidence,
    abbreviationEvidence: [],
    orgNumberEvidence: [],
  };
}

/**
 * Candidates from the list rules (`party-lists.ts`), read on the whole-document view: the first list of each
 * rule, with a defined abbreviation after a name ("City of Bozeman ("City")") and a distributed noun appended.
 */
function fromNameLists(ctx: Context, lists: readonly NameList[]): Candidate[] {
  const view = documentView(ctx);
  const found: Candidate[] = [];
  const seenRules = new Set<string>();
  for (const list of lists) {
    if (seenRules.has(list.rule)) continue;
    // "… TO THE OTHER WITH RESPECT TO THE MATTERS …": a name never ends in a preposition; a "list" whose
    // item does is a sentence in capitals.
    if (startsAfterCaptionLead(ctx, view.norm.text, list.names[0]?.start ?? 0)) continue;
    if (list.names.some((span) => endsInFunctionWord(ctx, view.norm.text.slice(span.start, span.end))))
      continue;
    // "CITIES OF AUBURN, KENT, …" read as names: the plural-of rule reads this list, one city per item.
    const firstName = list.names[0] ? view.norm.text.slice(list.names[0].start, list.names[0].end) : '';
    if (list.rule !== 'plural-of-places' && startsWithPluralOf(ctx, firstName)) continue;
    const candidates: Candidate[] = [];
    // care-of-unit: "Alby kommune c/o Planetaten og Borsta AS": the unit after "c/o" is the address of the party
    // before it, which the list began with; the list still names two.
    let careOf = 0;
    for (const span of list.names) {
      if (CARE_OF_BEFORE.test(view.norm.text.slice(Math.max(0, span.start - CARE_OF_WINDOW), span.start))) {
        careOf++;
        continue;
      }
      const party = namedCandidate(ctx, view, span.start, span.end);
      if (!party) continue;
      // plural-of-bare-places: "the Cities of A and B" names each place as a party by its bare name ("Alford"),
      // as "kommunerna A, B och C" does; a singular "the City of A" keeps its noun through the other rules.
      if (span.placeAfterPlural) {
        party.name = titleCaseCapitals(party.name);
        party.defined = true;
      }
      // A distributed noun gives the name as the document means it ("Mora kommun"): keep that spelling.
      if (span.suffix) {
        party.name = `${party.name}${span.genitive ?? ''} ${span.suffix}`;
        party.defined = true;
      }
      const definition = definitionAfter(ctx, view, span.end, party.name);
      if (definition && !party.abbreviation) {
        party.abbreviation = definition.abbreviation;
        party.abbreviationEvidence = [definition.evidence];
        party.defined = true;
      }
      if (!candidates.some((known) => sameParty(ctx, known, party))) candidates.push(party);
    }
    if (candidates.length + careOf < 2) continue;
    seenRules.add(list.rule);
    found.push(...candidates);
  }
  return found;
}

/** True when a name starts with a plural organisation noun and "of" ("CITIES OF AUBURN"). */
function startsWithPluralOf(ctx: Context, name: string): boolean {
  const { pattern } = pluralOfPattern(ctx);
  pattern.lastIndex = 0;
  const match = pattern.exec(name);
  pattern.lastIndex = 0;
  return match?.index === 0;
}

/** "AUBURN" → "Auburn", "MT MARSHALL" → "Mt Marshall"; a name in mixed case stays as written. */
function titleCaseCapitals(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

/** True when the last word of a name is a function word ("… WITH RESPECT TO", "DELIVERED BY"). */
function endsInFunctionWord(ctx: Context, name: string): boolean {
  const words = perCueSets(
    ctx.sets,
    'parties.nameFinalStops',
    () => new Set(gather(ctx.sets, (cues) => cues.nameFinalStops)),
  );
  const written = /(\p{L}+)\W*$/u.exec(name)?.[1] ?? '';
  // capitals-form-not-stop: "Akvahub AS" ends in a legal form; a word in capitals after mixed case is no
  // function word ("as"), while a sentence in capitals ("… WITH RESPECT TO") keeps its stops.
  if (written.length > 1 && written === written.toUpperCase() && /\p{Ll}/u.test(name)) return false;
  return name.includes(' ') && words.has(written.toLowerCase());
}

/** Gives a party the organisation number read for it, with the number's own evidence. */
function withOrgNumber(party: Candidate, parsed: OrgNumber, evidence: EvidenceSpan): void {
  party.orgNumber = parsed.value;
  party.orgNumberValid = parsed.valid;
  party.orgNumberEvidence = [evidence];
}

/** "Name, org. nr 202100-2841": the name is the phrase before the label, back to the previous clause boundary. */
function fromOrgNumbers(ctx: Context): Candidate[] {
  const labels = anyOf(gather(ctx.sets, (cues) => cues.orgNumberLabels));
  const pattern = re(`[,;(]?\\s*${labels}\\s*[:.]?\\s*(?<num>${ORG_NUMBER_SOURCE})`, 'giu');
  const found: Candidate[] = [];
  for (const block of ctx.doc.blocks) {
    const text = block.norm.text;
    let clauseStart = 0;
    for (const match of text.matchAll(pattern)) {
      const labelStart = match.index ?? 0;
      const num = match.groups?.num ?? '';
      const parsed = parseOrgNumber(num);
      const nameRange = nameBefore(ctx, text, clauseStart, labelStart);
      const numStart = labelStart + match[0].length - num.length;
      clauseStart = labelStart + match[0].length;
      if (!parsed || !nameRange) continue;
      const party = namedCandidate(ctx, block, nameRange.start, nameRange.end);
      if (!party) continue;
      withOrgNumber(party, parsed, evidenceInBlock(ctx.doc, block, numStart, numStart + num.length));
      const definition = definitionAfter(ctx, block, clauseStart, party.name);
      if (definition && !party.abbreviation) {
        party.abbreviation = definition.abbreviation;
        party.abbreviationEvidence = [definition.evidence];
      }
      found.push(party);
    }
  }
  return found;
}

/** A postal code and its town after an entry: Swedish "NNN NN", Norwegian "NNNN" (not a year). */
const POSTAL_CODE = '(?:\\d{3}\\s?\\d{2}|(?!19|20)\\d{4})\\s+\\p{Lu}';

/**
 * "Trafikverket Region Stockholm (202100-6297) (nedan kallad …) och Österåkers kommun (212000-2890)": an
 * organisation number without a label, in brackets right after the name. Only numbers that can be nothing
 * else count: a valid checksum, and the shape of an organisation's number (a Swedish one has 2 or more as
 * its third digit, where a personal identity number has a month; a Norwegian one starts with 8 or 9).
 */
function fromBareOrgNumbers(ctx: Context): Candidate[] {
  const andWords = anyOf(gather(ctx.sets, (cues) => cues.andWords));
  // In brackets ("Norrby kommun (212000-1234)"), or after a comma where the entry ends ("Region Alby,
  // 232100-0123 och …", a line's end, the next name), or right after the name before a dash or the
  // party's short name ("Fjellby universitet 971 035 854 – «FU»"), or before the entry's postal address
  // (register-entry-no-comma: "Alby kommun 212000-1234, 531 88 Alby").
  const pattern = re(
    `(?:\\(\\s*(?<num>${ORG_NUMBER_SOURCE})\\s*\\)|,\\s*(?<bare>${ORG_NUMBER_SOURCE})(?=\\s*(?:[,;.]|$)|\\s+\\p{Lu}|\\s+${andWords}(?:\\s|$))|(?<=\\p{L})\\s+(?<spaced>${ORG_NUMBER_SOURCE})(?=\\s*(?:[–—-]\\s|[«"“(]|,\\s*${POSTAL_CODE})))`,
    'gu',
  );
  const ands = re(`(?<![\\p{L}])${andWords}\\s`, 'giu');
  const found: Candidate[] = [];
  for (const block of ctx.doc.blocks) {
    const text = block.norm.text;
    let clauseStart = 0;
    for (const match of text.matchAll(pattern)) {
      const parenStart = match.index ?? 0;
      const num = match.groups?.num ?? match.groups?.bare ?? match.groups?.spaced ?? '';
      const parsed = parseOrgNumber(num);
      const digits = parsed?.value.replace(/\D/gu, '') ?? '';
      const organisation =
        parsed?.valid === true &&
        ((parsed.country === 'se' && Number(digits[2]) >= 2) ||
          (parsed.country === 'no' && /^[89]/u.test(digits)));
      // The name starts after the last bracket or conjunction before it ("…(nedan kallad X) och Name (…)").
      const after = Math.max(clauseStart, text.lastIndexOf(')', parenStart - 1) + 1);
      const lastAnd = [...text.slice(after, parenStart).matchAll(ands)].at(-1);
      const from = after + (lastAnd?.index ?? 0);
      clauseStart = parenStart + match[0].length;
      if (!organisation || !parsed) continue;
      const nameRange = nameBefore(ctx, text, from, parenStart);
      if (!nameRange) continue;
      const party = namedCandidate(ctx, block, nameRange.start, nameRange.end);
      if (!party) continue;
      const numStart = parenStart + match[0].indexOf(num);
      withOrgNumber(party, parsed, evidenceInBlock(ctx.doc, block, numStart, numStart + num.length));
      found.push(party);
    }
  }
  return found;
}

/** A letterhead is the first few lines of the text, above the title. */
const LETTERHEAD_LINES = 8;
/** A letterhead's organisation name is a short line. */
const LETTERHEAD_NAME_MAX_WORDS = 6;

/**
 * A letterhead: "NORRBY KOMMUN" on one line, "Org.nr 212000-2700" alone on the next. The number belongs to the
 * organisation named on the line above it, when that line is a short organisation name.
 */
function fromLetterheadOrgNumbers(ctx: Context): Candidate[] {
  const labels = anyOf(gather(ctx.sets, (cues) => cues.orgNumberLabels));
  const numberLine = re(`^${labels}\\s*[:.]?\\s*(?<num>${ORG_NUMBER_SOURCE})\\s*$`);
  const lines = ctx.doc.lines.filter((line) => !line.blank).slice(0, LETTERHEAD_LINES);
  const found: Candidate[] = [];
  for (const [index, line] of lines.entries()) {
    const match = numberLine.exec(line.clean);
    const above = lines[index - 1];
    const num = match?.groups?.num;
    const parsed = num ? parseOrgNumber(num) : null;
    if (!match || !above || !num || !parsed) continue;
    const name = above.clean.replace(/[,;.\s]+$/u, '');
    if (/\d/u.test(name) || name.split(/\s+/u).length > LETTERHEAD_NAME_MAX_WORDS || !/^\p{Lu}/u.test(name))
      continue;
    if (!isOrgLike(ctx, name) || isAgreementNoun(ctx, name)) continue;
    const nameStart = ctx.doc.text.indexOf(name, above.start);
    const numStart = ctx.doc.text.indexOf(num, line.start);
    if (nameStart < 0 || numStart < 0) continue;
    const party = candidate(name, [evidenceAt(ctx.doc, nameStart, nameStart + name.length)]);
    withOrgNumber(party, parsed, evidenceAt(ctx.doc, numStart, numStart + num.length));
    found.push(party);
  }
  return found;
}

/** The range of the party name that ends at `end`: back to the last clause boundary after `from`. */
function nameBefore(
  ctx: Context,
  text: string,
  from: number,
  end: number,
): { start: number; end: number } | null {
  const between = anyOf(gather(ctx.sets, (cues) => [...cues.betweenWords, ...cues.partyListCues]));
  const ands = anyOf(gather(ctx.sets, (cues) => cues.andWords));
  // A postal address ends the previous entry: "…, organisationsnummer 232000-0081, 371 81 Karlstad och Betaby
  // kommun, organisationsnummer …", "…, 212000-1694, 531 88 Alby, Borsta kommun, 212000-2924" (a Swedish
  // "NNN NN" code, or a Norwegian four-digit one that is no year).
  const postal = `(?<![\\p{L}\\d])(?:\\d{3}\\s?\\d{2}|(?!19|20)\\d{4})\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2}(?:\\s+(?:${ands})(?![\\p{L}])|\\s*,)`;
  const strong = re(
    `(?:${postal}|[,;]\\s*(?:${ands})(?![\\p{L}])|[:;]|\\(\\d{1,2}\\)|(?<=\\s)\\d{1,2}\\.\\s(?=\\p{Lu})|(?<![\\p{L}])(?:${between}|är|er|is|are)(?![\\p{L}])|^\\s*(?:${ands})(?![\\p{L}]))`,
    'giu',
  );
  const segment = text.slice(from, end);
  let start = 0;
  for (const match of segment.matchAll(strong)) start = (match.index ?? 0) + match[0].length;
  // The previous entry's defined term ends it when the next name follows it: "…, nedan kallad Kommunen Bety
  // Energi AB, organisationsnummer …" (two list lines joined into one block); "(nedan kallad kommunen), org.nr"
  // and ", nedan kallad BK, org.nr" do not. Case-sensitive: the next name starts with a capital.
  const defined = perCueSets(ctx.sets, 'parties.definedTermEnd', () =>
    re(
      `(?<![\\p{L}])(?:${anyOf(gather(ctx.sets, (cues) => cues.definitionCues))})\\s+(?:the\\s+)?["“«']?[\\p{L}-]+["”»']?(?=\\s+\\p{Lu})`,
      'gu',
    ),
  );
  for (const match of segment.matchAll(defined))
    start = Math.max(start, (match.index ?? 0) + match[0].length);
  // OCR specks and a list number left in front of the name ("'2. Stiftelsen …") are not part of it, nor the
  // close of the previous entry's bracket and its conjunction ("(org.nr. 944 117 784) og Sørby Kraft AS (…").
  start += /^[\s'‘’"|.,:;–-]*(?:\(?\d{1,2}[.)]\s*)?/u.exec(segment.slice(start))?.[0].length ?? 0;
  start += re(`^\\)\\s*(?:${ands})\\s+(?=\\p{Lu})`, 'u').exec(segment.slice(start))?.[0].length ?? 0;
  let nameText = segment.slice(start);
  const lead = nameText.length - nameText.trimStart().length;
  nameText = nameText.trim().replace(/[,\s]+$/u, '');
  if (!nameText) return null;
  return { start: from + start + lead, end: from + start + lead + nameText.length };
}

/** A candidate from a name range in a block: descriptors stripped, "(ABBR)" split off, evidence on the name. */
function namedCandidate(ctx: Context, block: Block, start: number, end: number): Candidate | null {
  if (precededByTitle(ctx, block.norm.text, start)) return null;
  // "Foto: Kari Berg, Fjellby kommune": the name after a photo credit label is the photographer's.
  if (precededByPhotoCredit(ctx, block.norm.text, start)) return null;
  let text = block.norm.text.slice(start, end);
  let abbreviation: string | null = null;
  let abbreviationEvidence: EvidenceSpan[] = [];
  const paren = /\s*\(\s*["“«']?(?<abbr>[^()"”»'\s]{2,10})["”»']?\s*\)\s*$/u.exec(text);
  if (paren?.groups?.abbr && ACRONYM.test(paren.groups.abbr)) {
    const abbrStart = start + (paren.index ?? 0) + paren[0].indexOf(paren.groups.abbr);
    abbreviation = paren.groups.abbr;
    abbreviationEvidence = [evidenceInBlock(ctx.doc, block, abbrStart, abbrStart + abbreviation.length)];
    text = text.slice(0, paren.index);
  }
  text = text
    .replace(RECITAL_TAIL, '')
    .replace(/\s*\([^)]*\)\s*$/u, '')
    .replace(/[,;.\s]+$/u, '');
  text = withoutApposition(ctx, text);
  text = withoutFinalConjunction(ctx, withoutSignatureLabel(ctx, block, start, text));
  // "1. Parter Alby kommun, org.nr …" read without line breaks: the list's label is no part of the first name.
  const label = partyLabelAtStart(ctx, text);
  start += label;
  text = text.slice(label);
  // "Whereas the Orange County Commissioners (County), …": the recital's opening is no part of the name.
  const recital = RECITAL_HEAD.exec(text)?.[0].length ?? 0;
  start += recital;
  text = text.slice(recital);
  // correlative-opener: "Både fylkeskommunen og politiet", "Both Alfa College and …": the first word of the pair
  // opens the coordination, not the name.
  const correlative = correlativeLength(ctx, text);
  start += correlative;
  text = text.slice(correlative);
  // "Between the Two Schools Alfa College": the group phrase before the first name is no part of it.
  const group = countGroupLength(ctx, text);
  start += group;
  text = text.slice(group);
  const lead = peopleLead(ctx, text) || officeLead(ctx, text);
  start += lead;
  text = text.slice(lead);
  const stripped = stripDescriptor(ctx, text);
  start += text.length - stripped.length;
  text = withoutProseTail(ctx, block, start, stripped);
  // "polisen", "universitetet i Bergen": a name a news text writes in lower case is still a name.
  if (/^\p{Ll}/u.test(text) && lowerCaseNameAt(ctx, block.norm.text, start)) text = capitalised(text);
  // "Delavtale", "Avtalen": the agreement itself, read where a name was expected.
  if (isAgreementNoun(ctx, text) || endsInDocumentNoun(ctx, text)) return null;
  // "Foto: Anne Berg Fjellby idrettsråd": a photo credit ran into the name; where the photographer's name
  // ends cannot be told, so the name is left to the other mentions.
  if (hasPhotoCredit(ctx, text)) return null;
  // "Lokalpolisområde" alone (its place cut off at a line break) is a unit's type, no name.
  // unit-after-place: "Borsta politidistrikt" is the unit called by its place and its type, a name.
  if (!isPlausibleName(text) || isLoneArticle(ctx, text) || (!/\s/u.test(text) && isUnitNoun(ctx, text)))
    return null;
  if (isCapsHeadingPhrase(ctx, text) || isStreetAddress(ctx, block.norm.text, start, text)) return null;
  if (opensWithHonorific(ctx, text) || isCountryName(ctx, text) || opensWithLetterheadLabel(ctx, text))
    return null;
  // "the Parties" and a person with a title ("Ordfører Kari Nordmann") are not organisations.
  // title-genitive-office: "California Community Colleges Chancellor’s Office", "the Sheriff's Office": a
  // title in the genitive before a capitalised noun names the office, an organisation, not a person.
  const withoutOffices = text.replace(/\p{L}+['’]s(?=\s+\p{Lu})/gu, '');
  if (isGenericPartyWord(ctx, text) || hasTitleWord(ctx, withoutOffices) || isTitledPerson(ctx, text))
    return null;
  const party = candidate(text, [evidenceInBlock(ctx.doc, block, start, start + text.length)]);
  party.abbreviation = abbreviation;
  party.abbreviationEvidence = abbreviationEvidence;
  party.defined = abbreviation !== null;
  return party;
}

/**
 * A name that runs on into prose or a dateline ("Innlandet fylkeskommune skal styrke utdanning", "Region
 * Västerbotten Pressmeddelande • Jan 11") is cut where the name's shape ends; text without line breaks
 * leaves no other boundary.
 */
function withoutProseTail(ctx: Context, block: Block, start: number, text: string): string {
  const { end } = nameEnd(ctx, block, start);
  if (end <= start || end >= start + text.length) return text;
  const tail = block.norm.text.slice(end, start + text.length);
  // One lower-case word may be a preposition inside the name ("Regionstyrelsen vid Region Stockholm").
  const lowerWords = tail.split(/\s+/u).filter((word) => /^\p{Ll}/u.test(word) && !isOrgWord(ctx, word));
  // "Ultuna Tisdag, 25 februari": a dateline's weekday after the name is no part of it.
  const weekdays = perCueSets(ctx.sets, 'parties.weekdays', () =>
    re(`^\\s*${anyOf(gather(ctx.sets, (c) => c.weekdays))}(?![\\p{L}])`),
  );
  const prose =
    lowerWords.length >= 2 || /\d|•/u.test(tail) || weekdays.test(tail) || isTrailingAdverb(ctx, tail);
  return prose ? block.norm.text.slice(start, end) : text;
}

/**
 * adverb-before-verb: "A and the University of B recently signed …", "A og B nettopp signerte": an adverb of the
 * clause (`leadAdverbs`) left alone after a name, before the verb the clause ends at, is no part of the name; other
 * lower-case words may be ("Borg idrettslag").
 */
function isTrailingAdverb(ctx: Context, tail: string): boolean {
  const adverb = perCueSets(ctx.sets, 'parties.leadAdverbs', () => {
    const words = gather(ctx.sets, (c) => c.leadAdverbs);
    return words.length > 0 ? re(`^\\s+${anyOf(words)}\\s*$`, 'u') : /(?!)/u;
  });
  return adverb.test(tail);
}

/** The length of a correlative opener and its space at the start of a name ("Både "), 0 when there is none. */
function correlativeLength(ctx: Context, text: string): number {
  const opener = perCueSets(ctx.sets, 'parties.correlativeOpener', () => {
    const words = gather(ctx.sets, (cues) => cues.correlativeOpeners);
    return words.length > 0 ? re(`^(?:${anyOf(withCapitalised(words))})\\s+(?=\\S)`, 'u') : /(?!)/u;
  });
  return opener.exec(text)?.[0].length ?? 0;
}

/** The length of a party-list label that opens a name ("Parter Alby kommun" -> 7), 0 when there is none. */
function partyLabelAtStart(ctx: Context, text: string): number {
  const label = perCueSets(ctx.sets, 'parties.labelAtStart', () =>
    re(`^(?:${anyOf(gather(ctx.sets, (cues) => cues.partyListLabels))})\\s*:?\\s+(?=\\p{Lu})`),
  );
  return label.exec(text)?.[0].length ?? 0;
}

/** country-alone: "Norge", "Sweden": a country named alone is where a party is, not a party of these documents. */
function isCountryName(ctx: Context, text: string): boolean {
  return perCueSets(
    ctx.sets,
    'parties.countryNames',
    () => new Set(gather(ctx.sets, (cues) => cues.countryNames).map((name) => name.toLowerCase())),
  ).has(text.toLowerCase());
}

/** honorific-person: "Ms Kari Berg", "Dr. Per Lie": a name after an honorific is a person's, not a party's. */
function opensWithHonorific(ctx: Context, text: string): boolean {
  return perCueSets(ctx.sets, 'parties.honorificOpening', () =>
    re(`^(?:${anyOf(gather(ctx.sets, (cues) => cues.honorifics))})\\.?\\s+\\p{Lu}`),
  ).test(text);
}

/**
 * house-number-street: "667 N. Carroll Ave", "12 Harbour Road": a name after a house number that ends in a
 * street word is an address line, not an organisation.
 */
function isStreetAddress(ctx: Context, blockText: string, start: number, text: string): boolean {
  const street = perCueSets(ctx.sets, 'parties.streetTail', () =>
    re(`(?:^|\\s)(?:${anyOf(gather(ctx.sets, (cues) => cues.streetWords))})\\.?$`),
  );
  return street.test(text) && /\d+[A-Za-z]?\s+$/u.test(blockText.slice(Math.max(0, start - 8), start));
}

/** A subheading read as a name is short; a longer name in capitals ("J. ROE MEMORIAL HEART CENTER") is kept. */
const CAPS_HEADING_MAX_WORDS = 3;

/**
 * caps-heading-phrase: "OGSÅ ANDRE", "FISCAL LEAD", "STRATEGISKT SAMARBETE": two or three words in capitals with
 * no organisation noun or preposition among them are a subheading or a role, unless the text also spells them as a name, each
 * word capitalised in mixed case ("BUSINESS SWEDEN" beside "Business Sweden"). An acronym is one word.
 */
function isCapsHeadingPhrase(ctx: Context, text: string): boolean {
  const words = text.split(/\s+/u);
  const count = words.filter((word) => /\p{L}/u.test(word)).length;
  if (
    count < 2 ||
    count > CAPS_HEADING_MAX_WORDS ||
    /\p{Ll}/u.test(text) ||
    words.some((word) => isOrgWord(ctx, word))
  )
    return false;
  const functionWords = gather(ctx.sets, (cues) => cues.functionWords);
  // "SHIRE OF ALFA": a preposition inside makes the shape of a name.
  if (words.some((word) => functionWords.includes(word.toLowerCase()))) return false;
  const spelled = words.map((word) => escapeRegex(word.charAt(0) + word.slice(1).toLowerCase())).join('\\s+');
  return !re(`(?<![\\p{L}])${spelled}(?![\\p{L}])`, 'u').test(ctx.doc.text);
}

/** A recital's opening before the first party's name ("Whereas the …", "WHEREAS, "). */
const RECITAL_HEAD = /^(?:WHEREAS|Whereas),?\s+(?:the\s+)?(?=\p{Lu})/u;

/** True when a text holds a photo credit label and its colon ("Foto:", "Photo:"). */
function hasPhotoCredit(ctx: Context, text: string): boolean {
  return perCueSets(ctx.sets, 'parties.photoCredit', () =>
    re(`(?:^|\\s)${anyOf(gather(ctx.sets, (cues) => cues.photoCreditWords))}\\s*:`),
  ).test(text);
}

/**
 * True when a name is one agreement noun ("Delavtale", "Samarbeidsavtalen", "Agreement") or agreement phrase
 * ("Memorandum of Understanding" in "execute a Memorandum of Understanding with X"), not an organisation.
 */
function isAgreementNoun(ctx: Context, text: string): boolean {
  const nouns = perCueSets(ctx.sets, 'parties.agreementNoun', () =>
    re(`^${anyOf(gather(ctx.sets, (cues) => cues.agreementNouns))}$`),
  );
  return nouns.test(text);
}

/**
 * document-noun-tail: "Interlocal Cooperation Agreement", "STUDENT TRANSFERS STREAMLINED WITH NEW AGREEMENT",
 * "Alfa Ports Sign Green Corridor MoU": a phrase that ends in a document noun names the document or a
 * headline about it, not an organisation ("Alfa Partnership" ends in a cooperation noun and stays).
 */
function endsInDocumentNoun(ctx: Context, text: string): boolean {
  const tail = perCueSets(ctx.sets, 'parties.documentNounTail', () =>
    re(`\\s(?<noun>${agreementNounSource(ctx)})$`),
  ).exec(text);
  const noun = tail?.groups?.noun ?? '';
  // "This Agreement" alone is the self-reference that `withoutAgreementLabel` drops.
  const determiners = gather(ctx.sets, (cues) => cues.determiners);
  if (!tail || determiners.includes(text.slice(0, tail.index).toLowerCase())) return false;
  return DOCUMENT_NOUN.test(noun) || /^mou$/iu.test(noun);
}

/** The agreement nouns of every cue set, as one alternation (no anchors). */
function agreementNounSource(ctx: Context): string {
  return anyOf(gather(ctx.sets, (cues) => cues.agreementNouns));
}

/** A document noun, not a cooperation noun: "Letter of Intent", "Samarbetsavtal", "intensjonserklæring". */
const DOCUMENT_NOUN = /\s|avtal|förklaring|erklæring|agreement/iu;

/**
 * agreement-self-reference: "This Agreement" or "Denna avsiktsförklaring" names the document, not a party,
 * and is dropped (null). agreement-label-prefix: a document noun run into a name ("undertecknar Letter of
 * Intent Nordvik kommun och …" read as one phrase once a headline loses its line break) is cut off the name.
 */
function withoutAgreementLabel(ctx: Context, found: Candidate): Candidate | null {
  const selfReference = perCueSets(ctx.sets, 'parties.agreementSelfReference', () =>
    re(`^(?:${anyOf(gather(ctx.sets, (cues) => cues.determiners))})\\s+(?:${agreementNounSource(ctx)})$`),
  );
  if (selfReference.test(found.name)) return null;
  const label = perCueSets(ctx.sets, 'parties.agreementLabelPrefix', () =>
    re(`^(?:${agreementNounSource(ctx)})\\s+(?=\\p{Lu})`),
  );
  const prefix = label.exec(found.name)?.[0];
  if (prefix === undefined || !DOCUMENT_NOUN.test(prefix.trim())) return found;
  const name = found.name.slice(prefix.length);
  // The case-insensitive cue must not eat a capitalised name's own first word: the rest keeps a word.
  if (!/\p{L}{2}/u.test(name)) return found;
  const nameEvidence = narrowedSpans(found.nameEvidence, (snippet) =>
    snippet.startsWith(prefix) ? { offset: prefix.length, length: snippet.length - prefix.length } : null,
  );
  return { ...found, name, nameEvidence };
}

/**
 * Evidence spans cut to the part of their snippet that `part` finds (its offset and length), each left whole
 * where it finds none: a name narrowed to part of itself keeps pointing at what it quotes.
 */
function narrowedSpans(
  spans: readonly EvidenceSpan[],
  part: (snippet: string) => { offset: number; length: number } | null,
): EvidenceSpan[] {
  return spans.map((span) => {
    const found = part(span.snippet);
    if (found === null) return span;
    const start = span.start + found.offset;
    return {
      ...span,
      start,
      end: start + found.length,
      snippet: span.snippet.slice(found.offset, found.offset + found.length),
    };
  });
}

/** "c/o" (care of): an address line for the party follows; no name goes on past it. */
const CARE_OF = /\s+c\/o(?![\p{L}]).*$/isu;
/** "c/o" right before a name in a list. */
const CARE_OF_BEFORE = /(?<![\p{L}])c\/o\s*$/iu;
/** How far before a name "c/o" is looked for: the marker and its spaces. */
const CARE_OF_WINDOW = 8;
/** Quote marks a defined short name is written in («AU», "Alfa", “Beta”). */
const QUOTE_MARKS = /[«»"“”„]/u;

/**
 * name-junk-tail: a definition's quote marks and a "c/o" address run into a name read across lines ("AU» c/o
 * Institutt …") are no part of it: the name is cut before "c/o" and loses a quote mark it does not open and
 * close. A name left without two letters is dropped (null).
 */
function withoutJunkTail(found: Candidate): Candidate | null {
  const quotes = (text: string) => [...text].filter((char) => QUOTE_MARKS.test(char)).length;
  let name = found.name.replace(CARE_OF, '');
  if (quotes(name) === 1) name = name.replace(/^[«»"“”„]\s*|\s*[«»"“”„]$/gu, '');
  if (name === found.name) return found;
  if (!/\p{L}.*\p{L}/u.test(name) || quotes(name) % 2 === 1) return null;
  const nameEvidence = narrowedSpans(found.nameEvidence, (snippet) => {
    const at = snippet.indexOf(name);
    return at < 0 ? null : { offset: at, length: name.length };
  });
  return { ...found, name, nameEvidence };
}

/**
 * purpose-after-place: a title read whole ("… and the City of Alfa for Flood Response Planning") gives a
 * name that runs on into what the agreement is for; the name ends at its place.
 */
function withoutPurposeTail(ctx: Context, found: Candidate): Candidate {
  const purpose = purposeTailStart(ctx, found.name);
  if (purpose === null) return found;
  const name = found.name.slice(0, purpose);
  const nameEvidence = narrowedSpans(found.nameEvidence, (snippet) =>
    snippet.startsWith(name) ? { offset: 0, length: name.length } : null,
  );
  return { ...found, name, nameEvidence };
}

/**
 * letterhead-label: "Referens Mottagare", "Saksbehandler Plan": a letterhead's or memo head's field labels read as
 * a name are a form, not a party (the party is the value the field holds, which other rules read).
 */
function opensWithLetterheadLabel(ctx: Context, name: string): boolean {
  const label = perCueSets(ctx.sets, 'parties.letterheadLabel', () =>
    re(`^(?:${anyOf(gather(ctx.sets, (cues) => cues.letterheadLabels))})(?![\\p{L}])`),
  );
  return label.test(name);
}

/**
 * caption-lead-list: "Frå venstre: Kari Holm, Per Ness og …", "signerades av (f.v.) Anna Berg, …" names the
 * people in a photo, not parties.
 */
function startsAfterCaptionLead(ctx: Context, text: string, start: number): boolean {
  const lead = perCueSets(ctx.sets, 'parties.captionLead', () =>
    re(`(?<![\\p{L}])${anyOf(gather(ctx.sets, (cues) => cues.captionLeads))}\\s*[:)]\\s*$`),
  );
  return lead.test(text.slice(Math.max(0, start - CAPTION_LEAD_WINDOW), start));
}

/** A caption lead is looked for in this many characters before a list's first name. */
const CAPTION_LEAD_WINDOW = 30;

/** True when a photo credit label ends right before `start` ("Foto: Kari Berg", "BergFoto: Per Lie"). */
function precededByPhotoCredit(ctx: Context, text: string, start: number): boolean {
  const label = perCueSets(ctx.sets, 'parties.photoCreditBefore', () =>
    re(`${anyOf(gather(ctx.sets, (cues) => cues.photoCreditWords))}\\s*:\\s*$`),
  );
  return label.test(text.slice(Math.max(0, start - 20), start));
}

/**
 * "Bety AB För Alby kommun Anna Berg", "City of Beta For Alfa University: Jane Doe": a flattened signature
 * block ran on into the name; it ends before the label. The label is read in the text from there on, so a
 * name that was cut before the label's colon ("City of Beta For Alfa") ends before it too.
 */
function withoutSignatureLabel(ctx: Context, block: Block, start: number, text: string): string {
  // The document's own language only: Norwegian "For X" is a label, English "Center For X" a name.
  const labels = ctx.sets[0]?.signatureLabelsInText ?? [];
  if (labels.length === 0) return text;
  const label = perCueSets(ctx.sets, 'parties.signatureLabel', () => re(`^\\s+(?:${anyOf(labels)})`, 'u'));
  for (const space of text.matchAll(/\s+/gu)) {
    if (label.test(block.norm.text.slice(start + (space.index ?? 0)))) return text.slice(0, space.index);
  }
  return text;
}

/**
 * "BETWEEN THE TOWN OF ALFA AND" (the next party on the next line): a name never ends in a conjunction; the
 * conjunction joins it to the next name.
 */
function withoutFinalConjunction(ctx: Context, text: string): string {
  const final = perCueSets(ctx.sets, 'parties.finalConjunction', () =>
    re(`\\s+(?:${anyOf(gather(ctx.sets, (cues) => cues.andWords))})$`),
  );
  return text.replace(final, '');
}

/** A recital that follows the last party without punctuation ("… and the CITY OF COTATI WHEREAS, the …"). */
const RECITAL_TAIL = /\s+(?:WHEREAS|Whereas|RECITALS|Recitals|NOW,?\s+THEREFORE)(?![\p{L}]).*$/u;

/** A person's name is two to four capitalised words; longer names or ones with digits are organisations'. */
const PERSON_NAME_SHAPE = /^\p{Lu}[\p{Ll}'’-]+(?:\s+(?:von|van|af|de)\b)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,3}$/u;

/**
 * True when a name is a person's that the text introduces with a title elsewhere ("ordfører Gunnar Dahl" …
 * "Per Lie og Gunnar Dahl som signerer avtalen"; "fylkesdirektør Toril Berg"): people sign, they are not parties.
 */
function isTitledPerson(ctx: Context, text: string): boolean {
  if (!PERSON_NAME_SHAPE.test(text) || text.split(/\s+/u).some((word) => isOrgWord(ctx, word))) return false;
  const titles = anyOf(gather(ctx.sets, (cues) => cues.titleWords));
  const joining = new Set(gather(ctx.sets, (cues) => [...cues.andWords, ...cues.determiners]));
  const prepositions = anyOf(
    gather(ctx.sets, (cues) => cues.functionWords).filter((word) => !joining.has(word)),
  );
  // Right after the title, or after a title phrase and a comma ("leder i Fjellby regionråd, Ola Berg").
  // title-person-of-org: "generalsekretær Kari Berg i Alfa Norge": a name after the person's preposition is
  // the organisation the person works for.
  return re(
    `(?:^|[\\s-])\\p{L}*${titles}\\p{L}*(?:\\s+[\\p{L}-]+){0,${TITLE_PHRASE_MAX_WORDS}}(?<!\\s(?:${prepositions})),?\\s+${escapeRegex(text)}(?![\\p{L}])`,
  ).test(ctx.doc.text);
}

/** Words a title phrase may run on for before the name ("leder i Fjellby regionråd"). */
const TITLE_PHRASE_MAX_WORDS = 4;

/** "Ett", "The": an article alone is what is left of a sentence, not a name. */
function isLoneArticle(ctx: Context, text: string): boolean {
  const words = perCueSets(
    ctx.sets,
    'parties.loneArticleWords',
    () =>
      new Set(
        gather(ctx.sets, (cues) => [
          ...cues.appositionWords,
          ...cues.functionWords,
          ...cues.orgNouns,
          ...Object.keys(cues.months),
        ]),
      ),
  );
  // A bare organisation noun ("City", "District") is a defined short name, the abbreviation of a party.
  return !/\s/u.test(text) && words.has(text.toLowerCase());
}

/**
 * Cuts a descriptive apposition off a name: "Chalmers University of Technology, a Swedish state university
 * with" → "Chalmers University of Technology". Only a lower-case apposition word after a comma cuts, so
 * "Haukeland universitetssjukehus, Helse Bergen HF" stays whole; a dangling apposition word at the end
 * ("…, with" before an organisation number label) goes too.
 */
function withoutApposition(ctx: Context, text: string): string {
  const [commaWord, trailing] = perCueSets(ctx.sets, 'parties.apposition', () => {
    const words = anyOf(gather(ctx.sets, (cues) => cues.appositionWords));
    return [re(`,\\s*${words}(?![\\p{L}])`, 'u'), re(`(?:,?\\s+${words})+$`, 'u')] as const;
  });
  const comma = commaWord.exec(text);
  const cut = comma ? text.slice(0, comma.index) : text;
  return cut.replace(trailing, '').replace(/[,;\s]+$/u, '');
}

/**
 * people-lead: "Officials at Alby Hospital and …", "Researchers from Borsta University": a capitalised plural
 * that is no organisation noun and a preposition of belonging open a sentence about the people of the
 * organisation after them; the length of that lead, 0 when there is none. Swedish and Norwegian names hold
 * such prepositions themselves ("Regionstyrelsen vid Region Stockholm"), so they have none.
 */
function peopleLead(ctx: Context, text: string): number {
  const lead = perCueSets(ctx.sets, 'parties.peopleLead', () => {
    const prepositions = gather(ctx.sets, (c) => c.memberPrepositions);
    return prepositions.length === 0
      ? null
      : re(`^(?<word>\\p{Lu}\\p{Ll}+s)\\s+(?:${anyOf(prepositions)})\\s+(?=\\p{Lu})`, 'u');
  })?.exec(text);
  return lead?.groups?.word && !isOrgWord(ctx, lead.groups.word) ? lead[0].length : 0;
}

/**
 * office-of-organisation: "Vegdirektør i Statens vegvesen", "Rektor vid Alfa universitet": a title and its
 * preposition before a name that has an organisation noun (or is a genitive and its head noun) name the
 * person's office; the organisation is the rest. The length of that lead, 0 when there is none ("Ordførarane i Alfa" names people and stays whole).
 */
function officeLead(ctx: Context, text: string): number {
  const lead = perCueSets(ctx.sets, 'parties.officeLead', () =>
    re(
      `^\\p{L}*(?:${anyOf(gather(ctx.sets, (cues) => cues.titleWords))})\\s+(?:${anyOf(gather(ctx.sets, (cues) => cues.functionWords))})\\s+(?=\\p{Lu})`,
    ),
  ).exec(text);
  if (!lead) return 0;
  const rest = text.slice(lead[0].length);
  // "Statens vegvesen": a genitive and its lower-case head noun is an organisation's name too.
  const organisation =
    rest.split(/\s+/u).some((word) => isOrgWord(ctx, word)) || /^\p{Lu}\p{L}*s\s+\p{Ll}\p{L}+$/u.test(rest);
  return organisation ? lead[0].length : 0;
}

/**
 * A one-word name this short with marks inside must be an acronym ("U.S.", "UiO"); "T.r" is a fragment of OCR
 * noise. Short place names ("Kil", "Ski") have no marks.
 */
const FRAGMENT_MAX_LETTERS = 3;

function isPlausibleName(text: string): boolean {
  if (text.length < 2) return false;
  const words = text.split(/\s+/u);
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (
    words.length === 1 &&
    letters.length <= FRAGMENT_MAX_LETTERS &&
    letters !== text &&
    !/(?:\p{Lu}.*){2}/u.test(letters)
  )
    return false;
  if (words.length > NAME_MAX_WORDS) return false;
  // A suspended compound may start in lower case: "landbruks- og matdepartementet".
  return /^[\p{Lu}\d]/u.test(text) || /^\p{Ll}+-\s/u.test(text);
}

/** Drops "Den ideella föreningen", "the", … from the start of a name (OCR-tolerant). */
function stripDescriptor(ctx: Context, text: string): string {
  const descriptors = perCueSets(ctx.sets, 'parties.descriptors', () =>
    [...gather(ctx.sets, (cues) => cues.descriptorPrefixes)].sort((a, b) => b.length - a.length),
  );
  const words = text.split(/\s+/u);
  for (const descriptor of descriptors) {
    const count = descriptor.split(/\s+/u).length;
    if (words.length <= count) continue;
    const head = words.slice(0, count).join(' ');
    if (similarity(head, descriptor) >= DESCRIPTOR_SIMILARITY) {
      const rest = words.slice(count).join(' ');
      if (/^[\p{Lu}\d]/u.test(rest)) return rest;
    }
  }
  return text;
}

/** `(heretter kalt «UiT»)`, `, hereinafter "MSU"`, `("UU")` right after a party clause. */
function definitionAfter(
  ctx: Context,
  block: Block,
  from: number,
  name?: string,
): { abbreviation: string; evidence: EvidenceSpan } | null {
  const patterns = perCueSets(ctx.sets, 'parties.definitionAfter', () => {
    const cues = anyOf(gather(ctx.sets, (c) => c.definitionCues));
    return {
      quoted: re(
        `^[,;]?\\s*(?:\\(\\s*)?(?:(?:the|den|det)\\s+)?(?:${cues}\\s*)?(?:the\\s+)?["“«'](?<abbr>[^"”»']{2,10})["”»']`,
      ),
      bare: re(`^[,;]?\\s*(?:${cues})\\s+(?<abbr>[\\p{L}&]{2,8})(?![\\p{L}\\d])`),
    };
  });
  const window = block.norm.text.slice(from, from + DEFINITION_WINDOW);
  const quoted = patterns.quoted.exec(window);
  // Unquoted after the cue ("nedan kallat RISE") only an acronym counts: "nedan kallad kommunen" is a noun.
  const bare = patterns.bare.exec(window);
  const match =
    quoted ??
    /^[,;]?\s*\(\s*(?<abbr>[^()\s"”»']{2,8})\s*\)/u.exec(window) ??
    (bare?.groups?.abbr && ACRONYM.test(bare.groups.abbr) ? bare : null);
  const abbr = match?.groups?.abbr;
  if (!match || !abbr || isGroupPlural(ctx, abbr)) return null;
  if (!ACRONYM.test(abbr) && !(quoted && name !== undefined && isShortNameTerm(ctx, abbr, name))) return null;
  const start = from + match[0].lastIndexOf(abbr);
  return { abbreviation: abbr, evidence: evidenceInBlock(ctx.doc, block, start, start + abbr.length) };
}

/**
 * group-abbreviation: "… Bayside, and Glenford (CITIES)", "hereinafter "Cities"": a plural organisation
 * noun defined after a list names the group of places, not the last one.
 */
function isGroupPlural(ctx: Context, term: string): boolean {
  return gather(ctx.sets, (cues) => cues.pluralOfOrgNouns).includes(term.toLowerCase());
}

/**
 * A quoted defined term that is one word of the party's own name ("Chalmers University of Technology …
 * ("Chalmers")") is its short name; a generic noun ("the "University"") is not.
 */
function isShortNameTerm(ctx: Context, term: string, name: string): boolean {
  if (!/^\p{Lu}[\p{L}-]{1,11}$/u.test(term)) return false;
  const orgNouns = new Set(gather(ctx.sets, (cues) => cues.orgNouns));
  if (orgNouns.has(term.toLowerCase())) return false;
  return name.split(/[\s,]+/u).includes(term);
}

/** Items after "har ingåtts mellan", "Parter i denne avtalen er:", "by and between:". */
function fromPartyLists(ctx: Context): Candidate[] {
  const cues = re(anyOf(gather(ctx.sets, (c) => c.partyListCues)));
  const endsWithBetween = re(`(?<![\\p{L}])${anyOf(gather(ctx.sets, (c) => c.betweenWords))}\\s*:\\s*$`);
  const adverbs = gather(ctx.sets, (c) => c.adverbialBetween);
  const endsWithAdverb = re(`(?<![\\p{L}])${adverbs.length > 0 ? anyOf(adverbs) : '(?!)'}\\s*:\\s*$`);
  const blocks = ctx.doc.blocks;
  const found: Candidate[] = [];
  for (const [index, block] of blocks.entries()) {
    // "… is made on 3 March 2023 between:" — a lead-in that ends with the between-word opens the list too.
    const isIntro =
      block.kind !== 'item' &&
      (cues.test(block.norm.text) ||
        (endsWithBetween.test(block.norm.text) && !endsWithAdverb.test(block.norm.text)));
    const isHeading = block.kind === 'heading' && ctx.headingRole.get(index) === 'parties';
    if (!isIntro && !isHeading) continue;
    // A clause that names the parties itself ("by and between A and B; … AGREE AS FOLLOWS:") is no lead-in:
    // the numbered items after it are its terms.
    if (isIntro && !isHeading && betweenClause(ctx, block).length >= 2) continue;
    // between-the-parties: "… agreed by and between the parties hereto as follows:" opens the terms, not a list.
    if (isIntro && !isHeading && betweenGenericParties(ctx, block.norm.text, cues)) continue;
    for (const item of blocks.slice(index + 1)) {
      if (item.kind !== 'item' || isRunInSection(item.norm.text)) break;
      const text = item.norm.text;
      const end = /,|\(|\s(?:org|reg)\.?|;|$/iu.exec(text)?.index ?? text.length;
      const party = namedCandidate(ctx, item, 0, end);
      if (!party) continue;
      const definition =
        definitionAfter(ctx, item, end, party.name) ?? definitionInside(ctx, item, party.name);
      if (definition && !party.abbreviation) {
        party.abbreviation = definition.abbreviation;
        party.abbreviationEvidence = [definition.evidence];
        party.defined = true;
      }
      found.push(party);
    }
  }
  return found;
}

/** A run-in heading is a short phrase before its full stop ("Term.", "Requests for Assistance."). */
const RUN_IN_HEADING = /^[^.,;:()\d]{2,50}\.\s+(?<sentence>[^.]*)/u;
/** A sentence after a run-in heading has this many lower-case words at least; a party's details have fewer. */
const RUN_IN_SENTENCE_MIN_LOWER = 4;

/**
 * run-in-section: "2. Purpose. This Agreement is to state the terms …": a numbered item that opens with a short
 * heading and its full stop, then a sentence, is the next section of the agreement, not a party entry
 * ("1. Alby kommun. Org.nr 212000-0000" has no sentence after its full stop).
 */
function isRunInSection(text: string): boolean {
  const sentence = RUN_IN_HEADING.exec(text)?.groups?.sentence ?? '';
  return (
    (sentence.match(/(?<![\p{L}\d.-])\p{Ll}+(?![\p{L}\d.-])/gu)?.length ?? 0) >= RUN_IN_SENTENCE_MIN_LOWER
  );
}

/**
 * A definition anywhere in a list item ("…, org.nr. 970 342 184 (heretter kalt «UiT»)", "…, Sweden
 * ("Chalmers"); and"): after a definition cue, or a quoted term alone in parentheses.
 */
function definitionInside(
  ctx: Context,
  block: Block,
  name: string,
): { abbreviation: string; evidence: EvidenceSpan } | null {
  const cues = anyOf(gather(ctx.sets, (c) => c.definitionCues));
  const match =
    re(`(?:${cues})\\s*["“«'](?<abbr>[^"”»']{2,10})["”»']`).exec(block.norm.text) ??
    /\(\s*["“«](?<abbr>[^"”»]{2,10})["”»]\s*\)/u.exec(block.norm.text);
  const abbr = match?.groups?.abbr;
  if (!match || !abbr || !(ACRONYM.test(abbr) || isShortNameTerm(ctx, abbr, name))) return null;
  const start = (match.index ?? 0) + match[0].lastIndexOf(abbr);
  return { abbreviation: abbr, evidence: evidenceInBlock(ctx.doc, block, start, start + abbr.length) };
}

/** "… entered into by and between A, hereinafter "A", and B …" written inline in a sentence. */
function fromBetweenClauses(ctx: Context): Candidate[] {
  const found: Candidate[] = [];
  for (const block of ctx.doc.blocks) {
    if (block.kind === 'heading') continue;
    found.push(...betweenClause(ctx, block));
  }
  return found;
}

/** True when a party-list cue in `text` is followed by the generic word for the parties ("the parties hereto"). */
function betweenGenericParties(ctx: Context, text: string, cues: RegExp): boolean {
  const cue = cues.exec(text);
  return cue !== null && opensWithGenericParties(ctx, text.slice((cue.index ?? 0) + cue[0].length));
}

/** The parties a block names inline after a party-list cue ("by and between A and B"), if any. */
function betweenClause(ctx: Context, block: Block): Candidate[] {
  const match = perCueSets(ctx.sets, 'parties.betweenClause', () =>
    re(`${anyOf(gather(ctx.sets, (c) => c.partyListCues))}\\s+(?=\\S)`),
  ).exec(block.norm.text);
  return match ? partiesFrom(ctx, block, match) : definedBetween(ctx, block);
}

/** Within this many characters after a between-word, a definition cue shows that a party was just named. */
const DEFINED_BETWEEN_WINDOW = 120;

/**
 * between-defined: "between the CITY OF ALFA, a municipal corporation, hereinafter "Alfa", and …", "mellan Alfa
 * kommun, nedan kallad kommunen, och …", "mellom Alfa kommune, heretter kalt kommunen, og …": a between-word whose
 * first name is followed by a definition cue opens the party clause, whatever came before it (an OCR'd preamble
 * breaks the "agreement … between" window).
 */
function definedBetween(ctx: Context, block: Block): Candidate[] {
  const match = perCueSets(ctx.sets, 'parties.definedBetween', () => {
    const between = anyOf(gather(ctx.sets, (c) => c.betweenWords));
    const definition = anyOf(gather(ctx.sets, (c) => c.definitionCues));
    return re(
      `(?<![\\p{L}])${between}\\s+(?=[^.;:!?]{2,${DEFINED_BETWEEN_WINDOW}}?(?<![\\p{L}])(?:${definition})(?![\\p{L}]))`,
    );
  }).exec(block.norm.text);
  return match ? partiesFrom(ctx, block, match, true) : [];
}

/** Where the last definition between `from` and `to` ends: its term, up to the next comma or bracket. */
function lastDefinitionEnd(ctx: Context, text: string, from: number, to: number): number {
  const definition = perCueSets(ctx.sets, 'parties.definitionTerm', () =>
    re(`(?<![\\p{L}])(?:${anyOf(gather(ctx.sets, (c) => c.definitionCues))})(?![\\p{L}])[^,;()]*`, 'giu'),
  );
  const last = [...text.slice(from, to).matchAll(definition)].at(-1);
  return last ? from + (last.index ?? 0) + last[0].length : to;
}

/** The parties of a between clause that starts after `match`, to the end of its sentence. */
function partiesFrom(
  ctx: Context,
  block: Block,
  match: RegExpExecArray,
  endsAtDefinition = false,
): Candidate[] {
  const start = (match.index ?? 0) + match[0].length;
  // The clause ends with its sentence; "org. no." inside it is an abbreviation, not the end.
  const sentence = sentences(block, ctx.abbreviations).find((found) => found.end > start);
  const sentenceEnd = sentence?.end ?? block.norm.text.length;
  let end = block.norm.text[sentenceEnd - 1] === '.' ? sentenceEnd - 1 : sentenceEnd;
  // A clause whose parties are each defined ends with the last definition: what follows is its purpose.
  if (endsAtDefinition) end = Math.min(end, lastDefinitionEnd(ctx, block.norm.text, start, end));
  // between-lone-name: a name left alone from a between clause (the other read as a month or a country) must
  // look like an organisation; "… mellan länen i Norge, Sverige och Finland … och Brysselkontor" is prose.
  const found = splitPartyPhrase(ctx, block, start, end);
  return found.length >= 2 || found.every((party) => isOrgLike(ctx, party.name)) ? found : [];
}

/**
 * "Avsiktsförklaring om … mellan A och B": the phrase after the between-word in the title's block (the title
 * rule may end a long between-phrase early); else the signing clause of the headline itself, cut where the
 * title ends (`headline`), so that a lead run on into the block is left to the signing-sentence rule.
 */
function fromTitle(ctx: Context, block: Block, headline: Block): Candidate[] {
  const between = anyOf(gather(ctx.sets, (c) => c.betweenWords));
  const text = block.norm.text;
  const match = re(`(?<![\\p{L}])${between}\\s+`).exec(text);
  if (match) {
    const start = (match.index ?? 0) + match[0].length;
    const tail = text.slice(start);
    // A title in capitals has no lower-case topic to see; its topic preposition is written in capitals too
    // ("… MELLOM A OG B OM FORVALTNINGA …"). Only the topic prepositions count there: "I" is part of a name.
    const topic = anyOf(gather(ctx.sets, (c) => c.topicPrepositions).map((word) => word.toUpperCase()));
    const shouted = !/\p{Ll}/u.test(tail) ? re(`\\s${topic}\\s(?=\\p{Lu})`, 'u').exec(tail) : null;
    const stop =
      shouted ??
      /\s(?:om|on|regarding|concerning|about|angående|vedrørande|vedrørende|for|för|to|i|in)\s(?=\p{Ll})|[.:]\s*$|$/u.exec(
        tail,
      );
    return splitPartyPhrase(
      ctx,
      block,
      start,
      headlineEnd(ctx, block, headline, start + (stop?.index ?? tail.length)),
    );
  }
  return fromSigningSentence(ctx, headline);
}

/**
 * headline-then-sentence: "Stärkt samarbete mellan kommunen och Högskolan i Alby Stärkt samverkan med …" (a
 * headline run into the next sentence, without line breaks): where the title rule ended the headline and a
 * capitalised word with a lower-case word after it follows, a sentence starts; the last name ends with the title.
 */
function headlineEnd(ctx: Context, block: Block, headline: Block, end: number): number {
  if (headline.start !== block.start) return end;
  const titleEnd = headline.norm.text.length;
  if (titleEnd >= end) return end;
  const next = /^\s+\p{Lu}\p{Ll}*\s+(?<lower>\p{Ll}+)/u.exec(block.norm.text.slice(titleEnd));
  return next?.groups?.lower && !isOrgWord(ctx, next.groups.lower) ? titleEnd : end;
}

/** Which verbs a news lead's subject is read before: of signing, or of cooperating. */
type LeadVerbs = 'signingVerbs' | 'cooperationVerbs';

/**
 * News: "X och Y har tecknat …", "da NTNU og NHO signerte avtalen", "A and B have signed …"; with
 * `cooperationVerbs`, the lead that only says they cooperate ("A och B fördjupar sitt samarbete").
 */
function fromSigningSentences(
  ctx: Context,
  titleBlock: Block | null,
  kind: LeadVerbs = 'signingVerbs',
): Candidate[] {
  const found: Candidate[] = [];
  for (const block of ctx.doc.blocks.slice(0, NEWS_LEAD_BLOCKS)) {
    if (block.kind === 'heading') continue;
    // The headline's own clause is read by `fromTitle`; a lead joined to it in the same block still counts.
    const candidates = fromSigningSentence(ctx, block, titleBlock, kind);
    if (candidates.length >= 2) return candidates;
    found.push(...candidates);
  }
  return found.length >= 2 ? found : [];
}

/**
 * The parties before each signing verb in a block. Every sentence counts: a text layer can join the headline
 * ("UiT og Equinor inngår …") and the lead that names them in full into one block.
 */
function fromSigningSentence(
  ctx: Context,
  block: Block,
  title: Block | null = null,
  kind: LeadVerbs = 'signingVerbs',
): Candidate[] {
  const verbs = perCueSets(ctx.sets, `parties.${kind}`, () =>
    re(`(?<![\\p{L}])${anyOf(gather(ctx.sets, (c) => c[kind]))}(?![\\p{L}])`, 'giu'),
  );
  const found: Candidate[] = [];
  // headline-run-in: a headline that lost its line break ("Avtal Alby kommun och Borsta Lead Alby kommun och
  // Borsta AB tecknade …") ends where the title rule ended it; the lead's subject starts after it.
  const titleEnd =
    title !== null && title.start >= block.start && title.end < block.end
      ? block.norm.map.findIndex((offset) => offset >= title.end)
      : -1;
  let previousEnd = 0;
  for (const match of matchesIn(verbs, block.norm.text)) {
    const at = block.norm.map[match.index ?? 0] ?? 0;
    const inTitle = title !== null && at >= title.start && at < title.end;
    if (titleEnd > 0 && (match.index ?? 0) >= titleEnd) previousEnd = Math.max(previousEnd, titleEnd);
    if (!inTitle) found.push(...partiesBefore(ctx, block, match.index ?? 0, previousEnd));
    previousEnd = (match.index ?? 0) + match[0].length;
  }
  return found;
}

/** Party names in the clause that ends at a signing verb; the clause starts after `notBefore`. */
function partiesBefore(ctx: Context, block: Block, at: number, notBefore: number): Candidate[] {
  const text = block.norm.text;
  // prefixed-verb: "KS re-signerte", "Alfa co-signed": the verb's prefix is no part of the name before it.
  const verbStart = at - (/\p{L}+-$/u.exec(text.slice(Math.max(0, at - 10), at))?.[0].length ?? 0);
  // A dateline ("OSLO, 3 March 2020 — The University …") ends at its dash like a sentence; OCR often reads
  // the dash as a hyphen between spaces.
  const stop = Math.max(
    text.lastIndexOf('. ', verbStart),
    text.lastIndexOf(' — ', verbStart),
    text.lastIndexOf(' – ', verbStart),
    text.lastIndexOf(' - ', verbStart),
  );
  const sentenceStart = Math.max(notBefore, stop < 0 ? 0 : stop + 2);
  const pieces = splitPartyPhrase(ctx, block, sentenceStart, verbStart);
  return pieces.length >= 2 ? pieces : [];
}

/** Where a party phrase is cut between two names, and the separator's text. */
interface Cut {
  index: number;
  text: string;
}

/** Splits "A, …, and the B, …" into party candidates: at ", and" when there is one, else at the first "and" before a capital. */
function splitPartyPhrase(ctx: Context, block: Block, start: number, end: number): Candidate[] {
  const text = block.norm.text;
  // Built once per language; matchAll runs on its own copy of each.
  const cutters = perCueSets(ctx.sets, 'parties.andCuts', () => {
    const ands = anyOf(gather(ctx.sets, (c) => c.andWords));
    const definitions = anyOf(gather(ctx.sets, (c) => c.definitionCues));
    const representations = gather(ctx.sets, (c) => c.representedByWords);
    return {
      strong: re(`(?:,|\\)|["”»'])\\s*(?:${ands})\\s+`, 'giu'),
      plain: re(`\\s(?:${ands})\\s+`, 'giu'),
      // "A (hereinafter referred to as "Secretary"), the City of B (…), and C": a definition closes its entry.
      defined: re(`\\((?:${definitions})[^()]*\\)\\s*,\\s*(?=(?:the\\s+)?\\p{Lu})`, 'gu'),
      representedBy:
        representations.length > 0
          ? re(
              `,?\\s+(?:${anyOf(representations)})\\s+(?=\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}[\\p{Ll}.'’-]+){1,3}(?:\\s|$))`,
              'u',
            )
          : null,
    };
  });
  const phrase = text.slice(start, end);
  const toCut = (m: RegExpMatchArray): Cut => ({ index: m.index ?? 0, text: m[0] });
  const closed = [...phrase.matchAll(cutters.defined)].map((m): Cut => {
    // The cut starts at the comma after the definition's closing bracket.
    const comma = (m.index ?? 0) + m[0].lastIndexOf(',');
    return { index: comma, text: phrase.slice(comma, (m.index ?? 0) + m[0].length) };
  });
  let cuts = [...[...phrase.matchAll(cutters.strong)].map(toCut), ...closed].sort(
    (a, b) => a.index - b.index,
  );
  if (cuts.length === 0) {
    // lower-case-name-after-and: "Alby kommune og universitetet i Borsta", "Region Alby och polisen": a name a
    // news text writes in lower case (an institution's word, or a head with its place) opens the next party.
    const plain = [...phrase.matchAll(cutters.plain)].filter(
      (m) =>
        /^(?:the\s+|den\s+)?[\p{Lu}\d]/u.test(phrase.slice((m.index ?? 0) + m[0].length)) ||
        isUnitNounBeforeName(ctx, phrase, (m.index ?? 0) + m[0].length) ||
        lowerCaseNameAt(ctx, phrase, (m.index ?? 0) + m[0].length),
    );
    // article-after-and: "the Rector and Fellows and the Glenford Memorial Hospitals": of several plain
    // conjunctions, the one an article follows opens the next party; the others stand inside a name.
    const articled = plain.filter((m) =>
      /^(?:the|den|det)\s/iu.test(phrase.slice((m.index ?? 0) + m[0].length)),
    );
    cuts = (plain.length > 1 && articled.length === 1 ? articled : plain.slice(0, 1)).map(toCut);
    // comma-before-plain-and: "… fusjon med Alfa, slik høgskulane i Borg og Dal har inngått": with no comma
    // before the conjunction, the first name stands right before it; a comma earlier in that piece closes a
    // clause about something else, and the name before the comma is no party of this signing.
    const first = cuts[0];
    if (first && phrase.slice(introductoryPhrase(ctx, phrase), first.index).includes(',')) return [];
  }
  const ranges: { start: number; end: number }[] = [];
  let from = 0;
  for (const cut of cuts) {
    const cutStart = cut.index + (/^[,)"”»']/u.test(cut.text) && cut.text[0] !== ',' ? 1 : 0);
    ranges.push({ start: from, end: cutStart });
    from = cut.index + cut.text.length;
  }
  ranges.push({ start: from, end: phrase.length });
  const found: Candidate[] = [];
  for (const range of ranges) {
    // "In a first for Western Australia, the Town of X …": an opening adverbial before the comma is no name;
    // the name is the first capitalised phrase after it.
    const intro = range.start === 0 ? introductoryPhrase(ctx, phrase) : 0;
    const rest = phrase.slice(range.start + intro, range.end);
    // represented-by-tail: "Alby kommune ved Kari Holm": the person who signs for the party is no part of its name.
    const represented = cutters.representedBy?.exec(rest)?.index ?? rest.length;
    const headEnd =
      intro +
      Math.min(
        represented,
        /,|\s+(?:hereinafter|heretter|nedan)\b|\s*\((?![\p{Lu}\p{L}]{2,8}\))|$/u.exec(rest)?.index ??
          rest.length,
      );
    const piece = phrase.slice(range.start, range.end);
    // name-after-conjunction: "… mellan Alfa och Beta Region Gamma under i Salen på Deltahuset": after a
    // cut, a capitalised word right after the conjunction starts the name; later capitals are prose.
    const afterCut =
      range.start > 0
        ? (/^(?:(?:the|den|det)\s+)?(?=\p{Lu})/u.exec(piece)?.[0].length ??
          (isUnitNounBeforeName(ctx, piece, 0) || lowerCaseNameAt(ctx, piece, 0) ? 0 : undefined))
        : undefined;
    const firstCapital =
      intro > 0
        ? intro + (/\p{Lu}/u.exec(rest)?.index ?? -intro - 1)
        : (afterCut ?? nameStartIn(ctx, piece.slice(0, headEnd)));
    if (firstCapital < 0) continue;
    // Lower-case words before the name ("da NTNU", "the University") are not part of it.
    const nameStart = start + range.start + firstCapital;
    const nameEnd = headEnd - firstCapital;
    const candidate = namedCandidate(ctx, block, nameStart, nameStart + nameEnd);
    if (!candidate) continue;
    const definition = definitionAfter(ctx, block, nameStart + nameEnd, candidate.name);
    if (definition && !candidate.abbreviation) {
      candidate.abbreviation = definition.abbreviation;
      candidate.abbreviationEvidence = [definition.evidence];
      candidate.defined = true;
    }
    found.push(candidate);
  }
  distributePlural(ctx, found);
  return found;
}

/**
 * "Murray River and Campaspe Shire councils": a lower-case plural after the last name belongs to every name
 * of the phrase ("Murray River Council", "Campaspe Shire Council") when none has an organisation noun.
 */
function distributePlural(ctx: Context, found: Candidate[]): void {
  sharedAfterGenitives(ctx, found);
  const last = found.at(-1);
  const plural = /\s(\p{Ll}+)$/u.exec(last?.name ?? '')?.[1] ?? '';
  const singular = distributiveSingular(ctx, plural);
  if (!last || !singular || found.length < 2) return;
  const head = last.name.slice(0, -plural.length).trimEnd();
  const named = [...found.slice(0, -1).map((party) => party.name), head];
  if (named.some((name) => name.split(/\s+/u).some((word) => isOrgWord(ctx, word)))) return;
  for (const [index, party] of found.entries()) party.name = `${named[index]} ${singular}`;
}

/**
 * shared-after-genitives: "Falköpings och Tidaholms kommun undertecknar": when the last name is a genitive and
 * a singular organisation noun, and every name before it is one word in the same genitive, the noun is
 * suspended after each of them ("Falköpings kommun"); "Alby och Borsholms kommun" is left as it is.
 */
function sharedAfterGenitives(ctx: Context, found: Candidate[]): void {
  const last = found.at(-1);
  const words = last?.name.split(/\s+/u) ?? [];
  const noun = words[1] ?? '';
  const genitive = (word: string) => /^\p{Lu}\p{Ll}+s$/u.test(word);
  if (found.length < 2 || words.length !== 2 || !genitive(words[0] ?? '') || !isSingularOrgNoun(ctx, noun))
    return;
  const before = found.slice(0, -1);
  if (!before.every((party) => genitive(party.name))) return;
  for (const party of before) party.name = `${party.name} ${noun}`;
}

/** An opening adverbial is at most this many characters before its comma. */
const INTRO_MAX_CHARS = 60;

/**
 * The length of an opening adverbial at the start of a sentence ("In a first for Western Australia, "): a
 * capitalised preposition, words without a verb of signing, then a comma; 0 when the sentence opens otherwise.
 */
function introductoryPhrase(ctx: Context, phrase: string): number {
  const prepositions = perCueSets(ctx.sets, 'parties.introPrepositions', () =>
    re(
      `^\\s*(?:${anyOf(gather(ctx.sets, (cues) => cues.functionWords.filter((word) => word !== 'the' && word !== 'and')))})\\s[^,]{1,${INTRO_MAX_CHARS}},\\s*`,
    ),
  );
  return prepositions.exec(phrase)?.[0].length ?? openingAdverbial(ctx, phrase);
}

/**
 * participle-opener: "Building on ties between the two schools, the City of A and B signed …", "Etter flere års
 * arbeid, har A og B …": an opener word (`introOpeners`) with a lower-case word after it opens an adverbial up to
 * its comma, not a name ("Reading Borough Council, …" has a capitalised word after it and stays a name).
 */
function openingAdverbial(ctx: Context, phrase: string): number {
  const opener = perCueSets(ctx.sets, 'parties.introOpeners', () => {
    const words = gather(ctx.sets, (cues) => cues.introOpeners);
    return words.length > 0
      ? re(`^\\s*${anyOf(words)}\\s+(?=\\p{Ll})[^,]{1,${INTRO_MAX_CHARS}},\\s*`, 'u')
      : /(?!)/u;
  });
  return opener.exec(phrase)?.[0].length ?? 0;
}

/**
 * Where the name starts in a phrase: at the first capitalised word after the last ordinary lower-case word
 * that is followed by a capitalised one ("da NTNU" → "NTNU"), so "Luleå tekniska universitet" stays whole.
 */
function nameStartIn(ctx: Context, piece: string): number {
  const functionWords = new Set(gather(ctx.sets, (c) => c.functionWords));
  const words = [...piece.matchAll(/[\p{L}\d][\p{L}\d-]*/gu)];
  let start = -1;
  for (const word of words) {
    // A number or date ("Publisert 7. februar 2024 Nord universitet …", "Publicerad 2021-09-08 Mittuniversitetet")
    // is not a name's start.
    const capital = /^\p{Lu}/u.test(word[0]);
    if (capital && start < 0) start = word.index ?? 0;
    // unit-noun-name: "… och lokalpolisområde Borsta": the unit's type opens the name.
    else if (!capital && isUnitNounBeforeName(ctx, piece, word.index ?? 0, word[0])) start = word.index ?? 0;
    else if (!capital && !functionWords.has(word[0].toLowerCase())) {
      const laterCapital = words.some((w) => (w.index ?? 0) > (word.index ?? 0) && /^\p{Lu}/u.test(w[0]));
      if (laterCapital) start = -1;
    }
  }
  return start;
}

function isAcronym(name: string): boolean {
  return ACRONYM.test(name);
}

/** True when two candidates name the same organisation. */
function sameParty(ctx: Context, a: Candidate, b: Candidate): boolean {
  const x = normalizeForCompare(a.name);
  const y = normalizeForCompare(b.name);
  if (x === y) return true;
  // own-initials-apart: "Alby Fotball (AF)" and "Alby Fotball Elite (AFE)": two names, each defined
  // with the initials of its own words, are two parties however much of their names they share.
  if (ownInitials(a) && ownInitials(b) && a.abbreviation !== b.abbreviation) return false;
  if (placeGenitiveSame(ctx, a.name, b.name) || placeGenitiveSame(ctx, b.name, a.name)) return true;
  for (const [p, q] of [
    [a, b],
    [b, a],
  ] as const) {
    if (p.abbreviation && normalizeForCompare(p.abbreviation) === normalizeForCompare(q.name)) return true;
    if (p.abbreviation && q.abbreviation && p.abbreviation === q.abbreviation) return true;
    if (isAcronym(q.name) && initialsMatch(q.name, p.name)) return true;
    // "UiT" and "UiT Norges arktiske universitet": the short form is the full name's first word.
    if (isAcronym(q.name) && p.name.startsWith(`${q.name} `)) return true;
  }
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  if (
    shorter.length >= 4 &&
    (longer.startsWith(`${shorter} `) ||
      (longer.endsWith(` ${shorter}`) && !ofTheOther(ctx, longer, shorter)))
  )
    return true;
  if (oneWordInserted(shorter, longer)) return true;
  return (
    similarity(x, y) >= SAME_NAME_SIMILARITY &&
    similarity(...distinctParts(x, y)) >= DISTINCT_PART_SIMILARITY &&
    sameInitial(...distinctParts(x, y))
  );
}

/** True when a party's abbreviation is made of its own name's initials ("AFE" for "Alby Fotball Elite"). */
function ownInitials(party: Candidate): boolean {
  return (
    party.abbreviation !== null &&
    isAcronym(party.abbreviation) &&
    initialsMatch(party.abbreviation, party.name)
  );
}

/**
 * body-of-named: "Friends of Maxwell Library" and "Maxwell Library", "Styrelsen för Alfa" and "Alfa": a name that
 * ends in the other after a preposition names a body of that organisation or one serving it, a party of its own.
 * Both names are normalised for comparison (lower case).
 */
function ofTheOther(ctx: Context, longer: string, shorter: string): boolean {
  const head = longer
    .slice(0, longer.length - shorter.length)
    .trim()
    .split(' ');
  const word = head.at(-1) ?? '';
  const prepositions = perCueSets(ctx.sets, 'parties.namePrepositions', () => {
    const joining = new Set(
      gather(ctx.sets, (c) => [...c.andWords, ...c.determiners]).map((w) => w.toLowerCase()),
    );
    return new Set(gather(ctx.sets, (c) => c.functionWords).filter((w) => !joining.has(w.toLowerCase())));
  });
  return head.length >= 2 && prepositions.has(word);
}

/**
 * place-genitive-same: "samverkan mellan Falköping och Tidaholm" and "Falköpings kommun": a one-word place and
 * the place in the genitive with a distributive singular ("kommun", "Stad") name the same party.
 */
function placeGenitiveSame(ctx: Context, place: string, full: string): boolean {
  const [head, noun, ...rest] = full.split(/\s+/u);
  return (
    rest.length === 0 &&
    /^\p{Lu}\p{Ll}+$/u.test(place) &&
    head === `${place}s` &&
    noun !== undefined &&
    // "Trollhättans Stad": the noun in a name may be capitalised. genitive-body-same: "Alfaregionen" and
    // "Alfaregionens kommunalförbund" (the body of the region) are one party too.
    (isSingularOrgNoun(ctx, noun.toLowerCase()) || (isOrgWord(ctx, place) && isOrgWord(ctx, noun)))
  );
}

/**
 * distinct-initial: "Vestfold fylkeskommune" and "Østfold fylkeskommune" differ by two letters, but at the
 * start of the place: two parties, not one spelt twice; an OCR slip ("Umeå"/"Umea") keeps the first letter.
 */
function sameInitial(a: string, b: string): boolean {
  return a.slice(0, 1) === b.slice(0, 1);
}

/** A long name is the same name with one word left out of it in a heading ("ALFA BOARD OF EDUCATORS"). */
const INSERTED_WORD_MIN_WORDS = 4;

/**
 * "Alfa Board of Educators" and "Alfa County Board of Educators": a name of four words or more that is the
 * other with one word more inside it (not at either end) names the same organisation.
 */
function oneWordInserted(shorter: string, longer: string): boolean {
  const a = shorter.split(' ');
  const b = longer.split(' ');
  if (a.length < INSERTED_WORD_MIN_WORDS || b.length !== a.length + 1) return false;
  for (let skip = 1; skip < b.length - 1; skip++) {
    if (b.filter((_, index) => index !== skip).join(' ') === shorter) return true;
  }
  return false;
}

/** The words of two names without the words they share at the start and the end. */
function distinctParts(x: string, y: string): [string, string] {
  const a = x.split(' ');
  const b = y.split(' ');
  while (a.length > 1 && b.length > 1 && a[0] === b[0]) {
    a.shift();
    b.shift();
  }
  while (a.length > 1 && b.length > 1 && a.at(-1) === b.at(-1)) {
    a.pop();
    b.pop();
  }
  return [a.join(' '), b.join(' ')];
}

/** Folds what `extra` knows into `party`, keeping the best spelling of the name. */
function mergeInto(party: Candidate, extra: Candidate): void {
  const takeName =
    (extra.defined && !party.defined && !isAcronym(extra.name)) ||
    (isAcronym(party.name) && !isAcronym(extra.name)) ||
    (!party.defined && !isAcronym(extra.name) && extra.name.length > party.name.length && !party.orgNumber);
  if (takeName) {
    // An acronym that opens the full name ("UiT Norges arktiske universitet") is part of it, not its abbreviation.
    if (isAcronym(party.name) && !party.abbreviation && !extra.name.startsWith(`${party.name} `)) {
      party.abbreviation = party.name;
      party.abbreviationEvidence = party.nameEvidence;
    }
    party.name = extra.name;
    party.nameEvidence = extra.nameEvidence;
    party.defined ||= extra.defined;
  } else if (
    isAcronym(extra.name) &&
    !party.abbreviation &&
    extra.name !== party.name &&
    // "KTH" read alone from "KTH Royal Institute of Technology" is the name's first word, not its abbreviation.
    !party.name.startsWith(`${extra.name} `)
  ) {
    party.abbreviation = extra.name;
    party.abbreviationEvidence = extra.nameEvidence;
  }
  if (!party.abbreviation && extra.abbreviation) {
    party.abbreviation = extra.abbreviation;
    party.abbreviationEvidence = extra.abbreviationEvidence;
  }
  if (!party.orgNumber && extra.orgNumber) {
    party.orgNumber = extra.orgNumber;
    party.orgNumberValid = extra.orgNumberValid;
    party.orgNumberEvidence = extra.orgNumberEvidence;
  }
}

/** Capital letters of an acronym ("UiB" → U, B; "LKAB" → L, K, A, B). */
function acronymLetters(acronym: string): string[] {
  return [...acronym].filter((ch) => /\p{Lu}/u.test(ch));
}

/** Initials of a name: first letter of each word and hyphen part, all letters of capitalised short words ("AB"). */
function nameInitials(name: string, functionWords: ReadonlySet<string> = DEFAULT_FUNCTION_WORDS): string[] {
  const initials: string[] = [];
  for (const word of name.split(/\s+/u)) {
    if (functionWords.has(word.toLowerCase())) continue;
    if (/^\p{Lu}{2,4}$/u.test(word)) {
      initials.push(...word);
      continue;
    }
    for (const part of word.split('-')) if (part) initials.push((part[0] ?? '').toUpperCase());
  }
  return initials;
}

const DEFAULT_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'of',
  'the',
  'for',
  'and',
  'at',
  'i',
  'för',
  'på',
  'och',
  'og',
  'av',
]);

/** True when the acronym's capitals are the name's initials in some order, the first one first. */
function initialsMatch(acronym: string, name: string): boolean {
  const letters = acronymLetters(acronym);
  const initials = nameInitials(name);
  if (letters.length < 2 || letters.length !== initials.length || letters[0] !== initials[0]) return false;
  return [...letters].sort().join('') === [...initials].sort().join('');
}

/** A one-word name takes the longer spelling the text gives it elsewhere ("TeliaSonera Sverige AB"). */
function completeName(ctx: Context, party: Candidate, partners: readonly string[]): void {
  const acronym = isAcronym(party.name);
  const range = acronym ? fullerBesidePartner(ctx, party.name, partners) : fullerName(ctx, party.name);
  if (!range) return;
  const view = documentView(ctx);
  // The acronym the text goes on using ("vd i ABCD") stays the party's short name.
  if (acronym && !party.abbreviation) {
    party.abbreviation = party.name;
    party.abbreviationEvidence = party.nameEvidence;
  }
  party.name = view.norm.text.slice(range.start, range.end);
  party.nameEvidence = [evidenceInBlock(ctx.doc, view, range.start, range.end)];
}

/** Gives an acronym-only party its full name, and a full-name party its abbreviation, from the rest of the text. */
function completeAbbreviation(ctx: Context, party: Candidate): void {
  const { doc } = ctx;
  if (isAcronym(party.name)) {
    const expansion = findExpansion(ctx, party.name);
    if (expansion) {
      party.abbreviation = party.name;
      party.abbreviationEvidence = party.nameEvidence;
      party.name = expansion.name;
      party.nameEvidence = [expansion.evidence];
    }
    return;
  }
  if (party.abbreviation) return;
  const escaped = escapeRegex(party.name);
  const defined = re(`${escaped}\\s*\\(\\s*["“«]?(?<abbr>[^()\\s"”»]{2,8})["”»]?\\s*\\)`);
  for (const block of doc.blocks) {
    const match = defined.exec(block.norm.text);
    const abbr = match?.groups?.abbr;
    if (match && abbr && ACRONYM.test(abbr) && !isGroupPlural(ctx, abbr)) {
      const start = (match.index ?? 0) + match[0].lastIndexOf(abbr);
      party.abbreviation = abbr;
      party.abbreviationEvidence = [evidenceInBlock(doc, block, start, start + abbr.length)];
      return;
    }
  }
  for (const block of doc.blocks) {
    // A token right before a number ("Dnr RV 2022/1187") is a code prefix, not the party's abbreviation.
    for (const match of block.norm.text.matchAll(
      /(?<![\p{L}\d-])\p{Lu}[\p{L}]{1,6}(?![\p{L}\d])(?!\s*\d)/gu,
    )) {
      const token = match[0];
      if (ACRONYM.test(token) && token !== party.name && initialsMatch(token, party.name)) {
        const start = match.index ?? 0;
        party.abbreviation = token;
        party.abbreviationEvidence = [evidenceInBlock(doc, block, start, start + token.length)];
        return;
      }
    }
  }
}

/** The full name of an acronym: "Full Name (ACR)" first, else a capitalised phrase whose initials match it. */
function findExpansion(ctx: Context, acronym: string): { name: string; evidence: EvidenceSpan } | null {
  const { doc } = ctx;
  const orgNouns = new Set(gather(ctx.sets, (c) => c.orgNouns));
  const defined = re(`\\(\\s*${escapeRegex(acronym)}\\s*\\)`, 'gu');
  for (const block of doc.blocks) {
    const text = block.norm.text;
    for (const match of matchesIn(defined, text)) {
      const before = text.slice(0, match.index ?? 0).trimEnd();
      const phrase = bestInitialsSuffix(before, acronym);
      if (phrase) {
        const start = before.length - phrase.length;
        return { name: phrase, evidence: evidenceInBlock(doc, block, start, start + phrase.length) };
      }
    }
  }
  const letters = acronymLetters(acronym).length;
  for (const block of doc.blocks) {
    const words = [...block.norm.text.matchAll(/[\p{L}][\p{L}-]*/gu)];
    for (let i = 0; i < words.length; i++) {
      const first = words[i];
      if (!first || !/^\p{Lu}/u.test(first[0])) continue;
      for (let length = 2; length <= letters + 2 && i + length <= words.length; length++) {
        const last = words[i + length - 1];
        if (!last) break;
        const start = first.index ?? 0;
        const end = (last.index ?? 0) + last[0].length;
        const phrase = block.norm.text.slice(start, end);
        if (/[,.;:()]/u.test(phrase)) break;
        if (phrase.split(/\s+/u).includes(acronym) || DEFAULT_FUNCTION_WORDS.has(last[0].toLowerCase()))
          continue;
        const allCapitalised = phrase
          .split(/\s+/u)
          .every((word) => /^\p{Lu}/u.test(word) || DEFAULT_FUNCTION_WORDS.has(word));
        if (!allCapitalised && !orgNouns.has(last[0].toLowerCase())) continue;
        if (initialsMatch(acronym, phrase))
          return { name: phrase, evidence: evidenceInBlock(doc, block, start, end) };
      }
    }
  }
  return null;
}

/** The shortest word-suffix of `text` that starts with a capital and whose initials match the acronym. */
function bestInitialsSuffix(text: string, acronym: string): string | null {
  const words = text.split(/\s+/u);
  for (let count = 1; count <= Math.min(words.length, NAME_MAX_WORDS); count++) {
    const phrase = words.slice(words.length - count).join(' ');
    if (/^\p{Lu}/u.test(phrase) && initialsMatch(acronym, phrase)) return phrase;
  }
  return null;
}

/** The extracted party a signature line or news phrase refers to (name, abbreviation or a close spelling). */
export function matchParty(text: string, parties: readonly Party[]): Party | null {
  const wanted = normalizeForCompare(text.replace(/^(?:the|för|for|på vegne av)\s+/iu, ''));
  if (!wanted) return null;
  let best: { party: Party; score: number } | null = null;
  for (const party of parties) {
    const options = [party.name, party.abbreviation].filter((value): value is string => Boolean(value));
    for (const option of options) {
      const form = normalizeForCompare(option);
      let score = similarity(form, wanted);
      if (wanted === form || wanted.includes(form) || form.includes(wanted)) score = Math.max(score, 0.95);
      if (!best || score > best.score) best = { party, score };
    }
  }
  return best && best.score >= SAME_NAME_SIMILARITY ? best.party : null;
}
