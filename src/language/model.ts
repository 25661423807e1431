import type { LanguageCode } from '../schema/letter-of-intent.ts';
import { COMMON_WORD_WEIGHT, COMMON_WORDS } from './data/common-words.ts';
import { CUE_WEIGHT, CUE_WORDS, type CueLanguage, ORG_NUMBER_CUES } from './data/cue-words.ts';
import { OCR_LETTER_CONFUSIONS, OCR_REPAIRS } from './data/ocr-confusions.ts';
import lexiconData from './data/word-lexicon.json' with { type: 'json' };
import { eldScores } from './eld.ts';
import { francLatin } from './franc-latin.ts';
import { decodeLexicon, LEXICON_LANGUAGES, sideOf, type WordLexicon } from './lexicon.ts';
import { casedWords, wordGrams, wordKind } from './text.ts';

export interface LanguageGuess {
  language: LanguageCode;
  /** 0–1 */
  confidence: number;
  /** Every language considered, best first, with a score in 0–1. */
  candidates: { language: string; score: number }[];
}

/** Options for {@link detectLanguage}. */
export interface DetectOptions {
  /** Restrict the answer to these codes (e.g. `['sv', 'no']` when English is ruled out). */
  only?: LanguageCode[];
}

/** Internal classes: Norwegian is modelled as bokmål and nynorsk, Danish only to recognise it. */
export type Internal = CueLanguage;
const INTERNAL: readonly Internal[] = ['sv', 'nb', 'nn', 'da', 'en'];
const REPORTED: Record<Internal, string> = { sv: 'sv', nb: 'no', nn: 'no', da: 'da', en: 'en' };

/** The weights that combine the evidence; the defaults were chosen by cross-validation on the train split. */
export interface Tuning {
  /**
   * The 1–4-gram features of one word are far from independent; multiplying their summed log probability
   * by this keeps the model from being overconfident on short text.
   */
  ngramScale: number;
  /** Multiplies every cue-word weight. */
  cueScale: number;
  /**
   * How much a word's spelling counts in the n-gram model by kind. Acronyms (`NTNU`, `LTU`) say nothing
   * about the language and count 0; capitalised names (`Norrbottens`) were tried at half weight, which did
   * not help in cross-validation, so they count fully.
   */
  kindWeight: Record<'acronym' | 'capitalised' | 'plain', number>;
  /** Added per word found in a language's common-word list. */
  commonWeight: number;
  /**
   * Added to Swedish, or to bokmål and nynorsk, per word form that only that side's hunspell dictionary
   * has (see `lexicon.ts`); words both sides spell alike add nothing.
   */
  lexiconWeight: number;
  /** Multiplies the lexicon weight of a word found only after undoing an OCR confusion. */
  lexiconVariant: number;
  /** Multiplies the lexicon weight of a capitalised word: names and places are spelled alike everywhere. */
  lexiconCapitalised: number;
  /**
   * Subtracted, per known word, from each language whose dictionary lacks it (`verkar` costs bokmål and
   * English, not Swedish or nynorsk). Unlike the side evidence this also speaks for English and between the
   * two Norwegian standards.
   */
  absentWeight: number;
  /**
   * A dictionary that has the word only after one OCR confusion is undone (`ganger` → Swedish `gånger`)
   * counts as having it this much, so a lost diacritic does not turn into proof for the other language.
   */
  absentVariant: number;
  /** Per organisation number written the Swedish or the Norwegian way, taken from the other side (and Danish). */
  orgNumberWeight: number;
  /**
   * eld's score (0–1, see `eld.ts`) enters as a log with this weight; its n-grams were learned from far more
   * text than ours, so it knows word frequencies our dictionary-based profile lacks.
   */
  eldWeight: number;
  /**
   * An eld score below this share of eld's best score counts as that share: eld's scores are averages over
   * n-grams, so their ratios do not grow with the text, and eld scores 0 a language none of whose n-grams it
   * has weights for, which on a two-word snippet (`org.nr`) is weak evidence, not proof.
   */
  eldFloor: number;
  /** franc's own score (0–1, 1 for its best language) enters as a log with this weight. */
  francWeight: number;
  /** The best reported language needs at least this posterior; otherwise `und`. */
  minConfidence: number;
  /**
   * Log prior per class. Bokmål and nynorsk split Norwegian's share, so that Norwegian as a whole does not
   * start with two tickets; Danish is an outsider in these documents.
   */
  logPrior: Record<Internal, number>;
}

/**
 * Default tuning, chosen on two-fold cross-validation over the train texts (`fixtures/language/tune.ts`),
 * where the eld and dictionary-absence evidence each gained about a point on noisy 20-character snippets and
 * the other weights were flat. The one exception is `minConfidence`: cross-validation answered wrong far less
 * often than the held-out documents (whose snippets are full of names and titles), so it was raised from 0.58
 * until held-out 20-character snippets gave fewer wrong answers than `und` — the `fresh` texts, never used
 * for either, are the check on that choice (see bench/language.ts).
 */
export const DEFAULT_TUNING: Tuning = {
  ngramScale: 0.15,
  kindWeight: { acronym: 0, capitalised: 1, plain: 1 },
  cueScale: 0.7,
  commonWeight: COMMON_WORD_WEIGHT,
  lexiconWeight: 2,
  lexiconCapitalised: 1,
  lexiconVariant: 0.6,
  absentWeight: 3,
  absentVariant: 0.6,
  orgNumberWeight: 2,
  eldWeight: 12,
  eldFloor: 0.75,
  francWeight: 1,
  minConfidence: 0.64,
  logPrior: { sv: 0, nb: -Math.LN2, nn: -Math.LN2, da: -Math.LN2, en: 0 },
};
/** Danish has no n-gram profile of its own: it borrows bokmål's, minus this much for being an outsider. */
const DANISH_PENALTY = 4;
/** franc's languages and the internal class each stands for. */
const FRANC_CODES: Record<string, Internal> = { swe: 'sv', nob: 'nb', nno: 'nn', dan: 'da', eng: 'en' };
/** franc's languages, as it is asked for them. */
const FRANC_ONLY = Object.keys(FRANC_CODES);
/** franc needs this many characters before it answers at all. */
const FRANC_MIN_LENGTH = 10;
/** An OCR-mangled spelling of a cue word counts this share of the clean word's weight. */
const VARIANT_FACTOR = 0.6;
/** Below this many letters there is nothing to go on: `und`. */
const MIN_LETTERS = 3;

/** Character n-gram log probabilities per profiled language, as written by `fixtures/language/make-profiles.ts`. */
export interface NgramProfile {
  /** Language of each slot in a `grams` row. */
  languages: string[];
  /** The n-gram orders (lengths) in the profile. */
  orders: number[];
  /** Per language, the log probability of a gram not in the profile, per order (index order − 1). */
  unseen: Record<string, number[]>;
  /** gram → log probability per language, `null` where the gram is not among that language's kept grams. */
  grams: Record<string, (number | null)[]>;
}

/** Every spelling OCR may make of `word` by confusing one letter kind (all its occurrences). */
function ocrVariants(word: string): string[] {
  const out: string[] = [];
  for (const [letter, replacements] of Object.entries(OCR_LETTER_CONFUSIONS)) {
    if (!word.includes(letter)) continue;
    for (const r of replacements) out.push(word.replaceAll(letter, r));
  }
  return out;
}

type WordTable = Map<string, Partial<Record<Internal, number>>>;

/**
 * word → per-language weight from weighted word lists, including the OCR-mangled spellings of each word
 * that do not collide with a listed word of any language.
 */
function wordTable(entries: [lang: Internal, word: string, weight: number][]): WordTable {
  const table: WordTable = new Map();
  const put = (word: string, lang: Internal, weight: number): void => {
    const row = table.get(word) ?? {};
    row[lang] = Math.max(row[lang] ?? 0, weight);
    table.set(word, row);
  };
  for (const [lang, word, weight] of entries) put(word, lang, weight);
  const clean = new Set(table.keys());
  for (const [lang, word, weight] of entries)
    for (const variant of ocrVariants(word)) {
      // `för` read as `for` is Norwegian and English `for`: such a variant proves nothing.
      if (!clean.has(variant)) put(variant, lang, weight * VARIANT_FACTOR);
    }
  return table;
}

const CUE_TABLE = wordTable(
  INTERNAL.flatMap((lang) =>
    Object.entries(CUE_WORDS[lang]).flatMap(([strength, list]) =>
      list.map(
        (word) => [lang, word, CUE_WEIGHT[strength as keyof typeof CUE_WEIGHT]] as [Internal, string, number],
      ),
    ),
  ),
);

const COMMON_TABLE = wordTable(
  INTERNAL.flatMap((lang) => COMMON_WORDS[lang].map((word) => [lang, word, 1] as [Internal, string, number])),
);

let lexicon: WordLexicon | undefined;
/** The sv/no/en word lexicon, decoded on first use (tens of milliseconds) rather than at import. */
export function wordLexicon(): WordLexicon {
  lexicon ??= decodeLexicon(lexiconData);
  return lexicon;
}

/** Unknown words longer than this are not read as OCR noise: the variants multiply and so do false hits. */
const MAX_VARIANT_WORD = 9;

/** What the lexicon says of a word: its dictionaries as written, and those of each OCR-repaired spelling. */
interface Lookup {
  word: string;
  direct: number;
  /**
   * Membership masks of the spellings that undo one OCR confusion; looked up only when some dictionary lacks
   * the word as written and it is short enough to be stored.
   */
  variants: number[];
}

/** Words already looked up (read-only answers): a batch asks about the same words in every document. */
const lookups = new Map<string, Lookup>();
/** Distinct words whose lookup is kept; a few MB at most. */
const LOOKUPS_LIMIT = 50_000;

/** Looks a word up once, with its OCR-repaired spellings, for both the side and the presence evidence. */
function lookUp(word: string): Lookup {
  const known = lookups.get(word);
  if (known !== undefined) return known;
  const lookup = lookUpAgain(word);
  if (lookups.size >= LOOKUPS_LIMIT) lookups.clear();
  lookups.set(word, lookup);
  return lookup;
}

function lookUpAgain(word: string): Lookup {
  const lex = wordLexicon();
  const direct = lex.membership(word);
  const all = (1 << LEXICON_LANGUAGES.length) - 1;
  const variants =
    direct !== all && word.length <= lex.maxLength
      ? ocrRepairs(word).map((spelling) => lex.membership(spelling))
      : [];
  return { word, direct, variants };
}

/**
 * The lexicon side of a word; for a word the lexicon does not know, the side of its OCR-repaired spellings
 * (`tva` → `två`, `glaclje` → `gladje`), when those that are known agree.
 */
function lexiconSide({
  word,
  direct,
  variants,
}: Lookup): { side: 'sv' | 'no'; variant: boolean } | undefined {
  const own = sideOf(direct);
  if (own === 'shared') return undefined;
  if (own !== undefined) return { side: own, variant: false };
  if (word.length > MAX_VARIANT_WORD) return undefined;
  const sides = new Set<string>();
  for (const mask of variants) {
    const side = sideOf(mask);
    if (side !== undefined) sides.add(side);
  }
  if (sides.size !== 1) return undefined;
  const [side] = sides;
  return side === 'sv' || side === 'no' ? { side, variant: true } : undefined;
}

/**
 * Per dictionary (sv, nb, nn, en), how far it has the word: 1 as written, `variant` after undoing one OCR
 * confusion, else 0; undefined when no dictionary has it either way (an unknown word proves nothing).
 */
function presence({ direct, variants }: Lookup, variant: number): number[] | undefined {
  const repaired = variants.reduce((union, mask) => union | mask, 0);
  if ((direct | repaired) === 0) return undefined;
  return LEXICON_LANGUAGES.map((_, bit) => (direct & (1 << bit) ? 1 : repaired & (1 << bit) ? variant : 0));
}

/** Every spelling that undoes one OCR confusion at one place in `word` (see `OCR_REPAIRS`). */
function ocrRepairs(word: string): string[] {
  const out: string[] = [];
  for (const [seen, meant] of OCR_REPAIRS) {
    for (let at = word.indexOf(seen); at >= 0; at = word.indexOf(seen, at + 1))
      for (const m of meant) out.push(word.slice(0, at) + m + word.slice(at + seen.length));
  }
  return out;
}

function emptyScores(): Record<Internal, number> {
  return { sv: 0, nb: 0, nn: 0, da: 0, en: 0 };
}

/**
 * A profile ready for scoring: per gram its log probability per language, with the unseen value of the
 * gram's order where the language does not keep it, in a Map (the JSON object has ~19,000 keys, a slow
 * dictionary-mode lookup), and per word the values of all its grams, in scoring order.
 */
interface CompiledProfile {
  profile: NgramProfile;
  langs: Internal[];
  orders: number[];
  /** The grams looked up so far, `NOT_KEPT` for those the profile lacks; filled as words are scored (see `gramRow`). */
  grams: Map<string, Float64Array>;
  /** Per order − 1, the unseen log probability per language. */
  unseen: Float64Array[];
  /** Word → its grams' values (order by order, gram by gram, language by language); bounded. */
  words: Map<string, Float64Array>;
}

/** Distinct words whose gram values are kept; about 40 bytes a gram, so a few MB at most. */
const WORD_GRAMS_LIMIT = 50_000;

const compiledProfiles = new WeakMap<NgramProfile, CompiledProfile>();

function compileProfile(profile: NgramProfile): CompiledProfile {
  const langs = profile.languages as Internal[];
  const maxOrder = Math.max(0, ...profile.orders);
  const unseen = Array.from({ length: maxOrder }, (_, index) =>
    Float64Array.from(langs, (lang) => unseenOf(profile, lang, index + 1)),
  );
  return { profile, langs, orders: profile.orders, grams: new Map(), unseen, words: new Map() };
}

function unseenOf(profile: NgramProfile, lang: Internal, order: number): number {
  return profile.unseen[lang]?.[order - 1] ?? 0;
}

/**
 * A kept gram's values per language, or undefined for a gram the profile does not keep. Each gram is
 * converted when a word first needs it, not all ~19,000 when the first text is scored: a batch reads a
 * few thousand, and converting them all cost about 100 ms of every run's start-up (issue 12).
 */
function gramRow(compiled: CompiledProfile, gram: string): Float64Array | undefined {
  const known = compiled.grams.get(gram);
  if (known !== undefined) return known === NOT_KEPT ? undefined : known;
  const { profile, langs } = compiled;
  let row = NOT_KEPT;
  const stored = Object.hasOwn(profile.grams, gram) ? profile.grams[gram] : undefined;
  if (stored !== undefined) {
    row = new Float64Array(langs.length);
    // A gram of order n is n characters long: that order's unseen value stands in for a missing one.
    for (let i = 0; i < langs.length; i++)
      row[i] = stored[i] ?? unseenOf(profile, langs[i] as Internal, gram.length);
  }
  if (compiled.grams.size >= GRAMS_LIMIT) compiled.grams.clear();
  compiled.grams.set(gram, row);
  return row === NOT_KEPT ? undefined : row;
}

/** Marks a gram the profile does not keep in `CompiledProfile.grams`. */
const NOT_KEPT = new Float64Array(0);
/** Grams whose row (or absence) is kept: the profile's ~19,000 and as many absent ones. */
const GRAMS_LIMIT = 40_000;

/** The values `ngramScores` adds for one word, in its order: per order, per gram, per language. */
function wordGramValues(compiled: CompiledProfile, word: string): Float64Array {
  const known = compiled.words.get(word);
  if (known !== undefined) return known;
  const { langs, orders, unseen } = compiled;
  const values: number[] = [];
  for (const order of orders)
    for (const gram of wordGrams(word, order)) {
      const row = gramRow(compiled, gram) ?? unseen[order - 1];
      for (let i = 0; i < langs.length; i++) values.push(row?.[i] ?? 0);
    }
  const result = Float64Array.from(values);
  if (compiled.words.size >= WORD_GRAMS_LIMIT) compiled.words.clear();
  compiled.words.set(word, result);
  return result;
}

/** Summed n-gram log probability of the words per profiled language. */
function ngramScores(profile: NgramProfile, list: string[], weights: number[]): Record<Internal, number> {
  let compiled = compiledProfiles.get(profile);
  if (compiled === undefined) {
    compiled = compileProfile(profile);
    compiledProfiles.set(profile, compiled);
  }
  const langs = compiled.langs;
  const count = langs.length;
  // One running sum per language, each added to in the same order as gram by gram: the same floats.
  const sums = new Float64Array(count);
  for (let w = 0; w < list.length; w++) {
    const weight = weights[w] ?? 1;
    if (weight === 0) continue;
    const values = wordGramValues(compiled, list[w] as string);
    for (let at = 0; at < values.length; at += count)
      for (let i = 0; i < count; i++) sums[i] = (sums[i] ?? 0) + weight * (values[at + i] ?? 0);
  }
  const scores = emptyScores();
  for (let i = 0; i < count; i++) scores[langs[i] as Internal] += sums[i] as number;
  scores.da = scores.nb - DANISH_PENALTY;
  return scores;
}

/** Log-odds from franc's ranking, which only means something on text long enough for trigram statistics. */
function francScores(text: string): Record<Internal, number> {
  const scores = emptyScores();
  const ranked = francLatin(text, FRANC_ONLY, FRANC_MIN_LENGTH);
  for (const [code, score] of ranked) {
    const lang = FRANC_CODES[code];
    if (lang) scores[lang] = Math.log(Math.max(score, 1e-3));
  }
  return scores;
}

/** Log eld scores per internal class; eld has one Norwegian, which stands for both standards. */
function eldLogScores(text: string, floor: number): Record<Internal, number> {
  const eld = eldScores(text);
  const best = Math.max(eld.sv, eld.no, eld.da, eld.en);
  if (best === 0) return emptyScores();
  const log = (score: number): number => Math.log(Math.max(score, best * floor));
  return { sv: log(eld.sv), nb: log(eld.no), nn: log(eld.no), da: log(eld.da), en: log(eld.en) };
}

/** Raw per-class log scores for a text: the sum of n-gram, eld, franc, lexicon and cue-word evidence. */
export function languageScores(
  profile: NgramProfile,
  text: string,
  tuning: Tuning = DEFAULT_TUNING,
): { scores: Record<Internal, number>; letters: number } {
  const cased = casedWords(text);
  const list = cased.map((word) => word.toLowerCase());
  const weights = cased.map((word) => tuning.kindWeight[wordKind(word)]);
  const letters = list.reduce((n, w) => n + w.length, 0);
  const scores = emptyScores();
  if (letters < MIN_LETTERS) return { scores, letters };
  const ngram = ngramScores(profile, list, weights);
  const francPart = francScores(text);
  const eldPart = tuning.eldWeight === 0 ? emptyScores() : eldLogScores(text, tuning.eldFloor);
  for (const lang of INTERNAL)
    scores[lang] =
      ngram[lang] * tuning.ngramScale +
      francPart[lang] * tuning.francWeight +
      eldPart[lang] * tuning.eldWeight +
      tuning.logPrior[lang];
  list.forEach((word, w) => {
    const kind = wordKind(cased[w] ?? word);
    const kindFactor = kind === 'capitalised' ? tuning.lexiconCapitalised : kind === 'acronym' ? 0 : 1;
    if (kindFactor === 0) return;
    const lookup = lookUp(word);
    const found = lexiconSide(lookup);
    if (found !== undefined) {
      const weight = tuning.lexiconWeight * kindFactor * (found.variant ? tuning.lexiconVariant : 1);
      if (found.side === 'sv') scores.sv += weight;
      else {
        scores.nb += weight;
        scores.nn += weight;
      }
    }
    const present = presence(lookup, tuning.absentVariant);
    if (present === undefined) return;
    LEXICON_LANGUAGES.forEach((lang, i) => {
      scores[lang] -= tuning.absentWeight * kindFactor * (1 - (present[i] ?? 0));
    });
    // Danish has no dictionary here: it is judged like bokmål, its closest neighbour.
    scores.da -= tuning.absentWeight * kindFactor * (1 - (present[1] ?? 0));
  });
  for (const word of list) {
    for (const [lang, weight] of Object.entries(CUE_TABLE.get(word) ?? {}))
      scores[lang as Internal] += weight * tuning.cueScale;
    for (const [lang, weight] of Object.entries(COMMON_TABLE.get(word) ?? {}))
      scores[lang as Internal] += weight * tuning.commonWeight;
  }
  for (const { pattern, side } of ORG_NUMBER_CUES) {
    const found = text.match(pattern)?.length ?? 0;
    const against: Internal[] = side === 'sv' ? ['nb', 'nn', 'da'] : ['sv'];
    for (const lang of against) scores[lang] -= found * tuning.orgNumberWeight;
  }
  return { scores, letters };
}

/** Detects sv/no/en (or `und`) in a text with the given profile; Danish is `und` with a `da` candidate. */
export function detectWithProfile(
  profile: NgramProfile,
  text: string,
  options: DetectOptions = {},
  tuning: Tuning = DEFAULT_TUNING,
): LanguageGuess {
  const { scores, letters } = languageScores(profile, text, tuning);
  if (letters < MIN_LETTERS) return { language: 'und', confidence: 0, candidates: [] };
  const allowed = (lang: Internal): boolean => {
    const code = REPORTED[lang];
    return options.only === undefined || (options.only as string[]).includes(code);
  };
  const considered = INTERNAL.filter(allowed);
  const max = Math.max(...considered.map((l) => scores[l]));
  const exp = considered.map((l) => [l, Math.exp(scores[l] - max)] as const);
  const total = exp.reduce((s, [, e]) => s + e, 0);
  const merged = new Map<string, number>();
  for (const [lang, e] of exp) merged.set(REPORTED[lang], (merged.get(REPORTED[lang]) ?? 0) + e / total);
  const candidates = [...merged]
    .map(([language, score]) => ({ language, score: Math.round(score * 1000) / 1000 }))
    .sort((a, b) => b.score - a.score);
  const best = candidates[0];
  // `und` carries confidence 0: the candidates say how close the call was.
  if (!best || best.score < tuning.minConfidence || best.language === 'da') {
    return { language: 'und', confidence: 0, candidates };
  }
  return { language: best.language as LanguageCode, confidence: best.score, candidates };
}
