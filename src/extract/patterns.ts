import type { LanguageCues } from './cues/index.ts';
import { firstCharacters, unicodeWordBoundaries } from './word-boundary.ts';

/** Alternations already joined, by the array of sources they were joined from (see `gather`). */
const joined = new WeakMap<readonly string[], string>();

/**
 * Alternations already joined, by the sources' text: many callers build a new array of the same sources per
 * document or line (`anyCase` of the months, a cue list mapped per call), and ordering them again
 * (`inAlternationOrder`) cost more than a third of a second of CPU on 240 plain-text documents (issue 12).
 * Keyed by the sources as JSON, which tells every list of strings from every other. Bounded, as sources can
 * hold document text; cleared whole when full, as `re`'s cache is.
 */
const joinedByText = new Map<string, string>();
const JOINED_LIMIT = 5000;

/** Joins cue pattern sources into one alternation group, longest source first. */
export function anyOf(sources: readonly string[]): string {
  let alternation = joined.get(sources);
  if (alternation === undefined) {
    const key = JSON.stringify(sources);
    alternation = joinedByText.get(key);
    if (alternation === undefined) {
      alternation = `(?:${inAlternationOrder(sources).join('|')})`;
      if (joinedByText.size >= JOINED_LIMIT) joinedByText.clear();
      joinedByText.set(key, alternation);
    }
    joined.set(sources, alternation);
  }
  return alternation;
}

/**
 * A source that matches one fixed string: no syntax character except escaped (`co\.`), and no other
 * escape, so that every such string has one way of being written (see `inAlternationOrder`).
 */
const LITERAL_SOURCE = /^(?:[^\\^$.*+?()[\]{}|/\ud800-\udfff]|\\[\\^$.*+?()[\]{}|/])*$/;

/**
 * Sources longest first; among sources of one length, in a canonical order rather than in the order of the
 * cue sets (which puts the detected language first). Each language's list of sets then joins the same
 * alternation, and V8 compiles that regex once for the process instead of once per language: a few hundred
 * compilations of large case-insensitive regexes at start-up (issue 12). Within a length, two sources may
 * change places only when no text can tell:
 * - two literals (`LITERAL_SOURCE`): both match at one place only if they match the same characters (a
 *   literal is a case-insensitive prefix of a longer one only if it is written shorter);
 * - two runs of words joined by `\s+` (`SPACED_WORDS`): each `\s+` takes the whole gap, as a word starts with
 *   no space, so both match at one place only with words as long, and so the same characters;
 * - two sources whose matches start with different characters (`firstCharacters`): never both at one place.
 * An alternation takes the first alternative that leads to a match; whichever of two such sources comes
 * first, the match is the same. Other pairs keep the cue sets' order, and the order is the smallest (by code
 * units) that keeps them: the same for every language when those pairs come from one language's list.
 */
function inAlternationOrder(sources: readonly string[]): string[] {
  const ordered = [...sources].sort((a, b) => b.length - a.length);
  for (let from = 0; from < ordered.length; ) {
    let to = from + 1;
    while (to < ordered.length && ordered[to]?.length === ordered[from]?.length) to++;
    if (to - from > 1) ordered.splice(from, to - from, ...canonicalOrder(ordered.slice(from, to)));
    from = to;
  }
  return ordered;
}

/** Words of plain characters (no space, no syntax) joined by `\s+`: "twenty\s+first". */
const SPACED_WORDS = /^[^\s\\^$.*+?()[\]{}|/\ud800-\udfff]+(?:\\s\+[^\s\\^$.*+?()[\]{}|/\ud800-\udfff]+)+$/;

/** Sources of one length in the smallest order (by code units) that keeps every pair that may not swap. */
function canonicalOrder(run: readonly string[]): string[] {
  const kinds = run.map((source) =>
    LITERAL_SOURCE.test(source) ? 'literal' : SPACED_WORDS.test(source) ? 'spaced' : null,
  );
  const firsts = run.map(firstCharacters);
  const maySwap = (a: number, b: number): boolean =>
    (kinds[a] !== null && kinds[a] === kinds[b]) || disjoint(firsts[a] ?? null, firsts[b] ?? null);
  const left = run.map((_, index) => index);
  const ordered: string[] = [];
  while (left.length > 0) {
    let best: number | undefined;
    for (const index of left) {
      if (left.some((other) => other < index && !maySwap(index, other))) continue;
      if (best === undefined || byCodeUnits(run[index] as string, run[best] as string) < 0) best = index;
    }
    // The earliest source left always qualifies, so `best` is set.
    const chosen = best as number;
    ordered.push(run[chosen] as string);
    left.splice(left.indexOf(chosen), 1);
  }
  return ordered;
}

function disjoint(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): boolean {
  if (a === null || b === null) return false;
  for (const char of a) if (b.has(char)) return false;
  return true;
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One `gather` result and the cue lists, one per set, it was made from. */
interface Gathered {
  lists: readonly (readonly string[])[];
  sources: readonly string[];
}

/** `gather` results by the first cue list they were made from. */
const gatheredFrom = new WeakMap<readonly string[], Gathered[]>();

/**
 * All cue sources of one kind from every cue set, detected language first. The extractors gather the same
 * lists for every document and line; the result for the same cue lists is kept and handed out again, so
 * it is read-only, and `anyOf` and `re` find it built (issue 12).
 */
export function gather(
  sets: readonly LanguageCues[],
  pick: (cues: LanguageCues) => readonly string[],
): readonly string[] {
  const lists = sets.map(pick);
  const [first] = lists;
  if (first === undefined) return [];
  let known = gatheredFrom.get(first);
  const found = known?.find(
    (entry) =>
      entry.lists.length === lists.length && entry.lists.every((list, index) => list === lists[index]),
  );
  if (found !== undefined) return found.sources;
  const sources = Object.freeze([...new Set(lists.flat())]);
  if (known === undefined) {
    known = [];
    gatheredFrom.set(first, known);
  }
  known.push({ lists, sources });
  return sources;
}

/** What has been built from each list of cue sets, by name: see `perCueSets`. */
const builtFromSets = new WeakMap<readonly LanguageCues[], Map<string, unknown>>();

/**
 * Builds something from the cue sets once per list of sets (`cueSets` hands out one list per language) and
 * returns it on later calls: regexes and lookups derived from the cues would otherwise be rebuilt for every
 * line and document (issue 12). `name` must say everything the result depends on besides `sets`.
 */
export function perCueSets<T>(sets: readonly LanguageCues[], name: string, build: () => T): T {
  let cache = builtFromSets.get(sets);
  if (cache === undefined) {
    cache = new Map();
    builtFromSets.set(sets, cache);
  }
  if (cache.has(name)) return cache.get(name) as T;
  const value = build();
  cache.set(name, value);
  return value;
}

/**
 * Regexes already built, by flags and source: extraction builds the same few hundred for every document,
 * and building one cost more than running it (issue 12). Bounded, as sources can hold document text.
 */
const built = new Map<string, Map<string, RegExp>>();
let builtCount = 0;
const BUILT_LIMIT = 5000;

/** A case-insensitive Unicode regex from a source, with `\b` made Unicode-aware. */
export function re(source: string, flags = 'iu'): RegExp {
  // By flags, then source: no key string is built per call (issue 12).
  let byFlags = built.get(flags);
  if (byFlags === undefined) {
    byFlags = new Map();
    built.set(flags, byFlags);
  }
  let regex = byFlags.get(source);
  if (regex === undefined) {
    if (builtCount >= BUILT_LIMIT) {
      for (const cache of built.values()) cache.clear();
      builtCount = 0;
    }
    regex = new RegExp(unicodeWordBoundaries(source), flags);
    byFlags.set(source, regex);
    builtCount++;
  }
  // A global or sticky regex keeps its position in `lastIndex`; each caller gets its own copy of those.
  return regex.global || regex.sticky ? new RegExp(regex) : regex;
}

/**
 * Every match of a global regex in `text`, as `[...text.matchAll(regex)]` gives them, but read with the
 * regex itself: `matchAll` runs a copy, and V8 compiles a copy again once a garbage collection has dropped
 * it from its cache, so a regex kept for the whole process (see `perCueSets`) is read this way (issue 12).
 * The regex's `lastIndex` is 0 before and after.
 */
export function matchesIn(regex: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    matches.push(match);
    // An empty match would be found again at the same place: step over it, a code point with the `u` flag.
    if (match[0] === '') regex.lastIndex = nextIndex(text, regex.lastIndex, regex.unicode);
  }
  regex.lastIndex = 0;
  return matches;
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

/**
 * A text store's date stamp in figures, a month's too ("2019-10", "2019-10-03", "11-14-2017"), with the date label
 * that may stand before it ("date", "Published:"): `findDates` reads no month alone, so segmentation and the title
 * read these themselves.
 */
export const NUMERIC_STAMP =
  '(?:(?<label>\\p{L}+)\\s*:?\\s+)?(?:\\d{4}-\\d{1,2}(?:-\\d{1,2})?|\\d{1,2}[-./]\\d{1,2}[-./]\\d{4})';

/** A cue word as it opens a sentence or a label: "med" → "Med", "skriven av" → "Skriven av". */
export function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Cue words as written mid-sentence and as they open one ("med", "Med"), for a case-sensitive pattern. */
export function withCapitalised(words: readonly string[]): string[] {
  return words.flatMap((word) => [word, capitalised(word)]);
}

/** Escapes a literal for use inside a regex. */
export function escapeRegex(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A photo credit label and the start of what it credits ("Foto: Kari Berg", "Photo: …"), where a word starts. */
export function photoCredit(sets: readonly LanguageCues[]): RegExp {
  return perCueSets(sets, 'patterns.photoCredit', () =>
    re(`(?:^|\\s)${anyOf(gather(sets, (cues) => cues.photoCreditWords))}\\s*:\\s*\\S`),
  );
}

/**
 * The news cues of every language as global regexes, built once per list of sets and read with `matchesIn`
 * or `matchesAnywhere`. The document type and the areas' lists both ask them: one set of regexes for both
 * (the areas had their own non-global copies, compiled again by V8; issue 12).
 */
export function newsCues(sets: readonly LanguageCues[]): readonly RegExp[] {
  return perCueSets(sets, 'patterns.newsCues', () =>
    gather(sets, (cues) => cues.newsCues).map((source) => re(source, 'gimu')),
  );
}

/** Whether a global regex matches anywhere in `text`, as `test` on a non-global copy says; `lastIndex` stays 0. */
export function matchesAnywhere(regex: RegExp, text: string): boolean {
  regex.lastIndex = 0;
  const found = regex.test(text);
  regex.lastIndex = 0;
  return found;
}

/** Number words of every language merged: "tre", "three", "to", "två" → value. Read-only: kept per list of sets. */
export function numberWords(sets: readonly LanguageCues[]): ReadonlyMap<string, number> {
  return perCueSets(sets, 'patterns.numberWords', () => {
    const words = new Map<string, number>();
    for (const cues of sets)
      for (const [word, value] of Object.entries(cues.numbers)) if (!words.has(word)) words.set(word, value);
    return words;
  });
}

/** Regex source for a number: digits or a number word, optionally followed by the digits in brackets ("three (3)"). */
export function numberSource(sets: readonly LanguageCues[]): string {
  return perCueSets(sets, 'patterns.numberSource', () => {
    const words = [...numberWords(sets).keys()].map(escapeRegex);
    return `(?:\\d+(?:\\s*\\(\\d+\\))?|${anyOf(words)}(?:\\s*\\(\\d+\\)|${DASHED_DIGITS})?)`;
  });
}

/**
 * Rule dashed-digits: a number word followed by its digits between dashes, the way Norwegian and Swedish contracts
 * spell out amounts ("tre – 3 – måneder", "sex - 6 - månader"), is one number.
 */
const DASHED_DIGITS = '\\s+[–—-]\\s*\\d+\\s*[–—-](?=\\s)';

/** Reads a number written as digits, a number word, "three (3)" or "tre – 3 –". */
export function parseNumber(token: string, sets: readonly LanguageCues[]): number | null {
  const bracket = /\((\d+)\)/u.exec(token) ?? /[–—-]\s*(\d+)\s*[–—-]/u.exec(token);
  if (bracket?.[1]) return Number(bracket[1]);
  const trimmed = token.trim().toLowerCase();
  if (/^\d+$/u.test(trimmed)) return Number(trimmed);
  return numberWords(sets).get(trimmed) ?? null;
}
