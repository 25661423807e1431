import type { LanguageCues } from './cues/index.ts';
import { anyOf, escapeRegex, gather, matchesIn, perCueSets, re } from './patterns.ts';

/** A date found in text: ISO value and its range in the searched string. */
export interface FoundDate {
  iso: string;
  start: number;
  end: number;
}

/** Two-digit years are not accepted: a bare "12.03.19" is too easily a reference number. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

function iso(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The regex (global) matching every supported date form, with the month names of the given cue sets. */
export function dateRegex(sets: readonly LanguageCues[]): RegExp {
  return new RegExp(perCueSets(sets, 'dateRegex', () => buildDateRegex(sets)));
}

function buildDateRegex(sets: readonly LanguageCues[]): RegExp {
  const months = anyOf(gather(sets, (cues) => Object.keys(cues.months)).map(escapeRegex));
  const ordinals = anyOf(
    gather(sets, (cues) => Object.keys(cues.dayOrdinals)).map((word) =>
      escapeRegex(word).replace(' ', '\\s+'),
    ),
  );
  // "21st", and "21 st" as a typist or OCR spaced it.
  const day = '(?<d>\\d{1,2})(?:\\s?(?:st|nd|rd|th)|:e|:a)?\\.?';
  const forms = [
    // ISO dates, and the same order with slashes ("2025/01/14") as US records systems write it.
    '(?<y1>\\d{4})(?<s1>[-/])(?<m1>\\d{1,2})\\k<s1>(?<d1>\\d{1,2})',
    '(?<y2>\\d{4}) (?<m2>\\d{2}) (?<d2>\\d{2})(?!\\d)',
    '(?<d3>\\d{1,2})\\.(?<m3>\\d{1,2})\\.(?<y3>\\d{4})',
    // "04/17/2024" (US records), "17/04/2024": which part is the month is decided in `findDates`.
    '(?<a6>\\d{1,2})/(?<b6>\\d{1,2})/(?<y6>\\d{4})',
    // "1st day of July , 2005", "1st of July 2005": a typist's space before the comma is kept by text stores.
    // Norwegian writers may leave out the space after the day's period ("4.desember 2023"); a resolution writes the
    // era ("21st day of December, A.D., 2015").
    `${day}(?:\\s+|(?<=\\.))(?:day\\s+)?(?:of\\s+)?(?<mn>${months})\\.?(?:\\s*,)?(?:\\s+A\\.\\s?D\\.(?:\\s*,)?)?\\s+(?<y4>\\d{4})`,
    // "Dec 04,2013": OCR often loses the space after the comma.
    `(?<mn2>${months})\\.?\\s+(?<d5>\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*|\\s+)(?<y5>\\d{4})`,
    // Rule day-ordinal-word: the day as an ordinal word ("den första januari 2018", "fra første januar 2019", "the
    // first of January 2020", "January first, 2020").
    `(?<dw>${ordinals})\\s+(?:day\\s+)?(?:of\\s+)?(?<mn3>${months})\\.?(?:\\s*,)?\\s+(?<y7>\\d{4})`,
    `(?<mn4>${months})\\.?\\s+(?:the\\s+)?(?<dw2>${ordinals})(?:,\\s*|\\s+)(?<y8>\\d{4})`,
  ];
  return re(`(?<![\\d\\p{L}])(?:${forms.join('|')})(?![\\d])`, 'giu');
}

/**
 * A slashed date: a part above 12 can only be the day; where both parts could be the month, the order of the
 * detected language's writers decides ("04/05/2024" is 5 April in a US record, 4 May in a Norwegian letter).
 */
function slashDate(
  year: number,
  first: number,
  second: number,
  sets: readonly LanguageCues[],
): string | null {
  if (first > 12) return iso(year, second, first);
  if (second > 12) return iso(year, first, second);
  return sets[0]?.slashDateOrder === 'day-first' ? iso(year, second, first) : iso(year, first, second);
}

/** Finds every valid date in a string. */
export function findDates(text: string, sets: readonly LanguageCues[]): FoundDate[] {
  const monthNumber = perCueSets(sets, 'monthNumber', () => {
    const months = new Map<string, number>();
    for (const cues of sets) for (const [name, value] of Object.entries(cues.months)) months.set(name, value);
    return months;
  });
  const dayNumber = perCueSets(sets, 'dayNumber', () => {
    const days = new Map<string, number>();
    for (const cues of sets)
      for (const [name, value] of Object.entries(cues.dayOrdinals)) days.set(name, value);
    return days;
  });
  const month = (name: string) => monthNumber.get(name.toLowerCase()) ?? 0;
  const day = (word: string) => dayNumber.get(word.toLowerCase().replace(/\s+/gu, ' ')) ?? 0;
  const found: FoundDate[] = [];
  // Read with the shared regex itself (`matchesIn`), not with `matchAll`'s copy: V8 compiles such a copy of this
  // large regex again once a garbage collection has dropped it from its cache (issue 12).
  for (const match of matchesIn(
    perCueSets(sets, 'dateRegex', () => buildDateRegex(sets)),
    text,
  )) {
    const g = match.groups ?? {};
    let value: string | null = null;
    if (g.y1) value = iso(Number(g.y1), Number(g.m1), Number(g.d1));
    else if (g.y2) value = iso(Number(g.y2), Number(g.m2), Number(g.d2));
    else if (g.y3) value = iso(Number(g.y3), Number(g.m3), Number(g.d3));
    else if (g.y6) value = slashDate(Number(g.y6), Number(g.a6), Number(g.b6), sets);
    else if (g.y4 && g.mn) value = iso(Number(g.y4), month(g.mn), Number(g.d));
    else if (g.y5 && g.mn2) value = iso(Number(g.y5), month(g.mn2), Number(g.d5));
    else if (g.y7 && g.mn3 && g.dw) value = iso(Number(g.y7), month(g.mn3), day(g.dw));
    else if (g.y8 && g.mn4 && g.dw2) value = iso(Number(g.y8), month(g.mn4), day(g.dw2));
    if (value) found.push({ iso: value, start: match.index ?? 0, end: (match.index ?? 0) + match[0].length });
  }
  return found;
}
