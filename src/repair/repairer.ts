import type { TextPage } from '../pipeline/page.ts';
import type { LanguageCode, Repair } from '../schema/letter-of-intent.ts';
import {
  type Candidate,
  confusionCandidates,
  editCandidates,
  MAX_EDITS,
  strayMarkCandidates,
} from './candidates.ts';
import { ALPHABETS, type Confusion, confusionsFor, SHAPE_GROUPS } from './confusions.ts';
import { findIdentifierRepairs } from './identifiers.ts';
import { LegacyRestoration } from './legacy.ts';
import { type Lexicon, type LexiconLanguage, loadLexicon } from './lexicon.ts';

/** Marks OCR leaves where a letter was (`?ir`, `rekr¡era`, `l<raftiga`); they may sit inside a token. */
const TOKEN = /[\p{L}\p{M}\d?¿¡<|]+/gu;
const STRAY_INSIDE = /[?¿¡<|]/;
const EDGE_MARKS = /^[?¿¡<|]+|[?¿¡<|]+$/g;

/**
 * Words after which a line-end hyphen is a suspended compound (`hälso- och sjukvård`), not a break in a
 * word: the hyphen stays.
 */
const SUSPENDED_COMPOUND_NEXT = new Set([
  'och',
  'eller',
  'samt',
  'som',
  'and',
  'or',
  'og',
  'eller',
  'to',
  'till',
]);

/** Short words are where a confusion most easily makes another real word (`o`/`ö`), so they are left alone. */
const MIN_WORD_LETTERS = 3;
/** Words up to this length get one confusion at most: `ftir` is one, `a` `ä` `å` games on `var` are not. */
const SHORT_WORD_LETTERS = 4;
/** Cost budgets: short words one common confusion, longer words up to two rare ones. */
const SHORT_MAX_COST = 2;
const LONG_MAX_COST = 4;
/** A stray mark or an unexplained one-letter edit is weaker evidence than a listed confusion. */
const FALLBACK_COST = 3;
/** The one-letter-edit fallback only for long words, where a unique lexicon neighbour is telling. */
const EDIT_FALLBACK_MIN_LETTERS = 8;
/**
 * The fallbacks and the real-word pass run only on documents that are visibly noisy: this many repairs by
 * listed confusions first. A clean document (no such repairs) is never touched by guesswork.
 */
const NOISY_DOCUMENT_MIN_REPAIRS = 3;
/**
 * Lexicon lookups allowed per page for candidate readings (~25 µs each, so about half a second a page).
 * A page of OCR garbage yields thousands of readings per token; past the budget, tokens are left alone.
 */
const LOOKUP_BUDGET_PER_PAGE = 20_000;
/** How much dearer a reading may be and still win because the document uses it elsewhere. */
const DOCUMENT_VOCABULARY_COST_WINDOW = 1;
/**
 * Only the commonest confusions may change a real word: a rare one (`l`→`t`) would turn `del` into `det`
 * wherever the document has more `det`, which is most documents.
 */
const REAL_WORD_MAX_CONFUSION_COST = 1;
/** A real word is changed only if the document repaired this confusion at least this often elsewhere. */
const REAL_WORD_MIN_EVIDENCE = 2;
/** …and the replacement occurs in the document at least this often… */
const REAL_WORD_MIN_COUNT = 2;
/**
 * …and more often than the word it replaces. Modest on purpose: in seed-like noise a third of a word's
 * occurrences can be misread the same way (`Partema` ×6 beside `Parterna` ×8), while a correct real word
 * in a noisy document rarely has a confusion twin that is more frequent.
 */
const REAL_WORD_MIN_RATIO = 1.25;

export interface RepairOptions {
  language: LanguageCode;
}

export interface RepairedDocument {
  pages: TextPage[];
  repairs: Repair[];
}

interface Token {
  page: number;
  start: number;
  end: number;
  text: string;
}

interface Edit {
  page: number;
  start: number;
  end: number;
  to: string;
  rule: string;
}

interface Decision {
  to: string;
  rules: string[];
}

function core(text: string): string {
  return text.replace(EDGE_MARKS, '');
}

function letterCount(text: string): number {
  return (text.match(/\p{L}/gu) ?? []).length;
}

function isAcronym(text: string): boolean {
  return (text.match(/\p{Lu}/gu) ?? []).length >= 2;
}

/**
 * A capitalised word inside a sentence is a name in these languages (nouns are lower-case in Swedish and
 * Norwegian, and mostly in English), and names are where the lexicon knows least: `Wedel` is one confusion
 * pair away from `Vredet`. Such a word is only changed into a reading the document itself uses.
 */
function isMidSentenceName(pages: readonly TextPage[], token: Token): boolean {
  const bare = core(token.text);
  if (!/^\p{Lu}\p{Ll}/u.test(bare)) return false;
  const before = (pages[token.page]?.text ?? '').slice(
    Math.max(0, token.start - SENTENCE_LOOKBEHIND),
    token.start,
  );
  // Start of the page, after sentence-ending punctuation, or after a blank line (a heading or new paragraph).
  return !/(^|[.!?:;]["'»”)]?|\n[ \t]*\n)\s*[("'«“-]?\s*$/u.test(before);
}

/**
 * The language whose words turn up untranslated in a document: English terms in Swedish and Norwegian
 * letters (`life science`, `e-learning`, `Innovation Office`), Swedish names and terms in English ones.
 */
const LOANWORD_LEXICON: Record<LexiconLanguage, LexiconLanguage> = { sv: 'en', no: 'en', en: 'sv' };

/** Characters looked at before a word to tell whether it starts a sentence. */
const SENTENCE_LOOKBEHIND = 40;

function tokenize(pages: readonly TextPage[]): Token[] {
  const tokens: Token[] = [];
  pages.forEach((page, index) => {
    for (const match of page.text.matchAll(TOKEN)) {
      tokens.push({ page: index, start: match.index, end: match.index + match[0].length, text: match[0] });
    }
  });
  return tokens;
}

function countWords(words: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) {
    const key = core(word).toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Occurrences of a word in the document, its genitive/plural `-s` form sharing the stem's evidence. */
function documentCount(counts: ReadonlyMap<string, number>, word: string): number {
  const key = core(word).toLowerCase();
  const stem = key.endsWith('s') ? key.slice(0, -1) : `${key}s`;
  return (counts.get(key) ?? 0) + (counts.get(stem) ?? 0);
}

/** The repair of one document: built per document, sharing the process-wide lexicon. */
class DocumentRepair {
  private readonly confusions: Confusion[];
  private readonly alphabet: string;
  private readonly edits: Edit[] = [];
  private readonly evidence = new Map<string, number>();
  private lookupsLeft: number;

  constructor(
    private readonly pages: readonly TextPage[],
    private readonly lexicon: Lexicon | undefined,
    private readonly loanwords: Lexicon | undefined,
    private readonly language: LexiconLanguage | undefined,
  ) {
    this.confusions = language ? confusionsFor(language) : [];
    this.alphabet = language ? ALPHABETS[language] : '';
    this.lookupsLeft = LOOKUP_BUDGET_PER_PAGE * Math.max(1, pages.length);
  }

  run(): RepairedDocument {
    this.pages.forEach((page, index) => {
      for (const edit of findIdentifierRepairs(page.text)) {
        this.edits.push({ page: index, start: edit.start, end: edit.end, to: edit.to, rule: edit.rule });
      }
    });
    if (this.lexicon) this.repairWords(this.lexicon);
    return this.apply();
  }

  /**
   * Words that are only changed into a reading the document itself uses: names inside a sentence, and
   * words of the loanword language (`life science` in a Swedish letter is not `lite science`).
   */
  private isGuarded(token: Token): boolean {
    if (isMidSentenceName(this.pages, token)) return true;
    return this.loanwords !== undefined && this.isWord(this.loanwords, token.text);
  }

  private isWord(lexicon: Lexicon, text: string): boolean {
    const bare = core(text);
    return bare.length > 0 && !STRAY_INSIDE.test(bare) && !/\d/.test(bare) && lexicon.has(bare);
  }

  /** Certain noise: a stray mark inside, or a character the language does not write. */
  private isCertainlyNoisy(text: string): boolean {
    // A mark before the first letter (`?ir`, `¿ir`) is never punctuation in these languages.
    if (STRAY_INSIDE.test(core(text)) || /^[?¿¡<|]+\p{L}/u.test(text)) return true;
    return [...text].some((char) => /\p{L}/u.test(char) && !this.alphabet.includes(char));
  }

  /** Tokens that are candidates for repair at all: words, not numbers, acronyms or identifiers. */
  private isRepairable(token: Token): boolean {
    const bare = core(token.text);
    if (bare.length === 0 || letterCount(bare) === 0) return false;
    if ((bare.match(/\d/g) ?? []).length > 1) return false;
    if (isAcronym(bare) && !this.isCertainlyNoisy(bare)) return false;
    if (letterCount(bare) < MIN_WORD_LETTERS && !this.isCertainlyNoisy(token.text)) return false;
    return !this.overlapsEdit(token);
  }

  private overlapsEdit(token: { page: number; start: number; end: number }): boolean {
    return this.edits.some(
      (edit) => edit.page === token.page && token.start < edit.end && edit.start < token.end,
    );
  }

  private repairWords(lexicon: Lexicon): void {
    const tokens = tokenize(this.pages);
    const originalCounts = countWords(tokens.map((token) => token.text));
    this.joinBrokenWords(lexicon, tokens);
    this.restoreLegacyLetters(lexicon);

    // Pass 1: words the lexicon rejects, read through the listed confusions.
    const decisions = new Map<string, Decision | null>();
    const unknown = tokens.filter((token) => this.isRepairable(token) && !this.isWord(lexicon, token.text));
    for (const token of unknown) {
      if (this.isGuarded(token)) {
        const decision = this.decide(lexicon, token.text, originalCounts, false);
        if (decision && documentCount(originalCounts, decision.to) > 0) this.record(token, decision);
        continue;
      }
      if (!decisions.has(token.text))
        decisions.set(token.text, this.decide(lexicon, token.text, originalCounts, false));
      const decision = decisions.get(token.text);
      if (decision) this.record(token, decision);
    }
    const confusionRepairs = this.edits.filter((edit) => edit.rule.startsWith('confusion:')).length;
    if (confusionRepairs < NOISY_DOCUMENT_MIN_REPAIRS) return;

    // Pass 1b: on a visibly noisy document, the weaker fallbacks for what no confusion explained.
    for (const token of unknown) {
      if (this.overlapsEdit(token) || this.isGuarded(token)) continue;
      const decision = this.decide(lexicon, token.text, originalCounts, true);
      if (decision) this.record(token, decision);
    }

    // Pass 2: real words that the document's own vocabulary and its confusions say are misread.
    const repairedCounts = countWords(tokens.map((token) => this.repairedText(token)));
    for (const token of tokens) {
      if (!this.isRepairable(token) || !this.isWord(lexicon, token.text)) continue;
      const decision = this.decideRealWord(lexicon, token.text, repairedCounts);
      if (decision) this.record(token, decision);
    }
  }

  /**
   * Swedish and Norwegian letters an English OCR model lost (`ar`, `fér`, `hegskole`): restored first,
   * by the legacy model, so that the confusion passes below see the words it could not explain.
   */
  private restoreLegacyLetters(lexicon: Lexicon): void {
    if ((this.language !== 'sv' && this.language !== 'no') || !this.loanwords) return;
    const restoration = new LegacyRestoration(this.pages, this.language, lexicon, this.loanwords);
    const edits = restoration.run((page, start, end) => this.overlapsEdit({ page, start, end }));
    this.edits.push(...edits);
    // They are evidence of the document's confusions for the real-word pass, as the table's repairs are.
    for (const edit of edits) {
      for (const rule of edit.rule.replace(/^legacy:/, '').split('+')) {
        this.evidence.set(rule, (this.evidence.get(rule) ?? 0) + 1);
      }
    }
  }

  private record(token: Token, decision: Decision): void {
    for (const rule of decision.rules) this.evidence.set(rule, (this.evidence.get(rule) ?? 0) + 1);
    const rule = decision.rules.every((rule) => rule.includes('>'))
      ? `confusion:${decision.rules.join('+')}`
      : decision.rules.join('+');
    this.edits.push({ page: token.page, start: token.start, end: token.end, to: decision.to, rule });
  }

  private repairedText(token: Token): string {
    const edit = this.edits.find(
      (item) => item.page === token.page && item.start === token.start && item.end === token.end,
    );
    return edit ? edit.to : token.text;
  }

  private decide(
    lexicon: Lexicon,
    token: string,
    counts: ReadonlyMap<string, number>,
    fallbacks: boolean,
  ): Decision | null {
    const letters = letterCount(token);
    const short = letters <= SHORT_WORD_LETTERS;
    if (!fallbacks) {
      const candidates = confusionCandidates(
        token,
        this.confusions,
        short ? 1 : MAX_EDITS,
        short ? SHORT_MAX_COST : LONG_MAX_COST,
      );
      return this.best(lexicon, candidates, counts);
    }
    if (STRAY_INSIDE.test(core(token))) {
      if (letters < EDIT_FALLBACK_MIN_LETTERS - 2) return null;
      return this.best(
        lexicon,
        strayMarkCandidates(token, STRAY_INSIDE, this.alphabet, FALLBACK_COST),
        counts,
      );
    }
    // A word spelled the same way twice is more likely a word the lexicon lacks than a misreading.
    if (letters < EDIT_FALLBACK_MIN_LETTERS || token !== core(token)) return null;
    if ((counts.get(token.toLowerCase()) ?? 0) > 1) return null;
    // The last letter is left out: changing an ending swaps one inflection for another, not a misreading.
    const stem = token.slice(0, -1);
    const last = token.slice(-1);
    const candidates = editCandidates(stem, this.alphabet, SHAPE_GROUPS, FALLBACK_COST).map((candidate) => ({
      ...candidate,
      text: candidate.text + last,
    }));
    return this.best(lexicon, candidates, counts);
  }

  /**
   * The reading to adopt: among lexicon words within one cost step of the cheapest, a single one the
   * document itself uses wins (`hâr` is `har` in a text full of `har`, not `hår`); otherwise the single
   * cheapest word. Anything ambiguous is left alone.
   */
  private best(
    lexicon: Lexicon,
    candidates: readonly Candidate[],
    counts: ReadonlyMap<string, number>,
  ): Decision | null {
    const sorted = [...candidates].sort((a, b) => a.cost - b.cost);
    const found: Candidate[] = [];
    for (const candidate of sorted) {
      const cheapest = found[0]?.cost;
      if (cheapest !== undefined && candidate.cost > cheapest + DOCUMENT_VOCABULARY_COST_WINDOW) break;
      if (found.some((item) => item.text === candidate.text)) continue;
      this.lookupsLeft--;
      if (this.lookupsLeft < 0) return null;
      if (!this.isWord(lexicon, candidate.text)) continue;
      found.push(candidate);
    }
    const inDocument = found.filter((candidate) => documentCount(counts, candidate.text) > 0);
    const cheapest = found[0]?.cost;
    const pool =
      inDocument.length > 0 ? inDocument : found.filter((candidate) => candidate.cost === cheapest);
    const [only] = pool;
    if (pool.length !== 1 || !only) return null;
    return { to: only.text, rules: only.rules };
  }

  private decideRealWord(
    lexicon: Lexicon,
    token: string,
    counts: ReadonlyMap<string, number>,
  ): Decision | null {
    const seen = this.confusions.filter(
      (entry) =>
        entry.cost <= REAL_WORD_MAX_CONFUSION_COST &&
        (this.evidence.get(`${entry.noisy}>${entry.clean}`) ?? 0) >= REAL_WORD_MIN_EVIDENCE,
    );
    const own = documentCount(counts, token);
    const found = confusionCandidates(token, seen, 1, LONG_MAX_COST).filter((candidate) => {
      const count = documentCount(counts, candidate.text);
      return (
        count >= REAL_WORD_MIN_COUNT &&
        count >= REAL_WORD_MIN_RATIO * own &&
        this.isWord(lexicon, candidate.text)
      );
    });
    const distinct = new Set(found.map((candidate) => candidate.text));
    const [only] = found;
    if (distinct.size !== 1 || !only) return null;
    return { to: only.text, rules: only.rules };
  }

  /**
   * Words broken across a line end (`tydlig-\ngöras`, `kommun\nerna`) or by a stray space (`socialtj änst`):
   * joined only when neither piece is a word and the whole is. A suspended compound (`hälso- och`) stays.
   */
  private joinBrokenWords(lexicon: Lexicon, tokens: readonly Token[]): void {
    for (let index = 0; index + 1 < tokens.length; index++) {
      const first = tokens[index];
      const second = tokens[index + 1];
      if (!first || !second || first.page !== second.page) continue;
      const text = this.pages[first.page]?.text ?? '';
      const between = text.slice(first.end, second.start);
      const joined = first.text + second.text;
      if (!/^\p{Ll}/u.test(second.text) || STRAY_INSIDE.test(joined) || /\d/.test(joined)) continue;
      if (between === '-\n') {
        if (SUSPENDED_COMPOUND_NEXT.has(second.text.toLowerCase()) || !this.isWord(lexicon, joined)) continue;
        // A hyphen after a letter or an acronym is part of the word (`e-samhället`, `FoU-miljö`).
        if (letterCount(first.text) <= 2 || isAcronym(first.text)) continue;
        this.joinAcrossLine(first, second, text, 'hyphenation-join');
      } else if (between === ' ' || between === '\n') {
        if (this.isWord(lexicon, first.text) || this.isWord(lexicon, second.text)) continue;
        if (letterCount(joined) < EDIT_FALLBACK_MIN_LETTERS - 2 || !this.isWord(lexicon, joined)) continue;
        if (between === ' ') {
          this.edits.push({
            page: first.page,
            start: first.start,
            end: second.end,
            to: joined,
            rule: 'split-word-join',
          });
        } else {
          this.joinAcrossLine(first, second, text, 'line-break-join');
        }
      }
    }
  }

  /**
   * Moves the second half of a broken word up to the first line, and keeps the line break after it, so
   * lines are not reflowed: `tydlig-\ngöras och` becomes `tydliggöras\noch`.
   */
  private joinAcrossLine(first: Token, second: Token, text: string, rule: string): void {
    let end = second.end;
    while (end < text.length && !/\s/.test(text.charAt(end))) end++;
    const tail = text.slice(second.end, end);
    let to = first.text + second.text + tail;
    if (text.charAt(end) === ' ') {
      end++;
      to += '\n';
    } else if (end < text.length && text.charAt(end) !== '\n') {
      to += '\n';
    }
    if (this.overlapsEdit({ page: first.page, start: first.start, end })) return;
    this.edits.push({ page: first.page, start: first.start, end, to, rule });
  }

  private apply(): RepairedDocument {
    const repairs: Repair[] = [];
    const pages = this.pages.map((page, index) => {
      const edits = this.edits.filter((edit) => edit.page === index).sort((a, b) => a.start - b.start);
      let text = '';
      let at = 0;
      for (const edit of edits) {
        if (edit.start < at) continue;
        text += page.text.slice(at, edit.start);
        repairs.push({
          from: page.text.slice(edit.start, edit.end),
          to: edit.to,
          page: page.number,
          offset: text.length,
          rule: edit.rule,
        });
        text += edit.to;
        at = edit.end;
      }
      text += page.text.slice(at);
      return { ...page, text };
    });
    return { pages, repairs };
  }
}

function lexiconLanguage(language: LanguageCode): LexiconLanguage | undefined {
  return language === 'und' ? undefined : language;
}

/**
 * Repairs OCR noise in a document's pages with the language's lexicon, the OCR confusion table and the
 * document's own vocabulary; `und` repairs only checksum-validated identifiers. Every change is listed.
 */
export async function repairDocument(pages: TextPage[], options: RepairOptions): Promise<RepairedDocument> {
  const language = lexiconLanguage(options.language);
  const lexicon = language ? await loadLexicon(language) : undefined;
  const loanwords = language ? await loadLexicon(LOANWORD_LEXICON[language]) : undefined;
  return new DocumentRepair(pages, lexicon, loanwords, language).run();
}

/** Loads the lexicons of the given languages ahead of the first document (they load lazily otherwise). */
export async function preloadLexicons(languages: readonly LexiconLanguage[]): Promise<void> {
  await Promise.all(languages.map(loadLexicon));
}
