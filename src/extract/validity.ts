import type { EvidenceSpan, Validity } from '../schema/letter-of-intent.ts';
import type { Context, FieldResult } from './context.ts';
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
  const range = dateRange(ctx);
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
  return {
    value: {
      start: fromRange(start, 'validity.start', range?.start, range?.span),
      end: fromRange(end, 'validity.end', range?.end, range?.span),
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
    anniversaryEnd(ctx, evidence)
  );
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
