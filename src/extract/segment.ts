import { CUES, type LanguageCues } from './cues/index.ts';
import { findDates } from './dates.ts';
import { anyOf, capitalised, gather, NUMERIC_STAMP, re } from './patterns.ts';

/**
 * Structure read from the words rather than from line breaks. Texts from web stores and `pdftotext -raw` are
 * one long line ("SAMARBETSAVTAL 1. Parter 1. Länsstyrelsen … 2. Inriktning Parterna har …"), and text-layer
 * PDFs wrap lines anywhere; section numbers, bullets, the end of a capitalised heading, the end of a title
 * and datelines say where a new unit starts whatever the line breaks are. Each rule below proposes cuts (offsets
 * where a new unit starts, with the rule's name); `text.ts` splits lines there, so a flattened text and the
 * same text with its breaks get the same headings, items and titles.
 *
 * The cues of every language are used: segmentation must not depend on which language was detected.
 */

/** A place where a new unit starts, and the rule that found it. */
export interface Cut {
  at: number;
  rule: SegmentRule;
}

export type SegmentRule =
  | 'page-number'
  | 'section-number'
  | 'bullet'
  | 'dash-list'
  | 'quote-dash'
  | 'dateline'
  | 'furniture'
  | 'repeated-heading'
  | 'caps-heading-end'
  | 'heading-end'
  | 'title-end'
  | 'colon-sentence'
  | 'item-end'
  | 'inline-heading'
  | 'lead-heading'
  | 'reference-code'
  | 'credit'
  | 'byline'
  | 'breadcrumb'
  | 'field-label'
  | 'empty-date-label'
  | 'version-label'
  | 'recital'
  | 'alt-text'
  | 'date-stamp'
  | 'caps-type-heading';

/** A person's name: two to four capitalised words ("Anna Berg", "Kari Nordmann-Lie"). */
const PERSON_NAME = '\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){1,3}';
/** A photo credit names a person or an agency, with an agency after a slash ("Eva Ek/TT", "NTB"). */
const CREDITED_NAME = '\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3}(?:\\s*/\\s*\\p{Lu}[\\p{L}.-]*)?';

/** A document type is read from this many words ("Memorandum of Understanding"). */
const DOCUMENT_TYPE_WORDS = 4;

/** Section numbers are small; "2019." or "15.30" are years and times. */
const MAX_SECTION_NUMBER = 30;
/** A numbered unit this short (in words) is a heading or list item as it stands: nothing to cut inside it. */
const SHORT_UNIT_WORDS = 10;
/** A heading after a section number is at most this many words; the sentence after it starts within them. */
const HEADING_WINDOW_WORDS = 8;
/** A title is at most this many words; its end is looked for within them. */
const TITLE_WINDOW_WORDS = 30;
/** A unit this short is a title as it stands. */
const TITLE_MIN_WORDS = 3;
/** Title-end cuts are tried on this many units at the start of the document (a headline, then a subtitle). */
const TITLE_UNITS = 3;
/** Only this far into the document can a unit be a title. */
const TITLE_ZONE_CHARS = 400;
/** A heading in capitals of one word is at least this long ("PURPOSE", "SYFTE"); shorter ones are acronyms. */
const CAPS_HEADING_WORD_CHARS = 5;
/** A headline word repeated, inflected, by the text after it is this long at least, its ending this short at most. */
const REPEATED_WORD_MIN_CHARS = 6;
const INFLECTION_MAX_CHARS = 3;
/** A heading between two sentences is at most this many words. */
const INLINE_HEADING_MAX_WORDS = 5;
/** Articles open a sentence after a heading ("Forankret i ledelsen En arbeidsgruppe …", "Background The …"). */
/** A company form's abbreviation with its period ("INC.", "Ltd."): no sentence end. */
export const COMPANY_ABBREVIATION = /^(?:INC|Inc|LTD|Ltd|CORP|Corp|CO|Co|LLC|L\.L\.C)\.$/u;
/** Determiners that open a contract's first sentence ("THIS AGREEMENT", "DETTA AVTAL"). */
const DETERMINERS = new Set(['this', 'these', 'denna', 'detta', 'dette', 'denne']);
const ARTICLES = new Set(['en', 'ei', 'et', 'ett', 'ein', 'eit', 'a', 'an', 'the']);
/** Two words in capitals after title-case words are a heading when they have this many letters together. */
const SHOUTED_RUN_CHARS = 8;
/** Rules that read the text before a match read this far back (a whole-text look-back would be quadratic). */
const LOOKBEHIND_CHARS = 200;
/** A dash list on one line has at least this many items, each (but the last) at most this many words. */
const DASH_LIST_MIN_ITEMS = 3;
const DASH_ITEM_MAX_WORDS = 8;
/** A dateline's label is at most this many characters before its date ("Publicerad:", "Published on"). */
const DATE_LABEL_GAP = 12;
/** Words before a date label that say which date it is ("Senast uppdaterad", "Sist oppdatert", "Last updated"). */
// "Sidan uppdaterad: 2017-02-16", "Siden oppdatert": a page's own update stamp.
const DATE_LABEL_LEADS = new Set([
  'senast',
  'sist',
  'sidst',
  'last',
  'först',
  'først',
  'first',
  'sidan',
  'siden',
]);

interface SegmentCues {
  starters: Set<string>;
  links: Set<string>;
  /** "lokalpolisområde Alby": a unit noun (or a compound ending in one) names the place after it. */
  unitNouns: readonly string[];
  ordinals: Set<string>;
  numberLeads: Set<string>;
  months: Set<string>;
  weekdays: Set<string>;
  dateLabels: RegExp;
  /** A date label, or a compound ending in one ("Publiceringsdatum:"), before its colon. */
  emptyDateLabel: RegExp;
  /** A final version's label, capitalised ("Endelig versjon", "Final version"). */
  versionLabel: RegExp;
  furniture: RegExp;
  dateLeads: Set<string>;
  /** A validity phrase just before a date ("gällande fr o m", "from"): the date belongs to the sentence. */
  validityBefore: RegExp;
  /** What joins the two dates of a range ("to", "till", a dash): the second date belongs to the first's sentence. */
  rangeTo: RegExp;
  titleWords: Set<string>;
  /** A noun in the definite plural ("kommunene", "parterna"), by its ending. */
  pluralDefinite: RegExp;
  ands: Set<string>;
  leadHeadings: Set<string>;
  /** "Foto: Anna Berg", "Av Anna Berg", "By Jane Smith": a credit or byline label and the name after it. */
  credit: RegExp;
  byline: RegExp;
  navigation: Set<string>;
  sectionWords: Set<string>;
  orgNouns: string[];
  /** A document type right after a sentence opener ("This Memorandum of Understanding is …"). */
  documentType: RegExp;
  sets: LanguageCues[];
}

let cached: SegmentCues | undefined;

/** Cue words as a label writes them: "foto" → "Foto", "skriven av" → "Skriven av". */
function allCapitalised(words: readonly string[]): string[] {
  return words.map(capitalised);
}

/** The merged cues of every language, built once. */
function segmentCues(): SegmentCues {
  if (cached) return cached;
  const sets = Object.values(CUES);
  const lower = (words: readonly string[]) => new Set(words.map((word) => word.toLowerCase()));
  const labels = gather(sets, (cues) => cues.dateLabels).join('|');
  cached = {
    starters: lower(gather(sets, (cues) => cues.segmentation.sentenceStarters)),
    weekdays: lower(gather(sets, (cues) => cues.weekdays)),
    links: lower(
      gather(sets, (cues) => [
        ...cues.segmentation.nameLinks,
        ...cues.functionWords,
        ...cues.andWords.map((word) => word.replace(/\\b/gu, '')),
      ]),
    ),
    unitNouns: gather(sets, (cues) => cues.lowercaseUnitNouns),
    ordinals: lower(gather(sets, (cues) => cues.segmentation.ordinals)),
    numberLeads: lower(gather(sets, (cues) => cues.segmentation.numberLeads)),
    months: lower(gather(sets, (cues) => Object.keys(cues.months))),
    dateLabels: new RegExp(`^(?:${labels})(?![\\p{L}])`, 'iu'),
    emptyDateLabel: new RegExp(`^\\p{L}*(?:${labels}):$`, 'iu'),
    versionLabel: re(
      `(?<=\\s)(?:${anyOf(allCapitalised(gather(sets, (cues) => cues.segmentation.versionLabels)))})(?![\\p{L}])`,
      'gu',
    ),
    furniture: new RegExp(
      `^(?:${gather(sets, (cues) => cues.segmentation.furnitureWords).join('|')})$`,
      'iu',
    ),
    validityBefore: re(
      `(?:${anyOf(gather(sets, (cues) => [...cues.validity.startDate, ...cues.validity.endDate]))}|(?<![\\p{L}])${anyOf(gather(sets, (cues) => cues.validity.rangeFrom))})\\s*$`,
    ),
    rangeTo: re(`^\\s*(?:${anyOf(gather(sets, (cues) => cues.validity.rangeTo))})\\s*$`),
    dateLeads: lower(gather(sets, (cues) => [...cues.dateLeadWords, ...cues.segmentation.numberLeads])),
    titleWords: lower(gather(sets, (cues) => cues.titleWords)),
    pluralDefinite: re(
      `^\\p{L}{3,}(?:${anyOf(gather(sets, (cues) => cues.segmentation.pluralDefiniteEndings))})$`,
    ),
    ands: lower(gather(sets, (cues) => cues.andWords.map((word) => word.replace(/\\b/gu, '')))),
    leadHeadings: lower(gather(sets, (cues) => cues.segmentation.leadHeadings)),
    // Case-sensitive, so a name is capitalised words; a label is written capitalised ("Foto:", "Av").
    credit: re(
      `(?<=^|\\s)(?:${anyOf(allCapitalised(gather(sets, (cues) => cues.photoCreditWords)))})\\s*:\\s*(?<name>${CREDITED_NAME})`,
      'gu',
    ),
    byline: re(
      `(?<=^|\\s)(?:${anyOf(allCapitalised(gather(sets, (cues) => cues.segmentation.bylineWords)))})(?:\\s*:)?\\s+(?<name>${PERSON_NAME})`,
      'gu',
    ),
    navigation: lower(gather(sets, (cues) => cues.segmentation.navigationWords)),
    sectionWords: lower(gather(sets, (cues) => cues.segmentation.sectionWords)),
    orgNouns: [...lower(gather(sets, (cues) => cues.orgNouns))],
    documentType: re(
      `^(?:${anyOf(gather(sets, (cues) => [...cues.documentTypes.letterOfIntent, ...cues.documentTypes.cooperationAgreement]))})`,
    ),
    sets,
  };
  return cached;
}

interface Word {
  text: string;
  /** The word without surrounding punctuation, lower-case. */
  bare: string;
  start: number;
  end: number;
}

/**
 * The words of `text[from, to)`. Several rules read the same line (contentCuts runs them one after the
 * other), so the last result is kept and handed out again; it is read-only (issue 12).
 */
let lastWords: { text: string; from: number; to: number; words: readonly Word[] } | undefined;

function wordsOf(text: string, from: number, to: number): readonly Word[] {
  if (lastWords && lastWords.text === text && lastWords.from === from && lastWords.to === to)
    return lastWords.words;
  const words = readWords(text, from, to);
  lastWords = { text, from, to, words };
  return words;
}

function readWords(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  for (const match of text.slice(from, to).matchAll(/\S+/gu)) {
    const start = from + (match.index ?? 0);
    const word = match[0];
    const bare = word.replace(/^[^\p{L}\d§&]+|[^\p{L}\d]+$/gu, '').toLowerCase();
    words.push({ text: word, bare, start, end: start + word.length });
  }
  return words;
}

const isCapitalised = (word: string): boolean => /^["“«(]?\p{Lu}\p{Ll}/u.test(word);
const isLowerWord = (word: string): boolean => /^["“«(]?\p{Ll}/u.test(word);
/** All capitals with at least two letters ("AVTAL", "NTNU:", "HØGSKOLEN"); a lone "I" or "A" is not shouting. */
const isShouted = (word: string): boolean =>
  /^[\p{Lu}\d&/()'.,:"“”-]*$/u.test(word) && (word.match(/\p{Lu}/gu) ?? []).length >= 2;

/**
 * Where new units start in `text[from, to)` (one line of the document): offsets in `text` with the rule that
 * found each. Near the start of the document a page number and a title may open a line; `unitsBefore` counts
 * the units (lines) the document had before this one, so only its first units are read as a title.
 */
export function contentCuts(text: string, from: number, to: number, unitsBefore: number): Cut[] {
  const opening = from < TITLE_ZONE_CHARS;
  const cues = segmentCues();
  const cuts: Cut[] = [
    ...sectionNumbers(text, from, to, cues),
    ...bullets(text, from, to),
    ...datelines(text, from, to, cues, opening),
    ...colonSentences(text, from, to, cues),
    ...inlineHeadings(text, from, to, cues),
    ...recitals(text, from, to),
  ];
  if (opening)
    cuts.push(
      ...pageNumber(text, from, to),
      ...altText(text, from, to),
      ...furniture(text, from, to, cues),
      ...referenceCodes(text, from, to),
      ...credits(text, from, to, cues),
      ...bylines(text, from, to, cues),
      ...breadcrumbs(text, from, to, cues),
      ...fieldLabels(text, from, to),
      ...emptyDateLabels(text, from, to, cues),
      ...versionLabels(text, from, to, cues),
      ...dateStamp(text, from, to),
      ...capsTypeHeadings(text, from, to, cues),
    );
  // Heading and title ends are read from the start of each unit the cuts above made, and of each unit they make.
  // `known` holds every unit start found so far, sorted, so a unit's end is the next start after its own.
  const known = [...new Set([from, ...cuts.map((cut) => cut.at)])].sort((a, b) => a - b);
  const queue = [...known];
  const done = new Set<number>();
  // Units read so far that start in the title zone: only there does a unit's position matter.
  const opened: number[] = [];
  for (let head = 0; head < queue.length; head++) {
    const start = queue[head] as number;
    if (done.has(start)) continue;
    done.add(start);
    const end = Math.min(to, known[upperBound(known, start)] ?? to);
    const inZone = start < TITLE_ZONE_CHARS;
    const position = unitsBefore + opened.filter((candidate) => candidate < start).length;
    // A bullet sign or a bare date between furniture and a headline is no unit a title is counted after.
    if (inZone && /\p{L}/u.test(text.slice(start, end))) opened.push(start);
    const cut =
      (inZone ? repeatedHeading(text, start, end, to) : undefined) ??
      capsHeadingEnd(text, start, end, cues) ??
      leadHeadingEnd(text, start, end, cues) ??
      numberedHeadingEnd(text, start, end, cues) ??
      bulletItemEnd(text, start, end, cues) ??
      (position < TITLE_UNITS && inZone ? titleEnd(text, start, end, cues) : undefined);
    if (cut && cut.at > start && cut.at < end) {
      cuts.push(cut);
      queue.push(cut.at);
      known.splice(upperBound(known, cut.at), 0, cut.at);
    }
  }
  // A cut lands on the first character of its unit, past any space the rule left before it.
  for (const cut of cuts) while (cut.at < to && /\s/u.test(text[cut.at] ?? '')) cut.at++;
  const seen = new Set<number>();
  return cuts
    .filter((cut) => cut.at > from && cut.at < to && !seen.has(cut.at) && seen.add(cut.at))
    .sort((a, b) => a.at - b.at);
}

/** The index of the first value in sorted `values` greater than `value`. */
function upperBound(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((values[middle] ?? 0) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * "1. Parter", "2.1 Syfte", "§ 3", "1 Inledning" after a colon: a section or list number before a capitalised
 * word. Not after a word that makes it a reference ("punkt 3", "kapitel 2") and not before a month ("1. Januar").
 */
function sectionNumbers(text: string, from: number, to: number, cues: SegmentCues): Cut[] {
  const cuts: Cut[] = [];
  const number =
    /(?<=^|\s)\(?(?<label>(?:§|Artikel|Artikkel|Article|Section)\s*)?(?<num>\d{1,2}(?:\.\d{1,2}){0,3})(?<close>[.)]?)(?=\s+["“(]?(?<next>\p{Lu}[\p{L}-]*))/gu;
  const line = text.slice(from, to);
  let lastBare = Number.NaN;
  for (const match of line.matchAll(number)) {
    const g = match.groups ?? {};
    const at = from + (match.index ?? 0);
    const parts = (g.num ?? '').split('.').map(Number);
    if (parts.some((part) => part > MAX_SECTION_NUMBER) || parts[0] === 0) continue;
    if (cues.months.has((g.next ?? '').toLowerCase())) continue;
    const before = text.slice(Math.max(from, at - LOOKBEHIND_CHARS), at).trimEnd();
    // The whole word before: "Studiesenteret.no 2" is no "No. 2".
    const previous = (/(?<=^|\s)(\S+?)\.?$/u.exec(before)?.[1] ?? '')
      .replace(/^[^\p{L}§]+/u, '')
      .toLowerCase();
    if (!g.label && cues.numberLeads.has(previous)) continue;
    // A bare number ("1 Inledning") is a section number only where a sentence or a heading has ended, or
    // where it follows the bare number before it ("1 Medlemsavtal … 2 Parter …").
    const bare = !g.label && !g.close && parts.length === 1;
    // "… Beta universitet 1 Bakgrunn Kommunen …": a bare number before a section word numbers that section.
    const following =
      bare &&
      (parts[0] === lastBare + 1 || (parts[0] === 1 && cues.sectionWords.has((g.next ?? '').toLowerCase())));
    if (bare && before.length > 0 && !/[.:;!?]$/u.test(before) && !following) continue;
    if (bare) lastBare = parts[0] ?? 0;
    cuts.push({ at, rule: 'section-number' });
  }
  return cuts;
}

/**
 * "Avtalen byggjer på følgjande lovverk: Avtalen gjev …": after a colon, a sentence opener before a lower-case
 * word starts a new unit (the lead-in's list was a table or is missing); "Parter: Alfa kommun" stays whole.
 */
function colonSentences(text: string, from: number, to: number, cues: SegmentCues): Cut[] {
  const cuts: Cut[] = [];
  const words = wordsOf(text, from, to);
  for (const [index, word] of words.entries()) {
    const previous = words[index - 1];
    const next = words[index + 1];
    if (!previous || !next || !/\p{L}:$/u.test(previous.text)) continue;
    if (isCapitalised(word.text) && cues.starters.has(word.bare) && isLowerWord(next.text))
      cuts.push({ at: word.start, rule: 'colon-sentence' });
  }
  return cuts;
}

/**
 * "… med konkrete tiltak. Forankret i ledelsen En arbeidsgruppe skal …": between a sentence end and the next
 * sentence's opener (an article or a sentence-opening word before a lower-case word), a few words without
 * punctuation are a heading of their own.
 */
function inlineHeadings(text: string, from: number, to: number, cues: SegmentCues): Cut[] {
  const cuts: Cut[] = [];
  const words = wordsOf(text, from, to);
  for (const [index, first] of words.entries()) {
    const before = words[index - 1];
    if (!before || !/\p{Ll}[.!?]["”»)]?$/u.test(before.text) || !isCapitalised(first.text)) continue;
    if (cues.starters.has(first.bare) || ARTICLES.has(first.bare)) continue;
    for (let at = index + 1; at <= index + INLINE_HEADING_MAX_WORDS; at++) {
      const word = words[at];
      const previous = words[at - 1] as Word;
      const next = words[at + 1];
      if (!word || !next || /[^\p{L}\d]$/u.test(previous.text)) break;
      if (!isCapitalised(word.text) || !(cues.starters.has(word.bare) || ARTICLES.has(word.bare))) continue;
      if (!isLowerWord(previous.text) || cues.links.has(previous.bare) || !isLowerWord(next.text)) break;
      cuts.push({ at: first.start, rule: 'inline-heading' }, { at: word.start, rule: 'inline-heading' });
      break;
    }
  }
  return cuts;
}

/** "…; and WHEREAS, the parties …": each recital starts a unit, whether or not a line break came before it. */
function recitals(text: string, from: number, to: number): Cut[] {
  const line = text.slice(from, to);
  // In capitals and before its comma the word opens a recital wherever it stands ("… COLLEGE WHEREAS, the …").
  return [
    ...line.matchAll(/(?<=[;,.:]\s+(?:and\s+)?)(?:WHEREAS|Whereas)(?=[,:\s])|(?<=\s)WHEREAS(?=,)/gu),
  ].map((match) => ({
    at: from + (match.index ?? 0),
    rule: 'recital' as const,
  }));
}

/**
 * An image's alt text in lower case that opens a web page before its headline ("rådhuset fasad och skylt
 * Alfa stad och Beta högskola blir partners …"): the text's first words, all in lower case, end where the
 * first capitalised word starts.
 */
function altText(text: string, from: number, to: number): Cut[] {
  if (from !== 0) return [];
  const match = /^\s*(?:\p{Ll}[\p{Ll}\d-]*\s+){2,7}(?=\p{Lu}\p{Ll})/u.exec(text.slice(from, to));
  return match ? [{ at: from + match[0].length, rule: 'alt-text' }] : [];
}

/**
 * A text store's date stamp before the text ("date 2019-10 Undertegnet avtale …", "11-14-2017 Letter of Intent …",
 * "Published: 2019-10-03 …"): at the text's very start, an optional date label and a date in figures, a month's
 * stamp ("2019-10") too, before a capital. The stamp is a unit of its own (rule date-stamp), as a dateline is.
 */
const DATE_STAMP = new RegExp(`^\\s*${NUMERIC_STAMP}(?=\\s+["“]?\\p{Lu})`, 'u');

function dateStamp(text: string, from: number, to: number): Cut[] {
  if (from !== 0) return [];
  const match = DATE_STAMP.exec(text.slice(from, to));
  if (!match) return [];
  const label = match.groups?.label;
  if (label !== undefined && !isDateLabel(label)) return [];
  return [{ at: from + match[0].length, rule: 'date-stamp' }];
}

/** True when a word is a date label of any language ("date", "Publicerad"). */
export function isDateLabel(word: string): boolean {
  return segmentCues().dateLabels.test(word);
}

/**
 * Rule caps-type-heading: "000763 Original Contract City of Alby Record # 000763 MEMORANDUM OF AGREEMENT BETWEEN …",
 * "… Projects(io) V V G MEMORANDUM OF UNDERSTANDING …": in the title zone, a document type in capitals after a word
 * that is not in capitals (a store's record line, a scan's letterhead noise) starts the title's own unit.
 */
function capsTypeHeadings(text: string, from: number, to: number, cues: SegmentCues): Cut[] {
  const words = wordsOf(text, from, Math.min(to, TITLE_ZONE_CHARS));
  for (const [index, word] of words.entries()) {
    const previous = words[index - 1];
    if (!previous || !isShouted(word.text)) continue;
    const typed = words
      .slice(index, index + DOCUMENT_TYPE_WORDS)
      .map((later) => later.text)
      .join(' ');
    const type = cues.documentType.exec(typed);
    // An acronym ("CON MOU SD Unified …", a file's name) is no heading.
    if (!type || type[0] !== type[0].toUpperCase() || /^\p{Lu}{2,4}$/u.test(type[0])) continue;
    // Only the first type in capitals is read: "ALBY ALLIANCE MEMORANDUM OF UNDERSTANDING …" names itself there.
    // After a determiner, a link or a lower-case word the type is a sentence's ("… into this MEMORANDUM …").
    const bare = previous.bare;
    // After a word in title case the title-end rule reads the heading ("Internal Draft Only LETTER OF INTENT").
    const inSentence =
      isLowerWord(previous.text) ||
      isCapitalised(previous.text) ||
      cues.starters.has(bare) ||
      cues.links.has(bare) ||
      DETERMINERS.has(bare);
    return isShouted(previous.text) || inSentence ? [] : [{ at: word.start, rule: 'caps-type-heading' }];
  }
  return [];
}

/** A page number before the title ("1 SAMARBETSAVTAL", "2 Avtal om …"). */
function pageNumber(text: string, from: number, to: number): Cut[] {
  const match = /^\s*(?:\d{1,3}\s+)+(?=\p{Lu})/u.exec(text.slice(from, to));
  return match ? [{ at: from + match[0].length, rule: 'page-number' }] : [];
}

/**
 * Bullets: "•" and its kin anywhere; "Ø"/"v" (Wingdings bullets read as letters) before wide spaces; a dash
 * before a capital after a sentence end (a quoted speaker in news, "– Vi ser fram …"); and dashes that
 * recur before capitals on one line ("- Arktis - Smart specialisering - Hälsa").
 */
function bullets(text: string, from: number, to: number): Cut[] {
  const line = text.slice(from, to);
  const cuts: Cut[] = [];
  for (const match of line.matchAll(/(?<=^|\s)(?:[•▪◦●■►‣⁃]|[Øv]\s{2,}(?=\p{Lu}))/gu))
    cuts.push({ at: from + (match.index ?? 0), rule: 'bullet' });
  for (const match of line.matchAll(/(?<=[.!?]["”»]?\s+)[–—-]\s+(?=["“]?\p{Lu})/gu))
    cuts.push({ at: from + (match.index ?? 0), rule: 'quote-dash' });
  const dashes = [...line.matchAll(/(?<=\s)[–-]\s+(?=\p{Lu})/gu)];
  const items = dashes.map((match, index) =>
    line.slice(match.index ?? 0, dashes[index + 1]?.index ?? line.length).split(/\s+/u),
  );
  // A list has several short items; two dashes around an apposition ("RISE – Research Institutes – ett …") are not one.
  const shortItems = items.slice(0, -1).every((words) => words.length <= DASH_ITEM_MAX_WORDS);
  if (dashes.length >= DASH_LIST_MIN_ITEMS && shortItems)
    for (const match of dashes) cuts.push({ at: from + (match.index ?? 0), rule: 'dash-list' });
  return cuts;
}

/**
 * Datelines: a date label and its date ("Publisert 12.03.2019 10:15", "Published: June 30, 2021") are a unit of
 * their own; a date with a clock time ("Jan 11, 2019 15:55 CET") ends its unit; near the start of the document a
 * date between a headline and the text ("… konkurrenskraft 2 december 2016 Uppsala …") is a unit too, unless a
 * word makes it part of a sentence ("sedan den 1 september").
 */
function datelines(text: string, from: number, to: number, cues: SegmentCues, opening: boolean): Cut[] {
  const line = text.slice(from, to);
  const cuts: Cut[] = [];
  // A table row ("| Date: 15 May 2019 | Date: 20 May 2019 |") keeps its cells together.
  if ((line.match(/\|/gu) ?? []).length >= 2) return cuts;
  const dates: { start: number; end: number }[] = findDates(line, cues.sets);
  // A month and a year ("July 2012") is no date to read, but it stands between a headline and the text as one.
  for (const match of line.matchAll(/(?<=^|\s)(\p{L}+)\s+(?:19|20)\d{2}(?![\p{L}\d])/gu)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const month = cues.months.has((match[1] ?? '').toLowerCase());
    if (month && !dates.some((date) => date.start < end && start < date.end)) dates.push({ start, end });
  }
  dates.sort((a, b) => a.start - b.start);
  for (const [index, date] of dates.entries()) {
    const window = Math.max(0, date.start - LOOKBEHIND_CHARS);
    const previousDate = dates[index - 1];
    const before = line.slice(window, date.start);
    // "Postet av IL Nord den 20. mai 2016", "Posted by Web Editor on …": a byline's writer may stand between.
    const label =
      /(?<=^|\s)(?:(?<lead>\p{Lu}\p{Ll}*)\s+)?(?<word>\p{L}+)(?<byline>\s+(?:av|by)\s+[^.:;|]{1,40}?)?(?:\s+(?:on|den|the))?\s*:?\s*$/u.exec(
        before,
      );
    const { lead, word, byline } = label?.groups ?? {};
    // "Senast uppdaterad den 17 maj 2019", "Last updated": a label word may follow a word that says which date.
    const led = lead !== undefined && DATE_LABEL_LEADS.has(lead.toLowerCase());
    const labelled =
      label !== null &&
      word !== undefined &&
      (led || /^\p{Lu}/u.test(word)) &&
      cues.dateLabels.test(word) &&
      // From the label word to the date, the byline's writer aside.
      before.length -
        (label.index ?? 0) -
        label[0].indexOf(word, lead?.length ?? 0) -
        (byline?.length ?? 0) <=
        DATE_LABEL_GAP + word.length;
    if (label && lead !== undefined && !led) label.index = (label.index ?? 0) + lead.length + 1;
    const time = /^,?\s*(?:kl\.?\s*)?\d{1,2}[:.]\d{2}(?:\s*[A-Z]{2,4}\b)?/u.exec(line.slice(date.end));
    // "… Ultuna Tisdag, 25 februari 2020 Uppsala kommun …": a weekday before the date belongs to the dateline, so
    // the line is read from before the weekday (rule weekday-dateline).
    const weekday = /(?<=^|\s)(\p{L}+),?\s*$/u.exec(before);
    const dayStart =
      weekday && cues.weekdays.has((weekday[1] ?? '').toLowerCase())
        ? window + (weekday.index ?? 0)
        : date.start;
    const beforeDay = line.slice(window, dayStart);
    const previous = /([\p{L}]+)[^\p{L}\d]*$/u.exec(beforeDay)?.[1];
    // "… Unified School District July 2012 LETTER OF …": a name of several title-case words ends before the
    // date; one capitalised word is a place that belongs to it ("Luleå 2016 09 23").
    // Only before a date that opens with its month: "Datum Diarienummer 2017-03-04 AB170304" is a table's row.
    const nameBefore =
      (/^\p{L}/u.test(line.slice(date.start)) &&
        /(?<=^|\s)\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s*$/u.test(before)) ||
      (/\p{L}/u.test(line.slice(date.start, date.end)) && linkedNameBefore(before, cues));
    // A capitalised weekday opens the dateline after any word: in a sentence a Swedish or Norwegian one is lower-case.
    // A place before the weekday ("(Lakeside, OR) Monday, May 4") makes a dateline the title reads as a whole.
    const afterWeekday =
      dayStart < date.start && /^\p{Lu}/u.test(weekday?.[1] ?? '') && /\p{L}\s*$/u.test(beforeDay);
    // Near the start, outside a clause or a validity phrase, a date may stand alone (`stamped`, `standing`).
    const inOpening =
      opening &&
      from + date.start < TITLE_ZONE_CHARS &&
      !/[,(]\s*$/u.test(beforeDay) &&
      !cues.validityBefore.test(before);
    const afterTime = line.slice(date.end + (time?.[0].length ?? 0));
    const bracket = /\[\s*$/u.exec(beforeDay);
    const closing = /^\s*\]/u.exec(afterTime);
    // A publication stamp in the title zone stands alone whatever word precedes it: a date with its clock time
    // ("… i Västernorrland 2022-04-27 16:18 …"), in brackets ("[2020-06-03]"), or before a separator ("1 juli 2019 |").
    const stamped =
      inOpening &&
      (time !== null ||
        (/\[\s*$/u.test(before) && /^\s*\]/u.test(line.slice(date.end))) ||
        /^\s*[|•·]/u.test(line.slice(date.end))) &&
      // What follows the stamp opens a unit: a capital, a quote or the end ("[2020-06-03] i Borby" is a sentence's).
      /^\s*[\]|•·]?\s*(?:["“]?\p{Lu}|$)/u.test(afterTime);
    const standing =
      inOpening &&
      // After a lower-case word: a capitalised one before the date is a place ("Luleå 2016 09 23").
      (previous === undefined ||
        nameBefore ||
        afterWeekday ||
        // "Nyhet • 2019-03-04 Region och …": a date after a separator sign stands between furniture and a headline.
        /[•·|]\s*$/u.test(before) ||
        // Rule furniture-dateline: "Nyheter 28 oktober 2014 Skärgårdskommuner satsar …", "News 4 May 2019 Towns …": so
        // does a date right after a page-furniture word, no separator between.
        (previous !== undefined && /^\p{Lu}/u.test(previous) && cues.furniture.test(previous)) ||
        (/^\p{Ll}/u.test(previous) && !cues.dateLeads.has(previous.toLowerCase()))) &&
      // "from October 1, 2013 - September 30, 2014": a range's second date is no dateline either.
      !(previousDate && cues.rangeTo.test(line.slice(previousDate.end, date.start))) &&
      // What follows opens a unit: a capital, or the first section's number before one ("March 2020 1. The Parties").
      /^\s*(?:[|–—-]\s*)?(?:\d{1,2}\.\s+)?(?:["“]?\p{Lu}|$)/u.test(afterTime);
    if (labelled && label) cuts.push({ at: from + window + (label.index ?? 0), rule: 'dateline' });
    else if (standing || stamped)
      cuts.push({ at: from + (bracket ? window + bracket.index : dayStart), rule: 'dateline' });
    if (labelled || time || standing || stamped)
      cuts.push({
        at: from + date.end + (time?.[0].length ?? 0) + (closing?.[0].length ?? 0),
        rule: 'dateline',
      });
  }
  return cuts;
}

/**
 * Rule linked-name-dateline: a headline in title case ends with a name whose words one or two links join ("…
 * Cromarty Port and Council 9th April 2013 A landmark …", "… Mellby Hamn och Kommun 3 maj 2021 Avtalet …", "… Transport
 * for the North September 2018 …"): the date after it
 * stands between the headline and the text, as after two title-case words. The date names its month in words,
 * whichever comes first ("9th April 2013"): a row of numbers is a table's.
 */
function linkedNameBefore(before: string, cues: SegmentCues): boolean {
  // One link or two ("Transport for the North September 2018 …", "Universitetet i Alby 3 maj 2021 …").
  const match = /(?<=^|\s)\p{Lu}\p{Ll}+\s+(?<links>\p{Ll}+(?:\s+\p{Ll}+)?)\s+\p{Lu}\p{Ll}+\s*$/u.exec(before);
  return match !== null && (match.groups?.links ?? '').split(/\s+/u).every((link) => cues.links.has(link));
}

/** Page-furniture words between a headline and the text ("… Region Västerbotten Pressmeddelande • Jan 11"). */
function furniture(text: string, from: number, to: number, cues: SegmentCues): Cut[] {
  const cuts: Cut[] = [];
  const words = wordsOf(text, from, to);
  for (const [index, word] of words.entries()) {
    if (word.start >= TITLE_ZONE_CHARS) break;
    // "Alby kommun logotyp Starka grannar …": a logo's alt text ends at its last word.
    const next = words[index + 1];
    if (/^logo(?:typ|type)?$/iu.test(word.text) && index > 0 && next && /^\p{Lu}/u.test(next.text)) {
      cuts.push({ at: next.start, rule: 'furniture' });
      continue;
    }
    if (!/^\p{Lu}/u.test(word.text) || !cues.furniture.test(word.text.replace(/[:|]$/u, ''))) continue;
    if (index > 0) cuts.push({ at: word.start, rule: 'furniture' });
    if (next) cuts.push({ at: next.start, rule: 'furniture' });
  }
  return cuts;
}

/**
 * A photo credit ("… skriver under avtalet. Foto: Eva Ek Universitet och …"): the label and the credited name
 * are a unit of their own, so a caption before the headline ends and the headline starts after the name.
 */
function credits(text: string, from: number, to: number, cues: SegmentCues): Cut[] {
  const cuts: Cut[] = [];
  const line = text.slice(from, Math.min(to, TITLE_ZONE_CHARS));
  for (const match of line.matchAll(cues.credit)) {
    const at = from + (match.index ?? 0);
    const written = match.groups?.name ?? '';
    // caption-not-credit: "Foto: Ordfører Kari Holm og rektor …" is a caption naming a titled person, no credit.
    if (cues.titleWords.has(written.split(/\s+/u)[0]?.toLowerCase() ?? '')) continue;
    const nameStart = at + match[0].length - written.length;
    cuts.push({ at, rule: 'credit' }, { at: nameStart + creditedName(written, cues).length, rule: 'credit' });
  }
  return cuts;
}

/** A credited name is a person's two words (or one agency word). */
const CREDIT_NAME_MAX_WORDS = 2;

/**
 * The credited name without the headline that runs on after it: two words at most, or up to an agency after
 * a slash; "Eva Ek Universitet och kommun …" keeps "Eva Ek".
 */
function creditedName(name: string, cues: SegmentCues): string {
  const slash = /^[^/]*\/\s*\S+/u.exec(name);
  if (slash) return slash[0];
  const words = name.split(/\s+/u);
  // An agency in capitals is the whole credit ("Foto: NTB Kommunen og …").
  if (isShouted(words[0] ?? '')) return words[0] ?? '';
  const kept: string[] = [];
  for (const word of words.slice(0, CREDIT_NAME_MAX_WORDS)) {
    if (cues.starters.has(word.toLowerCase()) || isOrgNoun(word, cues)) break;
    kept.push(word);
  }
  return kept.join(' ') || (words[0] ?? '');
}

/** True when a word is or ends with an organisation noun ("Universitetet", "kommune"). */
function isOrgNoun(word: string, cues: SegmentCues): boolean {
  const lower = word.toLowerCase();
  return cues.orgNouns.some((noun) => noun.length > 3 && lower.endsWith(noun));
}

/**
 * A byline under a headline ("Kommun och högskola i nytt samarbete Av Anna Andersson 12 januari 2020 …",
 * "… Research By Jane Smith"): the label and the person's name are a unit of their own.
 */
function bylines(text: string, from: number, to: number, cues: SegmentCues): Cut[] {
  const cuts: Cut[] = [];
  const line = text.slice(from, Math.min(to, TITLE_ZONE_CHARS));
  for (const match of line.matchAll(cues.byline)) {
    // The pattern is capitalised, as a label is: "samarbete av Anna" in a sentence is the preposition.
    const written = match.groups?.name ?? '';
    const name = written.split(/\s+/u).slice(0, 2);
    // "Av Alfa kommun": a byline names a person, not an organisation.
    if (name.some((word) => isOrgNoun(word, cues) || cues.starters.has(word.toLowerCase()))) continue;
    const at = from + (match.index ?? 0);
    const nameStart = at + match[0].length - written.length;
    cuts.push({ at, rule: 'byline' }, { at: nameStart + name.join(' ').length, rule: 'byline' });
  }
  return cuts;
}

/**
 * A breadcrumb trail above a headline ("Forsiden › Nyheter › Aktuelt Nytt samarbeid …", "Home > News City …",
 * "Hem Nyheter …"): the trail is a unit of its own; its last crumb is one word.
 */
function breadcrumbs(text: string, from: number, to: number, cues: SegmentCues): Cut[] {
  const words = wordsOf(text, from, Math.min(to, TITLE_ZONE_CHARS));
  let last = -1;
  for (let index = 1; index + 1 < words.length; index++) {
    const word = words[index] as Word;
    if (!/^[›»>]$/u.test(word.text) || !/^\p{Lu}/u.test(words[index + 1]?.text ?? '')) continue;
    if (!/^\p{Lu}/u.test(words[index - 1]?.text ?? '')) continue;
    last = index + 1;
  }
  const first = words[0];
  if (last < 0 && first && cues.navigation.has(first.bare) && /^\p{Lu}/u.test(words[1]?.text ?? '')) last = 0;
  const after = words[last + 1];
  return last >= 0 && after ? [{ at: after.start, rule: 'breadcrumb' }] : [];
}

/**
 * A page's field between a headline and its text ("… signerte ny avtale Lesetid: 2 minutter Universitetet …",
 * "Reading time: 3 min"): a capitalised label with a colon after a lower-case word, a number and its unit.
 */
/**
 * "Publiceringsdatum: Senast uppdaterad: Region och …": a date label the page left without its date is a unit of
 * its own (with a word that says which date, "Senast").
 */
function emptyDateLabels(text: string, from: number, to: number, cues: SegmentCues): Cut[] {
  const cuts: Cut[] = [];
  const words = wordsOf(text, from, to);
  for (const [index, word] of words.entries()) {
    if (word.start >= TITLE_ZONE_CHARS) break;
    const next = words[index + 1];
    if (!next || !/:$/u.test(word.text) || !/^\p{Lu}\p{Ll}/u.test(next.text)) continue;
    if (!cues.emptyDateLabel.test(word.text) || cues.months.has(next.bare)) continue;
    const previous = words[index - 1];
    const lead = previous && DATE_LABEL_LEADS.has(previous.bare) ? previous : word;
    if (lead.start > from) cuts.push({ at: lead.start, rule: 'empty-date-label' });
    cuts.push({ at: next.start, rule: 'empty-date-label' });
  }
  return cuts;
}

/** "… bestående av Alby og Norby Endelig versjon Kartet …": a version label under a title is a unit of its own. */
function versionLabels(text: string, from: number, to: number, cues: SegmentCues): Cut[] {
  const cuts: Cut[] = [];
  for (const match of text.slice(from, Math.min(to, TITLE_ZONE_CHARS)).matchAll(cues.versionLabel)) {
    const at = from + (match.index ?? 0);
    cuts.push({ at, rule: 'version-label' }, { at: at + match[0].length, rule: 'version-label' });
  }
  return cuts;
}

function fieldLabels(text: string, from: number, to: number): Cut[] {
  const line = text.slice(from, Math.min(to, TITLE_ZONE_CHARS));
  const cuts: Cut[] = [];
  for (const match of line.matchAll(/(?<=\p{Ll}\s+)\p{Lu}\p{Ll}+:\s*\d+\s+\p{Ll}+\.?(?=\s+\p{Lu})/gu)) {
    const at = from + (match.index ?? 0);
    cuts.push({ at, rule: 'field-label' }, { at: at + match[0].length, rule: 'field-label' });
  }
  return cuts;
}

/**
 * A registration code between a headline and the text ("Avsiktsförklaring Halmstad personbangård RS160607
 * Ärendet …"): capitals run into digits, after a lower-case word. The code is a unit of its own, like a dateline.
 */
function referenceCodes(text: string, from: number, to: number): Cut[] {
  const cuts: Cut[] = [];
  const words = wordsOf(text, from, Math.min(to, TITLE_ZONE_CHARS));
  for (const [index, word] of words.entries()) {
    const previous = words[index - 1];
    const next = words[index + 1];
    if (!previous || !next || !REFERENCE_CODE.test(word.text) || !isLowerWord(previous.text)) continue;
    cuts.push({ at: word.start, rule: 'reference-code' }, { at: next.start, rule: 'reference-code' });
  }
  return cuts;
}

/** "RS160607", "KS2016/0123", "AB-2019-114": two to four capitals and a number of four digits or more. */
const REFERENCE_CODE = /^\p{Lu}{2,4}[-\s]?\d{4,}(?:[/-]\d+)*$/u;

/** "Ärendet Trafikverket, Halmstads kommun och …": a one-word lead heading opening a unit ends before its text. */
function leadHeadingEnd(text: string, start: number, end: number, cues: SegmentCues): Cut | undefined {
  const [first, second] = wordsOf(text, start, end);
  if (!first || !second || !isCapitalised(first.text) || !/^["“«(]?\p{Lu}/u.test(second.text))
    return undefined;
  return cues.leadHeadings.has(first.bare) && first.text === first.text.replace(/[^\p{L}]+$/u, '')
    ? { at: second.start, rule: 'lead-heading' }
    : undefined;
}

/** A running header printed twice ("AVTAL OM SAMARBETE AVTAL OM SAMARBETE Parterna …"): the repeat starts a unit. */
function repeatedHeading(text: string, start: number, end: number, to: number): Cut | undefined {
  // "SAMVERKANSAVTALSamverkansavtal – 3 maj": a heading in capitals glued to its own repeat in title case.
  const glued = /^\s*(\p{Lu}[\p{Lu}\s]{3,}\p{Lu})(?=\p{Lu}\p{Ll})/u.exec(text.slice(start, end));
  if (glued?.[1]) {
    const at = start + glued[0].length;
    const head = glued[1].replace(/\s+/gu, ' ').toLowerCase();
    if (text.slice(at, end).replace(/\s+/gu, ' ').toLowerCase().startsWith(head))
      return { at, rule: 'repeated-heading' };
  }
  const printedTwice = headingPrintedTwice(text, start, to);
  if (printedTwice !== undefined && printedTwice > start && printedTwice < end)
    return { at: printedTwice, rule: 'repeated-heading' };
  const words = wordsOf(text, start, end);
  // "SAMARBETSAVTAL OM BREDBAND DETTA SAMARBETSAVTAL (…) har …": a heading in capitals that the text opens with
  // again after a determiner in capitals ends before the determiner. The repeat may lie in the next unit.
  const line = wordsOf(text, start, to);
  for (const [index, word] of words.slice(1, 2 * HEADING_WINDOW_WORDS).entries()) {
    if (!isShouted(word.text)) break;
    if (!DETERMINERS.has(word.bare)) continue;
    const after = line.slice(index + 2, index + 2 + DOCUMENT_TYPE_WORDS);
    const repeats = after.findIndex((later, at) => later.bare !== words[at]?.bare);
    const size = repeats < 0 ? after.length : repeats;
    if (size >= 2 || (size === 1 && (words[0]?.bare.length ?? 0) >= REPEATED_WORD_MIN_CHARS))
      return { at: word.start, rule: 'repeated-heading' };
  }
  for (let size = Math.floor(Math.min(words.length, 2 * HEADING_WINDOW_WORDS) / 2); size >= 2; size--) {
    const head = words.slice(0, size).map((word) => word.bare);
    const again = words.slice(size, 2 * size).map((word) => word.bare);
    const repeat = words[size];
    if (repeat && head.join(' ') === again.join(' ')) return { at: repeat.start, rule: 'repeated-heading' };
  }
  // A one-word headline the text opens with again, inflected ("Vennskapsby Vennskapsbyen Nordvik har …").
  const [first, second] = words;
  if (
    first &&
    second &&
    isCapitalised(first.text) &&
    isCapitalised(second.text) &&
    first.bare.length >= REPEATED_WORD_MIN_CHARS &&
    second.bare.startsWith(first.bare) &&
    second.bare.length - first.bare.length <= INFLECTION_MAX_CHARS
  )
    return { at: second.start, rule: 'repeated-heading' };
  return undefined;
}

/** A heading printed twice is read from this many words at its start, within this many characters. */
const PRINTED_TWICE_WORDS = 3;
const PRINTED_TWICE_WINDOW_CHARS = 400;
/** A scan's noise between a heading and its copy ("(7) ..' I I ~l~~HYt~ JAN02197") is this long at most. */
const PRINTED_TWICE_NOISE_CHARS = 60;

/**
 * Rule heading-printed-twice: a page prints its heading twice, glued to itself where a store lost the break
 * ("Letter of Intent to Join Alby Climate Network of Borby CountyLetter of Intent to Join …") or with a scan's
 * noise between ("MUTUAL AID AGREEMENT (7) ..' JAN02197 MUTUAL AID AGREEMENT ' 9 …"). The unit's first words come
 * again, in any case, within a short reach, and all of the text before the copy but a short noise is the copy's
 * start: the heading ends where the two part (its copy starts a unit when they do not part). Returns that offset.
 */
function headingPrintedTwice(text: string, start: number, to: number): number | undefined {
  const words = wordsOf(text, start, Math.min(to, start + PRINTED_TWICE_WINDOW_CHARS));
  if (words.length < 2 * PRINTED_TWICE_WORDS || !/^["“«(]?[\p{Lu}]/u.test(words[0]?.text ?? ''))
    return undefined;
  const first = words[0] as Word;
  const reach = text.slice(first.start, Math.min(to, start + PRINTED_TWICE_WINDOW_CHARS)).toLowerCase();
  const head = words
    .slice(0, PRINTED_TWICE_WORDS)
    .map((word) => word.text)
    .join(' ')
    .toLowerCase();
  const copy = reach.indexOf(head, first.text.length);
  if (copy < 0) return undefined;
  let same = 0;
  while (same < copy && reach[same] === reach[copy + same]) same++;
  if (same === copy) return first.start + copy;
  // The heading ends at the last whole word the two share.
  const shared = reach.slice(0, same);
  const wordEnd = /\s/u.test(reach[same] ?? ' ') ? same : shared.search(/\s+\S*$/u);
  if (wordEnd <= 0 || copy - wordEnd > PRINTED_TWICE_NOISE_CHARS) return undefined;
  // "Samverkansöverenskommelse mellan A och B 2016-2019 Samverkansöverenskommelse mellan …": the years the agreement
  // runs, between the heading and its copy, close the heading (rule title-period); they are no noise.
  if (PERIOD_YEARS.test(reach.slice(wordEnd, copy))) return first.start + copy;
  // Noise has no word of letters only: "CENTRAL COAST … This Memorandum of Understanding" is a subtitle and a sentence.
  if (/(?<![^\s])\p{L}{3,}(?![^\s.,:;])/u.test(reach.slice(wordEnd, copy))) return undefined;
  if (shared.slice(0, wordEnd).trim().split(/\s+/u).length < PRINTED_TWICE_WORDS) return undefined;
  return first.start + wordEnd;
}

/** The years an agreement runs, alone between a heading and its copy ("2016-2019", "2020 – 2023"). */
const PERIOD_YEARS = /^\s*(?:19|20)\d{2}\s*[–—-]\s*(?:19|20)?\d{2}\s*$/u;

/** Skips a unit's number or bullet: the offset of its first word. */
function afterMarker(text: string, start: number, end: number): { at: number; numbered: boolean } {
  const marker =
    /^\s*(?:(?:§|Artikel|Artikkel|Article|Section)\s*)?(?:\d{1,2}(?:\.\d{1,2}){0,3}[.)]?|[•▪◦●■►‣⁃Øv–—-])\s+/u.exec(
      text.slice(start, end),
    );
  return marker
    ? { at: start + marker[0].length, numbered: /\d/u.test(marker[0]) }
    : { at: start, numbered: false };
}

/** True when a unit's words open with a document type ("MEMORANDUM OF UNDERSTANDING …", "SAMARBETSAVTAL …"). */
function typedHeading(words: readonly Word[], cues: SegmentCues): boolean {
  return cues.documentType.test(
    words
      .slice(0, DOCUMENT_TYPE_WORDS)
      .map((word) => word.text)
      .join(' '),
  );
}

/** A heading in capitals has this many words at least before a section word in capitals ends it. */
const SECTION_AFTER_HEADING_WORDS = 3;

/** "2. BAKGRUND OCH SYFTE Samhället står …": a heading in capitals ends where mixed-case text starts. */
function capsHeadingEnd(text: string, start: number, end: number, cues: SegmentCues): Cut | undefined {
  const words = wordsOf(text, afterMarker(text, start, end).at, end);
  let shouted = 0;
  let long = false;
  for (const [index, word] of words.entries()) {
    // "KOMMUN OCH HÖGSKOLA I NYTT AVTAL": a one-letter word between words in capitals is shouted too.
    const letter = shouted > 0 && /^\p{Lu}$/u.test(word.text) && isShouted(words[index + 1]?.text ?? '');
    // Rule caps-section-word: "MEMORANDUM OF UNDERSTANDING BETWEEN ALBY AND BORBY RECITALS. A. …", "SAMARBETSAVTAL
    // MELLAN ALBY OCH BORBY BAKGRUND …": a section word in capitals after a document's name in capitals (not after a
    // link: "AVTAL MELLAN PARTERNA"; not in a section's own heading, "2. BAKGRUND OCH PARTERNAS SYFTE") is the next
    // section's heading.
    const previousWord = words[index - 1];
    if (
      isShouted(word.text) &&
      index === shouted &&
      typedHeading(words, cues) &&
      shouted >= SECTION_AFTER_HEADING_WORDS &&
      cues.sectionWords.has(word.bare) &&
      previousWord &&
      !cues.links.has(previousWord.bare)
    )
      return { at: word.start, rule: 'caps-heading-end' };
    if (isShouted(word.text) || letter) {
      shouted++;
      long ||= word.bare.length >= CAPS_HEADING_WORD_CHARS;
      continue;
    }
    // One short capitalised word is an acronym that starts a name ("RISE Research Institutes"), not a heading;
    // nor are acronyms listed with commas before a name ("DSU, UD, City of Wilmington sign agreement").
    const listed = words.slice(0, index).every((before) => before.text.endsWith(','));
    const heading = (shouted >= 2 || long) && !listed;
    const next = words[index + 1];
    if (heading && isCapitalised(word.text) && next && isLowerWord(next.text))
      return { at: word.start, rule: 'caps-heading-end' };
    // "LETTER OF INTENT This AGREEMENT is made …": a sentence opener before a defined term in capitals
    // starts the text under the heading ("This", "The", but not a link such as "Between").
    if (
      heading &&
      isCapitalised(word.text) &&
      cues.starters.has(word.bare) &&
      !cues.links.has(word.bare) &&
      next &&
      isShouted(next.text)
    )
      return { at: word.start, rule: 'caps-heading-end' };
    // "FOR IMMEDIATE RELEASE Alpha University and …": a title-case run after two or more words in capitals
    // starts a headline, unless a linking word ("Between", "Mellan") carries the capitals on.
    // After a label ("AGENDA ITEM TYPE: Consent") the capitalised word is the label's value.
    const label = /:$/u.test(words[index - 1]?.text ?? '');
    const titleCase = next !== undefined && isCapitalised(next.text) && !cues.links.has(word.bare) && !label;
    if (shouted >= 2 && isCapitalised(word.text) && titleCase && !cues.starters.has(word.bare))
      return { at: word.start, rule: 'caps-heading-end' };
    return undefined;
  }
  return undefined;
}

/**
 * "2. Inriktning Parterna har tillsammans …": after a section number, a short heading ends where a sentence
 * starts (see `sentenceStartIn`). A short numbered unit ("1. Länsstyrelsen i Norrbottens län") is left whole.
 */
function numberedHeadingEnd(text: string, start: number, end: number, cues: SegmentCues): Cut | undefined {
  const marker = afterMarker(text, start, end);
  if (!marker.numbered) return undefined;
  const words = wordsOf(text, marker.at, end);
  // A short unit is a heading or an item as it stands, unless a sentence opener follows its first word
  // ("1. Parterna Parterna i detta avtal är").
  const short = words.length <= SHORT_UNIT_WORDS;
  const at = sentenceStartIn(words, HEADING_WINDOW_WORDS, cues, true);
  if (at === undefined) return undefined;
  if (short && at !== words[1]?.start) return undefined;
  return { at, rule: 'heading-end' };
}

/**
 * "• tilgjengelege og rettferdig fordelt Kommunen og sjukehuset er …": the last item of a bullet list ends where
 * a sentence starts, a capitalised word between lower-case words that do not link names or determine it
 * ("med Universitetet i", "this Memorandum of").
 */
function bulletItemEnd(text: string, start: number, end: number, cues: SegmentCues): Cut | undefined {
  // Bullet signs only: a dash opens reported speech ("– Jag tycker Samhällskontraktet är …"), not a list item.
  if (!/^\s*[•▪◦●■►‣⁃]\s/u.test(text.slice(start, end))) return undefined;
  const words = wordsOf(text, afterMarker(text, start, end).at, end);
  for (let index = 1; index < words.length - 1; index++) {
    const word = words[index] as Word;
    const previous = words[index - 1] as Word;
    const next = words[index + 1] as Word;
    if (/[.!?:;]["”»)]?$/u.test(previous.text)) return undefined;
    if (!isCapitalised(word.text) || !isLowerWord(previous.text) || !isLowerWord(next.text)) continue;
    // "through this Memorandum of Understanding": after a link or a determiner the capital starts a name.
    if (
      cues.links.has(previous.bare) ||
      cues.starters.has(previous.bare) ||
      /[,(&/–—-]$/u.test(previous.text)
    )
      continue;
    return { at: word.start, rule: 'item-end' };
  }
  return undefined;
}

/**
 * "Samarbetsavtal mellan A, Sverige och B, Norge I enlighet med …", "… fördjupar samverkan Skövde kommun har …":
 * a title at the start of the document ends where a sentence starts.
 */
function titleEnd(text: string, start: number, end: number, cues: SegmentCues): Cut | undefined {
  const words = wordsOf(text, afterMarker(text, start, end).at, end);
  if (words.length < TITLE_MIN_WORDS || !/^["“«(]?\p{L}/u.test(words[0]?.text ?? '')) return undefined;
  const at = sentenceStartIn(words, TITLE_WINDOW_WORDS, cues, false);
  return at === undefined ? undefined : { at, rule: 'title-end' };
}

/** A headline the name-subject rule ends is this many words at most; further on a name is a sentence's object. */
const SUBJECT_WINDOW_WORDS = 10;
/** A name the text's first sentence opens with has this many capitalised words at least ("Region Skåne"). */
const SUBJECT_NAME_MIN_WORDS = 2;

/**
 * Where a name of capitalised words starting at `index` ends, when a lower-case word that is no link follows it
 * ("Region Skåne och Region Norr samarbetar", "Per Olsen og ordfører Kari B. Berg signerte"); else undefined.
 */
function nameSubjectEnd(words: readonly Word[], index: number, cues: SegmentCues): number | undefined {
  const namePart = (word: Word | undefined) =>
    word !== undefined &&
    (/^\p{Lu}\.$/u.test(word.text) || (isCapitalised(word.text) && !/[,:;.!?]["”»)]?$/u.test(word.text)));
  // "og Borby kommune": links join names.
  const joins = (word: Word | undefined) => word !== undefined && cues.links.has(word.bare);
  let names = 0;
  let at = index;
  for (; at < words.length; at++) {
    const word = words[at] as Word;
    const next = words[at + 1];
    if (namePart(word)) names++;
    else if (!joins(word) || !(namePart(next) || (joins(next) && namePart(words[at + 2])))) break;
  }
  const after = words[at];
  if (names < SUBJECT_NAME_MIN_WORDS || !after || !isLowerWord(after.text) || cues.links.has(after.bare))
    return undefined;
  return at;
}

/**
 * The offset of the first word (within `window` words, never the first) that starts a sentence after an
 * unpunctuated heading: a capitalised word after a lower-case word that does not link names ("mellan Umeå",
 * "och Region" continue a name), followed by a lower-case word ("Parterna har"); or a sentence-opening word
 * ("The", "Parterna", "I") after any word but a link. A title must not itself open like a sentence; a numbered
 * heading may ("1. Parterna").
 */
function sentenceStartIn(
  words: readonly Word[],
  window: number,
  cues: SegmentCues,
  headMayOpen: boolean,
): number | undefined {
  const head = words[0];
  if (!head || !/^["“«(]?[\p{Lu}\d]/u.test(head.text)) return undefined;
  // "1. Parterna Parterna i detta avtal är": a numbered heading may be the word that opens its first sentence.
  const repeated = headMayOpen && words[1]?.bare === head.bare;
  if (cues.starters.has(head.bare) && !repeated) return undefined;
  for (let index = 1; index < Math.min(window, words.length); index++) {
    const word = words[index] as Word;
    const previous = words[index - 1] as Word;
    const next = words[index + 1];
    // "… FOUNDATION, INC. AND …": a company's "Inc." ends no sentence.
    if (/[.!?]["”»)]?$/u.test(previous.text) && !COMPANY_ABBREVIATION.test(previous.text)) return undefined;
    // "… for økt kompetanse 18. desember ble det inngått …": a day and its month after a lower-case word and before
    // a lower-case word that links nothing open the news text under a headline (rule date-opening).
    const afterMonth = words[index + 2];
    if (
      /^\d{1,2}\.?$/u.test(word.text) &&
      cues.months.has(next?.bare ?? '') &&
      isLowerWord(previous.text) &&
      !cues.links.has(previous.bare) &&
      !cues.dateLeads.has(previous.bare) &&
      afterMonth !== undefined &&
      isLowerWord(afterMonth.text) &&
      !cues.links.has(afterMonth.bare)
    )
      return word.start;
    if (!/^["“«(]?\p{Lu}/u.test(word.text)) continue;
    if (cues.links.has(previous.bare) || /[,(&/–—-]$/u.test(previous.text)) continue;
    // unit-noun-name: "… och lokalpolisområde Alby": the unit's type names the place after it.
    if (cues.unitNouns.some((noun) => previous.text.endsWith(noun))) continue;
    // "… om næringsutvikling Fylkeskommunene, Innovasjon Norge, Forskningsrådet og Siva inngikk …": a list of names
    // right after a lower-case word that links nothing is the subject of the news text (rule list-opening).
    if (isLowerWord(previous.text) && /\p{L},$/u.test(word.text) && next && isCapitalised(next.text))
      return word.start;
    // "… signerte samarbeidsavtale Tirsdag 3. mai ble …": a weekday and its day number after a lower-case
    // word open the news text under a headline (rule weekday-opening).
    if (cues.weekdays.has(word.bare) && isLowerWord(previous.text) && /^\d/u.test(next?.text ?? ''))
      return word.start;
    // "Alby första Västsvenska kommun att …": after an ordinal the capitalised word is the phrase's adjective.
    if (cues.ordinals.has(previous.bare) && isLowerWord(previous.text)) continue;
    // "… avger avsiktsförklaring NYHET Publicerad": capitals after a lower-case word end a headline.
    // A code in capitals and digits ("AB170304") is a number, not a heading.
    if (isShouted(word.text) && !/\d/u.test(word.text)) {
      if (/^["“«(]?[\p{Ll}\d]/u.test(previous.text) && (!next || !isLowerWord(next.text))) return word.start;
      // "Commercial in Confidence MEMORANDUM OF UNDERSTANDING …": a heading in capitals after title-case words.
      const shoutedRun = next !== undefined && isShouted(next.text) && !/\d/u.test(next.text);
      if (
        isCapitalised(previous.text) &&
        shoutedRun &&
        word.bare.length + next.bare.length >= SHOUTED_RUN_CHARS
      )
        return word.start;
      continue;
    }
    // "… mellan A, B och C D kommun, E kommun …": after a list closed by "och C" a new list of names opens.
    const closedList = cues.ands.has(words[index - 2]?.bare ?? '') && isCapitalised(previous.text);
    if (
      closedList &&
      isCapitalised(word.text) &&
      next &&
      isLowerWord(next.text) &&
      /\p{L},$/u.test(next.text)
    )
      return word.start;
    // "… med kommunen Ordfører Kari Nordmann og …": a job title before a person's name opens a caption.
    const after = words[index + 2];
    if (cues.titleWords.has(word.bare) && isCapitalised(word.text) && next && after)
      if (isCapitalised(next.text) && isCapitalised(after.text)) return word.start;
    const starter = cues.starters.has(word.bare);
    // "Samarbetsavtal Parter Alfa kommun …": a section heading after a title ends it (its number too).
    if (
      !headMayOpen &&
      cues.sectionWords.has(word.bare) &&
      isCapitalised(word.text) &&
      next &&
      /^[\p{Lu}\d]/u.test(next.text)
    )
      return /^\d{1,2}[.)]?$/u.test(previous.text) && index > 1 ? previous.start : word.start;
    // "… Partnership Agreement The City of Alpha … signed": an article after a title-case word (not an acronym
    // such as "UiT The Arctic University", not a link) opens the text after an English headline.
    if (word.text === 'The' && /^\p{Lu}\p{Ll}{3,}$/u.test(previous.text) && next && isCapitalised(next.text))
      return word.start;
    // "… and Beta University This Memorandum of Understanding is …": an opener before the document type starts the text.
    const restart = words
      .slice(index + 1, index + 1 + DOCUMENT_TYPE_WORDS)
      .map((later) => later.text)
      .join(' ');
    if (starter && isCapitalised(word.text) && cues.documentType.test(restart)) return word.start;
    const afterLabel = /:$/u.test(previous.text);
    if ((afterLabel && headMayOpen) || (index === 1 && repeated)) return word.start;
    // A sentence opener reads as one before a lower-case word or after one ("UiT The Arctic University" is a name).
    if (starter && ((next && isLowerWord(next.text)) || isLowerWord(previous.text))) return word.start;
    // Rule name-subject: "… samarbete över sundet Region Skåne och Region Norr samarbetar redan …": after a lower-case
    // word that links nothing, a name of several capitalised words (links and initials inside) and then a lower-case
    // word that is no link: the name is the subject of the text's first sentence, not the title's.
    // A job title before the name ("och ordförande Per Ek undertecknade") makes it a caption's, no headline's end.
    // Nor does a preposition among the sentence openers ("genom Lars Ek undertecknat").
    const linking =
      cues.links.has(previous.bare) || cues.titleWords.has(previous.bare) || cues.starters.has(previous.bare);
    const inHeadline = index < SUBJECT_WINDOW_WORDS;
    if (!headMayOpen && inHeadline && isCapitalised(word.text) && isLowerWord(previous.text) && !linking) {
      const after = nameSubjectEnd(words, index, cues);
      if (after !== undefined) return word.start;
    }
    // Rule plural-subject: "Et felles løft for Klima Kommunene i Østfold signerte …", "Kommunsamverkan Kommunerna
    // Alby, Borby …": a noun in the definite plural, capitalised inside a headline, opens the lead's sentence; names
    // hold none ("Røde Kors", "Region Skåne", "Nordland Politidistrikt").
    if (
      !headMayOpen &&
      inHeadline &&
      !linking &&
      isCapitalised(word.text) &&
      cues.pluralDefinite.test(word.bare)
    )
      return word.start;
    // "… og tenesteavtale 1 Overordna føringar …": a number closing a title reads as its last lower-case word.
    const closingNumber = /^\d{1,2}$/u.test(previous.text) && isLowerWord(words[index - 2]?.text ?? '');
    const afterLower = isLowerWord(previous.text) || closingNumber;
    if (next && isCapitalised(word.text) && afterLower && isLowerWord(next.text)) return word.start;
  }
  return undefined;
}
