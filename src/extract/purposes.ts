import type { EvidenceSpan } from '../schema/letter-of-intent.ts';
import type { Context, FieldResult } from './context.ts';
import { anyOf, gather, perCueSets, re } from './patterns.ts';
import { entriesAfter, isLeadIn, type Segment, segmentEvidence, segmentsOf } from './segments.ts';

/** Reported speech in news text opens with a dash or quote; a quoted wish is not the agreement's purpose. */
const QUOTE_START = /^["“”«–—-]/u;

/** A purpose candidate: the segment that states it, and the rule that proposed it. */
interface Candidate {
  segment: Segment;
  rule:
    | 'stated-purpose'
    | 'purpose-section'
    | 'purpose-list-entry'
    | 'purpose-label'
    | 'purpose-continuation';
  /** For list entries: the lead-in that opened the list ("Syftet med överenskommelsen är att:"). */
  leadIn?: Segment;
}

/** A sentence longer than this is text that lost its sentence breaks (a flattened page), not one purpose. */
const PURPOSE_MAX_CHARS = 600;

/**
 * Purpose statements. Three rules propose segments: a sentence with a purpose cue anywhere ("Syftet med … är",
 * "har til hensikt å", "WHEREAS … desire to"); a sentence with a weaker cue inside a purpose section; the
 * entries of a list opened by a purpose lead-in ("Målet … är att:", "Mål", "Objectives:"). The ranking step
 * keeps them in reading order, once each, and drops reported speech and validity clauses.
 */
export function extractPurposes(ctx: Context): FieldResult<string[]> {
  const segments = segmentsOf(ctx).filter((segment) => segment.block.kind !== 'heading' || segment.item);
  const stated = statedPurposes(ctx, segments);
  const candidates = [
    ...stated,
    ...continuations(ctx, segments, stated),
    ...purposeSectionSentences(ctx, segments),
    ...purposeListEntries(ctx, segmentsOf(ctx)),
    ...labelledPurposes(ctx, segmentsOf(ctx)),
  ];
  const chosen = rankPurposes(ctx, withoutCaptions(ctx, segmentsOf(ctx), candidates));
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

/** Rule: the sentence right after a stated purpose that goes on with it ("Formålet er … . Dette skal bidra til …"). */
function continuations(
  ctx: Context,
  segments: readonly Segment[],
  stated: readonly Candidate[],
): Candidate[] {
  const cues = perCueSets(ctx.sets, 'purposes.continuations', () =>
    gather(ctx.sets, (set) => set.purposeContinuations).map((source) => re(source)),
  );
  const found: Candidate[] = [];
  for (const candidate of stated) {
    const next = segments[segments.indexOf(candidate.segment) + 1];
    if (next && !next.item && cues.some((cue) => cue.test(next.text)))
      found.push({ segment: next, rule: 'purpose-continuation' });
  }
  return found;
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
  const bareRest = re(`^\\s*(?:${anyOf(gather(ctx.sets, (cues) => cues.infinitiveMarkers))})?\\s*:$`);
  const found: Candidate[] = [];
  segments.forEach((segment, index) => {
    if (!isLeadIn(segment)) return;
    // A numbered paragraph can open a list of its own ("2. In signing this Agreement, A and B seek to: • build
    // …; • reflect …"): its entries complete its sentence, so they start in lower case; the next numbered
    // paragraph does not.
    const nested = segment.item;
    if (nested && !/:$/u.test(segment.text)) return;
    // A stated purpose opens a list of purposes only when the list completes it ("… men även att:"); after
    // "this Agreement will promote:" the entries are areas of cooperation.
    const completes = infinitive.test(segment.text) && strong.some((cue) => cue.test(segment.text));
    if (!label.test(segment.text) && !completes) return;
    // A bare lead-in ("Syftet med överenskommelsen är att:") only announces its entries; one that states a
    // purpose of its own before the list ("… är att höja kvaliteten, men även att:") stays a purpose.
    const bare = strong.some((cue) => {
      const match = cue.exec(segment.text);
      return match !== null && bareRest.test(segment.text.slice((match.index ?? 0) + match[0].length));
    });
    const entries = nested
      ? entriesAfter(segments, index, (next) => next.item && !next.quoted && /^\p{Ll}/u.test(next.text))
      : entriesAfter(segments, index);
    for (const entry of entries)
      found.push({ segment: entry, rule: 'purpose-list-entry', ...(bare ? { leadIn: segment } : {}) });
  });
  return found;
}

/**
 * Rule: a labelled purpose field in a form, memo or council item ("Purpose: To strengthen …", "Syfte: Att …"):
 * the text after a capitalised label, when a capitalised clause of a few words follows.
 */
function labelledPurposes(ctx: Context, segments: readonly Segment[]): Candidate[] {
  const labels = anyOf(gather(ctx.sets, (cues) => cues.purposeLabels));
  // Case-sensitive on purpose: a capitalised label is a field; "for this purpose: …" inside a sentence is not.
  const label = new RegExp(`(?:^|\\s)(?:${labels}):\\s+(?=\\p{Lu}\\p{Ll}*(?:\\s+\\S+){3})`, 'u');
  const alone = new RegExp(`(?:^|\\s)(?:${labels}):$`, 'u');
  // A numbered clause heading that kept its full stop ("2. Purpose. This Agreement is to …") is the label alone.
  const clauseHeading = new RegExp(`^(?:${labels})\\.$`, 'u');
  const found: Candidate[] = [];
  for (const [index, segment] of segments.entries()) {
    // The label ends its segment: the field's text is the next segment ("Purpose:" / "To provide …").
    const next = segments[index + 1];
    const labelOnly = alone.test(segment.text) || clauseHeading.test(segment.text);
    if (labelOnly && next && /^\p{Lu}\p{Ll}*(?:\s+\S+){3}/u.test(next.text)) {
      found.push({ segment: next, rule: 'purpose-label' });
      continue;
    }
    const match = label.exec(segment.text);
    if (!match) continue;
    const offset = (match.index ?? 0) + match[0].length;
    const text = segment.text.slice(offset);
    found.push({ segment: { ...segment, text, start: segment.start + offset }, rule: 'purpose-label' });
  }
  return found;
}

/**
 * A photo caption describes the picture ("X visar avtalet, ett dokument som ska främja samarbetet. Foto: Y"): the
 * sentence right before a photo credit, or one that contains it, is no statement of the agreement's purpose.
 */
function withoutCaptions(ctx: Context, segments: readonly Segment[], candidates: Candidate[]): Candidate[] {
  const credit = re(`(?:^|\\s)${anyOf(gather(ctx.sets, (cues) => cues.photoCreditWords))}\\s*:\\s*\\S`);
  const atStart = re(`^${anyOf(gather(ctx.sets, (cues) => cues.photoCreditWords))}\\s*:\\s*\\S`);
  return candidates.filter((candidate) => {
    if (credit.test(candidate.segment.text)) return false;
    const index = segments.indexOf(candidate.segment);
    const next = index >= 0 ? segments[index + 1] : undefined;
    return !(next && atStart.test(next.text));
  });
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
  const position = (candidate: Candidate) => candidate.segment.block.index * 1e7 + candidate.segment.start;
  // A lead-in whose list was taken is not a purpose of its own: its entries say what it announces.
  const leadIns = new Set(candidates.flatMap((candidate) => (candidate.leadIn ? [candidate.leadIn] : [])));
  const kept: Candidate[] = [];
  for (const candidate of [...candidates].sort((a, b) => position(a) - position(b))) {
    const { text } = candidate.segment;
    if (candidate.segment.quoted || QUOTE_START.test(text) || validity.test(text)) continue;
    if (text.length > PURPOSE_MAX_CHARS || leadIns.has(candidate.segment)) continue;
    // The same words twice (a labelled field inside a sentence already taken) count once.
    if (kept.some((other) => other.segment.text.includes(text) || text.includes(other.segment.text)))
      continue;
    kept.push(candidate);
  }
  return kept;
}
