import type { EvidenceSpan, Governance } from '../schema/letter-of-intent.ts';
import type { Context, FieldResult } from './context.ts';
import type { LanguageCues } from './cues/index.ts';
import {
  anyOf,
  escapeRegex,
  gather,
  matchesIn,
  numberSource,
  parseNumber,
  perCueSets,
  re,
  withCapitalised,
} from './patterns.ts';
import { segmentsOf } from './segments.ts';
import { type Block, CAPTION_KICKER, evidenceInBlock, sentences } from './text.ts';

/** Splits "museichefen respektive dekanus …" into roles; plain "och/and" stays inside a role name. */
const ROLE_SEPARATORS = /\s+(?:respektive|resp\.|samt|as well as|as also)\s+/iu;

/** Governance: the bodies named (with mandate), how often they meet, who is responsible for follow-up. */
export function extractGovernance(ctx: Context): FieldResult<Governance> {
  const evidence: Record<string, EvidenceSpan[]> = {};
  const bodies = findBodies(ctx, evidence);
  const meetingsPerYear = findMeetings(ctx, evidence);
  const responsible = findResponsible(ctx, evidence);
  return { value: { bodies, meetingsPerYear, responsible }, evidence, warnings: [] };
}

function findBodies(ctx: Context, evidence: Record<string, EvidenceSpan[]>): Governance['bodies'] {
  const { mandateCue, mandateVerb, bodyPatterns, decided, companyOwned, minutesOf } = perCueSets(
    ctx.sets,
    'governance.bodies',
    () => ({
      mandateCue: re(`(?:${anyOf(gather(ctx.sets, (cues) => cues.mandateCues))})\\s+`),
      mandateVerb: re(`(?<![\\p{L}])${anyOf(gather(ctx.sets, (cues) => cues.mandateVerbs))}\\s+`),
      bodyPatterns: new Map(
        ctx.sets.flatMap((cues) =>
          cues.governanceBodies.map(
            (body) => [body, re(`(?<![\\p{L}])${body.pattern}(?![\\p{L}])`, 'giu')] as const,
          ),
        ),
      ),
      decided: re(`(?<![\\p{L}])${anyOf(gather(ctx.sets, (cues) => cues.pastDecisionVerbs))}(?![\\p{L}])`),
      // "bolagets styrelse", and the seats in it counted after the genitive ("bolagets nio platser i styrelsen").
      companyOwned: re(
        `(?<![\\p{L}])${anyOf(gather(ctx.sets, (cues) => cues.companyGenitives))}\\s+(?:(?:\\p{L}+\\s+){0,3}?${SEATS_IN})?$`,
      ),
      minutesOf: re(`(?<![\\p{L}])${anyOf(gather(ctx.sets, (cues) => cues.minutesOfBodyLeads))}$`),
    }),
  );
  const found: {
    name: string;
    written: string;
    mandate: string | null;
    position: number;
    span: EvidenceSpan;
  }[] = [];
  for (const cues of ctx.sets) {
    for (const body of cues.governanceBodies) {
      if (found.some((entry) => entry.name === body.name)) continue;
      const pattern = bodyPatterns.get(body) ?? re(`(?<![\\p{L}])${body.pattern}(?![\\p{L}])`, 'giu');
      mentions: for (const block of ctx.doc.blocks) {
        for (const match of matchesIn(pattern, block.norm.text)) {
          const start = match.index ?? 0;
          const end =
            start +
            match[0].length +
            complementAfter(ctx, match[0], block.norm.text.slice(start + match[0].length));
          const sentence = sentences(block, ctx.abbreviations).find((s) => s.start <= start && start < s.end);
          // Rule decided-board: an organisation's board in a sentence about a decision already taken ("I oktober
          // beslutade Alby AB:s styrelse att rekommendera avtalet") approved the agreement; it does not run it.
          if (body.board && sentence && decided.test(sentence.text)) continue;
          // Rule owned-board: a board after a named organisation's genitive ("Västarvets styrelse", "Norrby FFs
          // styrelse", "Alby AB:s styrelse") is that organisation's own board, not a body of the cooperation.
          // Rule company-board: so is a board after a company named by a common noun ("bolagets styrelse").
          const before = block.norm.text.slice(0, start);
          if (body.board && (OWNER_GENITIVE.test(before) || companyOwned.test(before))) continue;
          // A word the line broke with a hyphen ("Läns- styrelsen") is a longer word, not the body.
          if (HYPHEN_BROKEN.test(block.norm.text.slice(0, start))) continue;
          // Rule minutes-of-body: "Referat fra møte i koordineringsgruppa" cites a record of the body's meeting.
          if (minutesOf.test(before)) continue;
          const mandate = sentence
            ? mandateIn(ctx, sentence.text.slice(end - sentence.start), mandateCue, mandateVerb)
            : null;
          const from = start - adjectiveBefore(ctx, before);
          found.push({
            name: body.name,
            written: asWritten(block.norm.text.slice(from, end)),
            mandate,
            position: block.start + from,
            span: evidenceInBlock(ctx.doc, block, from, end),
          });
          break mentions;
        }
      }
    }
  }
  found.push(...jointCommittees(ctx, found));
  found.push(...establishedBodies(ctx, found));
  found.push(...setUpBodies(ctx, found));
  found.sort((a, b) => a.position - b.position);
  found.forEach((entry, index) => {
    evidence[`governance.bodies[${index}].name`] = [entry.span];
  });
  return found.map(({ written, mandate }) => ({ name: written, mandate }));
}

/**
 * Rule body-adjective: "den administrative styringskomiteen", "den strategiska ledningsgruppen": after a definite
 * determiner (`bodyAdjectiveDeterminers`) a word in lower case ending in -a or -e before the body is its adjective
 * (double definiteness) and part of its name; a numeral ("de tre arbetsgrupperna") is not. Returns the length of
 * the adjective and the space after it at the end of `before`, or 0.
 */
function adjectiveBefore(ctx: Context, before: string): number {
  const lead = perCueSets(ctx.sets, 'governance.bodyAdjective', () => {
    const determiners = gather(ctx.sets, (cues) => cues.bodyAdjectiveDeterminers);
    return determiners.length > 0
      ? re(`(?<![\\p{L}])(?:${anyOf(determiners)})\\s+(?<adjective>\\p{Ll}{2,}[ae]\\s+)$`, 'iu')
      : null;
  });
  const adjective = lead?.exec(before)?.groups?.adjective;
  if (!adjective || !/^\p{Ll}/u.test(adjective) || parseNumber(adjective.trim(), ctx.sets) !== null) return 0;
  return adjective.length;
}

/** Seats in a board, between a company's genitive and the board ("nio platser i", "two seats on the"). */
const SEATS_IN = '(?:platser|plats|plasser|plass|seats?)\\s+(?:i|on|in)\\s+(?:the\\s+)?';

/**
 * A capitalised name's genitive right before a word ("Västarvets ", "Norrby FFs ", "Alby AB:s "), or a genitive
 * followed by the organisation's abbreviation in brackets ("… fritidschefers (FSKF) ", "Norrby Fotbollsförenings (NFF) ").
 */
const OWNER_GENITIVE = /(?:\p{Lu}[\p{L}\d-]*(?::s|s)|\p{L}+s\s+\(\p{Lu}[\p{Lu}\d&-]{1,9}\))\s+$/u;

/** The first half of a word broken at a line end ("Läns- "), right before a match. */
const HYPHEN_BROKEN = /\p{L}-\s+$/u;

/**
 * A body's name as the document writes it ("styringsgruppa", "arbetsgrupper"): readers quote the text, and
 * an inflected form shares no word with the dictionary form. A capital that only opens the sentence goes.
 */
function asWritten(text: string): string {
  const name = text.replace(/\s+/gu, ' ').trim();
  return /^\p{Lu}[^\p{Lu}]*$/u.test(name) ? name.toLowerCase() : name;
}

/** A capitalised complement joined to a body's name, up to this many words ("… for Business Development and Economic Relations"). */
const BODY_COMPLEMENT_MAX_WORDS = 6;

/** The source of a capitalised complement after a body's name: "on Cooperation", "for Business Development and Economic Relations". */
function complementSource(ctx: Context): string {
  const links = anyOf(gather(ctx.sets, (cues) => cues.bodyNameLinks));
  const ands = anyOf(gather(ctx.sets, (cues) => cues.andWords));
  const word = '\\p{Lu}[\\p{L}/-]*';
  return `(?:\\s+${links}\\s+${word}(?:\\s+(?:${ands}\\s+|&\\s+)?${word}){0,${BODY_COMPLEMENT_MAX_WORDS - 1}}(?![\\p{L}]))`;
}

/**
 * Rule: a body written as a proper name goes on with its capitalised complement ("The Working Group for Business
 * Development and Economic Relations (hereinafter the Working Group)"); a lower-case mention has none.
 * Returns the length of the complement after `name` in `rest`.
 */
function complementAfter(ctx: Context, name: string, rest: string): number {
  if (!name.split(/\s+/u).every((word) => /^\p{Lu}/u.test(word))) return 0;
  return re(`^${complementSource(ctx)}`, 'u').exec(rest)?.[0].length ?? 0;
}

/** A capitalised body's name: capitalised words, a body noun and a capitalised complement ("Committee on Cooperation"). */
function namedBodySource(ctx: Context): string {
  const nouns = anyOf(gather(ctx.sets, (cues) => cues.namedBodyNouns));
  return `(?<name>(?:\\p{Lu}[\\p{L}-]*\\s+){0,8}${nouns}${complementSource(ctx)}?)(?![\\p{L}])`;
}

/** A determiner that opens a capitalised name ("A Standing Committee", "The Executive Committee") is not part of it. */
function withoutDeterminer(ctx: Context, name: string): string {
  const first = name.split(/\s+/u)[0]?.toLowerCase() ?? '';
  return ctx.sets.some((cues) => cues.determiners.includes(first)) ? name.slice(name.indexOf(' ') + 1) : name;
}

/** A colon right after a name: the name is a form's field label. */
const FIELD_LABEL_AFTER = /^\s*:/u;

type FoundBody = { name: string; written: string; mandate: null; position: number; span: EvidenceSpan };

/**
 * Rule: a named body the parties set up or that meets: after an establishing verb ("agree to establish a Nordic
 * Universities Audit Council", "establish a Committee on Cooperation"), before a passive set-up ("A Standing
 * Cooperation Committee is hereby established"), or as the subject of a sentence about meeting ("The Executive
 * Committee, comprised of …, meets quarterly"). A body noun alone ("a Committee") names nothing.
 */
function establishedBodies(
  ctx: Context,
  taken: readonly { written: string; position: number }[],
): FoundBody[] {
  const verbs = anyOf(gather(ctx.sets, (cues) => cues.establishVerbs));
  const passives = anyOf(gather(ctx.sets, (cues) => cues.establishedPassives));
  const meetingWords = re(anyOf(gather(ctx.sets, (cues) => cues.meetingWords)));
  const body = namedBodySource(ctx);
  const patterns = [
    re(`(?<![\\p{L}])${verbs}\\s+(?:(?:a|an|the|en|ett|ei|et)\\s+)?${body}`, 'gu'),
    re(`(?<![\\p{L}-])${body}\\s+(?:\\([^)]{1,60}\\)\\s+)?${passives}(?![\\p{L}])`, 'gu'),
  ];
  const subject = re(`^${body}`, 'u');
  const out: FoundBody[] = [];
  const add = (block: Block, start: number, written: string) => {
    const name = withoutDeterminer(ctx, written);
    if (name.split(/\s+/u).length < 2) return;
    const at = start + written.length - name.length;
    const position = block.start + at;
    // A body the cue table already found, here or under its own heading, is not named twice.
    const known = [...taken, ...out].some(
      (entry) =>
        (entry.position >= position && entry.position < position + name.length) ||
        name.toLowerCase().includes(entry.written.toLowerCase()) ||
        entry.written.toLowerCase().includes(name.toLowerCase()),
    );
    if (known) return;
    out.push({
      name,
      written: name,
      mandate: null,
      position,
      span: evidenceInBlock(ctx.doc, block, at, at + name.length),
    });
  };
  for (const block of ctx.doc.blocks) {
    for (const pattern of patterns) {
      for (const match of block.norm.text.matchAll(pattern)) {
        const name = match.groups?.name;
        if (name) add(block, (match.index ?? 0) + match[0].indexOf(name), name);
      }
    }
  }
  for (const segment of segmentsOf(ctx)) {
    if (!meetingWords.test(segment.text)) continue;
    const match = subject.exec(segment.text);
    const name = match?.groups?.name;
    // Rule label-body: a body noun before a colon is a form's field label ("Møteinnkalling Utvalg: Formannskapet",
    // "Committee: Finance"), naming the meeting's organ, not a body of the cooperation.
    if (name && !FIELD_LABEL_AFTER.test(segment.text.slice(name.length)))
      add(segment.block, segment.start, name);
  }
  return out;
}

/**
 * Where a sentence starts: at a segment's start, or at a capitalised word after a space, where a heading without a
 * stop ran into the sentence ("§ 5. Anläggningsråd Ett anläggningsråd ska finnas").
 */
const SENTENCE_START = '(?:^|(?<=\\s)(?=\\p{Lu}))';

/** The source of an indefinite lower-case body in one language: article, at most one modifier (two in English) and the noun. */
function setUpBodySource(cues: LanguageCues): string {
  const { nouns, compounds, articles } = cues.setUpBody;
  const noun = compounds
    ? `(?:\\p{Ll}+\\s+)?\\p{Ll}*${anyOf(nouns)}`
    : `(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}?${anyOf(nouns)}`;
  // "et utvalg av tilbud", "a forum of experts": a selection or a gathering, not a body.
  return `${anyOf(withCapitalised(articles))}\\s+(?<name>${noun})(?![\\p{L}])(?!\\s+(?:av|of)\\s)`;
}

/** A proper name: capitalised words, and the abbreviation in brackets after them ("Central Mountain RETAC (CM-RETAC)"). */
const PROPER_NAME =
  '(?:\\p{Lu}[\\p{L}\\d-]*\\s+){0,6}\\p{Lu}[\\p{L}\\d-]*(?:\\s*\\(\\p{Lu}[\\p{Lu}\\d-]{1,15}\\))?';

/**
 * Rule body-alias: a body's common noun, maybe with its abbreviation in brackets, then the proper name it is known by
 * ("a regional advisory council (RETAC), known as the Central Mountain RETAC (CM-RETAC)"): the body is the name.
 */
function bodyAliasSource(cues: LanguageCues): string {
  const { nouns, compounds } = cues.setUpBody;
  const noun = compounds ? `\\p{Ll}*${anyOf(nouns)}` : anyOf(nouns);
  return `(?<![\\p{L}])${noun}(?:\\s*\\([^)]{1,20}\\))?,?\\s+${anyOf(cues.bodyAliasLinks)}\\s+(?:the\\s+)?["“”]?(?<name>${PROPER_NAME})`;
}

/**
 * Rule set-up-body: a body without a name of its own that the agreement sets up or says exists, in a sentence of
 * existence or set-up ("Ett anläggningsråd ska finnas med representanter från …", "Det skal opprettes et
 * samarbeidsutvalg", "There shall be a joint council"). The body is the noun as written. An establishing verb alone
 * ("agree to form a committee", "å etablere et utvalg") is left out: news tells that way of committees set up for
 * other ends (a council's committee to study a proposal).
 */
function setUpBodies(ctx: Context, taken: readonly { written: string; position: number }[]): FoundBody[] {
  // A body of the cue table in any of its forms ("en styringsgruppe" after "Styringsgruppa …") is found already.
  const tableBody = perCueSets(ctx.sets, 'governance.tableBody', () =>
    re(
      `(?<![\\p{L}])(?:${ctx.sets.flatMap((cues) => cues.governanceBodies.map((body) => body.pattern)).join('|')})(?![\\p{L}])`,
    ),
  );
  const { existence, aliases, anyNoun, anyLink } = perCueSets(ctx.sets, 'governance.setUpBodies', () => ({
    existence: ctx.sets.flatMap((cues) => {
      const body = setUpBodySource(cues);
      return cues.setUpBody.existence.map((form) =>
        re(form.replace('START ', SENTENCE_START).replace('BODY', body), 'gu'),
      );
    }),
    aliases: ctx.sets.map((cues) => re(bodyAliasSource(cues), 'gu')),
    // The patterns read compounds letter by letter; text without a body noun or a naming link is passed over
    // first, at the cost of one plain search (issue 12).
    anyNoun: re(anyOf(gather(ctx.sets, (cues) => cues.setUpBody.nouns))),
    anyLink: re(anyOf(gather(ctx.sets, (cues) => cues.bodyAliasLinks))),
  }));
  const out: FoundBody[] = [];
  const read = (block: Block, offset: number, text: string, patterns: readonly RegExp[], alias: boolean) => {
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        const name = match.groups?.name;
        if (!name) continue;
        // A body of the cue table is found under its table name, and a name it is known by is no second body. A
        // body coordinated with one of the table ("med en styringsgruppe … og et prosjektteam") is a body of its own.
        if (tableBody.test(alias ? match[0] : name)) continue;
        const at = offset + (match.index ?? 0) + match[0].lastIndexOf(name);
        const written = name.replace(/\s+/gu, ' ');
        const known = [...taken, ...out].some(
          (entry) =>
            written.toLowerCase().includes(entry.written.toLowerCase()) ||
            entry.written.toLowerCase().includes(written.toLowerCase()),
        );
        if (known) continue;
        out.push({
          name: written,
          written,
          mandate: null,
          position: block.start + at,
          span: evidenceInBlock(ctx.doc, block, at, at + name.length),
        });
      }
    }
  };
  for (const segment of segmentsOf(ctx))
    if (anyNoun.test(segment.text)) read(segment.block, segment.start, segment.text, existence, false);
  // A name may open what the segmenter takes for a sentence ("… organ, benämnt Älvdalsrådet"): the whole block is read.
  for (const block of ctx.doc.blocks)
    if (anyLink.test(block.norm.text) && anyNoun.test(block.norm.text))
      read(block, 0, block.norm.text, aliases, true);
  return out;
}

/**
 * The text right after a joint committee's opening in which its name follows, in brackets ("… (räddningsnämnden)")
 * or given by a naming verb in the next sentence ("Den gemensamma nämnden ska benämnas …").
 */
const JOINT_NAMING_MAX_CHARS = 200;

/** A joint committee's given name goes on after its noun with at most this many words ("… ekonomi och IT"). */
const JOINT_NAME_TAIL_WORDS = 4;

/**
 * Rule joint-committee: municipalities that set up a joint committee ("Avtal om gemensam räddningsnämnd", "en
 * gemensam nämnd för räddningstjänsten (räddningsnämnden)") name it by its definite form; the body is that name
 * as first written, with the host municipality written after it ("Servicenämnden i Mora kommun"). A joint
 * committee without a name of its own ("gemensam nämnd" and no alias in brackets) is left to the reader.
 */
function jointCommittees(ctx: Context, taken: readonly { written: string }[]): FoundBody[] {
  for (const cues of ctx.sets) {
    const joint = cues.jointCommittee;
    if (!joint) continue;
    const opening = re(`(?<![\\p{L}])${joint.opening}(?![\\p{L}])`);
    for (const block of ctx.doc.blocks) {
      const match = opening.exec(block.norm.text);
      if (!match) continue;
      const stem = match.groups?.stem ?? '';
      // Rule joint-named: a joint committee without a name of its own in its opening may be given one after it
      // ("… i en gemensam nämnd. Den gemensamma nämnden ska benämnas servicenämnden ekonomi och IT."): the name is
      // the definite noun and the words that end the sentence with it, as the corpus writes the committee.
      const name = stem
        ? re(`(?<![\\p{L}])${escapeRegex(stem)}${joint.definite}(?:\\s+${joint.host})?(?![\\p{L}])`)
        : re(
            `(?<=\\(\\s*)\\p{L}+${joint.definite}(?=\\s*\\))|(?<=${joint.naming}\\s+)\\p{L}+${joint.definite}(?:\\s+[\\p{L}-]+){0,${JOINT_NAME_TAIL_WORDS}}?(?=\\s*[.;]|\\s*$)`,
          );
      const from = stem ? 0 : (match.index ?? 0) + match[0].length;
      for (const other of ctx.doc.blocks) {
        if (!stem && other !== block) continue;
        const text = stem ? other.norm.text : other.norm.text.slice(from, from + JOINT_NAMING_MAX_CHARS);
        const found = name.exec(text);
        if (!found) continue;
        const start = (stem ? 0 : from) + (found.index ?? 0);
        const written = asWritten(found[0]);
        if (taken.some((entry) => entry.written.toLowerCase() === written.toLowerCase())) return [];
        return [
          {
            name: written,
            written,
            mandate: null,
            position: other.start + start,
            span: evidenceInBlock(ctx.doc, other, start, start + found[0].length),
          },
        ];
      }
      // An opening without a name of its own in its block (a title "Avtal om gemensam nämnd") leaves the naming
      // to the next block that opens the committee.
      if (stem) return [];
    }
  }
  return [];
}

/**
 * The mandate in the rest of a body's sentence: after a mandate cue ("med uppdrag att" → dropped) or from a
 * verb of responsibility ("ansvarar för uppföljningen" → kept), whichever comes first. A coordinated clause
 * about meetings ("… och sammanträder fyra gånger per år") is not part of the mandate, and a "mandate" that
 * is only about meeting is none.
 */
function mandateIn(ctx: Context, after: string, cue: RegExp, verb: RegExp): string | null {
  const dropped = cue.exec(after);
  const kept = verb.exec(after);
  let text: string;
  if (kept && (!dropped || (kept.index ?? 0) <= (dropped.index ?? 0))) text = after.slice(kept.index ?? 0);
  else if (dropped) text = after.slice((dropped.index ?? 0) + dropped[0].length);
  else return null;
  const meeting = anyOf(gather(ctx.sets, (cues) => cues.meetingWords));
  const ands = anyOf(gather(ctx.sets, (cues) => cues.andWords));
  if (re(`^(?:\\p{L}+\\s+)?${meeting}`).test(text)) return null;
  const coordinated = re(`,?\\s+(?:${ands})\\s+(?:\\p{L}+\\s+)?${meeting}`).exec(text);
  if (coordinated) text = text.slice(0, coordinated.index);
  return text.replace(/[.;,]\s*$/u, '').trim() || null;
}

function findMeetings(ctx: Context, evidence: Record<string, EvidenceSpan[]>): number | null {
  const { counted, fixed, meetingWords, bodyFollowUp } = perCueSets(ctx.sets, 'governance.meetings', () => {
    const num = numberSource(ctx.sets);
    return {
      counted: gather(ctx.sets, (cues) => cues.timesPerYear).map((source) =>
        re(`(?<![\\p{L}])${source.replace('NUM', `(?<n>${num})`)}`),
      ),
      fixed: ctx.sets
        .flatMap((cues) => cues.frequencies)
        .map((frequency) => ({ perYear: frequency.perYear, regex: re(frequency.pattern) })),
      meetingWords: re(anyOf(gather(ctx.sets, (cues) => cues.meetingWords))),
      bodyFollowUp: [
        re(
          `(?<![\\p{L}])(?:${ctx.sets.flatMap((cues) => cues.governanceBodies.map((body) => body.pattern)).join('|')})(?![\\p{L}])`,
        ),
        re(`(?<![\\p{L}])${anyOf(gather(ctx.sets, (cues) => cues.followUpVerbs))}(?![\\p{L}])`),
      ],
    };
  });
  const hits: { value: number; span: EvidenceSpan }[] = [];
  // Segments, not raw sentences: a run-on block of recitals ("… ; and WHEREAS …") is one sentence, and a
  // frequency in one recital must not meet a meeting word in another.
  for (const sentence of segmentsOf(ctx)) {
    const { block } = sentence;
    // Rule meeting-sentence: a frequency is a meeting count only where its sentence speaks of meeting, or of a
    // body following the cooperation up ("en gemensam ledningsgrupp ska följa upp samarbetet två gånger per år").
    // "The agreement is reviewed annually", "rapporterar årligen", and what else a body does at a frequency
    // ("Styrgruppen utvärderar samarbetet årligen", "the working group reviews the plan annually") count nothing.
    const followedUp = bodyFollowUp.every((cue) => cue.test(sentence.text));
    if (!followedUp && !meetingWords.test(sentence.text)) continue;
    for (const pattern of counted) {
      const match = pattern.exec(sentence.text);
      const value = match?.groups?.n ? parseNumber(match.groups.n, ctx.sets) : null;
      if (match && value !== null) {
        const start = sentence.start + (match.index ?? 0);
        hits.push({
          value,
          span: evidenceInBlock(ctx.doc, block, start, start + match[0].length),
        });
      }
    }
    for (const frequency of fixed) {
      const match = frequency.regex.exec(sentence.text);
      if (match) {
        const start = sentence.start + (match.index ?? 0);
        hits.push({
          value: frequency.perYear,
          span: evidenceInBlock(ctx.doc, block, start, start + match[0].length),
        });
      }
    }
  }
  const best = hits[0];
  if (!best) return null;
  evidence['governance.meetingsPerYear'] = [best.span];
  return best.value;
}

/** A person's name: two or more capitalised words ("Eli Skaranger", "Brit Maria Marcussen"). */
const PERSON_NAME = /\p{Lu}\p{Ll}+(?:[\s-]+\p{Lu}\p{Ll}+)+/u;

/**
 * "X fra A og underdirektør Y ved B", "X, rektor ved A, og Y, ordfører i B": people joined by "og/och/and" are
 * each responsible. Split only when every piece names someone, so "forskning og utvikling" stays one role; a
 * name's apposition after a comma ("X, rektor ved A") is not part of the name.
 */
function namedPeople(ctx: Context, part: string): string[] {
  const ands = anyOf(gather(ctx.sets, (cues) => cues.andWords));
  const pieces = part.split(re(`,?\\s+(?:${ands})\\s+`));
  if (pieces.length < 2 || !pieces.every((piece) => PERSON_NAME.test(piece))) return [part];
  return pieces.map((piece) =>
    /^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(piece) ? piece.replace(/,.*$/su, '') : piece,
  );
}

/** An inflectional ending ("s", "er", "ene") is at most this long. */
const INFLECTION_MAX_CHARS = 3;

/** True when two roles differ only by an inflectional ending ("contact person" / "contact persons"). */
function sameRoleInflected(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return (
    long.length - short.length <= INFLECTION_MAX_CHARS &&
    long.toLowerCase().startsWith(short.toLowerCase()) &&
    /^\p{Ll}*$/u.test(long.slice(short.length))
  );
}

/**
 * Rule relative-subject: a subject that ends in a relative pronoun ("Hver part utpeker en kontaktperson som har
 * ansvar for oppfølgingen", "a coordinator who is responsible for …") is a clause; the role is the noun phrase the
 * pronoun refers to, after the last determiner ("kontaktperson"), or nothing when no determiner marks it.
 */
function subjectOfRelative(ctx: Context, phrase: string): string {
  const words = phrase.split(/\s+/u);
  const last = words.at(-1)?.toLowerCase() ?? '';
  if (!ctx.sets.some((cues) => cues.relativeWords.includes(last))) return phrase;
  const head = words.slice(0, -1);
  if (head.length <= 1) return head.join(' ');
  const determiners = new Set(gather(ctx.sets, (cues) => cues.determiners));
  const at = head.findLastIndex((word) => determiners.has(word.toLowerCase()));
  if (at < 0) return '';
  return head.slice(at + 1).join(' ');
}

function findResponsible(ctx: Context, evidence: Record<string, EvidenceSpan[]>): string[] {
  // Each pattern runs over every segment: built once per language, read with `matchesIn`.
  const patterns = perCueSets(ctx.sets, 'governance.responsiblePatterns', () =>
    gather(ctx.sets, (cues) => cues.responsiblePatterns).map((source) => re(source, 'giu')),
  );
  const meetingWords = re(`^\\S*\\s*\\S*(?:${anyOf(gather(ctx.sets, (cues) => cues.meetingWords))})`);
  const titleLead = re(`^${anyOf(gather(ctx.sets, (cues) => cues.agreementNouns))}\\s+(?=\\p{Lu})`, 'u');
  const roles: string[] = [];
  const spans: EvidenceSpan[] = [];
  // Segments, not raw sentences: a clause number that lost its line ("1.6 Parternas tjänstemän ansvarar …")
  // must not stand before the subject the patterns anchor at the start.
  for (const sentence of segmentsOf(ctx)) {
    const { block } = sentence;
    for (const pattern of patterns) {
      for (const match of matchesIn(pattern, sentence.text)) {
        const who = match.groups?.who;
        if (!who) continue;
        const whoStart = sentence.start + (match.index ?? 0) + match[0].indexOf(who);
        let offset = 0;
        for (const part of who.split(ROLE_SEPARATORS).flatMap((piece) => namedPeople(ctx, piece))) {
          const at = who.indexOf(part, offset);
          offset = at + part.length;
          // "Samarbeidet følges opp av faste samarbeidsmøter": meetings follow it up, nobody is named.
          if (meetingWords.test(part)) continue;
          const phrase = part
            // A caption's capitalised kicker ("HOLDER I TRÅDENE: X …") is no part of the role.
            .replace(CAPTION_KICKER, '')
            .replace(/^(?:the)\s+/iu, '')
            // "en styrgrupp med representanter för parterna": who is in it is no part of the role either.
            .replace(/\s+(?:at|hos|vid|ved|fra|från|from|med|with)\s+.*$/iu, '')
            .replace(/[.,;:]\s*$/u, '')
            .trim()
            // Rule title-run-on: a text that lost its line breaks runs its title into the first sentence
            // ("Samverkansavtal Kulturrådet ansvarar för …"); the agreement's name opens no role.
            .replace(titleLead, '');
          const role = subjectOfRelative(ctx, phrase);
          if (!role || roles.includes(role)) continue;
          const start = whoStart + at + part.indexOf(role);
          const span = evidenceInBlock(ctx.doc, block, start, start + role.length);
          // "Each Party shall appoint a contact person. The contact persons shall be responsible …": one role, in
          // its plural; the form with the longer ending replaces the other.
          const same = roles.findIndex((known) => sameRoleInflected(known, role));
          if (same >= 0) {
            if (role.length > (roles[same] ?? '').length) {
              roles[same] = role;
              spans[same] = span;
            }
            continue;
          }
          roles.push(role);
          spans.push(span);
        }
      }
    }
  }
  spans.forEach((span, index) => {
    evidence[`governance.responsible[${index}]`] = [span];
  });
  return roles;
}
