import type { EvidenceSpan } from '../schema/letter-of-intent.ts';
import { type Context, type FieldResult, headingText } from './context.ts';
import type { LanguageCues } from './cues/index.ts';
import { anyOf, capitalised, gather, perCueSets, photoCredit, re } from './patterns.ts';
import { entriesAfter, isLeadIn, type Segment, segmentEvidence, segmentsOf } from './segments.ts';

/** Reported speech in news text opens with a dash or quote; a quoted wish is not the agreement's purpose. */
const QUOTE_START = /^["“”«–—-]/u;

/** A purpose candidate: the segment that states it, and the rule that proposed it. */
interface Candidate {
  segment: Segment;
  rule:
    | 'stated-purpose'
    | 'in-passing'
    | 'purpose-section'
    | 'purpose-list-entry'
    | 'purpose-label'
    | 'purpose-continuation'
    | 'pronoun-purpose'
    | 'purpose-heading-opening';
  /** For list entries: the lead-in that opened the list ("Syftet med överenskommelsen är att:"). */
  leadIn?: Segment;
}

/** A lead-in under a purpose heading that is this short only announces its list ("Samverkan ska:"). */
const SECTION_LEAD_IN_MAX_WORDS = 4;

/**
 * A sentence longer than this is text that lost its sentence breaks (a flattened page), not one purpose. One real
 * sentence can come near it: an MoU's opening that names its parties with their legal names and then says "in
 * order to establish …" runs to about 650 characters.
 */
const PURPOSE_MAX_CHARS = 800;

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
    ...pronounPurposes(ctx, segments),
    ...purposeSectionSentences(ctx, segments),
    ...purposeListEntries(ctx, segmentsOf(ctx)),
    ...labelledPurposes(ctx, segmentsOf(ctx)),
    ...purposeHeadingOpenings(ctx, segmentsOf(ctx)),
  ];
  const chosen = rankPurposes(ctx, withoutCaptions(ctx, segmentsOf(ctx), candidates));
  const evidence: Record<string, EvidenceSpan[]> = {};
  chosen.forEach((candidate, index) => {
    evidence[`purposes[${index}]`] = [segmentEvidence(ctx, candidate.segment)];
  });
  return { value: chosen.map((candidate) => candidate.segment.text), evidence, warnings: [] };
}

/** Strong purpose cues: those that state a purpose, and the news leads that announce a signing with its aim. */
function strongCues(ctx: Context): RegExp[] {
  return perCueSets(ctx.sets, 'purposes.strongCues', () => [
    ...gather(ctx.sets, (cues) => [
      ...cues.purposeCues,
      ...cues.signingLeadPurposes,
      ...cues.passingPurposes,
    ]).map((source) => re(source)),
    ...purposeCopulas(ctx.sets),
  ]);
}

function statingCues(ctx: Context): RegExp[] {
  return perCueSets(ctx.sets, 'purposes.statingCues', () => [
    ...gather(ctx.sets, (cues) => cues.purposeCues).map((source) => re(source)),
    ...purposeCopulas(ctx.sets),
  ]);
}

/**
 * Another thing's aim stated by the purpose grammar ("Målet med besöket var att …", "The purpose of the visit was to
 * …", "the purpose of which will be to …"): the ranking step drops a sentence that states only such an aim, whichever
 * cue proposed it.
 */
function otherHoldersPurposes(sets: readonly LanguageCues[]): RegExp[] {
  return perCueSets(sets, 'purposes.otherHolders', () =>
    sets.map((cues) => {
      const table = cues.purposeStatement;
      return re(
        `(?<![\\p{L}])${anyOf(table.definite)}\\s+${anyOf(table.prepositions)}\\s+${anyOf(table.otherHolders)}(?![\\p{L}])[^.;:!?]{0,${PURPOSE_PHRASE_MAX_CHARS}}?\\s+${anyOf(table.copulas)}\\s+`,
      );
    }),
  );
}

/** A purpose statement's noun phrase reaches its copula within this many characters ("målet för samverkan … är"). */
const PURPOSE_PHRASE_MAX_CHARS = 80;

/**
 * Rule purpose-copula: a sentence states a purpose when its subject is a purpose noun, with any preposition phrase
 * after it, and its verb a copula in any tense before the infinitive marker: "Det övergripande målet för samverkan
 * var att …", "Hensikten med avtalen blir å …", "Avtalets syfte är dels att …", "Målet vårt er å …", "The goal of
 * X-1 was to …". One pattern per language, built from its `purposeStatement` table: the noun, copula and marker of
 * one language go together. The match ends at the copula, so what follows it ("att höja …", "att:") is read as a
 * list lead-in's rest, as for the other stating cues.
 */
function purposeCopulas(sets: readonly LanguageCues[]): RegExp[] {
  return perCueSets(sets, 'purposes.copulas', () =>
    sets.map((cues) => {
      const table = cues.purposeStatement;
      // A company's own object ("Bolagets ändamål ska vara att …", "Selskapets formål er å …", "The company's main
      // purpose is to …") is what its articles say, not what the agreement is for.
      const nouns = [`(?<!${anyOf(cues.companyGenitives)}\\s+(?:\\p{L}+\\s+)?)${anyOf(table.definite)}`];
      const company = `(?!${anyOf(cues.companyGenitives)}\\s)`;
      if (table.possessives.length && table.bare.length)
        nouns.push(`${company}${anyOf(table.possessives)}\\s+(?:\\p{L}+\\s+)?${anyOf(table.bare)}`);
      const after = table.postPossessives.length ? `(?:\\s+${anyOf(table.postPossessives)})?` : '';
      // The phrase may name what the purpose is of, but not another thing's (an event's: "Målet med besöket var att
      // signera …", "The purpose of the meeting was to …"; what a relative pronoun stands for: "a council, the purpose of
      // which will be to …").
      const other = `(?!${anyOf(table.otherHolders)}(?![\\p{L}]))`;
      const phrase = `(?:\\s+${anyOf(table.prepositions)}\\s+${other}[^.;:!?]{1,${PURPOSE_PHRASE_MAX_CHARS}}?)?`;
      const adverb = table.adverbs.length ? `(?:${anyOf(table.adverbs)}\\s+)?` : '';
      return re(
        `(?<![\\p{L}])(?:${nouns.join('|')})${after}${phrase}\\s+${anyOf(table.copulas)}(?=\\s+${adverb}${anyOf(cues.infinitiveMarkers)}(?![\\p{L}]))`,
      );
    }),
  );
}

/**
 * Rule: a sentence with a strong purpose cue states a purpose wherever it stands; one that only announces a signing
 * with its aim ("A och B har tecknat ett avtal för att …") or tells the aim of one act in passing ("… developed the
 * programme in order to …") is a purpose in passing, which the ranking step weighs.
 */
function statedPurposes(ctx: Context, segments: readonly Segment[]): Candidate[] {
  const strong = strongCues(ctx);
  const stating = statingCues(ctx);
  const { passing, agreement } = perCueSets(ctx.sets, 'purposes.passing', () => ({
    passing: gather(ctx.sets, (cues) => cues.passingPurposes).map((source) => re(source)),
    agreement: re(`(?<![\\p{L}])${anyOf(gather(ctx.sets, (set) => set.agreementNouns))}(?![\\p{L}])`),
  }));
  // An act's aim told in passing is the agreement's when the sentence is about the agreement ("This MOU is entered into
  // by A and B in order to establish …").
  const aboutAgreement = (text: string) => agreement.test(text) && passing.some((cue) => cue.test(text));
  return segments
    .filter((segment) => strong.some((cue) => cue.test(segment.text)))
    .map((segment) => ({
      segment,
      rule:
        stating.some((cue) => cue.test(segment.text)) || aboutAgreement(segment.text)
          ? 'stated-purpose'
          : 'in-passing',
    }));
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

/** Weaker purpose cues, trusted only inside a purpose section ("för att", "bidra till"). */
function weakCues(ctx: Context): RegExp[] {
  // Weak cues are short ("to", "för att") and collide across languages ("to ganger"): only the document's own count.
  const weakSets = ctx.language === 'und' ? ctx.sets : ctx.sets.slice(0, 1);
  return gather(weakSets, (cues) => cues.purposeSectionCues).map((source) => re(source));
}

/**
 * Rule: a sentence that opens with a pronoun for the agreement and says what it shall do, right after a sentence
 * that names the agreement ("Fylkestinget godkjente en samarbeidsavtale … . Den skal bidra til å iverksette …").
 */
function pronounPurposes(ctx: Context, segments: readonly Segment[]): Candidate[] {
  const cues = gather(ctx.sets, (set) => set.pronounPurposes).map((source) => re(source));
  const agreement = re(`(?<![\\p{L}])${anyOf(gather(ctx.sets, (set) => set.agreementNouns))}(?![\\p{L}])`);
  const found: Candidate[] = [];
  segments.forEach((segment, index) => {
    const previous = segments[index - 1];
    if (segment.item || !previous || !cues.some((cue) => cue.test(segment.text))) return;
    if (agreement.test(previous.text)) found.push({ segment, rule: 'pronoun-purpose' });
  });
  return found;
}

/** One party's duty or power ("Each party has the power to …", "ansvarar för att"): no purpose, even among purposes. */
function sectionDuties(ctx: Context): RegExp[] {
  return perCueSets(ctx.sets, 'purposes.sectionDuties', () =>
    gather(ctx.sets, (cues) => cues.sectionDuties).map((source) => re(source)),
  );
}

/** Rule: inside a purpose section, weaker cues ("för att", "bidra till") are enough. */
function purposeSectionSentences(ctx: Context, segments: readonly Segment[]): Candidate[] {
  const weak = weakCues(ctx);
  const duties = sectionDuties(ctx);
  const background = backgroundBeforeStatement(ctx, segmentsOf(ctx));
  return segments
    .filter((segment) => ctx.sectionOf[segment.block.index] === 'purpose')
    .filter((segment) => weak.some((cue) => cue.test(segment.text)))
    .filter((segment) => !duties.some((cue) => cue.test(segment.text)))
    .filter((segment) => !background.has(segment))
    .map((segment) => ({ segment, rule: 'purpose-section' }));
}

/**
 * Under a heading that names background as well as the purpose ("Bakgrund och parternas syfte", "Bakgrunn og
 * formål", "Background and purpose") the section tells the background first and then states the purpose: the
 * sentences before its first stated purpose are background, whatever weak cue they hold ("… visionen för att
 * omvandla …"). A section that states no purpose in so many words keeps them.
 */
function backgroundBeforeStatement(ctx: Context, segments: readonly Segment[]): Set<Segment> {
  // The segments with the headings among them: a heading opens the section it names.
  const { background } = perCueSets(ctx.sets, 'purposes.backgroundHeadings', () => ({
    background: re(`(?:^|\\s)${anyOf(gather(ctx.sets, (cues) => cues.headings.administrative))}(?![\\p{L}])`),
  }));
  const stating = statingCues(ctx);
  const found = new Set<Segment>();
  let heading: number | null = null;
  let pending: Segment[] = [];
  for (const segment of segments) {
    const { block } = segment;
    if (block.kind === 'heading') {
      heading = background.test(headingText(block)) ? block.index : null;
      pending = [];
      continue;
    }
    if (heading === null || ctx.sectionOf[block.index] !== 'purpose') continue;
    if (stating.some((cue) => cue.test(segment.text))) {
      for (const earlier of pending) found.add(earlier);
      heading = null;
      continue;
    }
    pending.push(segment);
  }
  return found;
}

/** Rule: the entries of a list whose lead-in states a purpose or names goals ("Målsettinger:", "Mål"). */
function purposeListEntries(ctx: Context, segments: readonly Segment[]): Candidate[] {
  const strong = strongCues(ctx);
  const weak = weakCues(ctx);
  // Flattened, a numbered purpose heading runs into its lead-in ("2. Syfte Samverkan ska: • öka …"): the heading word
  // at the start of an item stands for the section.
  const headed = re(`^${anyOf(gather(ctx.sets, (cues) => cues.headings.purpose))}\\s+`);
  const label = re(`(?<![\\p{L}])${anyOf(gather(ctx.sets, (cues) => cues.purposeListLabels))}(?![\\p{L}])`);
  const infinitive = re(`(?<![\\p{L}])${anyOf(gather(ctx.sets, (cues) => cues.infinitiveMarkers))}:$`);
  const markers = anyOf(gather(ctx.sets, (cues) => cues.infinitiveMarkers));
  // What may follow a cue in a lead-in that states nothing of its own: a few words and a colon ("… är att:",
  // "The objectives of this MOU are:"), but no infinitive with its verb ("… är att höja kvaliteten:").
  const bareRest = re(`^\\s*(?:[^\\s:]+\\s+){0,2}?[^\\s:]*\\s*:$`);
  const statesAim = re(`(?<![\\p{L}])${markers}\\s+\\p{L}`);
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
    // Under a purpose heading a short lead-in with a purpose-section cue ("2. Syfte" / "Samverkan ska:") announces
    // purposes; "Kommunen skal etablere:" announces what one party builds.
    const heading = segment.item ? headed.exec(segment.text) : null;
    const afterHeading = heading ? segment.text.slice(heading[0].length) : '';
    // The lead-in after the heading word starts a sentence of its own (case-sensitive: "Syfte Samverkan ska:").
    const headedLeadIn = /^\p{Lu}/u.test(afterHeading);
    const leadIn = headedLeadIn ? afterHeading : segment.text;
    const inSection =
      (headedLeadIn || ctx.sectionOf[segment.block.index] === 'purpose') &&
      /:$/u.test(leadIn) &&
      leadIn.split(/\s+/u).length <= SECTION_LEAD_IN_MAX_WORDS &&
      weak.some((cue) => cue.test(leadIn));
    if (!label.test(segment.text) && !completes && !inSection) return;
    // A bare lead-in ("Syftet med överenskommelsen är att:") only announces its entries; one that states a
    // purpose of its own before the list ("… är att höja kvaliteten, men även att:") stays a purpose.
    const bare =
      inSection ||
      strong.some((cue) => {
        const match = cue.exec(segment.text);
        if (match === null) return false;
        const rest = segment.text.slice((match.index ?? 0) + match[0].length);
        // "… is for the Partners to:" ends on its infinitive marker: the entries carry the verbs.
        return (bareRest.test(rest) || infinitive.test(rest)) && !statesAim.test(rest);
      });
    const entries = nested
      ? entriesAfter(segments, index, (next) => next.item && !next.quoted && /^\p{Ll}/u.test(next.text))
      : entriesAfter(segments, index);
    for (const entry of entries)
      found.push({
        segment: untilHeading(ctx, entry),
        rule: 'purpose-list-entry',
        ...(bare ? { leadIn: segment } : {}),
      });
  });
  return found;
}

/**
 * A list's last entry without its full stop runs on, once line breaks are lost, into the next section's heading and
 * first sentence ("• bidra til å styrke forskningen Organisering Styret er …"): the entry ends before a capitalised
 * section word (from the heading tables) that stands after a lower-case word and before a capitalised sentence.
 */
function untilHeading(ctx: Context, entry: Segment): Segment {
  const heading = perCueSets(ctx.sets, 'purposes.entryHeadings', () => {
    const words = gather(ctx.sets, (cues) => Object.values(cues.headings).flat()).filter((word) =>
      /^[\p{L}-]+$/u.test(word),
    );
    const labels = words.map(capitalised);
    return new RegExp(`(?<=\\p{Ll})\\s+(?=(?:${anyOf(labels)})\\s+\\p{Lu}\\p{Ll}*\\s+\\p{Ll})`, 'u');
  });
  const match = heading.exec(entry.text);
  if (!match) return entry;
  const text = entry.text.slice(0, match.index);
  return { ...entry, text, end: entry.start + text.length };
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

/** A statement under a purpose heading has at least this many words; a shorter line is a table-of-contents entry. */
const OPENING_MIN_WORDS = 5;

/**
 * Rule: the first sentence under a heading that is only the purpose label ("1. Syfte", "Formål", "Purpose") states the
 * purpose in the agreement's own words, whatever its cue ("Lidköping, Vara och Grästorp kommuner skall genom en
 * gemensam nämnd …"). Flattened, the heading runs into that sentence as one numbered entry ("1. Syfte Lidköping, …"):
 * the text after the label; so is a paragraph or sentence where a clause mark carries the label ("§ 1 Syfte Kommunerna …").
 * A lead-in to a list (ending in a colon) is left to the list rule; a heading that names more than the purpose
 * ("Bakgrund och syfte") opens with background.
 */
function purposeHeadingOpenings(ctx: Context, segments: readonly Segment[]): Candidate[] {
  const { bare, opening, marked, background } = perCueSets(ctx.sets, 'purposes.headingOpenings', () => {
    const labels = anyOf(gather(ctx.sets, (cues) => cues.purposeLabels));
    const and = anyOf(gather(ctx.sets, (cues) => cues.andWords));
    return {
      // The label may come first in a pair ("Formål og oppgaver", "Syfte och uppgifter", "Purpose and scope"): the
      // section then opens with the purpose, as under the label alone.
      bare: re(`^(?:${labels})(?:\\s+(?:${and}|&)\\s+[\\p{L}-]+)?[.:]?$`),
      // … unless the second word names background ("Formål og bakgrunn"), which may come first.
      background: re(
        `(?:${and}|&)\\s+${anyOf(gather(ctx.sets, (cues) => cues.headings.administrative))}[.:]?$`,
      ),
      // Case-sensitive after the label: the sentence starts with a capital ("Syfte Lidköping, …").
      opening: new RegExp(`^(?:${labels})\\s+(?=\\p{Lu})`, 'iu'),
      // Flattened, a clause mark with its number runs the purpose heading into the text around it, wherever the
      // segment starts ("… 1997-10-28 § 1 Syfte Kommunerna …", "Article II Purpose The …"); a roman or
      // OCR-read number ("§ I") does not cut a segment, so the mark may stand inside one. Case-sensitive: the
      // label is capitalised as a heading is.
      marked: new RegExp(
        `(?:^|\\s)(?:§|[Aa]rtikk?el|ARTIKK?EL|[Aa]rticle|ARTICLE|[Ss]ection|SECTION)\\s*(?:\\d{1,2}|[IVX]{1,4})[.:]?\\s+(?:${labels})[.:]?\\s+(?=\\p{Lu})`,
        'u',
      ),
    };
  });
  // One party's duty or power under the heading ("Each party has the power to …") is no purpose, as in a purpose section.
  const duties = sectionDuties(ctx);
  const statement = (text: string) =>
    /[.!]$/u.test(text) &&
    text.split(/\s+/u).length >= OPENING_MIN_WORDS &&
    /\s\p{Ll}/u.test(text) &&
    !duties.some((cue) => cue.test(text));
  const isLabel = (text: string) => bare.test(text) && !background.test(text);
  const found: Candidate[] = [];
  for (const [index, segment] of segments.entries()) {
    if (
      isLabel(headingText(segment.block)) ||
      (segment.item && isLabel(segment.text)) ||
      inlineHeading(segments, index, isLabel)
    ) {
      const next = segments[index + 1];
      if (next && next.block !== segment.block && !next.item && !next.quoted && statement(next.text))
        found.push({ segment: next, rule: 'purpose-heading-opening' });
      continue;
    }
    const label = (segment.item ? opening.exec(segment.text) : null) ?? marked.exec(segment.text);
    if (!label) continue;
    const offset = (label.index ?? 0) + label[0].length;
    const text = segment.text.slice(offset);
    if (/^\p{Lu}/u.test(text) && statement(text))
      found.push({
        segment: { ...segment, text, start: segment.start + offset },
        rule: 'purpose-heading-opening',
      });
  }
  return found;
}

/** A clause number standing alone as a sentence ("§2.", "3.", "4.1"), as a paragraph splits off its heading's number. */
const CLAUSE_NUMBER = /^(?:§\s*)?\d{1,2}(?:\.\d{1,2})*[.)]?$/u;

/**
 * A purpose label that ends a paragraph block as its own sentence is a heading the layout did not set apart (a wide gap
 * after "§2." keeps the line from reading as a heading): it is in capitals ("FORMÅL OG OPPGAVER") or follows its clause
 * number ("§2." / "Formål og oppgaver"), and the next block opens the section.
 */
function inlineHeading(
  segments: readonly Segment[],
  index: number,
  isLabel: (text: string) => boolean,
): boolean {
  const segment = segments[index];
  const next = segments[index + 1];
  if (!segment || segment.item || segment.block.kind === 'heading' || !isLabel(segment.text)) return false;
  if (next && next.block === segment.block) return false;
  const previous = segments[index - 1];
  const numbered =
    previous !== undefined && previous.block === segment.block && CLAUSE_NUMBER.test(previous.text);
  return numbered || segment.text === segment.text.toUpperCase();
}

/**
 * A photo caption describes the picture ("X visar avtalet, ett dokument som ska främja samarbetet. Foto: Y"): the
 * sentence right before a photo credit, or one that contains it, is no statement of the agreement's purpose.
 */
function withoutCaptions(ctx: Context, segments: readonly Segment[], candidates: Candidate[]): Candidate[] {
  const credit = photoCredit(ctx.sets);
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
  // A purpose denied ("Syftet är inte att ersätta befintliga nätverk") marks what the agreement is not for.
  const negated = gather(ctx.sets, (cues) => cues.negatedPurposes).map((source) => re(source));
  const validity = re(
    `(?<![\\p{L}])${anyOf(
      gather(ctx.sets, (cues) => [
        ...cues.validity.onSignature,
        ...cues.validity.untilTerminated,
        ...cues.validity.notice,
      ]),
    )}(?![\\p{L}])`,
  );
  const others = otherHoldersPurposes(ctx.sets);
  const copulas = purposeCopulas(ctx.sets);
  const ownAim = ownAimOfOneParty(ctx.sets);
  const position = (candidate: Candidate) => candidate.segment.block.index * 1e7 + candidate.segment.start;
  // A lead-in whose list was taken is not a purpose of its own: its entries say what it announces.
  const leadIns = new Set(candidates.flatMap((candidate) => (candidate.leadIn ? [candidate.leadIn] : [])));
  const kept: Candidate[] = [];
  for (const sorted of [...candidates].sort((a, b) => position(a) - position(b))) {
    const candidate = afterSpeech(ctx, sorted);
    if (candidate === null) continue;
    const { text } = candidate.segment;
    if (candidate.segment.quoted || QUOTE_START.test(text) || validity.test(text)) continue;
    if (negated.some((cue) => cue.test(text)) || ownAim.test(text)) continue;
    if (others.some((cue) => cue.test(text)) && !copulas.some((cue) => cue.test(text))) continue;
    if (text.length > PURPOSE_MAX_CHARS || leadIns.has(candidate.segment)) continue;
    // The same words twice (a labelled field inside a sentence already taken) count once.
    if (kept.some((other) => other.segment.text.includes(text) || text.includes(other.segment.text)))
      continue;
    kept.push(candidate);
  }
  return withoutAnnouncedPurpose(ctx, kept);
}

/**
 * One named organisation with an aim of its own ("Alby kommun har som målsättning att …", "Fjellby fylkeskommune har som
 * mål å …", "Alfa University has as its goal to …") states that party's goal, not the agreement's: the sentence opens with a
 * capitalised name ending in an organisation noun, with no second party joined to it, and the own-aim verb.
 */
function ownAimOfOneParty(sets: readonly LanguageCues[]): RegExp {
  return perCueSets(sets, 'purposes.ownAim', () => {
    const words = gather(sets, (cues) => cues.orgNouns);
    const nouns = anyOf([...words, ...words.map(capitalised)]);
    const verbs = anyOf(gather(sets, (cues) => cues.ownAimVerbs));
    // Case-sensitive, so that the name is capitalised as a name is; the noun may be either ("Alfa University").
    return re(`^\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2}\\s+\\p{L}*(?:${nouns})\\s+${verbs}\\s`, 'u');
  });
}

/**
 * Reported speech that lost its opening dash when line breaks were lost ("Foto: X – Et tettere samarbeid skal bidra til
 * …, sier Kari Nordmann.") is told by its attribution: a comma, a speech verb and a name. A purpose sentence that the
 * attribution runs into ("…, säger Eva Berg (S), ordförande i nämnden Ambitionen med avtalet är att …") starts at the
 * capitalised word after a lower-case one from which a strong cue still reads; without one the candidate is a quote.
 */
function afterSpeech(ctx: Context, candidate: Candidate): Candidate | null {
  const attribution = perCueSets(ctx.sets, 'purposes.speech', () => {
    const verbs = anyOf(gather(ctx.sets, (cues) => cues.speechVerbs));
    // Case-sensitive: the verb in lower case, a capitalised name somewhere after it.
    return new RegExp(`,\\s+${verbs}\\s+(?=[^.!?]*\\p{Lu})`, 'u');
  });
  const { text } = candidate.segment;
  const match = attribution.exec(text);
  if (!match) return candidate;
  const strong = strongCues(ctx);
  const after = (match.index ?? 0) + match[0].length;
  let start = -1;
  for (const boundary of text.slice(after).matchAll(/(?<=\p{Ll})\s+(?=\p{Lu}\p{Ll}*\s+\p{Ll})/gu)) {
    const at = after + (boundary.index ?? 0) + boundary[0].length;
    if (strong.some((cue) => cue.test(text.slice(at)))) start = at;
  }
  if (start < 0) return null;
  // The text after the attribution is no longer the quote, even when the quote opened the segment with its dash.
  const segment = {
    ...candidate.segment,
    text: text.slice(start),
    start: candidate.segment.start + start,
    quoted: false,
  };
  return { ...candidate, segment };
}

/**
 * A news lead that announces the signing with its aim ("… signed an MOU to designate …"), or a sentence that tells
 * the aim of one act ("… developed the programme in order to …"), says in passing what another sentence states in so
 * many words ("The purpose of the memorandum is to …", "Målet er at …", "Hensikten med avtalen var å …"): when the
 * text states its purpose by name, that statement is the purpose and the purposes in passing are not.
 */
function withoutAnnouncedPurpose(ctx: Context, kept: Candidate[]): Candidate[] {
  const nouns = perCueSets(ctx.sets, 'purposes.nouns', () =>
    gather(ctx.sets, (cues) => cues.purposeNouns).map((source) => re(source)),
  );
  const copulas = purposeCopulas(ctx.sets);
  const named = kept.some(
    (candidate) =>
      candidate.rule !== 'in-passing' &&
      [...nouns, ...copulas].some((cue) => cue.test(candidate.segment.text)),
  );
  return named ? kept.filter((candidate) => candidate.rule !== 'in-passing') : kept;
}
