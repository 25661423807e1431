import type { Context } from './context.ts';
import { ORG_NUMBER_SOURCE } from './org-number.ts';
import { anyOf, capitalised, escapeRegex, gather, perCueSets, re, withCapitalised } from './patterns.ts';
import { similarity } from './similarity.ts';
import { type Block, normalize, sentences, unitBoundaryBetween } from './text.ts';
import { startsWithDocumentType } from './title.ts';

/**
 * Rules that find *lists* of party names in running text, independent of line structure: they read one
 * whitespace-collapsed view of the whole document, so "1. A 2. B", "A, B och C", "BETWEEN: A B C" and
 * "mellan A och B" give the same names whether the text kept its line breaks or lost them.
 */

/** A name found by a list rule: its range in the view's text, the rule and an optional noun to append. */
export interface NameSpan {
  start: number;
  end: number;
  /** A singular organisation noun the name takes from a plural after the list ("Mora, Orsa och Älvdalens kommuner"). */
  suffix: string | null;
  /**
   * The name is a bare place after a plural organisation noun ("the Cities of A, B and C" → "A"), given in title
   * case when the list is in capitals ("THE CITIES OF ALFORD" → "Alford").
   */
  placeAfterPlural?: true;
  /** The genitive ending the name takes before its suffix ("Karlstad" + "s kommun"). */
  genitive?: string;
}

/** One list of names proposed by a rule, with the rule's name as its reason. */
export interface NameList {
  rule: string;
  names: NameSpan[];
}

/** Party names are short; a longer run of name-like words is a heading or a clause. */
const NAME_MAX_WORDS = 9;
/** A numbered list item names its party within this many characters of its number (addresses may follow). */
const ITEM_MAX_CHARS = 300;
/** An agreement noun this close before "mellan/between" makes the phrase after it a party list. */
const AGREEMENT_WINDOW = 60;
/** Names on this many line ends in a row, without separators, are the lines of a letterhead. */
const LETTERHEAD_MIN_GAPS = 2;
/** A news article names the signing organisations in its headline and first sentences. */
const LEAD_SENTENCES = 8;
/**
 * Legal-form nouns ("AB", "AS", "HF", "Inc": two or three ASCII letters) count only as written, never in
 * lower case ("as"); month abbreviations this short are ordinary words.
 */
const SHORT_NOUN = 3;

/** The whole document as one block of normalised text: the view every list rule reads. */
export function documentView(ctx: Context): Block {
  const cached = VIEWS.get(ctx);
  if (cached) return cached;
  const norm = normalize(ctx.doc.text, 0, ctx.doc.text.length);
  const view: Block = {
    kind: 'paragraph',
    index: -1,
    start: 0,
    end: ctx.doc.text.length,
    firstLine: 0,
    lastLine: Math.max(0, ctx.doc.lines.length - 1),
    norm,
  };
  VIEWS.set(ctx, view);
  return view;
}
const VIEWS = new WeakMap<Context, Block>();

interface Lexicon {
  orgNouns: string[];
  /** `orgNouns` indexed for `isOrgWord`, which every word of every candidate name asks. */
  orgNounIndex: OrgNounIndex;
  prepositions: Set<string>;
  /** Prepositions that open a purpose after a name of the form noun, preposition and place ("for"). */
  purposePrepositions: Set<string>;
  ands: Set<string>;
  groupNouns: readonly string[];
  /** Group noun → the singular each bare name of its list takes, and the genitive ending before it. */
  groupSingulars: Map<string, { singular: string; genitive: string }>;
  distributive: Map<string, string>;
  titleWords: string;
  /** The compound title heads as one alternation, '' when the language has none. */
  compoundTitleHeads: string;
  generic: Set<string>;
  /** Month names end a name: "… School District July 2012" in a text without line breaks. */
  months: Set<string>;
  countries: Set<string>;
  /** Number words from two up, in the document's own language ("two", "två", "to"). */
  counts: Set<string>;
  /** "sogn og fjordane": place names with a conjunction inside, lower-cased, words joined by one space. */
  compoundPlaces: Set<string>;
  /** Words that never belong to a name, even in capitals: "between", "om", "regarding". */
  stops: Set<string>;
  /** "Stillman College This agreement …": a demonstrative or quantifier starts the next sentence, never a name's word. */
  demonstratives: Set<string>;
  appositions: Set<string>;
  /** "the": an article that may stand inside a name after a preposition ("Transport for the North"). */
  articles: Set<string>;
  /** "Den ideella föreningen …": descriptive prefixes of several words before a name in a list item. */
  descriptors: readonly string[];
  clubPrefixes: Set<string>;
  nameAbbreviations: Set<string>;
  /** "polisen": an organisation named in lower case by one word. */
  institutions: Set<string>;
  /** "universitetet i Bergen": lower-case heads of official names with a place. */
  nameHeads: Set<string>;
  /** "lokalpolisområde Alingsås": lower-case unit nouns (or compound ends) before a proper name. */
  unitNouns: readonly string[];
  /** ", Inc.": a legal form after a comma that ends the name before it. */
  commaLegalForm: RegExp;
  /**
   * The regexes built from the lists above, kept here rather than built for each call: hundreds of calls a
   * document each gathered, sorted and joined the word lists (issue 12).
   */
  patterns: ListPatterns;
}

interface ListPatterns {
  /** A title word anywhere in a name (`hasTitleWord`). */
  titleInName: RegExp;
  /** A title word that ends the text before a name (`precededByTitle`). */
  titleBefore: RegExp;
  /** ", title" right after a name. */
  titleAfterComma: RegExp;
  /** Commas and a conjunction between list items (`separatorAt`). */
  separator: RegExp;
  /** "landbruks- og matdepartementet" (`suspendedNameAt`). */
  suspended: RegExp;
  /** A group noun before a list ("kommunane …"). */
  groupNoun: RegExp;
  /** ", Country" after a name. */
  countryAfterComma: RegExp;
  /** ", Country" and nothing else. */
  countryOnly: RegExp;
  /** "Place, Country" (`countryEntryFollows`). */
  countryEntry: RegExp;
  /** A conjunction before a capitalised word (`numberedNames`). */
  andBeforeCapital: RegExp;
}

/**
 * The organisation nouns as `isOrgWord` reads them, in sets rather than a list: it is asked for every word of
 * every candidate name, and testing each of the few hundred nouns in turn took about half a second of CPU on
 * 240 plain-text documents (issue 12).
 */
interface OrgNounIndex {
  /** Short legal-form nouns (`SHORT_LEGAL_FORM`) as they count: in capitals or capitalised ("AB", "Ab"). */
  shortForms: Set<string>;
  /** The other nouns, lower-cased: a word is one of them, or a compound ending in one. */
  nouns: Set<string>;
  /** The other nouns of four or more ASCII letters, whose English plural closes a name too. */
  pluralStems: Set<string>;
}

/** A legal-form noun of two or three ASCII letters (`SHORT_NOUN`): "ab", "as", "inc". */
const SHORT_LEGAL_FORM = /^[a-z]{2,3}$/u;
/** An organisation noun whose English plural is one too ("hospitals", "clinics"). */
const PLURAL_STEM = /^[a-z]{4,}$/u;

function orgNounIndex(orgNouns: readonly string[]): OrgNounIndex {
  const index: OrgNounIndex = { shortForms: new Set(), nouns: new Set(), pluralStems: new Set() };
  for (const noun of orgNouns) {
    if (SHORT_LEGAL_FORM.test(noun)) {
      index.shortForms.add(noun.toUpperCase());
      index.shortForms.add(capitalised(noun));
      continue;
    }
    index.nouns.add(noun);
    if (PLURAL_STEM.test(noun)) index.pluralStems.add(noun);
  }
  return index;
}

/**
 * Characters (code units) a compound has at least before the organisation noun it ends in: "fylkes|kommune" is
 * one, a noun with one or two letters before it is not.
 */
const COMPOUND_MIN_HEAD = 3;

function lexicon(ctx: Context): Lexicon {
  // What the lexicon holds depends on the cue sets alone: built once per language (issue 12).
  return perCueSets(ctx.sets, 'party-lists.lexicon', () => buildLexicon(ctx));
}

function buildLexicon(ctx: Context): Lexicon {
  const orgNouns = gather(ctx.sets, (c) => c.orgNouns).map((w) => w.toLowerCase());
  const ands = new Set(gather(ctx.sets, (c) => c.andWords).map((w) => w.toLowerCase()));
  const lex: Lexicon = {
    orgNouns,
    orgNounIndex: orgNounIndex(orgNouns),
    prepositions: new Set(
      gather(ctx.sets, (c) => c.functionWords)
        .map((w) => w.toLowerCase())
        .filter((w) => !ands.has(w)),
    ),
    ands,
    purposePrepositions: new Set(gather(ctx.sets, (c) => c.purposePrepositions)),
    groupNouns: gather(ctx.sets, (c) => c.listGroupNouns),
    groupSingulars: new Map(
      ctx.sets
        .flatMap((c) =>
          Object.entries(c.groupNounSingulars).map(
            ([group, singular]) => [group, { singular, genitive: c.placeGenitive }] as const,
          ),
        )
        .reverse(),
    ),
    // The document's own language first: "kommuner" is "kommun" in Swedish, "kommune" in Norwegian.
    distributive: new Map(ctx.sets.flatMap((c) => Object.entries(c.distributiveOrgNouns)).reverse()),
    titleWords: anyOf(gather(ctx.sets, (c) => c.titleWords)),
    compoundTitleHeads: gather(ctx.sets, (c) => c.compoundTitleHeads).length
      ? anyOf(gather(ctx.sets, (c) => c.compoundTitleHeads))
      : '',
    generic: new Set(gather(ctx.sets, (c) => c.genericPartyNouns)),
    months: new Set(ctx.sets.flatMap((c) => Object.keys(c.months)).filter((m) => m.length > SHORT_NOUN)),
    countries: new Set(gather(ctx.sets, (c) => c.countryNames).map((w) => w.toLowerCase())),
    // Only the document's own language: Norwegian "fire" (four) is a word of English names ("Fire Department").
    counts: new Set(
      Object.entries(ctx.sets[0]?.numbers ?? {})
        .filter(([, value]) => value >= 2)
        .map(([word]) => word.toLowerCase()),
    ),
    compoundPlaces: new Set(gather(ctx.sets, (c) => c.compoundPlaces).map((w) => w.toLowerCase())),
    appositions: new Set(gather(ctx.sets, (c) => c.appositionWords).map((w) => w.toLowerCase())),
    // The articles among the function words: only English writes one inside a name.
    articles: new Set(
      gather(ctx.sets, (c) => c.determiners.filter((word) => c.functionWords.includes(word))).map((w) =>
        w.toLowerCase(),
      ),
    ),
    descriptors: gather(ctx.sets, (c) => c.descriptorPrefixes.filter((d) => /\s/u.test(d))),
    clubPrefixes: new Set(gather(ctx.sets, (c) => c.clubPrefixes)),
    nameAbbreviations: new Set(gather(ctx.sets, (c) => c.nameAbbreviations)),
    institutions: new Set(gather(ctx.sets, (c) => c.lowercaseInstitutions)),
    nameHeads: new Set(gather(ctx.sets, (c) => c.lowercaseNameHeads)),
    unitNouns: gather(ctx.sets, (c) => c.lowercaseUnitNouns),
    commaLegalForm: legalFormsAfterComma(gather(ctx.sets, (c) => c.commaLegalForms)),
    stops: new Set(
      // A weekday ("… Ultuna Tisdag, 25 februari 2020 Uppsala kommun …" in a flattened dateline) is no name's word.
      // signing-verb-ends-name: "Alfa Community College Sign Pact" (a headline in title case): a one-word
      // signing verb is never a word of a name.
      gather(ctx.sets, (c) => [
        ...c.betweenWords,
        ...c.topicPrepositions,
        ...c.recitalOpeners,
        ...c.weekdays,
        ...c.signingVerbs.filter((verb) => !/\s/u.test(verb)),
      ]).map((w) => w.toLowerCase()),
    ),
    // Articles ("the", "den", "en") are left out: they stand inside names ("UiT The Arctic University").
    demonstratives: new Set(
      gather(ctx.sets, (c) => c.determiners)
        .filter((word) => word.length > ARTICLE_MAX_CHARS)
        .map((word) => word.toLowerCase()),
    ),
    patterns: undefined as unknown as ListPatterns,
  };
  lex.patterns = listPatterns(lex);
  return lex;
}

function listPatterns(lex: Lexicon): ListPatterns {
  const ands = anyOf([...lex.ands]);
  const countries = anyOf([...lex.countries]);
  return {
    // compound-title: "Enhetschef Fritid", "Avdelingsleder Plan": a word ending in a person title is one too.
    titleInName: re(
      lex.compoundTitleHeads
        ? `(?:^|[\\s-])(?:${lex.titleWords}|\\p{L}{3,}(?:${lex.compoundTitleHeads})(?![\\p{L}]))`
        : `(?:^|[\\s-])${lex.titleWords}`,
    ),
    titleBefore: re(`(?:^|-)${lex.titleWords}\\p{L}*$`),
    // "Kari Berg, kommunstyrelsens ordförande": the title may follow the body's name in the genitive.
    titleAfterComma: re(`^\\s*,\\s*(?:\\p{L}+s\\s+)?${lex.titleWords}`),
    separator: re(`^(?<comma>(?:\\s*,)+)?\\s*(?:(?<and>${ands})(?![\\p{L}])\\s*)?`),
    suspended: re(`^\\p{Ll}[\\p{L}]*-\\s+${ands}\\s+(?<head>\\p{Ll}[\\p{L}]*)`),
    groupNoun: re(`^\\s*(?:${anyOf(lex.groupNouns)})\\s+`),
    countryAfterComma: re(`^,\\s*${countries}(?![\\p{L}])`),
    countryOnly: re(`^,\\s*${countries}$`),
    countryEntry: re(
      `^\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,${PLACE_MAX_WORDS - 1}},\\s*${countries}(?![\\p{L}])`,
    ),
    andBeforeCapital: re(`^\\s+${ands}\\s+(?=\\p{Lu})`),
  };
}

/** ", Inc." after a name: the legal form belongs to it; a language without such forms matches nothing. */
function legalFormsAfterComma(forms: readonly string[]): RegExp {
  return forms.length > 0 ? re(`^\\s*,\\s*${anyOf(forms)}(?![\\p{L}])`, 'iu') : /(?!)/u;
}

/** "Kommuner", "Regioner": a distributive organisation plural written with a capital, as inside a name. */
function isCapitalisedPlural(ctx: Context, word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && lexicon(ctx).distributive.has(word.toLowerCase());
}

/** The singular a distributive plural gives each name before it ("kommuner" → "kommun"), if it is one. */
export function distributiveSingular(ctx: Context, plural: string): string | undefined {
  return lexicon(ctx).distributive.get(plural);
}

/** True when a word is the singular a distributive plural gives ("kommun", "kommune", "region"). */
export function isSingularOrgNoun(ctx: Context, word: string): boolean {
  return [...lexicon(ctx).distributive.values()].includes(word);
}

/** True when a word is an organisation noun or a compound ending in one ("kommunförbund", "fylkeskommune"). */
export function isOrgWord(ctx: Context, word: string): boolean {
  const { shortForms, nouns, pluralStems } = lexicon(ctx).orgNounIndex;
  if (shortForms.has(word)) return true;
  const lower = word.toLowerCase();
  if (nouns.has(lower)) return true;
  // A compound: a noun ends the word after a head of at least `COMPOUND_MIN_HEAD` code units.
  for (let head = COMPOUND_MIN_HEAD; head <= lower.length; head++)
    if (nouns.has(lower.slice(head))) return true;
  // plural-org-noun: "Glenford Memorial Hospitals", "University Clinics": an English plural closes a name too.
  return lower.endsWith('s') && pluralStems.has(lower.slice(0, -1));
}

/** A person's title in a name ("Ordførarane i Årdal", "Vice-Chancellor of …"): the text names people, not parties. */
export function hasTitleWord(ctx: Context, name: string): boolean {
  return lexicon(ctx).patterns.titleInName.test(name);
}

/** True when a title comes right before `start` ("rektor Eva Åkesson", "UiT-rektor Dag Olsen"): a person follows. */
export function precededByTitle(ctx: Context, text: string, start: number): boolean {
  const before = /(?:^|\s)(\S+)\s+$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? '';
  return before !== '' && lexicon(ctx).patterns.titleBefore.test(before);
}

/** True when a text opens with the generic word for the parties ("the parties hereto …", "parterna …"). */
export function opensWithGenericParties(ctx: Context, text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  return [1, 2].some(
    (count) => words.length >= count && isGenericPartyWord(ctx, words.slice(0, count).join(' ')),
  );
}

/** True for words that refer to the parties without naming them ("Parties", "Parterna"). */
export function isGenericPartyWord(ctx: Context, name: string): boolean {
  return lexicon(ctx).generic.has(
    name
      .toLowerCase()
      .replace(/[^\p{L}\s]/gu, '')
      .trim(),
  );
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/**
 * A word; a legal form written with a slash ("A/S", "K/S") is one word. dotted-abbreviation: "U.S. Department of
 * Justice", "U.K. Space Agency": capitals joined by full stops keep their last one before a capitalised word, so the
 * stop does not end the name.
 */
const WORD =
  /\p{Lu}(?:\.\p{Lu})+\.(?=\s+\p{Lu})|\p{Lu}\/\p{Lu}(?![\p{L}\d])|[\p{L}\d][\p{L}\d&'’.-]*[\p{L}\d&]|[\p{L}\d]/gu;

function wordsFrom(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    words.push({ text: m[0], start: m.index, end: m.index + m[0].length });
    if (words.length > NAME_MAX_WORDS + 3) break;
  }
  return words;
}

const isCapital = (word: string) => /^\p{Lu}/u.test(word);
/** "McCRACKEN" is a name in capitals too: the "Mc"/"Mac" prefix keeps its small letter. */
const isAllCaps = (word: string) =>
  /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word.replace(/^Ma?c(?=\p{Lu}{2})/u, ''));
/** A legal form in capitals that closes a name ("AS", "A/S", "HF", "RHF", "AB"); "CITY" is a noun, not a form. */
const LEGAL_FORM_MAX_CHARS = 3;
/** Determiners this short are articles or possessives ("the", "den", "ett", "our", "all"), not demonstratives. */
const ARTICLE_MAX_CHARS = 3;
const isLegalForm = (ctx: Context, word: string) =>
  isAllCaps(word) && word.length <= LEGAL_FORM_MAX_CHARS && isOrgWord(ctx, word);
const hasDigit = (word: string) => /\d/u.test(word);

/** True when a unit boundary (a line break, or a new unit the content starts) lies between two view offsets. */
function lineBreakBetween(ctx: Context, view: Block, from: number, to: number): boolean {
  const start = view.norm.map[from] ?? 0;
  const end = view.norm.map[to] ?? start;
  return unitBoundaryBetween(ctx.doc, start, end);
}

/** How a name ended: at `end`; `broke` when the next name starts right after it, `lineBreak` at a line's end. */
interface NameEnd {
  end: number;
  broke: boolean;
  lineBreak: boolean;
}

/**
 * Where a name that starts at `start` of the view ends. A name is capitalised words, prepositions between
 * them ("Högskolan i Skövde"), lower-case organisation nouns ("Umeå universitet") and the words before one
 * ("Luleå tekniska universitet"), a genitive's head noun ("Ålands landskapsregering") and suspended
 * compounds ("hälso- och sjukvård"). It ends at punctuation, a conjunction, another lower-case word, a word
 * with digits, a month or country name, "the" in the middle, a capitalised word after a lower-case
 * organisation noun ("Enebakk kommune Frogn kommune", "… AS Avtalen"), in capitals at a word that is not,
 * and at a line break before a capitalised word.
 */
export function nameEnd(ctx: Context, view: Block, start: number, capsBreak = false): NameEnd {
  const text = view.norm.text;
  const lex = lexicon(ctx);
  const words = wordsFrom(text, start, text.length);
  const first = words[0];
  const none = { end: start, broke: false, lineBreak: false };
  const firstLower = first?.text.toLowerCase() ?? '';
  if (
    !first ||
    first.start !== start ||
    hasDigit(first.text) ||
    lex.months.has(firstLower) ||
    lex.stops.has(firstLower)
  )
    return none;
  // "IL Fjellørn": a club-form abbreviation opens a mixed-case name, so the case change after it does not end it.
  const clubPrefix = lex.clubPrefixes.has(first.text) && /^\p{Lu}\p{Ll}/u.test(words[1]?.text ?? '');
  // "H. LEE MOFFITT CANCER CENTER": an initial takes the case of the word after it.
  const capsWord =
    first.text.length > 1 || !initialBetween(text, first, words[1]) ? first : (words[1] as Word);
  const caps = isAllCaps(capsWord.text) && capsWord.text.length > 1 && !clubPrefix;
  let last = 0;
  let broke = false;
  let lineBreak = false;
  const spaceBetween = (a: Word, b: Word) => /^\s+$/u.test(text.slice(a.end, b.start));
  for (let i = 1; i < words.length && i < NAME_MAX_WORDS; i++) {
    const word = words[i] as Word;
    const previous = words[i - 1] as Word;
    const lower = word.text.toLowerCase();
    if (/^-\s+$/u.test(text.slice(previous.end, word.start)) && lex.ands.has(lower)) {
      // "hälso- och sjukvård": the conjunction and the word after it belong to the name.
      const next = words[i + 1];
      if (!next || !spaceBetween(word, next)) break;
      last = i + 1;
      i++;
      continue;
    }
    // "Fylkesmannen i Sogn og Fjordane og …": the conjunction inside a compound place name is no list separator.
    const after = words[i + 1];
    if (
      lex.ands.has(lower) &&
      after &&
      spaceBetween(previous, word) &&
      spaceBetween(word, after) &&
      lex.compoundPlaces.has(`${previous.text} ${word.text} ${after.text}`.toLowerCase())
    ) {
      last = i + 1;
      i++;
      continue;
    }
    // plural-pair-name: "Alby Kommuner och Regioner" names one association of many bodies: two capitalised
    // distributive plurals joined by a conjunction stand inside one name (a list shares a plural in lower case).
    if (
      lex.ands.has(lower) &&
      after &&
      spaceBetween(previous, word) &&
      spaceBetween(word, after) &&
      isCapitalisedPlural(ctx, previous.text) &&
      isCapitalisedPlural(ctx, after.text)
    ) {
      last = i + 1;
      i++;
      continue;
    }
    // ampersand-in-name: "Port Authority of New York & New Jersey", "Alby & Co AB": writers join two parties
    // with a conjunction; an ampersand between capitalised words stands inside one name.
    if (ampersandBetween(text, previous, word)) {
      last = i;
      continue;
    }
    // slash-place-in-name: "Lokalpolisområde Uppsala/Knivsta", "Bergs Kommun / Jämtland": after an organisation or
    // unit noun a slash joins the places of one name; "Alby kommun/Borsta kommun" (another noun after the place)
    // and "IITA/iAGRI" (no noun) are two parties.
    if (slashPlaceAt(ctx, text, words, i)) {
      last = i;
      continue;
    }
    if (
      !(
        spaceBetween(previous, word) ||
        initialBetween(text, previous, word) ||
        abbreviatedWordBetween(ctx, text, previous, word)
      ) ||
      hasDigit(word.text) ||
      lex.months.has(lower) ||
      lex.stops.has(lower) ||
      lex.demonstratives.has(lower) ||
      purposeAt(words, i) ||
      purposeAfterPlace(ctx, words, i)
    )
      break;
    if (isCapital(word.text) && lineBreakBetween(ctx, view, previous.end, word.start)) {
      lineBreak = true;
      break;
    }
    if (lex.countries.has(lower) && !countryInName(ctx, previous)) break;
    // count-opens-sentence: "… med Alfa kommun Två män skakar hand" (a caption run into a headline): a number
    // word before a lower-case word starts a sentence, not the rest of a name ("Three Rivers College" stays).
    if (lex.counts.has(lower) && /^\p{Ll}/u.test(words[i + 1]?.text ?? '')) break;
    // repeated-first-word: "Sunndal IL Fotball Sunndal kommune signerte …" (a headline run into its lead in flat
    // text): a name does not repeat its first place word; the repeat starts the next name ("City of Crescent
    // City" repeats a noun, and stays).
    if (!caps && i >= 2 && word.text === first.text && isCapital(word.text) && !isOrgWord(ctx, word.text)) {
      broke = true;
      break;
    }
    if (isCapital(word.text)) {
      if (lex.ands.has(lower)) break;
      // repeated-org-tail: "Alfa Unified School District Beta Unified School District" (a column of parties
      // that lost its line breaks): the words that closed one name, written again a place later, close the next.
      if (!caps && isOrgWord(ctx, previous.text) && orgTailRepeats(ctx, text, words, i)) {
        broke = true;
        break;
      }
      // "… OF CANADA THE UNIVERSITY OF …": "the" after a complete name starts the next ("UiT The Arctic …" stays).
      const complete = last > 0 || isOrgWord(ctx, first.text);
      if (lower === 'the' && complete && !lex.prepositions.has(previous.text.toLowerCase())) {
        broke = true;
        break;
      }
      // "Sørlandets sykehus HF", "Bolten Eiendom AS": a legal form in capitals closes a mixed-case name;
      // club-form-inside: a club form inside one ("Sunndal IL Fotball") belongs to it too.
      if (!caps && (isLegalForm(ctx, word.text) || lex.clubPrefixes.has(word.text))) {
        last = i;
        continue;
      }
      // A change between capitals and mixed case ends a name: "… AS Avtalen", "Fylkesutvalet SAMARBEIDSAVTALE".
      if (caps !== isAllCaps(word.text) && word.text.length > 1 && !lex.prepositions.has(lower)) break;
      const closing =
        /^\p{Ll}/u.test(previous.text) ||
        (previous.text.length <= SHORT_NOUN && isAllCaps(previous.text)) ||
        capsBreak;
      if (
        (!caps || capsBreak) &&
        i - 1 > 0 &&
        closing &&
        isOrgWord(ctx, previous.text) &&
        !lex.prepositions.has(lower)
      ) {
        broke = true;
        break;
      }
      if (lex.prepositions.has(lower) && !isCapital(words[i + 1]?.text ?? '')) break;
      last = i;
      continue;
    }
    if (lex.prepositions.has(lower)) {
      const next = words[i + 1];
      // preposition-article-name: "Transport for the North", "University of the Arctic": an article between
      // the preposition and a capitalised word stays inside the name.
      const article = next !== undefined && lex.articles.has(next.text) && spaceBetween(word, next);
      if (article && isCapital(words[i + 2]?.text ?? '') && !hasDigit(words[i + 2]?.text ?? '')) {
        i++;
        continue;
      }
      if (!next || !isCapital(next.text) || hasDigit(next.text)) break;
      continue;
    }
    if (isOrgWord(ctx, word.text)) {
      last = i;
      continue;
    }
    const next = words[i + 1];
    // "Seabird eiendom A/S": the lower-case words of a company name before its legal form.
    if (next && spaceBetween(word, next) && !lex.ands.has(lower) && isLegalForm(ctx, next.text)) {
      last = i + 1;
      i++;
      continue;
    }
    // lower-case-name-after-and: "Alby kommune og universitetet i Borsta": a conjunction before an organisation
    // noun in lower case opens the next name (a lower-case name head), not the rest of this one.
    if (
      next &&
      spaceBetween(word, next) &&
      !lex.ands.has(lower) &&
      !isCapital(next.text) &&
      isOrgWord(ctx, next.text)
    ) {
      last = i + 1;
      i++;
      continue;
    }
    // hyphen-space-compound: "Alby teknisk- naturvitenskapelige høgskole": a compound adjective written
    // with a hyphen and a space (a kept line-break hyphen) is one word when an organisation noun follows it.
    const compoundHead = words[i + 2];
    if (
      next &&
      compoundHead &&
      /^-\s+$/u.test(text.slice(word.end, next.start)) &&
      /^\p{Ll}/u.test(next.text) &&
      !lex.ands.has(next.text.toLowerCase()) &&
      spaceBetween(next, compoundHead) &&
      isOrgWord(ctx, compoundHead.text)
    ) {
      last = i + 2;
      i += 2;
      continue;
    }
    // "Ålands landskapsregering", "Mariehamns stad": a genitive name and its head noun.
    const suspendedNext = words[i + 1];
    if (
      suspendedNext &&
      /^-\s+$/u.test(text.slice(word.end, suspendedNext.start)) &&
      lex.ands.has(suspendedNext.text.toLowerCase())
    ) {
      // "Ålands hälso- och sjukvård": the suspended compound is the name's head.
      const head = words[i + 2];
      if (head && spaceBetween(suspendedNext, head)) {
        last = i + 2;
        i += 2;
        continue;
      }
    }
    const joining = lex.ands.has(lower) || lex.prepositions.has(lower);
    if (i === 1 && !joining && /\p{L}s$/u.test(previous.text) && isCapital(previous.text)) last = i;
    break;
  }
  return { end: (words[last] as Word).end, broke, lineBreak };
}

/** Words a repeated organisation tail may have ("Unified School District"). */
const ORG_TAIL_MAX_WORDS = 3;
/** Place words before the repeated tail ("West Alby Valley"). */
const TAIL_PLACE_MAX_WORDS = 3;

/**
 * True when the words ending before word `i` come again right after it or up to three place words later, all of
 * them separated by spaces only ("Pine County Commissioners (County)" repeats nothing: a bracket is between).
 */
function orgTailRepeats(ctx: Context, text: string, words: readonly Word[], i: number): boolean {
  // The tail closes a name that has a place before it ("Alameda Unified …"), not one it opens ("Högskolan Dalarna").
  for (let size = Math.min(ORG_TAIL_MAX_WORDS, i - 1); size >= 1; size--) {
    const tail = words.slice(i - size, i).map((word) => word.text);
    if (!tail.every((word) => isCapital(word))) continue;
    // "School District Albany …": a place after the tail opens the next name; another noun goes on with this one.
    const lastPlace = isOrgWord(ctx, words[i]?.text ?? '') ? 0 : TAIL_PLACE_MAX_WORDS;
    for (let place = 0; place <= lastPlace; place++) {
      const places = words.slice(i, i + place);
      if (!places.every((word) => isCapital(word.text))) break;
      const again = words.slice(i + place, i + place + size).map((word) => word.text);
      const spaced = words
        .slice(i - 1, i + place + size)
        .every((word, k, run) => k === 0 || /^\s+$/u.test(text.slice((run[k - 1] as Word).end, word.start)));
      if (again.length === size && spaced && again.every((word, k) => word === tail[k])) return true;
    }
  }
  return false;
}

/** True when a slash joins word `i` to the place before it in a name that has an organisation or unit noun. */
function slashPlaceAt(ctx: Context, text: string, words: readonly Word[], i: number): boolean {
  const word = words[i];
  const previous = words[i - 1];
  if (!word || !previous || !/^\s?\/\s?$/u.test(text.slice(previous.end, word.start))) return false;
  if (!/^\p{Lu}\p{Ll}/u.test(word.text) || !/^\p{Lu}\p{Ll}/u.test(previous.text)) return false;
  const named = words.slice(0, i).some((w) => isOrgWord(ctx, w.text) || isUnitNoun(ctx, w.text));
  return named && !isOrgWord(ctx, words[i + 1]?.text ?? '');
}

/** True when a spaced ampersand joins two capitalised words ("New York & New Jersey"). */
function ampersandBetween(text: string, previous: Word, word: Word): boolean {
  return (
    /^\s+&\s+$/u.test(text.slice(previous.end, word.start)) &&
    isCapital(previous.text) &&
    isCapital(word.text)
  );
}

/**
 * country-inside-name: a country or state after a name is its place ("Troms fylkeskommune Norge") unless it is
 * part of the name: after a preposition ("University of Tennessee") or after a capitalised word that is no
 * organisation noun ("Innovasjon Norge", "Southwest Tennessee Community College", "Alfa Sverige AB").
 */
function countryInName(ctx: Context, previous: Word): boolean {
  if (lexicon(ctx).prepositions.has(previous.text.toLowerCase())) return true;
  return isCapital(previous.text) && !isAllCaps(previous.text) && !isOrgWord(ctx, previous.text);
}

/** initial-in-name: "H. Lee Moffitt …": a capital letter and its full stop run on into the next word of a name. */
function initialBetween(text: string, previous: Word, word: Word | undefined): boolean {
  return (
    word !== undefined &&
    /^\p{Lu}$/u.test(previous.text) &&
    /^\.\s+$/u.test(text.slice(previous.end, word.start))
  );
}

/**
 * abbreviation-in-name: "City of Port St. Alby", "St. Borgs hospital": an abbreviated name word (`nameAbbreviations`)
 * and its full stop run on into the capitalised word after it; the stop ends neither the name nor its sentence.
 */
function abbreviatedWordBetween(ctx: Context, text: string, previous: Word, word: Word): boolean {
  return (
    lexicon(ctx).nameAbbreviations.has(previous.text) &&
    isCapital(word.text) &&
    /^\.\s+$/u.test(text.slice(previous.end, word.start))
  );
}

/**
 * purpose-after-names: "… AND THE CITY OF LA QUINTA FOR THE FUNDING AND PLACEMENT OF …": "for the" and a
 * verbal noun start what the agreement is for, never the rest of a name.
 */
function purposeAt(words: readonly Word[], i: number): boolean {
  return (
    words[i]?.text.toLowerCase() === 'for' &&
    words[i + 1]?.text.toLowerCase() === 'the' &&
    /\p{L}{3,}ing$/iu.test(words[i + 2]?.text ?? '')
  );
}

/**
 * purpose-after-place: "the City of Alfa for Flood Response Planning", "Universitetet i Borsta for
 * Forskningsdata": a name made of an organisation noun, a preposition and a capitalised place is complete, and a
 * purpose preposition after the place opens what the agreement is for. "Centre for Ageing" (the preposition right
 * after the noun) and "Alfa University Centre for …" (a noun before it) keep theirs.
 */
function purposeAfterPlace(ctx: Context, words: readonly Word[], i: number): boolean {
  const lex = lexicon(ctx);
  if (!lex.purposePrepositions.has(words[i]?.text ?? '')) return false;
  for (let link = i - 2; link >= 1; link--) {
    const linkWord = words[link]?.text ?? '';
    if (!lex.prepositions.has(linkWord) || lex.purposePrepositions.has(linkWord)) continue;
    const place = words.slice(link + 1, i);
    return (
      isOrgWord(ctx, words[link - 1]?.text ?? '') &&
      place.every((word) => /^\p{Lu}\p{Ll}/u.test(word.text) && !isOrgWord(ctx, word.text))
    );
  }
  return false;
}

/** Where a purpose after a place starts in a name read whole ("City of Alfa for Flood Response"), or null. */
export function purposeTailStart(ctx: Context, name: string): number | null {
  const words = wordsFrom(name, 0, name.length);
  for (let i = 2; i < words.length; i++) {
    if (purposeAfterPlace(ctx, words, i)) return words[i - 1]?.end ?? null;
  }
  return null;
}

/**
 * fuller-name-elsewhere: "TeliaSonera" where the parties are named, "TeliaSonera Sverige AB" elsewhere in the
 * text; "Fylkesmannen" in a headline, "Fylkesmannen i Alfa og Beta" in the lead. A one-word name that the text
 * also writes as the start of a longer name closed by a legal form, or (the head of an official name) followed
 * by a preposition and a place, means that longer name: its first such range in the document view, or null.
 */
export function fullerName(ctx: Context, name: string): { start: number; end: number } | null {
  if (!/^\p{Lu}[\p{L}-]+$/u.test(name)) return null;
  const view = documentView(ctx);
  const text = view.norm.text;
  const lex = lexicon(ctx);
  const head = lex.nameHeads.has(name.toLowerCase());
  for (const match of text.matchAll(re(`(?<![\\p{L}\\d-])${escapeRegex(name)}(?=\\s+\\p{L})`, 'gu'))) {
    const start = match.index ?? 0;
    const { end } = nameEnd(ctx, view, start);
    const words = text.slice(start, end).split(/\s+/u);
    if (words.length < 2) continue;
    if (isLegalForm(ctx, words.at(-1) ?? '')) return { start, end };
    if (head && lex.prepositions.has(words[1]?.toLowerCase() ?? '') && isCapital(words[2] ?? ''))
      return { start, end };
  }
  return null;
}

/** True when a name looks like an organisation: an acronym, an organisation noun, or two capitalised words. */
/** An acronym's fuller name has at most this many words after it ("Nordic Holding AB"). */
const ACRONYM_TAIL_MAX_WORDS = 3;
/** The partner's name and the conjunction stand within this many characters of the fuller name. */
const PARTNER_WINDOW = 200;

/**
 * acronym-in-pair: "Alby kommun och ABCD undertecknar …" over "Alby kommun och ABCD Nordic AB har idag …": a party
 * known by an acronym is written in full where the text names it beside a partner with a conjunction and the
 * fuller name ends in a legal form ("AB", "AS", "Inc"); elsewhere a longer name may be a sister company.
 */
export function fullerBesidePartner(
  ctx: Context,
  acronym: string,
  partners: readonly string[],
): { start: number; end: number } | null {
  const view = documentView(ctx);
  const text = view.norm.text;
  const ands = anyOf([...lexicon(ctx).ands]);
  // The acronym and up to this many capitalised words after it, of which one is a legal form ("ABCD Nordic AB").
  const tail = re(
    `(?<![\\p{L}\\d-])${escapeRegex(acronym)}(?<tail>(?:\\s+\\p{Lu}[\\p{L}&/-]*){1,${ACRONYM_TAIL_MAX_WORDS}})`,
    'gu',
  );
  for (const match of text.matchAll(tail)) {
    const words = [...(match.groups?.tail ?? '').matchAll(/\S+/gu)];
    const form = words.find((word) => isLegalForm(ctx, word[0]));
    if (!form) continue;
    const start = match.index ?? 0;
    const end = start + acronym.length + (form.index ?? 0) + form[0].length;
    const before = text.slice(Math.max(0, start - PARTNER_WINDOW), start);
    const after = text.slice(end, end + PARTNER_WINDOW);
    const beside = partners.some(
      (partner) =>
        re(`(?<![\\p{L}])${escapeRegex(partner)}\\s+(?:${ands})\\s+$`, 'iu').test(before) ||
        re(`^\\s+(?:${ands})\\s+(?:the\\s+)?${escapeRegex(partner)}(?![\\p{L}])`, 'iu').test(after),
    );
    if (beside) return { start, end };
  }
  return null;
}

export function isOrgLike(ctx: Context, name: string): boolean {
  const words = name.split(/\s+/u);
  if (words.length === 1 && /^(?=(?:.*\p{Lu}){2})[\p{L}&]{2,8}$/u.test(name)) return true;
  if (words.some((word) => isOrgWord(ctx, word))) return true;
  return words.filter((word) => isCapital(word)).length >= 2;
}

/** Separator between list items: commas (empty items from redaction too) and a conjunction. */
function separatorAt(ctx: Context, text: string, at: number): number | null {
  const match = lexicon(ctx).patterns.separator.exec(text.slice(at));
  if (!match?.groups) return null;
  const { comma, and } = match.groups;
  return comma || and ? at + match[0].length : null;
}

/**
 * Asides right after a name, skipped: a parenthesis ("(vertskommune)"), a defined term (', hereinafter the
 * "District"') and a country (", Norge").
 */
function skipAside(ctx: Context, text: string, at: number): number {
  const aside = perCueSets(ctx.sets, 'party-lists.aside', () => {
    const cues = anyOf(gather(ctx.sets, (c) => c.definitionCues));
    const countries = anyOf(gather(ctx.sets, (c) => c.countryNames));
    // Short apposition openers ("a", "an", "en", "ett"): ", a municipal corporation of the State of X,", up to a
    // definition cue or a quoted term in brackets (", a non-profit corporation ("RHNA"),").
    const articles = anyOf(gather(ctx.sets, (c) => c.appositionWords).filter((word) => word.length <= 3));
    const quoted = `["“«']\\s*[^"”»']{1,30}["”»']`;
    // "hereinafter referred to as City,": a defined term of one word without quotes, before a comma.
    const unquoted = `[\\p{L}][\\p{L}-]{1,20}(?=\\s*,)`;
    // An address after the name: " of Cottrell Street, DOWERIN, Western Australia" up to the next "and".
    const streets = anyOf(gather(ctx.sets, (c) => c.streetWords));
    const ands = anyOf(gather(ctx.sets, (c) => c.andWords));
    const address = `\\s+of\\s+(?:\\d[\\d-]*\\s+)?(?:[\\p{L}'’.-]+\\s+){1,4}?${streets}(?![\\p{L}])(?:\\s+${ands}\\s+(?:[\\p{L}'’.-]+\\s+){1,3}?${streets}(?![\\p{L}]))?(?:\\s*,\\s*(?!${ands}\\s)[\\p{L}][\\p{L}'’.-]*(?:\\s+(?!${ands}\\s)[\\p{L}][\\p{L}'’.-]*){0,3}){0,3}`;
    // register-entry-aside: "Mellan Alby kommun, 212000-1694, 531 88 Alby, Borsta kommun 212000-2924, …": an
    // organisation number (labelled or not; a five-digit slip too) and a postal code with its town (the pattern
    // ignores case, so the conjunction after the town is kept out by name).
    const labels = anyOf(gather(ctx.sets, (c) => c.orgNumberLabels));
    const orgNumber = `,?\\s*(?:${labels}\\s*[:.]?\\s*)?(?:${ORG_NUMBER_SOURCE}|\\d{5}\\s?[-–]\\s?\\d{4}(?!\\d))`;
    const postal = `,\\s*(?:\\d{3}\\s?\\d{2}|(?!19|20)\\d{4})\\s+\\p{Lu}[\\p{L}-]*(?:\\s+(?!${ands}(?![\\p{L}]))\\p{Lu}[\\p{L}-]*)?(?![\\p{L}])`;
    return re(
      `^(?:${orgNumber}|${postal}|\\s*\\([^()]{0,60}\\)|,?\\s*(?:${cues})\\s*(?:the\\s+)?(?:${quoted}|\\(\\s*${quoted}\\s*\\)|${unquoted}),?|,\\s*${countries}(?![\\p{L}])|${address}|,\\s*${articles}\\s[^,;:()"“”«»]{1,80}?(?=,?\\s*(?:${cues})(?![\\p{L}])|\\s*\\(\\s*["“«]))+`,
      'iu',
    );
  }).exec(text.slice(at));
  return aside ? at + aside[0].length : at;
}

/**
 * True when a name starts in lower case at `at`: an institution named by one word ("polisen") or the head of
 * an official name with a place ("universitetet i Bergen").
 */
export function lowerCaseNameAt(ctx: Context, text: string, at: number): boolean {
  const lex = lexicon(ctx);
  const match = /^(?<head>\p{Ll}+)(?:\s+(?<prep>\p{Ll}+)\s+\p{Lu})?/u.exec(text.slice(at));
  const head = match?.groups?.head ?? '';
  if (lex.institutions.has(head) && !/^[\p{L}-]/u.test(text.slice(at + head.length))) return true;
  if (isUnitNounBeforeName(ctx, text, at, head)) return true;
  return lex.nameHeads.has(head) && lex.prepositions.has(match?.groups?.prep ?? '');
}

/**
 * unit-noun-name: "mellan Alby kommun och lokalpolisområde Borsta", "mellom Nordby kommune og politidistrikt
 * Sør": an administrative unit's type in lower case (indefinite, or a compound ending in it) and the proper
 * name right after it are one name; the type alone or in the definite form ("polisområdet") is none.
 */
export function isUnitNounBeforeName(ctx: Context, text: string, at: number, word?: string): boolean {
  const head = word ?? /^\p{Ll}+/u.exec(text.slice(at))?.[0] ?? '';
  return isUnitNoun(ctx, head) && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(at + head.length));
}

/** True when a word is a unit noun or a compound ending in one ("lokalpolisområde"), in any case. */
export function isUnitNoun(ctx: Context, word: string): boolean {
  const lower = word.toLowerCase();
  return lower !== '' && lexicon(ctx).unitNouns.some((noun) => lower.endsWith(noun));
}

/** A place in a "Place, Country" entry is at most this many words ("San Leandro, USA"). */
const PLACE_MAX_WORDS = 3;

/**
 * "Borgarbyggd, Island Leirvik, Færøyerne Pihtipudas, Finland": entries that each end with their country
 * are a list without separators; the next entry must have the same shape.
 */
function countryEntryFollows(ctx: Context, text: string, end: number, at: number): boolean {
  const { countryOnly, countryEntry } = lexicon(ctx).patterns;
  if (!countryOnly.test(text.slice(end, at).trim())) return false;
  return countryEntry.test(text.slice(at));
}

/** A name that starts in lower case: a suspended compound ending in an organisation noun ("landbruks- og matdepartementet"). */
function suspendedNameAt(ctx: Context, text: string, at: number): number | null {
  const match = lexicon(ctx).patterns.suspended.exec(text.slice(at));
  return match?.groups?.head && isOrgWord(ctx, match.groups.head) ? at + match[0].length : null;
}

/**
 * A run of names from `from` in the view: "A, B och C", "A B C" where each name closed itself, names on
 * lines of their own, with a group noun before it ("kommunane Årdal, Lærdal og Aurland") and a
 * distributive plural after it ("Mora, Orsa och Älvdalens kommuner"). `joined` says a separator tied the
 * list together.
 */
export function nameSequence(
  ctx: Context,
  view: Block,
  from: number,
  to = view.norm.text.length,
): { names: NameSpan[]; joined: boolean; lineGaps: number } {
  const first = readSequence(ctx, view, from, to, false);
  // Names in capitals that lost their line breaks ("BRANDON UNIVERSITY FIRST NATIONS UNIVERSITY OF …") have
  // no separators: read them again, closing each name at its organisation noun.
  const text = view.norm.text;
  const runTogether = (span: NameSpan) =>
    text
      .slice(span.start, span.end)
      .split(/\s+/u)
      .filter((word) => isAllCaps(word) && isOrgWord(ctx, word)).length >= 2;
  if (!first.joined && first.names.some(runTogether)) return readSequence(ctx, view, from, to, true);
  return first;
}

function readSequence(
  ctx: Context,
  view: Block,
  from: number,
  to: number,
  capsBreak: boolean,
): { names: NameSpan[]; joined: boolean; lineGaps: number } {
  const text = view.norm.text;
  const lex = lexicon(ctx);
  const names: NameSpan[] = [];
  let joined = false;
  // Names that ended at their line and were followed by the next line's name without a separator.
  let lineGaps = 0;
  // "A, B og C": no name follows the one after the conjunction without a separator of its own ("… og Oslo
  // kommune Høsten 2023 ble …" is the next sentence); "A and B and C" goes on at each conjunction.
  let final = false;
  let at = from;
  const group = lex.patterns.groupNoun.exec(text.slice(at));
  if (group) at += group[0].length;
  const groupSingular = group ? lex.groupSingulars.get(group[0].trim().toLowerCase()) : undefined;
  // A list number or a determiner before the first name ("mellom 1. …", "between the City of …").
  at += /^\s*(?:\(?\d{1,2}[.)]\s+)?(?:the\s+)?/iu.exec(text.slice(at))?.[0].length ?? 0;
  at += countGroupLength(ctx, text.slice(at));
  while (at < to) {
    const start = at;
    const suspended = suspendedNameAt(ctx, text, start);
    let ended: NameEnd;
    if (suspended) ended = { end: suspended, broke: false, lineBreak: false };
    else if (/^\p{Lu}/u.test(text.slice(start, start + 1)) || lowerCaseNameAt(ctx, text, start))
      ended = nameEnd(ctx, view, start, capsBreak);
    else {
      // "…, studentkåren Linnéstudenterna": one lower-case descriptor before a name in a list.
      const descriptor = /^\p{Ll}[\p{L}-]*\s+(?=\p{Lu})/u.exec(text.slice(start));
      if (!descriptor || names.length === 0 || text[start - 2] !== ',') break;
      // "…, a Swedish state university": an apposition describes the name before it.
      if (lex.appositions.has(descriptor[0].trim().toLowerCase())) break;
      at += descriptor[0].length;
      continue;
    }
    const { broke, lineBreak } = ended;
    let { end } = ended;
    if (end <= start || end > to) break;
    if (/^\s*:/u.test(text.slice(end))) {
      // "WHEREAS:", "Målsettinger:": a label after the list ends it; run together with a name, it is cut off.
      const label = /\s+\S+$/u.exec(text.slice(start, end));
      if (!label) break;
      end -= label[0].length;
      names.push({ start, end, suffix: null });
      break;
    }
    // "Greater Acme Development, Inc.": the legal form after the comma is part of the name.
    const legalForm = lex.commaLegalForm.exec(text.slice(end))?.[0].length ?? 0;
    end += legalForm;
    at = skipAside(ctx, text, end);
    // and-inside-company: "Shands Teaching Hospital and Clinics, Inc.": one plural word and a legal form after "and"
    // finish the company name before it, not a party of their own.
    const before = names.at(-1);
    if (before && final && legalForm > 0 && /^\p{L}+s$/iu.test(text.slice(start, end - legalForm))) {
      before.end = end;
      const separator = separatorAt(ctx, text, at);
      if (separator === null) break;
      at = separator + (/^(?:the\s+)?/iu.exec(text.slice(separator))?.[0].length ?? 0);
      continue;
    }
    // "Alpha University (…), Espoo, Finland, and …": a bare word before a country is the party's town.
    const town = !/\s/u.test(text.slice(start, end)) && lex.patterns.countryAfterComma.test(text.slice(end));
    if (
      !town ||
      !names.some((span) =>
        text
          .slice(span.start, span.end)
          .split(/\s+/u)
          .some((w) => isOrgWord(ctx, w)),
      )
    )
      names.push({ start, end, suffix: null });
    const separator = separatorAt(ctx, text, at);
    if (separator !== null) {
      joined = true;
      final = re(`(?<![\\p{L}])(?:${anyOf([...lex.ands])})(?![\\p{L}])`).test(text.slice(at, separator));
      at = separator + (/^(?:the\s+)?/iu.exec(text.slice(separator))?.[0].length ?? 0);
    } else if (
      !final &&
      at === end &&
      (broke || (lineBreak && !joined)) &&
      isOrgLike(ctx, text.slice(start, end))
    ) {
      if (!broke) lineGaps++;
      at += /^\s+/u.exec(text.slice(at))?.[0].length ?? 0;
    } else if (final && at === end && (lineBreak || broke) && orgLineRun(ctx, view, start, end, capsBreak)) {
      // line-per-party-after-and: "Between / A (Lead Agency) / And / B / C / D": after the conjunction each
      // line holds one more party while the lines are names with an organisation noun.
      at += /^\s+/u.exec(text.slice(at))?.[0].length ?? 0;
    } else if (at > end && countryEntryFollows(ctx, text, end, at)) {
      // The entries' shape ties the list together as a separator would.
      joined = true;
      at += /^\s+/u.exec(text.slice(at))?.[0].length ?? 0;
    } else break;
  }
  const read = parallelLast(ctx, text, mergeSuspended(ctx, text, distribute(ctx, text, names)));
  return { names: groupNounSingular(ctx, text, read, groupSingular), joined, lineGaps };
}

/**
 * True when the name from `start` to `end` and the one on the next line both have an organisation noun and
 * the next fills its line (or ends at a repeated tail or before a heading in capitals): a column of parties,
 * one a line, not a name followed by prose.
 */
function orgLineRun(ctx: Context, view: Block, start: number, end: number, capsBreak: boolean): boolean {
  const text = view.norm.text;
  const next = end + (/^\s+/u.exec(text.slice(end))?.[0].length ?? 0);
  const following = nameEnd(ctx, view, next, capsBreak);
  const hasOrgWord = (from: number, to: number) =>
    text
      .slice(from, to)
      .split(/\s+/u)
      .some((word) => isOrgWord(ctx, word));
  const fillsLine =
    following.lineBreak ||
    following.broke ||
    following.end === text.length ||
    // A heading in capitals after the last line ("… School District CONTENTS") ends the column in flat text.
    /^\s*(?:[.;]|$|\p{Lu}{2,}(?![\p{L}]))/u.test(text.slice(following.end));
  return hasOrgWord(start, end) && following.end > next && hasOrgWord(next, following.end) && fillsLine;
}

/** A name of the group's list is a bare place name of at most this many words ("Upplands Väsby"). */
const GROUP_PLACE_MAX_WORDS = 2;

/**
 * group-noun-singular: "fylkeskommunene Alfa, Beta og Nordby kommune", "Kommunerna Alby, Borsta och Kil": a
 * definite plural before the list gives each bare place name its singular ("Alfa fylkeskommune", "Kils
 * kommun", with the Swedish genitive after a consonant) when the text itself writes one of the names so
 * ("Foto: Borsta kommun"); otherwise the names stay as written ("kommunane Årdal, Lærdal og Aurland").
 */
function groupNounSingular(
  ctx: Context,
  text: string,
  names: NameSpan[],
  group: { singular: string; genitive: string } | undefined,
): NameSpan[] {
  if (!group || names.length < 2) return names;
  const full = names.map((span) => {
    const words = text.slice(span.start, span.end).split(/\s+/u);
    if (
      span.suffix ||
      span.placeAfterPlural ||
      words.length > GROUP_PLACE_MAX_WORDS ||
      !words.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word)) ||
      // "Karlstad" ends in "stad" but is a place: only a whole organisation noun is one of its own.
      words.some((word) => lexicon(ctx).orgNouns.includes(word.toLowerCase()))
    )
      return span;
    const last = words.at(-1) ?? '';
    const genitive = group.genitive && /[^aeiouyåäöæøsxz]$/iu.test(last) ? group.genitive : undefined;
    return { ...span, suffix: group.singular, ...(genitive ? { genitive } : {}) };
  });
  const written = (span: NameSpan) =>
    span.suffix === group.singular &&
    // Built per name, not cached: the pattern is the document's own words.
    new RegExp(
      `(?<![\\p{L}])${escapeRegex(`${text.slice(span.start, span.end)}${span.genitive ?? ''} ${group.singular}`)}(?![\\p{L}])`,
      'iu',
    ).test(text);
  return full.some(written) ? full : names;
}

/**
 * "Alby, Bergsjö, Dalsta och Ekeby Inledning Kommunerna …": when every other name is one word, the last
 * one is too; the words after it are the next heading or sentence in a text without line breaks.
 */
function parallelLast(ctx: Context, text: string, names: NameSpan[]): NameSpan[] {
  const last = names.at(-1);
  const oneWord = (span: NameSpan) => !/\s/u.test(text.slice(span.start, span.end));
  // "KTH, SLU och Uppsala universitet" ends with a real two-word name.
  const named =
    last &&
    text
      .slice(last.start, last.end)
      .split(/\s+/u)
      .some((word) => isOrgWord(ctx, word));
  if (!last || names.length < 3 || oneWord(last) || named || !names.slice(0, -1).every(oneWord)) return names;
  const head = /^\S+/u.exec(text.slice(last.start, last.end))?.[0] ?? '';
  return [...names.slice(0, -1), { ...last, end: last.start + head.length }];
}

/**
 * "Rogaland fylkeskommune, Hordaland fylkeskommune og Sogn og Fjordane fylkeskommune": when the other names
 * end with an organisation noun, a bare name joined by a conjunction to the next one is the start of it.
 */
function mergeSuspended(ctx: Context, text: string, names: NameSpan[]): NameSpan[] {
  const withNoun = (span: NameSpan) =>
    span.suffix !== null ||
    text
      .slice(span.start, span.end)
      .split(/\s+/u)
      .some((w) => isOrgWord(ctx, w));
  const nounCount = names.filter(withNoun).length;
  const lastWord = (span: NameSpan) =>
    (text.slice(span.start, span.end).split(/\s+/u).at(-1) ?? '').toLowerCase();
  // The parallel noun of the list ("fylkeskommune"), which a name split at its "og" ends with too.
  const sharesLastWord = (span: NameSpan) =>
    isOrgWord(ctx, lastWord(span)) &&
    names.some((other) => other !== span && lastWord(other) === lastWord(span));
  const ands = lexicon(ctx).ands;
  const merged: NameSpan[] = [];
  for (let i = 0; i < names.length; i++) {
    const span = names[i] as NameSpan;
    const next = names[i + 1];
    const gap = next ? text.slice(span.end, next.start).trim().toLowerCase() : '';
    const words = text.slice(span.start, span.end).split(/\s+/u);
    const nextBare = next ? !/\s/u.test(text.slice(next.start, next.end)) && !withNoun(next) : false;
    // "… UNIVERSITY OF SCIENCE AND TECHNOLOGY": a bare word after "of A and" completes the name.
    // "… University of Science and Technology": only at the list's end, or in capitals, where no name follows.
    const ofPhrase =
      words.length >= 3 &&
      (words.every((word) => isAllCaps(word)) || i + 2 === names.length) &&
      lexicon(ctx).prepositions.has((words.at(-2) ?? '').toLowerCase());
    const previous = names[i - 1];
    const gapBefore = previous ? text.slice(previous.end, span.start).trim().toLowerCase() : '';
    // "A og Sogn og Fjordane fylkeskommune": a bare word between two conjunctions starts the last name.
    const between = ands.has(gapBefore) && words.length === 1 && !isOrgLike(ctx, words[0] ?? '');
    if (next && ands.has(gap) && ofPhrase && nextBare) {
      merged.push({ start: span.start, end: next.end, suffix: null });
      i++;
    } else if (
      next &&
      !withNoun(span) &&
      (between ? withNoun(next) : nounCount >= 3 && sharesLastWord(next)) &&
      ands.has(gap) &&
      words.length === 1
    ) {
      merged.push({ start: span.start, end: next.end, suffix: null });
      i++;
    } else merged.push(span);
  }
  return merged;
}

/** True when a name in the list has an organisation noun of its own ("Umeå universitet"). */
function hasOrgWord(ctx: Context, text: string, span: NameSpan): boolean {
  return text
    .slice(span.start, span.end)
    .split(/\s+/u)
    .some((word) => isOrgWord(ctx, word));
}

/**
 * "Mora, Orsa och Älvdalens kommuner": a name made of a bare name and a distributive plural gives its
 * singular to itself and to the bare one-word names right before it ("Mora kommun", …, "Älvdalens kommun").
 */
function distribute(ctx: Context, text: string, names: NameSpan[]): NameSpan[] {
  const plurals = lexicon(ctx).distributive;
  const out = names.map((span) => ({ ...span }));
  const bare = (span: NameSpan) => !/\s/u.test(text.slice(span.start, span.end));
  out.forEach((span, index) => {
    const words = text.slice(span.start, span.end).split(/\s+/u);
    const plural = words.at(-1) ?? '';
    const singular = plurals.get(plural.toLowerCase());
    const previous = out[index - 1];
    if (!singular || words.length < 2 || !previous) return;
    // "Mora, Orsa och Älvdalens kommuner"; "Murray River and Campaspe Shire councils": names of several words
    // share a plural in lower case when none of them has an organisation noun of its own.
    // A place is capitalised: "mellan regeringen och Alby Kommuner" shares no plural with "regeringen".
    const plain = (other: NameSpan) =>
      !other.suffix &&
      /^\p{Lu}/u.test(text.slice(other.start, other.start + 1)) &&
      (bare(other) || (/^\p{Ll}/u.test(plural) && !hasOrgWord(ctx, text, other)));
    if (words.length !== 2 && !/^\p{Ll}/u.test(plural)) return;
    if (!plain(previous)) return;
    span.end = span.start + text.slice(span.start, span.end).lastIndexOf(plural);
    span.end = span.start + text.slice(span.start, span.end).trimEnd().length;
    span.suffix = singular;
    for (let j = index - 1; j >= 0 && plain(out[j] as NameSpan); j--) (out[j] as NameSpan).suffix = singular;
  });
  sharedAfterGenitives(ctx, text, out);
  // "Murray River and Campaspe Shire councils sign": the plural in lower case after the list's last name.
  const last = out.at(-1);
  const after = last ? /^\s+(?<plural>\p{Ll}+)(?![\p{L}])/u.exec(text.slice(last.end)) : null;
  const singular = plurals.get(after?.groups?.plural ?? '');
  if (
    last &&
    singular &&
    out.length >= 2 &&
    out.every((span) => !span.suffix && !hasOrgWord(ctx, text, span))
  )
    for (const span of out) span.suffix = singular;
  return out;
}

/**
 * shared-after-genitives: "Falköpings och Tidaholms kommun": when the last name is a genitive and a singular
 * organisation noun, and every name before it is one word in the same genitive, the noun is suspended after
 * each of them ("Falköpings kommun"). A name without the genitive ("Alby och Borsholms kommun") is left as it is.
 */
function sharedAfterGenitives(ctx: Context, text: string, names: NameSpan[]): void {
  const last = names.at(-1);
  if (!last || names.length < 2 || names.some((span) => span.suffix)) return;
  const words = text.slice(last.start, last.end).split(/\s+/u);
  const noun = words[1] ?? '';
  const genitive = (word: string) => /^\p{Lu}\p{Ll}+s$/u.test(word);
  if (words.length !== 2 || !isSingularOrgNoun(ctx, noun) || !genitive(words[0] ?? '')) return;
  const before = names.slice(0, -1);
  if (!before.every((span) => genitive(text.slice(span.start, span.end)))) return;
  for (const span of before) span.suffix = noun;
}

/** Descriptors are recognised through OCR noise at this similarity ("Den ideella ftireningen"). */
const DESCRIPTOR_SIMILARITY = 0.8;

/** The length of a descriptive prefix at the start of `text` ("Den ideella föreningen "), 0 when there is none. */
function descriptorLength(ctx: Context, text: string): number {
  for (const descriptor of lexicon(ctx).descriptors) {
    const count = descriptor.split(/\s+/u).length;
    const head = new RegExp(`^(?:\\S+\\s+){${count}}(?=\\p{Lu})`, 'u').exec(text);
    if (head && similarity(head[0].trim(), descriptor) >= DESCRIPTOR_SIMILARITY) return head[0].length;
  }
  return 0;
}

/** "1. A 2. B 3. C" from `from`: each item's name up to where the name shape ends (an address may follow). */
export function numberedNames(ctx: Context, view: Block, from: number): NameSpan[] {
  const text = view.norm.text;
  const opening = /^\s*\(?1(?<marker>[.)])\s+(?=\p{Lu})/u.exec(text.slice(from));
  if (!opening) return [];
  // Every item is numbered the same way: "1) … 2) …" is the list, a later "3. Heading" is not.
  const marker = opening.groups?.marker === ')' ? '\\)' : '\\.';
  const names: NameSpan[] = [];
  let itemStart = from + opening[0].length;
  for (let n = 2; ; n++) {
    const name = itemName(ctx, view, itemStart);
    if (name.end > name.start) names.push({ start: name.start, end: name.end, suffix: null });
    const next = re(`\\s\\(?${n}${marker}\\s+(?=\\p{Lu})`).exec(
      text.slice(name.end, itemStart + ITEM_MAX_CHARS),
    );
    if (!next) break;
    itemStart = name.end + (next.index ?? 0) + next[0].length;
  }
  return names;
}

/**
 * bulleted-names: "signed by the following partners: -Alfa University -Beta City Council -Gamma County Council":
 * names after a lead-in, each opened by the same bullet and holding nothing but the name.
 */
export function bulletedNames(ctx: Context, view: Block, from: number): NameSpan[] {
  const text = view.norm.text;
  const opening = /^\s*(?<bullet>[-–•*·▪])\s*(?=\p{Lu})/u.exec(text.slice(from));
  const bullet = opening?.groups?.bullet;
  if (!opening || !bullet) return [];
  const nextItem = re(`^\\s*[${bullet}]\\s*(?=\\p{Lu})`, 'u');
  const names: NameSpan[] = [];
  let itemStart = from + opening[0].length;
  for (;;) {
    const name = itemName(ctx, view, itemStart, true);
    if (name.end <= name.start) break;
    names.push({ start: name.start, end: name.end, suffix: null });
    const next = nextItem.exec(text.slice(name.end));
    if (!next) break;
    itemStart = name.end + next[0].length;
  }
  return names;
}

/** The name that opens a list item at `itemStart`, a descriptor before it skipped; empty when none does. */
function itemName(
  ctx: Context,
  view: Block,
  itemStart: number,
  bulleted = false,
): { start: number; end: number } {
  const text = view.norm.text;
  const start = itemStart + descriptorLength(ctx, text.slice(itemStart));
  let { end } = nameEnd(ctx, view, start);
  // An item is one party, so "Sogn og Fjordane fylkeskommune" reads on through its conjunction.
  const joined = lexicon(ctx).patterns.andBeforeCapital.exec(text.slice(end));
  if (joined) {
    const rest = nameEnd(ctx, view, end + joined[0].length).end;
    const words = text.slice(end + joined[0].length, rest).split(/\s+/u);
    // A bulleted item holds its name alone: capitalised words after its conjunction still belong to it
    // ("-Alby Health and Wellbeing Alliance").
    if (words.some((word) => isOrgWord(ctx, word)) || (bulleted && words.every((word) => isCapital(word))))
      end = rest;
  }
  return { start, end };
}

/**
 * Names after a party label or clause: "Parter 1. A 2. B", "Samverkande kommuner: A, B och C", "PARTER A, ,
 * B, och C, har", "Parterna i detta avtal är A och B", "BETWEEN: A B C".
 */
export function listsAfterPartyLabels(ctx: Context): NameList[] {
  const view = documentView(ctx);
  const text = view.norm.text;
  const labels = perCueSets(ctx.sets, 'party-lists.labels', () =>
    anyOf(
      gather(ctx.sets, (c) => [
        ...c.partyListCues.filter((cue) => !cue.startsWith('^')),
        ...c.partyListLabels,
      ]),
    ),
  );
  // A lower-case lead-in may come between the label and its colon ("är följande kommuner i X län:").
  const pattern = re(
    `(?<![\\p{L}])(?:${labels})(?![\\p{L}])(?:(?:\\s+\\p{Ll}[\\p{L}-]*|\\s+\\p{Lu}\\p{Ll}+s){0,8}\\s*:)?\\s*:?\\s*`,
    'giu',
  );
  const labelAtStart = re(`^(?:${labels})`, 'iu');
  const lists: NameList[] = [];
  for (const match of text.matchAll(pattern)) {
    const from = (match.index ?? 0) + match[0].length;
    // The pattern is case-insensitive; a lead-in in capitals ("AGREE AS FOLLOWS:") is a clause, not a lead-in.
    if (/\s\p{Lu}{2,}/u.test(match[0].slice(match[0].search(/\s/u)))) continue;
    // between-the-parties: "… agreed by and between the parties hereto as follows:" opens the terms.
    if (opensWithGenericParties(ctx, match[0].replace(labelAtStart, ''))) continue;
    const numbered = numberedNames(ctx, view, from);
    if (numbered.length >= 2) {
      lists.push({ rule: 'numbered-list-after-label', names: numbered });
      continue;
    }
    const bulleted = bulletedNames(ctx, view, from);
    if (bulleted.length >= 2 && bulleted.every((span) => isOrgLike(ctx, text.slice(span.start, span.end)))) {
      lists.push({ rule: 'bulleted-list-after-label', names: bulleted });
      continue;
    }
    const { names, joined } = nameSequence(ctx, view, from);
    if (
      names.length >= 2 &&
      (joined || names.every((span) => isOrgLike(ctx, text.slice(span.start, span.end))))
    )
      lists.push({ rule: 'name-list-after-label', names: names });
  }
  return lists;
}

/** A group phrase between an opening between-word and its names is this many words at most ("de seks vennskapskommuner"). */
const GROUP_PHRASE_MAX_WORDS = 4;

/**
 * "Mellom de seks vennskapskommuner Borgarbyggd, Island Leirvik, …", "Between the following parties: A, B":
 * a capitalised between-word opens a unit (it is never part of a name), and what follows it, after a group
 * phrase ending in a plural organisation noun or a party noun, is the list of parties.
 */
export function listsAfterOpeningBetween(ctx: Context): NameList[] {
  const view = documentView(ctx);
  const text = view.norm.text;
  const pattern = perCueSets(ctx.sets, 'party-lists.openingBetween', () => {
    const words = gather(ctx.sets, (c) => c.betweenWords).flatMap((word) => [
      capitalised(word),
      word.toUpperCase(),
    ]);
    return re(
      `(?<![\\p{L}\\d])(?:${anyOf(words)})(?<group>(?:\\s+\\p{Ll}[\\p{L}-]*){0,${GROUP_PHRASE_MAX_WORDS}})\\s*:?\\s+(?=\\p{Lu})`,
      'gu',
    );
  });
  const lists: NameList[] = [];
  for (const match of text.matchAll(pattern)) {
    // "Between the\n\nCalifornia … Office and Stillman College": the article alone is no group phrase.
    const group = (match.groups?.group ?? '').trim().split(/\s+/u).at(-1) ?? '';
    if (group && group !== 'the' && !isGroupNoun(ctx, group)) continue;
    const from = (match.index ?? 0) + match[0].length;
    const { names, joined } = nameSequence(ctx, view, from);
    if (
      names.length >= 2 &&
      (joined || names.every((span) => isOrgLike(ctx, text.slice(span.start, span.end))))
    )
      lists.push({ rule: 'name-list-after-opening-between', names });
  }
  return lists;
}

/**
 * count-group-phrase: "between the Two Schools Alfa College and …": a number word and a group noun (after a
 * between-word and an article, if any) refer to the parties named after them and are no name. The length of
 * such a phrase at the start of `text`, 0 when there is none.
 */
export function countGroupLength(ctx: Context, text: string): number {
  const lex = lexicon(ctx);
  const lead = perCueSets(ctx.sets, 'party-lists.countGroupLead', () =>
    re(`^(?:${anyOf(gather(ctx.sets, (c) => c.betweenWords))})\\s+(?:the\\s+)?`),
  );
  const skipped = lead.exec(text)?.[0].length ?? 0;
  const counted = /^(\p{L}+)\s+(\p{L}+)\s+(?=\p{Lu})/u.exec(text.slice(skipped));
  const noun = counted?.[2] ?? '';
  // "Two Colleges": a plural in -s of an organisation noun names a group as well.
  const group = isGroupNoun(ctx, noun) || (/\p{L}s$/u.test(noun) && isOrgWord(ctx, noun.slice(0, -1)));
  if (!counted || !lex.counts.has(counted[1]?.toLowerCase() ?? '') || !group) return 0;
  return skipped + counted[0].length;
}

/** "vennskapskommuner", "partene", "parties": a word that names a group of parties. */
function isGroupNoun(ctx: Context, word: string): boolean {
  const lower = word.toLowerCase();
  const lex = lexicon(ctx);
  return (
    isOrgWord(ctx, lower) ||
    lex.generic.has(lower) ||
    lex.groupNouns.includes(lower) ||
    [...lex.distributive.keys()].some((plural) => lower.endsWith(plural))
  );
}

/**
 * "samarbetsavtal mellan A och B", "MEMORANDUM OF UNDERSTANDING between A and B", "Intensjonsavtale mellom
 * kommunane A, B og C": a between-word shortly after an agreement noun opens a list of the parties.
 */
export function listsAfterAgreementBetween(ctx: Context): NameList[] {
  const view = documentView(ctx);
  // Built once per language; matchAll below runs on its own copy.
  const { pattern, betweenWord } = perCueSets(ctx.sets, 'party-lists.agreementBetween', () => {
    const nouns = anyOf(gather(ctx.sets, (c) => c.agreementNouns));
    const between = anyOf(gather(ctx.sets, (c) => c.betweenWords));
    return {
      pattern: re(
        `(?<![\\p{L}])${nouns}(?![\\p{L}])[^.;:!?]{0,${AGREEMENT_WINDOW}}?(?<![\\p{L}])(?:by and )?${between}\\s+`,
        'giu',
      ),
      betweenWord: re(`${between}\\s`),
    };
  });
  const lists: NameList[] = [];
  // A match holds no `.;:!?` (agreement nouns and "between" words are words, the window excludes them), so
  // it lies within one stretch between such marks, and the look-arounds at a stretch's ends see a non-letter
  // either way. Only stretches that have a "between" word are searched: the same matches at a fraction of
  // the cost of running this pattern over the whole document (issue 12).
  for (const stretch of view.norm.text.matchAll(/[^.;:!?]+/gu)) {
    if (!betweenWord.test(stretch[0])) continue;
    for (const match of stretch[0].matchAll(pattern)) {
      const from = stretch.index + (match.index ?? 0) + match[0].length;
      const numbered = numberedNames(ctx, view, from);
      const { names } = numbered.length >= 2 ? { names: numbered } : nameSequence(ctx, view, from);
      if (names.length >= 2) lists.push({ rule: 'agreement-between', names: names });
    }
  }
  return lists;
}

/** "the Cities of …": the plural organisation nouns that distribute over a list of places, as one pattern. */
export function pluralOfPattern(ctx: Context): { pattern: RegExp } {
  return perCueSets(ctx.sets, 'party-lists.pluralOf', () => {
    const plurals = gather(ctx.sets, (c) => c.pluralOfOrgNouns);
    const nouns = plurals.length > 0 ? anyOf(plurals) : '(?!)';
    return { pattern: re(`(?<![\\p{L}])(?<noun>${nouns})\\s+of\\s+`, 'giu') };
  });
}

/** A list item's words: a capitalised word and up to three more ("Mt Marshall"). */
const PLACE_ITEM = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}/u;

/**
 * "THE CITIES OF AUBURN, KENT, RENTON … AND SUMNER FOR PLANNING", "the Shires of Dowerin, Koorda and
 * Trayning": a plural organisation noun distributed over a list of places; each place is a party by its bare
 * name ("Alford"). The list ends after the item that follows its "and", and an item ends at a function word.
 */
export function listsAfterPluralOf(ctx: Context): NameList[] {
  const view = documentView(ctx);
  const text = view.norm.text;
  const lex = lexicon(ctx);
  const stops = new Set(gather(ctx.sets, (c) => c.nameFinalStops));
  const { pattern } = pluralOfPattern(ctx);
  // "…, Trayning, or Wyalkatchem": an alternative closes the list as "and" does.
  const conjunctions = new Set([...lex.ands, 'or', 'eller']);
  const separator = re(`^\\s*(?:,\\s*)?(?<and>${anyOf([...conjunctions])}\\s+)?|^\\s*,\\s*`);
  const lists: NameList[] = [];
  for (const match of text.matchAll(pattern)) {
    const names: NameSpan[] = [];
    let at = (match.index ?? 0) + match[0].length;
    for (let final = false; ; ) {
      const item = PLACE_ITEM.exec(text.slice(at));
      if (!item) break;
      const words = [...item[0].matchAll(/\S+/gu)];
      const stop = words.findIndex((word, index) => index > 0 && stops.has(word[0].toLowerCase()));
      const kept = stop > 0 ? words.slice(0, stop) : words;
      const lastWord = kept.at(-1);
      // A place is written like the plural before it: "CITIES OF AUBURN", "the municipalities of Norrbotten";
      // an acronym or an organisation after mixed case ("… of Norrbotten and LTU") is another party.
      const capitals = kept.every((word) => isAllCaps(word[0]));
      if (
        !lastWord ||
        capitals !== isAllCaps(match.groups?.noun ?? '') ||
        kept.some((w) => isOrgWord(ctx, w[0]))
      )
        break;
      const itemEnd = at + (lastWord.index ?? 0) + lastWord[0].length;
      names.push({ start: at, end: itemEnd, suffix: null, placeAfterPlural: true });
      // "PUYALLUP AND SUMNER" in capitals: the conjunction is the separator; another function word ends the list.
      const stopWord = stop > 0 ? (words[stop]?.[0].toLowerCase() ?? '') : '';
      if (stop > 0 && !conjunctions.has(stopWord)) break;
      at = stop > 0 ? itemEnd : at + item[0].length;
      if (final) break;
      const sep = separator.exec(text.slice(at));
      if (!sep || sep[0].trim() === '') break;
      final = Boolean(sep.groups?.and);
      at += sep[0].length;
    }
    if (names.length >= 2) lists.push({ rule: 'plural-of-places', names });
  }
  return lists;
}

/**
 * group-noun-subject: "Kommunerna Alby, Borsta och Kil har tillsammans upphandlat …", "Kommunene Alfa, Beta og
 * Gamma har …", "The universities Alfa, Beta and Gamma …": a definite plural group noun opening a lead sentence,
 * with its names in apposition right after it, names the parties as the subject of the news. The names must be
 * joined by a conjunction; each is a party as written (the group's singular is added where the text writes it).
 */
export function listsAfterGroupNoun(ctx: Context): NameList[] {
  const view = documentView(ctx);
  const text = view.norm.text;
  const lex = lexicon(ctx);
  // Capitalised: the group noun opens its sentence ("Kommunerna", "The universities"), also where a headline
  // without a full stop runs into it.
  const opening = perCueSets(ctx.sets, 'party-lists.groupSubject', () =>
    re(
      `(?<![\\p{L}])(?:${anyOf(lex.groupNouns.filter((noun) => !lex.generic.has(noun)).map(capitalised))})\\s+(?=\\p{Lu})`,
      'u',
    ),
  );
  const lists: NameList[] = [];
  for (const sentence of sentences(view, ctx.abbreviations).slice(0, LEAD_SENTENCES)) {
    const group = opening.exec(sentence.text);
    if (!group) continue;
    const from = sentence.start + (group.index ?? 0);
    const { names, joined } = nameSequence(ctx, view, from, sentence.end);
    const spelled = names.map((span) => text.slice(span.start, span.end));
    if (names.length < 2 || !joined || spelled.some((name) => hasTitleWord(ctx, name))) continue;
    lists.push({ rule: 'group-noun-subject', names });
    break;
  }
  return lists;
}

/**
 * News: "KTH och Vattenfall har ingått en avsiktsförklaring", "X skrev på en överenskommelse … med A, B och
 * C", "Endorsed by A and B, the aim of the agreement": a list of organisations in a lead sentence that
 * speaks of an agreement or a signing. Lists naming people by title are the signers, not the parties.
 */
export function listsInAgreementSentences(ctx: Context): NameList[] {
  const view = documentView(ctx);
  const text = view.norm.text;
  const { topic, withWords, signedBy } = perCueSets(ctx.sets, 'party-lists.agreementSentences', () => ({
    // signed-by-list: "Avtalet undertecknades av Anna Berg, Per Holm och …" lists the signers, not the parties.
    signedBy: re(
      `(?<![\\p{L}])${anyOf(gather(ctx.sets, (c) => c.signingVerbs))}\\s+${anyOf(gather(ctx.sets, (c) => c.signedByWords))}\\s+$`,
    ),
    topic: re(
      `(?<![\\p{L}])(?:${anyOf(gather(ctx.sets, (c) => [...c.agreementNouns, ...c.signingVerbs]))})(?![\\p{L}])`,
    ),
    // Case-sensitive: under the `i` flag `\\p{Ll}` matches capitals too, and "med Handelshögskolan Region Alby"
    // (a headline run into the lead) would read the lead's subject as a partner after "med".
    withWords: re(
      `(?<![\\p{L}])${anyOf(withCapitalised(gather(ctx.sets, (c) => c.partnerPrepositions)))}\\s+(?:\\p{Ll}[\\p{L}-]*\\s+)?$`,
      'u',
    ),
  }));
  const lists: NameList[] = [];
  for (const sentence of sentences(view, ctx.abbreviations).slice(0, LEAD_SENTENCES)) {
    if (!topic.test(sentence.text)) continue;
    const starts = [...sentence.text.matchAll(/(?<![\p{L}\d&'’.-])\p{Lu}/gu)].map(
      (m) => sentence.start + (m.index ?? 0),
    );
    let subject: NameSpan | null = null;
    let covered = sentence.start;
    for (const start of starts) {
      if (start < covered) continue;
      const { names, joined, lineGaps } = nameSequence(ctx, view, start, sentence.end);
      const last = names.at(-1);
      if (!last) continue;
      covered = last.end;
      const spelled = names.map((span) => text.slice(span.start, span.end));
      const person = (span: NameSpan) =>
        precededByTitle(ctx, text, span.start) ||
        lexicon(ctx).patterns.titleAfterComma.test(text.slice(span.end));
      if (spelled.some((name) => hasTitleWord(ctx, name)) || names.some(person)) continue;
      // "Commercial in Confidence MEMORANDUM OF UNDERSTANDING CENTRAL COAST …": a run of names that holds the
      // document's type is the cover's headings, not organisations; the rest of such a "sentence" is the cover too.
      // headline-noun-run-on: a one-word headline run into the lead ("Partnarskapsavtale Vestland
      // fylkeskommune og …" in flat text) is no cover: the names start at the word after it.
      const headline = /^\p{L}+(?=\s+\p{Lu})/u.exec(spelled[0] ?? '')?.[0] ?? '';
      if (
        names.length >= 2 &&
        headline !== '' &&
        startsWithDocumentType(ctx, headline) &&
        !spelled.slice(1).some((name) => startsWithDocumentType(ctx, name))
      ) {
        covered = start + headline.length;
        continue;
      }
      if (names.length >= 2 && spelled.some((name) => startsWithDocumentType(ctx, name))) break;
      // letterhead-line-run: "County of Alfa / Board of Governors / Minute Order / Hall of Records, Room 12":
      // lines of a letterhead read one after another, one pair joined by a comma, are no list of parties (one
      // line before a list is its headline, which the candidate rules judge on its own).
      if (joined && lineGaps >= LETTERHEAD_MIN_GAPS) continue;
      const before = text.slice(sentence.start, start);
      if (signedBy.test(before)) continue;
      const afterWith = withWords.test(before);
      if (names.length === 1) {
        // A lone organisation followed by its verb is the subject of "… med A, B och C".
        // A name after "med" is the partner even when a lower-case word follows it ("… med A på totalt …").
        if (!afterWith && isOrgLike(ctx, spelled[0] ?? '') && /^\s+\p{Ll}/u.test(text.slice(last.end)))
          subject = last;
        if (!afterWith || !subject) continue;
      }
      // news-kicker: "NYHET Alby universitet och Borsta AB har tecknat …", "UPDATE The City of Alfa and …": one word
      // in capitals run straight into a name in mixed case is the article's section label, not a party.
      const [kicker, next] = spelled;
      if (
        names.length >= 3 &&
        kicker !== undefined &&
        next !== undefined &&
        !/\s/u.test(kicker) &&
        isAllCaps(kicker) &&
        !isAllCaps(next.split(/\s+/u)[0] ?? '') &&
        /^\s+$/u.test(text.slice(names[0]?.end ?? 0, names[1]?.start ?? 0))
      ) {
        covered = names[0]?.end ?? covered;
        continue;
      }
      // unjoined-run-rereads: names on separate lines without a separator ("… med Sunndal IL Fotball" as a
      // headline, then "Sunndal kommune signerte …") are no list; each name after the first is read again.
      if (names.length >= 2 && !joined) {
        covered = names[0]?.end ?? covered;
        continue;
      }
      if (!spelled.some((name) => isOrgLike(ctx, name))) continue;
      const all = afterWith && subject && subject.start < start ? [subject, ...names] : names;
      if (all.length >= 2) lists.push({ rule: 'organisations-in-agreement-sentence', names: all });
    }
    // A lead sentence's lists come before the next sentence's; the caller keeps the first that still names two
    // organisations once people and captions are dropped ("USN og Kari Holm" under a photo, then the lead).
  }
  return lists;
}

/**
 * passive-agent-list: "A joint commitment … has been made by Alfa Council and the University of Beta", "Avtalet
 * undertecknades av Alby kommun och Borsta AB": the agent of a passive agreement verb in a lead sentence, when it is
 * a joined list of organisations (people by title, "the leader of Alfa Council", are the signers and read no list).
 */
export function listsAfterPassiveAgent(ctx: Context): NameList[] {
  const view = documentView(ctx);
  const text = view.norm.text;
  const lead = perCueSets(ctx.sets, 'party-lists.passiveAgent', () => {
    const leads = gather(ctx.sets, (c) => c.passiveAgentLeads);
    return leads.length > 0 ? re(`(?<![\\p{L}])(?:${anyOf(leads)})\\s+(?:the\\s+)?(?=\\p{Lu})`, 'giu') : null;
  });
  if (lead === null) return [];
  const lists: NameList[] = [];
  for (const sentence of sentences(view, ctx.abbreviations).slice(0, LEAD_SENTENCES)) {
    for (const match of sentence.text.matchAll(lead)) {
      const from = sentence.start + (match.index ?? 0) + match[0].length;
      const { names, joined } = nameSequence(ctx, view, from, sentence.end);
      const spelled = names.map((span) => text.slice(span.start, span.end));
      if (names.length < 2 || !joined) continue;
      // Each name has an organisation noun: "av Anna Berg (S), Per Holm (M) och …" are the signers.
      const organisation = (name: string) => name.split(/\s+/u).some((word) => isOrgWord(ctx, word));
      if (spelled.some((name) => hasTitleWord(ctx, name) || !organisation(name))) continue;
      lists.push({ rule: 'passive-agent-list', names });
    }
  }
  return lists;
}
