import type { EvidenceSpan } from '../schema/letter-of-intent.ts';
import type { Context, FieldResult } from './context.ts';
import { anyOf, gather, perCueSets, re } from './patterns.ts';
import { entriesAfter, isLeadIn, type Segment, segmentEvidence, segmentsOf } from './segments.ts';

/** Reported speech in news text opens with a dash or quote; a quoted wish is not the agreement's purpose. */
const QUOTE_START = /^["“”«–—-]/u;

/** A purpose candidate: the segment that states it, and the rule that proposed it. */
interface Candidate {
  segment: Segment;
  rule: 'stated-purpose' | 'purpose-section' | 'purpose-list-entry';
}

/**
 * Purpose statements. Three rules propose segments: a sentence with a purpose cue anywhere ("Syftet med … är",
 * "har til hensikt å", "WHEREAS … desire to"); a sentence with a weaker cue inside a purpose section; the
 * entries of a list opened by a purpose lead-in ("Målet … är att:", "Mål", "Objectives:"). The ranking step
 * keeps them in reading order, once each, and drops reported speech and validity clauses.
 */
export function extractPurposes(ctx: Context): FieldResult<string[]> {
  const segments = segmentsOf(ctx).filter((segment) => segment.block.kind !== 'heading' || segment.item);
  const candidates = [
    ...statedPurposes(ctx, segments),
    ...purposeSectionSentences(ctx, segments),
    ...purposeListEntries(ctx, segmentsOf(ctx)),
  ];
  const chosen = rankPurposes(ctx, candidates);
  const evidence: Record<string, EvidenceSpan[]> = {};
  chosen.forEach((candidate, index) => {
    evidence[`purposes[${index}]`] = [segmentEvidence(ctx, candidate.segment)];
  });
  return { value: chosen.map((candidate) => candidate.segment.text), evidence, warnings: [] };
}

function strongCues(ctx: Context): RegExp[] {
  return perCueSets(ctx.sets, 'purposes.strongCues', () =>
    gather(ctx.sets, (cues) => cues.purposeCues).map((source) => re(source)),
  );
}

/** Rule: a sentence with a strong purpose cue states a purpose wherever it stands. */
function statedPurposes(ctx: Context, segments: readonly Segment[]): Candidate[] {
  const strong = strongCues(ctx);
  return segments
    .filter((segment) => strong.some((cue) => cue.test(segment.text)))
    .map((segment) => ({ segment, rule: 'stated-purpose' }));
}

/** Rule: inside a purpose section, weaker cues ("för att", "bidra till") are enough. */
function purposeSectionSentences(ctx: Context, segments: readonly Segment[]): Candidate[] {
  // Weak cues are short ("to", "för att") and collide across languages ("to ganger"): only the document's own count.
  const weakSets = ctx.language === 'und' ? ctx.sets : ctx.sets.slice(0, 1);
  const weak = gather(weakSets, (cues) => cues.purposeSectionCues).map((source) => re(source));
  return segments
    .filter((segment) => ctx.sectionOf[segment.block.index] === 'purpose')
    .filter((segment) => weak.some((cue) => cue.test(segment.text)))
    .map((segment) => ({ segment, rule: 'purpose-section' }));
}

/** Rule: the entries of a list whose lead-in states a purpose or names goals ("Målsettinger:", "Mål"). */
function purposeListEntries(ctx: Context, segments: readonly Segment[]): Candidate[] {
  const strong = strongCues(ctx);
  const label = re(`(?<![\\p{L}])${anyOf(gather(ctx.sets, (cues) => cues.purposeListLabels))}(?![\\p{L}])`);
  const infinitive = re(`(?<![\\p{L}])${anyOf(gather(ctx.sets, (cues) => cues.infinitiveMarkers))}:$`);
  const found: Candidate[] = [];
  segments.forEach((segment, index) => {
    if (!isLeadIn(segment) || segment.item) return;
    // A stated purpose opens a list of purposes only when the list completes it ("… men även att:"); after
    // "this Agreement will promote:" the entries are areas of cooperation.
    const completes = infinitive.test(segment.text) && strong.some((cue) => cue.test(segment.text));
    if (!label.test(segment.text) && !completes) return;
    for (const entry of entriesAfter(segments, index))
      found.push({ segment: entry, rule: 'purpose-list-entry' });
  });
  return found;
}

/** The ranking step: reading order, each text once, no reported speech, no clause about the agreement's term. */
function rankPurposes(ctx: Context, candidates: Candidate[]): Candidate[] {
  const validity = re(
    `(?<![\\p{L}])${anyOf(
      gather(ctx.sets, (cues) => [
        ...cues.validity.onSignature,
        ...cues.validity.untilTerminated,
        ...cues.validity.notice,
      ]),
    )}(?![\\p{L}])`,
  );
  const order = segmentsOf(ctx);
  const position = (candidate: Candidate) => order.indexOf(candidate.segment);
  const kept: Candidate[] = [];
  for (const candidate of [...candidates].sort((a, b) => position(a) - position(b))) {
    const { text } = candidate.segment;
    if (candidate.segment.quoted || QUOTE_START.test(text) || validity.test(text)) continue;
    if (kept.some((other) => other.segment.text === text)) continue;
    kept.push(candidate);
  }
  return kept;
}
