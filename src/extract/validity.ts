import type { EvidenceSpan, Validity } from '../schema/letter-of-intent.ts';
import type { Context, FieldResult } from './context.ts';
import type { LanguageCues } from './cues/index.ts';
import { findDates } from './dates.ts';
import { anyOf, gather, matchesIn, numberSource, parseNumber, perCueSets, re } from './patterns.ts';
import { segmentEvidence, segmentsOf } from './segments.ts';
import { type Block, evidenceInBlock, evidenceInNorm, normalize } from './text.ts';

/** A date belongs to a start/end phrase only when it follows within this many characters ("den", "the"). */
const DATE_AFTER_CUE_MAX = 6;
/** A duration's number follows its cue within this many characters ("gäller från 2019-01-01 i tre år"). */
const DURATION_GAP_MAX = 40;
/** Notice periods in days or weeks are given in months; a month is counted as 30 days. */
const DAYS_PER_MONTH = 30;
const WEEKS_PER_MONTH = 52 / 12;
const MONTHS_PER_YEAR = 12;

/** Validity: from when (signature or a date), until when (termination or a date), duration and notice period. */
export function extractValidity(ctx: Context): FieldResult<Validity> {
  const evidence: Record<string, EvidenceSpan[]> = {};
  const v = ctx.sets;
  const range = dateRange(ctx) ?? yearPeriod(ctx) ?? titleYears(ctx);
  const start = phraseOrDate(
    ctx,
    gather(v, (c) => c.validity.onSignature),
    'on-signature',
    gather(v, (c) => c.validity.startDate),
    'validity.start',
    evidence,
  );
  const end = phraseOrDate(
    ctx,
    gather(v, (c) => c.validity.untilTerminated),
    'until-terminated',
    gather(v, (c) => c.validity.endDate),
    'validity.end',
    evidence,
  );
  const durationMonths = findDuration(ctx, evidence);
  const fromRange = (
    value: string | null,
    path: string,
    iso: string | undefined,
    span: EvidenceSpan | undefined,
  ) => {
    if (value !== null || !iso || !span) return value;
    evidence[path] = [span];
    return iso;
  };
  const noticePeriodMonths = findNotice(ctx, evidence);
  let first = fromRange(start, 'validity.start', range?.start, range?.span);
  const yearEnding = range || end !== null ? null : yearEnd(ctx);
  let last = fromRange(end, 'validity.end', range?.end ?? yearEnding?.end, range?.span ?? yearEnding?.span);
  // Rule end-before-start: a validity cannot end before it starts; one date is another agreement's (an earlier one
  // told of: "… godkänt avtal … till och med 31 dec 2014. Föreliggande förslag … avses gälla för 2015"). The period
  // read as one (both its ends in one phrase) is kept.
  if (range && first && last && ISO_DATE.test(first) && ISO_DATE.test(last) && first > last) {
    first = range.start;
    last = range.end;
    evidence['validity.start'] = [range.span];
    evidence['validity.end'] = [range.span];
  }
  return {
    value: {
      start: first,
      end: last,
      durationMonths,
      noticePeriodMonths,
    } as Validity,
    evidence,
    warnings: [],
  };
}

/**
 * Rule: a date range in a sentence about the agreement or its period ("prosjektperioden er fra 1. januar
 * 2018 til 31. desember 2021", "from 1 January 2001 to 31 December 2005"): the first date starts the
 * validity, the second ends it. Without such a word the range may be about anything (an event, a report).
 * A range that follows the period word itself needs no "from": "Term of Agreement 1 July 2020 – 30 June 2023",
 * "Avtaleperiode: 01.01.2020–31.12.2022" (a label, then two dates joined by a dash).
 */
function dateRange(ctx: Context): { start: string; end: string; span: EvidenceSpan } | null {
  const { about, fromCue, toCue, labelCue } = perCueSets(ctx.sets, 'validity.dateRange', () => {
    const from = anyOf(gather(ctx.sets, (c) => c.validity.rangeFrom));
    const to = anyOf(gather(ctx.sets, (c) => c.validity.rangeTo));
    const period = anyOf(gather(ctx.sets, (c) => c.validity.periodWords));
    return {
      about: re(`(?<![\\p{L}])\\p{L}*${period}`),
      labelCue: re(`(?<![\\p{L}])\\p{L}*${period}\\s*:?\\s*$`),
      fromCue: re(`(?<![\\p{L}])${from}\\s*(?:den\\s+|the\\s+)?$`),
      toCue: re(`^\\s*(?:${to})\\s*(?:den\\s+|the\\s+)?$`),
    };
  });
  for (const segment of segmentsOf(ctx)) {
    if (!about.test(segment.text)) continue;
    const dates = findDates(segment.text, ctx.sets);
    for (const [index, first] of dates.entries()) {
      const second = dates[index + 1];
      if (!second) break;
      const before = segment.text.slice(Math.max(0, first.start - RANGE_CUE_MAX), first.start);
      const between = segment.text.slice(first.end, second.start);
      const labelled = labelCue.test(before) && DASH_ONLY.test(between);
      if (!labelled && !fromCue.test(before)) continue;
      if (!labelled && !toCue.test(between)) continue;
      if (first.iso >= second.iso) continue;
      const span = segmentEvidence(ctx, segment, first.start, second.end);
      return { start: first.iso, end: second.iso, span };
    }
  }
  return null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;
/** A period of years is at most this long: a longer one is a plan's or a strategy's, not an agreement's. */
const YEAR_PERIOD_MAX = 10;
/** A title and its years are read from the document's first blocks. */
const TITLE_BLOCKS = 3;

interface YearPatterns {
  years: string;
  lead: RegExp;
  titleNoun: RegExp;
  topic: RegExp;
  titleEnd: RegExp;
  nextStart: RegExp;
  yearEnd: RegExp;
}

function yearPatterns(ctx: Context): YearPatterns {
  return perCueSets(ctx.sets, 'validity.yearPeriod', () => {
    const words = (pick: (c: LanguageCues['validity']) => string[]) =>
      anyOf(gather(ctx.sets, (c) => pick(c.validity)));
    const noun = words((v) => v.yearPeriodNouns);
    const prep = words((v) => v.yearPeriodPreps);
    const plural = words((v) => v.yearPeriodPlural);
    const from = words((v) => v.rangeFrom);
    const to = words((v) => v.rangeTo);
    const year = '(?:19|20)\\d{2}';
    // "2017-2019", "2022 – 2026", "2018- 2021", "2017 till 2019"; not a date ("2016-01-01") nor "2015 års".
    const years = `(?<a>${year})(?:\\s*(?:${to})\\s*(?<b>${year}))?(?![\\d\\p{L}]|[-/.]\\d|\\s*års|['’]s)`;
    return {
      years,
      lead: re(
        `(?<![\\p{L}])${noun}(?:(?<v>(?:,?\\s+[^\\s.;:!?]+){0,12}?,?\\s+${words((v) => v.yearPeriodVerbs)})|\\s+${words((v) => v.yearPeriodCopulas)})?(?:\\s+(?<p>${prep}))?(?:\\s+${plural})?\\s+(?:${from}\\s+)?${years}`,
        'giu',
      ),
      titleNoun: re(`^${noun}(?![\\p{L}])`),
      topic: re(`(?<![\\p{L}])(?:${words((v) => v.yearPeriodTopics)}|${prep})(?![\\p{L}])`),
      titleEnd: re(`\\s(?:(?<p>${prep})\\s+)?${years}$`),
      nextStart: re(`^${years}(?:\\s|$)`),
      yearEnd: re(
        `(?<![\\p{L}])${noun}(?:,?\\s+[^\\s.;:!?]+){0,16}?,?\\s+${words((v) => v.yearEndVerbs)}\\s+(?<a>${year})(?![\\d\\p{L}]|[-/.]\\d|\\s*[–-]\\s*\\d)`,
      ),
    };
  });
}

/** The first and last day of a period of years; `null` unless the years run forward and not too long. */
function yearSpan(
  a: string | undefined,
  b: string | undefined,
  single: boolean,
): { start: string; end: string } | null {
  if (!a) return null;
  const first = Number(a);
  const last = b ? Number(b) : first;
  if (!b && !single) return null;
  if (b && (last <= first || last - first > YEAR_PERIOD_MAX)) return null;
  return { start: `${first}-01-01`, end: `${last}-12-31` };
}

/**
 * Rule year-period: the agreement's years from the first day of the first year to the last day of the last, as the
 * corpus reads them ("Avsiktsförklaringen gäller för 2017–2019", "Avtaleperioden er 2022 – 2026", "samarbetet under
 * perioden 2013-2015", "The partnership runs for the years 2020-2022"). A single year needs a verb of validity and a
 * preposition ("en överenskommelse som avses gälla för 2015"): "samarbetet under 2016" is a year of the work. The
 * years give no duration (the corpus leaves it to a stated length).
 */
function yearPeriod(ctx: Context): { start: string; end: string; span: EvidenceSpan } | null {
  const { lead } = yearPatterns(ctx);
  for (const block of ctx.doc.blocks) {
    for (const match of matchesIn(lead, block.norm.text)) {
      const g = match.groups ?? {};
      const span = yearSpan(g.a, g.b, Boolean(g.v && g.p));
      if (!span) continue;
      const start = match.index ?? 0;
      return { ...span, span: evidenceInBlock(ctx.doc, block, start, start + match[0].length) };
    }
  }
  return null;
}

/** Rule year-end (cue table `yearEndVerbs`): "Den nye avtalen … varer ut 2027" ends on 2027-12-31. */
function yearEnd(ctx: Context): { end: string; span: EvidenceSpan } | null {
  const { yearEnd } = yearPatterns(ctx);
  for (const block of ctx.doc.blocks) {
    const match = yearEnd.exec(block.norm.text);
    if (!match?.groups?.a) continue;
    const start = match.index ?? 0;
    return {
      end: `${match.groups.a}-12-31`,
      span: evidenceInBlock(ctx.doc, block, start, start + match[0].length),
    };
  }
  return null;
}

/**
 * Rule title-years: a title that names the agreement and ends with its years, on the title's line or as the next
 * line ("Samverkansöverenskommelse mellan A och B / 2016-2019", "Samarbeidsavtale 2020–2023", "Memorandum of
 * Understanding between A and B for 2021"). A title with a topic gives the topic's years ("Avtal om handlingsplan
 * 2020–2023", "Agreement on the Climate Strategy 2020-2030").
 */
function titleYears(ctx: Context): { start: string; end: string; span: EvidenceSpan } | null {
  const { titleNoun, topic, titleEnd, nextStart } = yearPatterns(ctx);
  const blocks = ctx.doc.blocks.slice(0, TITLE_BLOCKS);
  for (const [index, block] of blocks.entries()) {
    const text = block.norm.text;
    if (block.kind !== 'heading' || !titleNoun.test(text)) continue;
    const end = titleEnd.exec(text);
    // A preposition elsewhere in the title opens a topic too ("Agreement for the Climate Strategy 2020–2030").
    if (topic.test(end ? text.slice(0, end.index) : text)) continue;
    if (end) {
      const span = yearSpan(end.groups?.a, end.groups?.b, Boolean(end.groups?.p));
      if (span) return { ...span, span: evidenceInBlock(ctx.doc, block, 0, text.length) };
    }
    const next = ctx.doc.blocks[index + 1];
    const years = next ? nextStart.exec(next.norm.text) : null;
    const span = next && years ? yearSpan(years.groups?.a, years.groups?.b, false) : null;
    if (next && years && span)
      return { ...span, span: evidenceInBlock(ctx.doc, next, 0, years[0].trimEnd().length) };
  }
  return null;
}

/** The words opening a range stand right before its first date ("fra", "from the", "the period of"). */
const RANGE_CUE_MAX = 16;
/** Two dates joined by a dash and nothing else. */
const DASH_ONLY = /^\s*[–—-]\s*$/u;

function phraseOrDate<T extends string>(
  ctx: Context,
  phrases: readonly string[],
  literal: T,
  dateCues: readonly string[],
  path: string,
  evidence: Record<string, EvidenceSpan[]>,
): T | string | null {
  const phrase = re(`(?<![\\p{L}])${anyOf(phrases)}(?![\\p{L}])`);
  for (const block of ctx.doc.blocks) {
    const match = phrase.exec(block.norm.text);
    if (match) {
      const start = match.index ?? 0;
      evidence[path] = [evidenceInBlock(ctx.doc, block, start, start + match[0].length)];
      return literal;
    }
  }
  const cue = re(`(?<![\\p{L}])${anyOf(dateCues)}(?![\\p{L}])`, 'giu');
  for (const [index, block] of ctx.doc.blocks.entries()) {
    // The date may sit on the next line, which OCR or layout can leave in a block of its own.
    const next = ctx.doc.blocks[index + 1];
    const norm = normalize(ctx.doc.text, block.start, next && next.kind !== 'heading' ? next.end : block.end);
    // The dates are read only for a block with a cue in it (most have none).
    let dates: ReturnType<typeof findDates> | undefined;
    for (const match of norm.text.matchAll(cue)) {
      if ((match.index ?? 0) >= block.norm.text.length) break;
      if (inPastRecital(ctx, norm.text, match.index ?? 0)) continue;
      const cueEnd = (match.index ?? 0) + match[0].length;
      dates ??= findDates(norm.text, ctx.sets);
      const date = dates.find((d) => d.start >= cueEnd && d.start - cueEnd <= DATE_AFTER_CUE_MAX);
      if (date) {
        evidence[path] = [evidenceInNorm(ctx.doc, norm, match.index ?? 0, date.end)];
        return date.iso;
      }
    }
  }
  return null;
}

/**
 * Rule past-recital: a date cue inside a recital that tells of an agreement made before ("WHEREAS, effective April
 * 12, 1995, the District and the City entered into an Intergovernmental Agreement …; and") dates that agreement,
 * not this one. The recital runs from its opening word to the next semicolon or recital.
 */
function inPastRecital(ctx: Context, text: string, at: number): boolean {
  const { opening, made } = perCueSets(ctx.sets, 'validity.pastRecital', () => {
    const words = gather(ctx.sets, (c) => c.validity.recitalWords);
    const verbs = gather(ctx.sets, (c) => c.validity.pastAgreementVerbs);
    return {
      opening: words.length ? re(`(?<![\\p{L}])${anyOf(words)}(?![\\p{L}])`, 'giu') : null,
      made: verbs.length ? re(`(?<![\\p{L}])${anyOf(verbs)}(?![\\p{L}])`) : null,
    };
  });
  if (!opening || !made) return false;
  let from = -1;
  for (const match of matchesIn(opening, text)) {
    if ((match.index ?? 0) > at) break;
    from = match.index ?? 0;
  }
  if (from < 0) return false;
  // The recital ends at a semicolon or where the next recital opens.
  const rest = text.slice(from + 1);
  const next = [rest.indexOf(';'), rest.search(opening)].filter((index) => index >= 0);
  const end = next.length ? from + 1 + Math.min(...next) : text.length;
  if (end < at) return false;
  return made.test(text.slice(from, end));
}

/** Converts an amount in a unit to months; `null` for units that are not a period. */
function toMonths(amount: number, unit: string, ctx: Context): number | null {
  const units = perCueSets(ctx.sets, 'validity.units', () =>
    ctx.sets.map((cues) => ({
      year: re(`^(?:${cues.units.year})['’]?s?$`),
      month: re(`^(?:${cues.units.month})['’]?s?$`),
      week: re(`^(?:${cues.units.week})['’]?s?$`),
      day: re(`^(?:${cues.units.day})['’]?s?$`),
    })),
  );
  const is = (kind: 'year' | 'month' | 'week' | 'day') => units.some((set) => set[kind].test(unit));
  if (is('year')) return amount * MONTHS_PER_YEAR;
  if (is('month')) return amount;
  if (is('week')) return Math.round((amount / WEEKS_PER_MONTH) * 10) / 10;
  if (is('day')) return Math.round((amount / DAYS_PER_MONTH) * 10) / 10;
  return null;
}

function unitSource(ctx: Context): string {
  return anyOf(ctx.sets.flatMap((cues) => Object.values(cues.units)));
}

function findDuration(ctx: Context, evidence: Record<string, EvidenceSpan[]>): number | null {
  // Global regexes shared by every document: they are only read with matchesIn, which resets them.
  const { pattern, adjectives } = perCueSets(ctx.sets, 'validity.duration', () => {
    const cues = anyOf(gather(ctx.sets, (c) => c.validity.duration));
    const notice = anyOf(gather(ctx.sets, (c) => c.validity.notice));
    const extra = anyOf(gather(ctx.sets, (c) => c.validity.durationExtraWords));
    return {
      pattern: re(
        `(?<![\\p{L}])${cues}[^.]{0,${DURATION_GAP_MAX}}?(?<![\\p{L}\\d])(?<n>${numberSource(ctx.sets)})[.,]?\\s+(?:${extra}\\s+)?(?<u>${unitSource(ctx)})(?![\\p{L}'’])(?!\\s+(?:\\p{L}+\\s+)?${notice})`,
        'giu',
      ),
      adjectives: gather(ctx.sets, (c) => c.validity.durationAdjectives).map((source) =>
        re(`(?<![\\p{L}\\d])${source.replace('NUM', numberSource(ctx.sets))}`, 'giu'),
      ),
    };
  });
  return (
    firstAmount(ctx, pattern, 'validity.durationMonths', evidence) ??
    adjectives.reduce<number | null>(
      (found, adjective) => found ?? firstAmount(ctx, adjective, 'validity.durationMonths', evidence),
      null,
    ) ??
    anniversaryEnd(ctx, evidence) ??
    labelledDuration(ctx, evidence)
  );
}

/**
 * Rule duration-label: a clause or form field labels the duration and gives the amount right after its colon ("5.
 * Duration: Five years.", "Avtalstid: tre år", "Varighet: 24 måneder"). A list layout may set the value apart from its
 * label ("5. Duration:" as an item over "Five years."): a label that ends its block takes the amount that opens the
 * next one. Anything else after the colon ("Term: This Agreement …") gives no amount.
 */
function labelledDuration(ctx: Context, evidence: Record<string, EvidenceSpan[]>): number | null {
  const { label, amount } = perCueSets(ctx.sets, 'validity.durationLabel', () => ({
    label: re(`(?<![\\p{L}])${anyOf(gather(ctx.sets, (c) => c.validity.durationLabels))}\\s*:\\s*`, 'giu'),
    amount: re(`^(?<n>${numberSource(ctx.sets)})[.,]?\\s+(?<u>${unitSource(ctx)})(?![\\p{L}'’])`),
  }));
  const { blocks } = ctx.doc;
  for (const block of blocks) {
    for (const match of matchesIn(label, block.norm.text)) {
      // A label is capitalised ("Duration:", "AVTALSTID:"): "a long term: 5 years of planning" runs on in a sentence.
      if (!/^\p{Lu}/u.test(match[0])) continue;
      const from = (match.index ?? 0) + match[0].length;
      const next = blocks[block.index + 1];
      const [holder, offset] = from === block.norm.text.length && next ? [next, 0] : [block, from];
      const found = amount.exec(holder.norm.text.slice(offset));
      const value = found?.groups?.n ? parseNumber(found.groups.n, ctx.sets) : null;
      const unit = found?.groups?.u;
      if (!found || value === null || !unit) continue;
      const months = toMonths(value, unit.toLowerCase(), ctx);
      if (months === null) continue;
      evidence['validity.durationMonths'] = [
        evidenceInBlock(ctx.doc, holder, offset, offset + found[0].length),
      ];
      return months;
    }
  }
  return null;
}

/**
 * Rule anniversary-end: an agreement that ends on an anniversary of its start ("terminates on the fifth anniversary
 * of the execution of this Agreement") runs that many years; an ordinal in digits ("5th") counts as well.
 */
function anniversaryEnd(ctx: Context, evidence: Record<string, EvidenceSpan[]>): number | null {
  const { patterns, ordinals } = perCueSets(ctx.sets, 'validity.anniversaryEnd', () => {
    const ordinals = new Map(ctx.sets.flatMap((cues) => Object.entries(cues.validity.anniversaryOrdinals)));
    const ordinal = `(?<o>\\d{1,2}(?:st|nd|rd|th)|${anyOf([...ordinals.keys()])})`;
    return {
      ordinals,
      patterns: gather(ctx.sets, (c) => c.validity.anniversaryEnd).map((source) =>
        re(`(?<![\\p{L}])${source.replace('ORD', ordinal)}(?![\\p{L}])`),
      ),
    };
  });
  for (const block of ctx.doc.blocks) {
    for (const pattern of patterns) {
      const match = pattern.exec(block.norm.text);
      const word = match?.groups?.o?.toLowerCase();
      if (!match || !word) continue;
      const years = ordinals.get(word) ?? Number.parseInt(word, 10);
      if (!Number.isFinite(years) || years <= 0) continue;
      const start = match.index ?? 0;
      evidence['validity.durationMonths'] = [evidenceInBlock(ctx.doc, block, start, start + match[0].length)];
      return years * MONTHS_PER_YEAR;
    }
  }
  return null;
}

function findNotice(ctx: Context, evidence: Record<string, EvidenceSpan[]>): number | null {
  const { before, after } = perCueSets(ctx.sets, 'validity.notice', () => {
    const notice = anyOf(gather(ctx.sets, (c) => c.validity.notice));
    const num = numberSource(ctx.sets);
    return {
      before: re(
        `(?<![\\p{L}\\d])(?<n>${num})[.,]?\\s+(?<u>${unitSource(ctx)})['’]?s?\\s+(?:\\p{L}+\\s+){0,2}?${notice}`,
        'giu',
      ),
      // "a notice of 90 days", "uppsägningstid om tre månader", and the word as a subject: "Oppsigelsestiden er
      // seks måneder", "The notice period is three months".
      after: re(
        `${notice}\\p{L}*(?:\\s+period)?\\s+(?:of|om|på|av|er|är|is)\\s+(?<n>${num})[.,]?\\s+(?<u>${unitSource(ctx)})`,
        'giu',
      ),
    };
  });
  return (
    firstAmount(ctx, before, 'validity.noticePeriodMonths', evidence) ??
    firstAmount(ctx, after, 'validity.noticePeriodMonths', evidence)
  );
}

function firstAmount(
  ctx: Context,
  pattern: RegExp,
  path: string,
  evidence: Record<string, EvidenceSpan[]>,
): number | null {
  for (const block of ctx.doc.blocks as Block[]) {
    for (const match of matchesIn(pattern, block.norm.text)) {
      const amount = match.groups?.n ? parseNumber(match.groups.n, ctx.sets) : null;
      const unit = match.groups?.u;
      if (amount === null || !unit) continue;
      const months = toMonths(amount, unit.toLowerCase(), ctx);
      if (months === null) continue;
      const start = match.index ?? 0;
      evidence[path] = [evidenceInBlock(ctx.doc, block, start, start + match[0].length)];
      return months;
    }
  }
  return null;
}
