import type { TextPage } from '../pipeline/page.ts';
import { type Candidate, confusionCandidates } from './candidates.ts';
import type { Confusion } from './confusions.ts';
import type { Lexicon } from './lexicon.ts';
import { type WordFrequencies, wordFrequencies } from './word-frequencies.ts';

/**
 * Legacy OCR: Swedish and Norwegian pages read years ago with an English model. Such a model has no å, ä,
 * ö, ø or æ, so it writes the nearest letter it knows (`Lansstyrelsen`, `ar`, `fér`, `hegskole`, `0g`).
 * Many of the results are still words (`for`, `ar`, `far`, `starka`), so the lexicon alone cannot find
 * them: a small noisy-channel model decides, from the word's frequency, how often this document loses
 * each letter, the reading the document uses elsewhere, and a few neighbouring-word cues.
 */

/** The languages whose letters an English model loses. */
export type LegacyLanguage = 'sv' | 'no';

/** A frequent, well-attested legacy confusion (the letter without its diacritic). */
const PLAIN = 1;
/** A confusion with a letter of another shape (`d` for `ö`, `g` for `ø`): attested, but rarer. */
const SHAPE = 2;

function entries(clean: string, noisy: readonly string[], cost: number): Confusion[] {
  return noisy.map((item) => ({ noisy: item, clean, cost }));
}

/**
 * What an English model writes for each lost letter, by language. Each pair is a named confusion in the
 * audit list (`legacy:é>ö`), seen in English-model Tesseract output of Swedish and Norwegian scans.
 */
export const LEGACY_CONFUSIONS: Record<LegacyLanguage, readonly Confusion[]> = {
  sv: [
    ...entries('ä', ['a'], PLAIN),
    ...entries('å', ['a'], PLAIN),
    ...entries('ö', ['o', 'é', '6', 'ó'], PLAIN),
    ...entries('ö', ['d', '0'], SHAPE),
    ...entries('å', ['4'], SHAPE),
    ...entries('e', ['é'], SHAPE),
    ...entries('Ä', ['A'], PLAIN),
    ...entries('Å', ['A'], PLAIN),
    ...entries('Ö', ['O'], PLAIN),
    ...entries('Ö', ['6', '0'], SHAPE),
  ],
  no: [
    ...entries('å', ['a'], PLAIN),
    ...entries('ø', ['o', 'g', 'e', '@'], PLAIN),
    ...entries('ø', ['0', 'é', 'd'], SHAPE),
    ...entries('æ', ['ee', 'e', 'ze', 'z'], PLAIN),
    ...entries('å', ['4', '&'], SHAPE),
    ...entries('e', ['é'], SHAPE),
    ...entries('o', ['0'], SHAPE),
    ...entries('Å', ['A'], PLAIN),
    ...entries('Ø', ['O', '@', 'G'], PLAIN),
    ...entries('Ø', ['0'], SHAPE),
    ...entries('Æ', ['E'], SHAPE),
  ],
};

/**
 * The lower-case letter an upper-case first letter stands for mid-sentence: an English model reads the
 * dots of `ö`/`ä` as the top of a capital (`Overens` for `överens`, `Aven` for `även`).
 */
const CAPITAL_FOR_LOWER: Record<LegacyLanguage, readonly Confusion[]> = {
  sv: [...entries('ö', ['O'], PLAIN), ...entries('ä', ['A'], PLAIN), ...entries('å', ['A'], PLAIN)],
  no: [...entries('ø', ['O'], PLAIN), ...entries('å', ['A'], PLAIN)],
};

/** Letters the model restores; each has its own loss rate in a document. */
const LOST_LETTERS = /[åäöøæ]/giu;

/**
 * Channel probabilities before the document has shown anything: a plain confusion is about as likely as
 * not to be what happened to the letter, a shape confusion much less.
 */
const PRIOR_LOG_RATE: Record<number, number> = { [PLAIN]: Math.log(0.5), [SHAPE]: Math.log(0.1) };
/** Longer words may have lost several letters (`kompetensf6rs6rjning`, `naveerende`). */
const MAX_SITES_LONG = 4;
const MAX_SITES_SHORT = 2;
const SHORT_WORD = 4;
/** Bound on readings tried per token: each costs a lexicon lookup. */
const MAX_READINGS = 400;
/** Weight of the document's own vocabulary: a reading used elsewhere in the document is likelier. */
const DOCUMENT_WEIGHT = 1.5;
/**
 * A real word is only replaced when the document loses that letter at least this often (non-words
 * restored with it) and at least as often as it keeps it: clean text and ordinary noise never qualify.
 */
const MIN_LOST_FOR_REAL_WORDS = 2;
/** How much (natural log) a reading must beat the word as written before a real word is changed. */
const REAL_WORD_MARGIN = 1;
/** Tie-break between `överens` and `Överens` mid-sentence: small, it only orders otherwise equal readings. */
const CASE_PREFERENCE = 0.1;
/** Weight of the document's compounds that contain a reading (`vård` in `sjukvården`). */
const COMPOUND_WEIGHT = 1;
/** Shorter readings are found inside too many words by chance. */
const MIN_COMPOUND_PART = 3;
/** Bonus (natural log) a neighbouring-word cue gives a reading. */
const CUE_WEIGHT = 4;

/**
 * A document counts as legacy OCR (and gets the mark and joined-word rules) once this many letters have
 * been restored in words the lexicon rejected.
 */
const LEGACY_DOCUMENT_MIN_RESTORED = 5;
/** Marks an English model writes for a space between two words. */
const JOINING_MARKS = new Set(['-', '.', ':', '.:', ':-', '.-']);
/** Web address endings: `umu.se` is an address, not two words. */
const TOP_LEVEL_DOMAINS = new Set([
  'se',
  'no',
  'com',
  'org',
  'net',
  'nu',
  'eu',
  'dk',
  'fi',
  'uk',
  'de',
  'io',
]);
/** A hyphen is a lost space only next to one of the commonest words (`att`, `som`, `og`, `er`). */
const COMMON_WORD_RANK = 150;
/** A head word that makes a compound of any first part (`hälso` + `arbete`), for suspended compounds. */
const SUSPENDED_HEAD: Record<LegacyLanguage, string> = { sv: 'arbete', no: 'arbeid' };
/** All-caps tokens this short are acronyms. */
const SHORT_ACRONYM_LETTERS = 3;
/** Words a number follows (`har 4`, `i 4`, `pa 4`), written as an English model would (folded). */
const NUMBER_BEFORE = new Set([
  'i',
  'pa',
  'med',
  'til',
  'av',
  'har',
  'er',
  'var',
  'blir',
  'ble',
  'over',
  'under',
  'ca',
  'kl',
  'nr',
  'side',
  'punkt',
  'kapittel',
  'paragraf',
  'mellom',
  'fra',
  'innen',
  'etter',
  'bare',
  'kun',
  'totalt',
]);
/** Words that follow a number (`for 4 ar siden`, `4 ganger`), folded: a `4` before them counts. */
const COUNTED_AFTER = new Set([
  'ar',
  'aret',
  'dager',
  'uker',
  'maneder',
  'timer',
  'ganger',
  'prosent',
  'millioner',
  'kroner',
  'kr',
  'personer',
  'deltakere',
  'studenter',
  'parter',
]);
/** One-letter words: `i` (in) in both languages, and the Norwegian infinitive marker `å`. */
const ONE_LETTER_WORDS: Record<LegacyLanguage, readonly string[]> = { sv: ['i'], no: ['i', 'å'] };
/** A bullet an English model misread, at the start of a line and followed by text. */
const BULLET_LOOKALIKE = /^([ \t]*)(\*|¢|°|’\*|~\*|e)(?= \S)/gmu;
/** A bar standing alone before a word: the capital `I` (`| samarbetet`). */
const BAR_FOR_I = /(^|\s)\|(?= \p{L})/gmu;

/** A lexicon reading of a token, scored. */
interface Reading extends Candidate {
  score: number;
}

/** A change the legacy model makes: a span of a page and its replacement. */
export interface LegacyEdit {
  page: number;
  start: number;
  end: number;
  to: string;
  rule: string;
}

/** Tokens as the legacy model sees them: letters and digits, and the `@`/`&` an English model writes for ø/å. */
const LEGACY_TOKEN = /[\p{L}\p{M}\d@&]+/gu;
/** An e-mail address, a web address or a path: never a word to restore. */
const ADDRESS = /\S@\S+\.\p{L}{2,}|\/|www\.|\.(se|no|com|org|net|nu|eu|dk|fi|uk|de|io)\b/iu;

interface LegacyToken {
  page: number;
  start: number;
  end: number;
  text: string;
}

/** Characters looked at around a token for its neighbours and for a sentence start. */
const CONTEXT_CHARS = 40;

/**
 * Neighbouring-word cues for readings that frequency alone gets wrong: `år` after a number or a word
 * that counts or places in time (`tre ar`, `varje ar`, `ar 2020`), `sätt` after an article (`på ett
 * satt`). A cue is a reading and the words before it (or a test on the word after it).
 */
interface Cue {
  reading: string;
  before?: ReadonlySet<string>;
  beforeNumber?: boolean;
  afterYear?: boolean;
  /** After a capitalised genitive (`Norrbottens lan` is `län`). */
  afterGenitive?: boolean;
  /** Before a name or a personal pronoun (`sa hun`, `sa Ola`): this speaks against the reading. */
  notBeforeSpeaker?: boolean;
}

/** Words after which `sa` is `said`: personal pronouns (folded) or a capitalised name. */
const SPEAKERS = /^(hun|han|hon|de|vi|jeg|jag|hen|dei|ho|\p{Lu}\p{Ll}+)\b/u;

const YEAR_COUNTERS_SV = [
  'ett',
  'två',
  'tre',
  'fyra',
  'fem',
  'sex',
  'sju',
  'åtta',
  'nio',
  'tio',
  'flera',
  'några',
  'många',
  'varje',
  'per',
  'detta',
  'samma',
  'nästa',
  'första',
  'andra',
  'tredje',
  'förra',
  'hela',
  'senaste',
  'kommande',
  'innevarande',
  'följande',
  'året',
];

const CUES: Record<LegacyLanguage, readonly Cue[]> = {
  sv: [
    { reading: 'år', before: new Set(YEAR_COUNTERS_SV), beforeNumber: true, afterYear: true },
    { reading: 'län', afterGenitive: true },
    { reading: 'så', notBeforeSpeaker: true },
    { reading: 'läns', afterGenitive: true },
    { reading: 'stärka', before: new Set(['att', 'ska', 'skall', 'kan', 'vill', 'bör', 'och']) },
    {
      reading: 'sätt',
      before: new Set(['ett', 'samma', 'detta', 'annat', 'vilket', 'nytt', 'olika', 'bästa']),
    },
  ],
  no: [
    { reading: 'år', beforeNumber: true, afterYear: true },
    { reading: 'så', notBeforeSpeaker: true },
    {
      reading: 'møter',
      before: new Set(['årlige', 'faste', 'felles', 'jevnlige', 'regelmessige', 'to', 'flere']),
    },
  ],
};

function isAllCaps(text: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** A capitalised word of a person's name, hyphenated parts allowed (`Gunn-Elin`, `Bjørneboe`). */
function isNameWord(text: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u.test(text);
}

function letterCount(text: string): number {
  return (text.match(/\p{L}/gu) ?? []).length;
}

/** A word without its Nordic letters, the way an English model writes it, for comparing neighbours. */
function fold(word: string): string {
  return word.replace(/[åä]/gu, 'a').replace(/[öø]/gu, 'o').replace(/æ/gu, 'ae');
}

/** The lost letters a reading puts back, one per confusion (`fér`→`för` restores `ö`). */
function restoredLetters(candidate: Candidate): string[] {
  return candidate.rules
    .map((rule) => rule.slice(rule.indexOf('>') + 1).toLowerCase())
    .filter((letter) => /^[åäöøæ]$/u.test(letter));
}

/** Sentence start: page start, after `.!?:;`, or after a blank line (a heading or new paragraph). */
function startsSentence(before: string): boolean {
  return /(^|[.!?:;]["'»”)]?|\n[ \t]*\n)\s*[("'«“•*-]?\s*$/u.test(before);
}

/** The restoration of lost Nordic letters in one document; built per document, sharing the lexicons. */
export class LegacyRestoration {
  private readonly frequencies: WordFrequencies;
  private readonly tokens: LegacyToken[] = [];
  private readonly vocabulary = new Map<string, number>();
  private readonly lost = new Map<string, number>();
  private readonly kept = new Map<string, number>();
  private readonly lookups = new Map<string, boolean>();
  private readonly costs = new Map<string, number>();
  private readonly readingMemo = new Map<string, Candidate[]>();

  constructor(
    private readonly pages: readonly TextPage[],
    private readonly language: LegacyLanguage,
    private readonly lexicon: Lexicon,
    /** Words of the loanword language (English): never changed into a reading the document does not use. */
    private readonly loanwords: Lexicon,
  ) {
    this.frequencies = wordFrequencies(language);
    for (const table of [LEGACY_CONFUSIONS[language], CAPITAL_FOR_LOWER[language]]) {
      for (const entry of table) this.costs.set(`${entry.noisy}>${entry.clean}`, entry.cost);
    }
    this.tokenize();
  }

  /** The edits: non-words restored first (they are the evidence), then real words the evidence condemns. */
  run(isTaken: (page: number, start: number, end: number) => boolean): LegacyEdit[] {
    const edits: LegacyEdit[] = [];
    const take = (token: LegacyToken, reading: Reading): void => {
      edits.push({
        page: token.page,
        start: token.start,
        end: token.end,
        to: reading.text,
        rule: `legacy:${reading.rules.join('+')}`,
      });
    };
    const words: LegacyToken[] = [];
    const tied: LegacyToken[] = [];
    const marks: LegacyToken[] = [];
    const nonWords: LegacyToken[] = [];
    for (const token of this.tokens) {
      if (token.text === '4' || token.text === '&') {
        marks.push(token);
        continue;
      }
      if (this.isWord(token.text)) {
        words.push(token);
        continue;
      }
      if (!isTaken(token.page, token.start, token.end) && this.isCandidate(token)) nonWords.push(token);
    }
    // Non-words with one reading first (`sjukvard` can only be `sjukvården`), so that the vocabulary they
    // add is there when a word with several readings (`vard`: `värd` or `vård`) is decided.
    const readingCount = (token: LegacyToken): number =>
      new Set(this.readings(token).map((candidate) => candidate.text)).size;
    const ordered = [...nonWords].sort((a, b) => Number(readingCount(a) > 1) - Number(readingCount(b) > 1));
    for (const token of ordered) {
      const reading = this.restoreNonWord(token);
      if (reading === null) tied.push(token);
      if (!reading) continue;
      take(token, reading);
      for (const letter of restoredLetters(reading)) this.lost.set(letter, (this.lost.get(letter) ?? 0) + 1);
      const key = reading.text.toLowerCase();
      this.vocabulary.set(key, (this.vocabulary.get(key) ?? 0) + 1);
    }
    for (const token of marks) {
      if (isTaken(token.page, token.start, token.end) || !this.isInfinitiveMarkerSpot(token)) continue;
      take(token, { text: 'å', cost: SHAPE, rules: [`${token.text}>å`], score: 0 });
    }
    for (const token of tied) {
      const reading = this.isGuarded(token) ? undefined : this.breakTie(token);
      if (reading) take(token, reading);
    }
    // Real words are only doubted for letters the document visibly loses: clean text skips the search.
    const doubted = [...this.lost.keys()].filter((letter) => this.losesLetter(letter));
    if (doubted.length > 0) {
      for (const token of words) {
        if (isTaken(token.page, token.start, token.end) || !this.isCandidate(token)) continue;
        const reading = this.restoreRealWord(token);
        if (reading) take(token, reading);
      }
    }
    const restored = [...this.lost.values()].reduce((sum, count) => sum + count, 0);
    if (restored < LEGACY_DOCUMENT_MIN_RESTORED) return edits;
    const readingAt = new Map(edits.map((edit) => [`${edit.page}:${edit.start}`, edit.to]));
    edits.push(...this.joinedWordEdits(readingAt), ...this.markEdits());
    return edits.filter((edit) => !isTaken(edit.page, edit.start, edit.end));
  }

  /**
   * Two words joined by a mark where the page had a space (`att-starka`, `Samarbetet.regleras`,
   * `avtale.:med`): an English model often reads a wide gap as `-`, `.` or `:`. Split only between two
   * words, the second in lower case, and for a hyphen only when one side is a common little word, so
   * compounds (`svensk-norsk`) and abbreviations (`bl.a`, `t.ex`) stay.
   */
  private joinedWordEdits(readingAt: ReadonlyMap<string, string>): LegacyEdit[] {
    const edits: LegacyEdit[] = [];
    for (let index = 0; index + 1 < this.tokens.length; index++) {
      const first = this.tokens[index];
      const second = this.tokens[index + 1];
      if (!first || !second || first.page !== second.page) continue;
      const text = this.pages[first.page]?.text ?? '';
      const mark = text.slice(first.end, second.start);
      if (!JOINING_MARKS.has(mark)) continue;
      const left = readingAt.get(`${first.page}:${first.start}`) ?? first.text;
      const right = readingAt.get(`${second.page}:${second.start}`) ?? second.text;
      if (!this.isJoinedPair(left, right, mark, text, first.start, second.end)) continue;
      edits.push({
        page: first.page,
        start: first.end,
        end: second.start,
        to: ' ',
        rule: 'legacy:joined-words',
      });
    }
    return edits;
  }

  private isJoinedPair(
    left: string,
    right: string,
    mark: string,
    text: string,
    start: number,
    end: number,
  ): boolean {
    if (!/^\p{Ll}/u.test(right) || !this.isPiece(left) || !this.isPiece(right)) return false;
    // The whole run between spaces: an address or a path is never split.
    const runStart = text.lastIndexOf(' ', start) + 1;
    const runEnd = text.slice(end).search(/\s/u);
    const run = text.slice(runStart, runEnd === -1 ? text.length : end + runEnd);
    if (/[@/]|www/iu.test(run) || TOP_LEVEL_DOMAINS.has(right.toLowerCase())) return false;
    if (mark !== '-') return true;
    if (isAllCaps(left)) return false;
    const common = (word: string): boolean => (this.frequencies.rank(word) ?? Infinity) <= COMMON_WORD_RANK;
    return common(left) || common(right);
  }

  /** A side of a joined pair: a word of two letters or more, or a one-letter word of the language. */
  private isPiece(word: string): boolean {
    if (word.length === 1) return ONE_LETTER_WORDS[this.language].includes(word.toLowerCase());
    return this.isWord(word);
  }

  /**
   * Marks an English model writes for others: a list bullet read as `*`, `¢`, `°` or `e` at a line start,
   * and the word `I` read as a bar `|`. Only in a document already shown to be legacy OCR.
   */
  private markEdits(): LegacyEdit[] {
    const edits: LegacyEdit[] = [];
    this.pages.forEach((page, index) => {
      for (const match of page.text.matchAll(BULLET_LOOKALIKE)) {
        const start = match.index + (match[1]?.length ?? 0);
        const mark = match[2] ?? '';
        edits.push({ page: index, start, end: start + mark.length, to: '•', rule: 'legacy:bullet' });
      }
      for (const match of page.text.matchAll(BAR_FOR_I)) {
        const start = match.index + (match[1]?.length ?? 0);
        edits.push({ page: index, start, end: start + 1, to: 'I', rule: 'legacy:|>I' });
      }
    });
    return edits;
  }

  private tokenize(): void {
    this.pages.forEach((page, index) => {
      for (const match of page.text.matchAll(LEGACY_TOKEN)) {
        const start = match.index;
        const end = start + match[0].length;
        this.tokens.push({ page: index, start, end, text: match[0] });
        const key = match[0].toLowerCase();
        this.vocabulary.set(key, (this.vocabulary.get(key) ?? 0) + 1);
        if (this.isWord(match[0])) {
          for (const letter of key.match(LOST_LETTERS) ?? []) {
            this.kept.set(letter, (this.kept.get(letter) ?? 0) + 1);
          }
        }
      }
    });
  }

  /** The whitespace-delimited word before a token (with its punctuation), or ''. */
  private previous(token: LegacyToken): string {
    const text = this.pages[token.page]?.text ?? '';
    return /(\S+)\s*$/u.exec(text.slice(Math.max(0, token.start - CONTEXT_CHARS), token.start))?.[1] ?? '';
  }

  /** The whitespace-delimited word after a token, or ''. */
  private next(token: LegacyToken): string {
    const text = this.pages[token.page]?.text ?? '';
    return /^\s*(\S+)/u.exec(text.slice(token.end, token.end + CONTEXT_CHARS))?.[1] ?? '';
  }

  /** Whether the whitespace-delimited run a token sits in is an address (`info@umu.se`, `www.kth.se`). */
  private isInAddress(token: LegacyToken): boolean {
    const text = this.pages[token.page]?.text ?? '';
    const before = /\S*$/u.exec(text.slice(Math.max(0, token.start - CONTEXT_CHARS), token.start))?.[0] ?? '';
    const after = /^\S*/u.exec(text.slice(token.end, token.end + CONTEXT_CHARS))?.[0] ?? '';
    const run = before + token.text + after;
    return ADDRESS.test(run);
  }

  private sentenceStart(token: LegacyToken): boolean {
    const text = this.pages[token.page]?.text ?? '';
    return startsSentence(text.slice(Math.max(0, token.start - CONTEXT_CHARS), token.start));
  }

  private isWord(text: string): boolean {
    if (!/^[\p{L}\p{M}]+$/u.test(text)) return false;
    let known = this.lookups.get(text);
    if (known === undefined) {
      known = this.lexicon.has(text);
      this.lookups.set(text, known);
    }
    return known;
  }

  /** Tokens worth a look: with letters, not part of an address, not a number, and with something to restore. */
  private isCandidate(token: LegacyToken): boolean {
    const text = token.text;
    if (letterCount(text) === 0) return false;
    // Digits only as letters inside a word (`f6rs6rjning`, `0g`, `p4`), never a number with a letter (`3a`).
    if (/\d/.test(text) && !/^\p{L}*[046][\p{L}046]*$/u.test(text)) return false;
    // Short all-caps tokens are acronyms (`TRD`, `DA`), not words.
    if (isAllCaps(text) && letterCount(text) <= SHORT_ACRONYM_LETTERS) return false;
    if (this.isInAddress(token)) return false;
    if (this.isMonthInDate(token)) return false;
    // A list marker (`a)`, `b.`) is a letter, not the word `å`.
    const after = this.pages[token.page]?.text.charAt(token.end) ?? '';
    if (letterCount(text) === 1 && /[).]/u.test(after)) return false;
    // A two-letter initial between the parts of a name (`Gunn-Elin Aa. Bjørneboe`) is the name as written.
    const page = this.pages[token.page]?.text ?? '';
    const nameAfter = /^\.\s+(\S+)/u.exec(page.slice(token.end, token.end + CONTEXT_CHARS))?.[1] ?? '';
    if (/^\p{Lu}\p{Ll}$/u.test(text) && isNameWord(this.previous(token)) && isNameWord(nameAfter))
      return false;
    // The `@` of a legacy `H@GSKOLEN` is a letter; elsewhere it belongs to something else.
    if (text.includes('@') && !isAllCaps(text.replace('@', ''))) return false;
    if (text.includes('&') && !/^\p{L}+&\p{Ll}*$/u.test(text)) return false;
    return true;
  }

  /**
   * A word between a day and a year (`15 mar 2016`, `3. okt. 2019`) is a month as the writer shortened it,
   * whatever the lexicon says: `mar` is no Swedish word, and `mår` would lose the date.
   */
  private isMonthInDate(token: LegacyToken): boolean {
    const page = this.pages[token.page]?.text ?? '';
    return (
      /^\p{L}+$/u.test(token.text) &&
      /(?:^|[^\d])\d{1,2}\.?[ \t]+$/u.test(page.slice(Math.max(0, token.start - 6), token.start)) &&
      /^\.?,?[ \t]+\d{4}(?!\d)/u.test(page.slice(token.end, token.end + 8))
    );
  }

  /**
   * A lone `4` or `&` is a number or an ampersand unless it sits where Norwegian writes the infinitive
   * marker `å` (`for 4 inngå`, `hensikt 4 motivere`): between two lower-case words, the one before not a
   * word that numbers follow (`har 4 deltakere`, `i 4 år`), in a document that loses its å.
   */
  private isInfinitiveMarkerSpot(token: LegacyToken): boolean {
    const previous = this.previous(token);
    return (
      this.language === 'no' &&
      this.losesLetter('å') &&
      /^\p{Ll}+$/u.test(previous) &&
      !NUMBER_BEFORE.has(fold(previous)) &&
      /^\p{Ll}{2,}/u.test(this.next(token)) &&
      !COUNTED_AFTER.has(fold(this.next(token).replace(/[^\p{L}]/gu, '')))
    );
  }

  /** Lexicon readings of a token by legacy confusions; all-caps words are read in lower case. */
  private readings(token: LegacyToken): Candidate[] {
    const caps = isAllCaps(token.text);
    const midSentence = !caps && !this.sentenceStart(token);
    const head = this.suspendedHead(token);
    const key = `${token.text}|${midSentence}|${head}`;
    const known = this.readingMemo.get(key);
    if (known) return known;
    const text = caps ? token.text.toLowerCase() : token.text;
    const sites = letterCount(text) <= SHORT_WORD ? MAX_SITES_SHORT : MAX_SITES_LONG;
    const confusions = [...LEGACY_CONFUSIONS[this.language]];
    // Mid-sentence, a capital first letter can be a lost lower-case letter; at a sentence start it is a capital.
    if (midSentence) confusions.push(...CAPITAL_FOR_LOWER[this.language]);
    // At most one shape confusion among the plain ones: `kompetensf6rs6rjning` yes, four `d`s for `ö` no.
    const maxCost = sites * PLAIN + (SHAPE - PLAIN);
    const found: Candidate[] = [];
    const seen = new Set<string>();
    for (const candidate of confusionCandidates(text, confusions, sites, maxCost, MAX_READINGS)) {
      if (candidate.text === text || seen.has(candidate.text)) continue;
      seen.add(candidate.text);
      if (!this.isWord(candidate.text + head)) continue;
      found.push(caps ? { ...candidate, text: candidate.text.toUpperCase() } : candidate);
    }
    this.readingMemo.set(key, found);
    return found;
  }

  /**
   * The first part of a suspended compound (`halso- och sjukvard`) is no word alone: it is looked up with
   * a common head word after it (`hälsoarbete`), which the lexicon's compounding accepts.
   */
  private suspendedHead(token: LegacyToken): string {
    const text = this.pages[token.page]?.text ?? '';
    const after = text.slice(token.end, token.end + CONTEXT_CHARS);
    return /^-\s+(och|eller|samt|og)\b/u.test(after) ? SUSPENDED_HEAD[this.language] : '';
  }

  /** The channel: log-probability that OCR wrote what it did for each restored letter. */
  private channel(candidate: Candidate, token: LegacyToken, realWord: boolean): number {
    let total = 0;
    for (const rule of candidate.rules) {
      const clean = rule.slice(rule.indexOf('>') + 1).toLowerCase();
      const lost = this.lost.get(clean);
      if (!realWord || lost === undefined) {
        total += PRIOR_LOG_RATE[this.costs.get(rule) ?? SHAPE] ?? Math.log(0.1);
        continue;
      }
      total += Math.log((lost + 0.5) / (lost + (this.kept.get(clean) ?? 0) + 1));
    }
    // Mid-sentence, `Overens` is `överens` rather than `Överens`; at a sentence start the capital stays.
    const lowerFirst = /^\p{Ll}/u.test(candidate.text) && /^\p{Lu}/u.test(token.text);
    if (lowerFirst) total += CASE_PREFERENCE;
    return total;
  }

  /** Whether the document loses every letter a reading restores often enough to doubt a real word. */
  private losesLetters(candidate: Candidate): boolean {
    return restoredLetters(candidate).every((letter) => this.losesLetter(letter));
  }

  private losesLetter(letter: string): boolean {
    const lost = this.lost.get(letter) ?? 0;
    return lost >= MIN_LOST_FOR_REAL_WORDS && lost >= (this.kept.get(letter) ?? 0);
  }

  private cue(reading: string, token: LegacyToken): number {
    const word = reading.toLowerCase();
    const previous = fold(
      this.previous(token)
        .toLowerCase()
        .replace(/[^\p{L}\d]/gu, ''),
    );
    const next = this.next(token);
    let bonus = 0;
    for (const cue of CUES[this.language]) {
      if (cue.reading !== word) continue;
      const hit =
        (cue.before !== undefined && [...cue.before].some((word) => fold(word) === previous)) ||
        (cue.afterGenitive === true && /^\p{Lu}\p{Ll}+s$/u.test(this.previous(token))) ||
        (cue.beforeNumber === true && /^\d+$/.test(previous)) ||
        (cue.afterYear === true && /^(19|20)\d\d\b/.test(next));
      if (hit) bonus += CUE_WEIGHT;
      const reported = SPEAKERS.test(next) || /[,"”»]$/u.test(this.previous(token));
      if (cue.notBeforeSpeaker === true && reported) bonus -= CUE_WEIGHT;
    }
    return bonus;
  }

  private score(text: string, token: LegacyToken): number {
    const key = text.toLowerCase();
    const inDocument = this.vocabulary.get(key) ?? 0;
    const own = key === token.text.toLowerCase() ? 1 : 0;
    return (
      this.frequencies.logFrequency(key) +
      DOCUMENT_WEIGHT * Math.log(1 + inDocument - own) +
      COMPOUND_WEIGHT * Math.log(1 + this.compoundsWith(key)) +
      this.cue(text, token)
    );
  }

  /**
   * How many other words of the document contain `word` (as written or restored): `vård` in `sjukvården`,
   * `län` in `länsstyrelsen`. A document about health care says `vård`, not `värd`, in its compounds.
   */
  private compoundsWith(word: string): number {
    if (word.length < MIN_COMPOUND_PART || !/[åäöøæ]/u.test(word)) return 0;
    let count = 0;
    for (const key of this.vocabulary.keys()) if (key !== word && key.includes(word)) count++;
    return count;
  }

  /**
   * English words in a Swedish or Norwegian letter (`life science`, `and Sales`) are left alone unless the
   * document uses the reading; an English-looking word between two Nordic words (`ar`, `for`, `pa` in
   * `det ar viktigt`) is a lost letter, not a loanword.
   */
  private isGuarded(token: LegacyToken): boolean {
    if (!/^\p{L}+$/u.test(token.text) || !this.loanwords.has(token.text)) return false;
    return [this.previous(token), this.next(token)].some((word) => {
      const bare = word.replace(/[^\p{L}]/gu, '');
      return bare.length > 1 && this.loanwords.has(bare) && !this.isWord(bare);
    });
  }

  /** The best reading of a non-word; null when readings tie, undefined when there is none. */
  private restoreNonWord(token: LegacyToken): Reading | null | undefined {
    const guarded = this.isGuarded(token);
    const readings = this.readings(token)
      .filter((candidate) => !guarded || (this.vocabulary.get(candidate.text.toLowerCase()) ?? 0) > 0)
      .map((candidate) => ({
        ...candidate,
        score: this.score(candidate.text, token) + this.channel(candidate, token, false),
      }))
      .sort((a, b) => b.score - a.score);
    const [best, second] = readings;
    if (!best) return undefined;
    return second && second.score === best.score && second.text !== best.text ? null : best;
  }

  /**
   * A non-word whose readings tie on frequency and prior (`arligen`: `ärligen` or `årligen`) is decided,
   * once the whole document has been read, by which letter the document loses more often.
   */
  private breakTie(token: LegacyToken): Reading | undefined {
    const readings = this.readings(token)
      .map((candidate) => ({
        ...candidate,
        score: this.score(candidate.text, token) + this.channel(candidate, token, true),
      }))
      .sort((a, b) => b.score - a.score);
    const [best, second] = readings;
    if (!best || (second && second.score === best.score)) return undefined;
    return best;
  }

  private restoreRealWord(token: LegacyToken): Reading | undefined {
    if (this.isGuarded(token) && token.text !== token.text.toLowerCase()) return undefined;
    // A capitalised word inside a sentence is a name (`Tor`, `Mal`): changed only into a reading the document uses.
    const name = /^\p{Lu}\p{Ll}/u.test(token.text) && !this.sentenceStart(token);
    // The word as written gets no credit for repeating: a lossy document repeats its misreadings too.
    const identity =
      this.score(token.text, token) -
      DOCUMENT_WEIGHT * Math.log(this.vocabulary.get(token.text.toLowerCase()) ?? 1);
    let best: Reading | undefined;
    for (const candidate of this.readings(token)) {
      if (!this.losesLetters(candidate)) continue;
      const used = (this.vocabulary.get(candidate.text.toLowerCase()) ?? 0) > 0;
      if ((name || this.isGuarded(token)) && !used) continue;
      const score = this.score(candidate.text, token) + this.channel(candidate, token, true);
      if (!best || score > best.score) best = { ...candidate, score };
    }
    return best && best.score > identity + REAL_WORD_MARGIN ? best : undefined;
  }
}
