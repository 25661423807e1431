import { wordLexicon } from '../language/model.ts';
import type { Context, FieldResult } from './context.ts';
import type { LanguageCues } from './cues/index.ts';
import { findDates } from './dates.ts';
import { isOrgWord } from './party-lists.ts';
import {
  anyOf,
  capitalised,
  escapeRegex,
  gather,
  matchesIn,
  perCueSets,
  photoCredit,
  re,
  withCapitalised,
} from './patterns.ts';
import {
  type Block,
  evidenceAt,
  evidenceInBlock,
  evidenceInNorm,
  type Line,
  type Norm,
  normalize,
} from './text.ts';
import { isDateAfterHeadline } from './title.ts';

export interface DatePlaceReference {
  date: string | null;
  place: string | null;
  reference: string | null;
}

/**
 * How much a date source is trusted, best first: a labelled date, a place-and-date line, a signing phrase, an
 * adoption phrase, a lone date line.
 */
enum DateSource {
  Labelled = 0,
  PlaceLine = 1,
  SigningPhrase = 2,
  Adopted = 3,
  Alone = 4,
}

interface Candidate {
  source: DateSource;
  iso: string;
  place: string | null;
  norm: Norm;
  dateStart: number;
  dateEnd: number;
  /** Range of the place in `norm` (the place leads a place-and-date line; it follows "Signed in"). */
  placeStart: number;
  placeEnd: number;
}

/** A signing phrase ends at most this many characters before its date ("entered into on the"). */
const SIGNING_PHRASE_WINDOW = 60;
/** A byline's writer between a date label and the date ("Postet av FIL AKS-77 den") takes this many characters at most. */
const BYLINE_NAME_CHARS = 40;
/** Signers named between the signing verb and the date ("signert av ordfører og rektor") take this many characters at most. */
const SIGNERS_BEFORE_DATE_CHARS = 40;

/** A clock time after a date, with its zone ("08:00 CEST", "kl. 10.15", "9:15 AM"). */
const CLOCK_TIME_AFTER_DATE =
  /^,?\s*(?:kl\.?\s*)?\d{1,2}[:.]\d{2}(?:\s*(?:[AaPp]\.?[Mm]\.?|[A-Z]{2,4}))?\s*$/u;

/** A clock time right after a date, on its line ("KL. 16:25", ", 08:00"): the date is a publication stamp. */
const CLOCK_TIME_AT = /^[^\S\n]*,?[^\S\n]*(?:kl\.?[^\S\n]*)?\d{1,2}[:.]\d{2}(?!\d)/iu;

/**
 * A prose line runs on into the next when it has at least this many words, no closing mark, and it reaches the
 * margin: this share of the text's full line (`Doc.fullLine`). A paragraph's last line that lacks
 * its full stop ("… till dess att det sägs upp av endera parten" over "Luleå 2016 09 23") stops short of it.
 */
const WRAPPED_PROSE_MIN_WORDS = 6;
const WRAPPED_SHARE = 0.8;

/** True when a line is wrapped prose whose sentence goes on in the next line (see WRAPPED_SHARE). */
function continuesSentence(line: Line | undefined, fullLine: number): boolean {
  if (line === undefined || line.blank || /[.!?:;)\]]$/u.test(line.clean)) return false;
  return (
    line.clean.split(/\s+/u).length >= WRAPPED_PROSE_MIN_WORDS &&
    line.clean.length >= fullLine * WRAPPED_SHARE
  );
}

/**
 * Rule wire-dateline: what follows a news dateline's date before the lead. A wire service's tag may stand between
 * date and dash ("CLEVELAND, Feb. 1, 2021 /PRNewswire/ -- …", "OSLO, 3 March 2020 (NTB) – …"), and a typist's double
 * hyphen is a dash.
 */
const DATELINE_DASH_AFTER = /^(?:\/[^/\n]{1,40}\/\s*|\([^)\n]{1,40}\)\s*)?(?:--|[—–-])\s/u;

/** Longest plausible place name before a date: one to three capitalised words. */
const PLACE = '(?<place>[\\p{L}][\\p{L}\\-]+(?:\\s[\\p{L}][\\p{L}\\-]+){0,2})';

/** A letter's date stands within this many characters of the text's start, after a label this short at most. */
const LETTER_HEAD_CHARS = 60;
/** Between a letter's date and its subject label or salutation stands the addressee: this many characters at most. */
const LETTER_ADDRESS_CHARS = 80;

/** The addressee (no sentence end) and then a subject label or salutation (`letterOpenings`) right after a date. */
function letterOpening(ctx: Context): RegExp {
  return perCueSets(ctx.sets, 'date-place.letterOpening', () =>
    re(
      `^[^.!?]{0,${LETTER_ADDRESS_CHARS}}?(?<![\\p{L}])${anyOf(gather(ctx.sets, (cues) => cues.letterOpenings))}`,
    ),
  );
}

/**
 * Rule page-stamp-not-signing: the label before a date is a web page's publication stamp ("Publicerad: 2018-03-06",
 * "Senast uppdaterad:", "Posted on"). On an agreement's page that dates the page, not the signing, so the date is no
 * candidate there; on an article it is the publication date.
 */
function publicationStamp(ctx: Context, before: string): boolean {
  const stamp = perCueSets(ctx.sets, 'date-place.publicationStamp', () =>
    re(`(?<![\\p{L}])${anyOf(gather(ctx.sets, (cues) => cues.publicationLabels))}(?![\\p{L}])`),
  );
  return stamp.test(before);
}

/**
 * Rule release-label: a press release's heading, capitalised, right before the date ("FOR IMMEDIATE RELEASE October
 * 11, 2004", "Pressmeddelande 12 mars 2021"), labels the release's date, also where the text lost its line breaks and
 * the heading runs on after the letterhead ("NEWS RELEASE FOR IMMEDIATE RELEASE October 11, 2004").
 */
function afterReleaseLabel(ctx: Context, before: string): boolean {
  const label = perCueSets(ctx.sets, 'date-place.releaseLabel', () =>
    re(`(?:^|\\s)(?<label>${anyOf(gather(ctx.sets, (cues) => cues.releaseLabels))})\\s*:?$`),
  );
  // The regex ignores case, where `\p{Lu}` would match any letter: the heading's capital is checked apart.
  return /^\p{Lu}/u.test(label.exec(before)?.groups?.label ?? '');
}

/**
 * Finds the signing or publication date, the place of signing and the registration reference. `isAgreement`: the
 * document is the agreement itself, whose date is its signing, never its web page's publication stamp.
 */
export function extractDatePlaceReference(
  ctx: Context,
  isNews = false,
  isAgreement = false,
): FieldResult<DatePlaceReference> {
  const { doc, sets } = ctx;
  const evidence: FieldResult<DatePlaceReference>['evidence'] = {};
  const labels = anyOf(gather(sets, (cues) => cues.dateLabels));
  const leads = anyOf(gather(sets, (cues) => cues.dateLeadWords));
  const signing = anyOf(gather(sets, (cues) => cues.signingDatePhrases));
  const months = perCueSets(
    sets,
    'date-place.months',
    () => new Set(gather(sets, (cues) => Object.keys(cues.months))),
  );
  const signedAt = anyOf(gather(sets, (cues) => cues.signedAtPhrases));
  const startsSignedAt = re(`^${signedAt}(?![\\p{L}])`);
  const candidates: Candidate[] = [];

  const firstLine = doc.lines.findIndex((line) => !line.blank);
  for (const [lineIndex, line] of doc.lines.entries()) {
    if (line.blank) continue;
    const norm = normalize(doc.text, line.start, line.end);
    const continues = continuesSentence(doc.lines[lineIndex - 1], doc.fullLine);
    const text = norm.text;
    for (const found of findDates(text, sets)) {
      // In a table row ("| Date: 15 May 2019 | Date: 20 May 2019 |") each cell is a line of its own.
      const cellStart = text.lastIndexOf('|', found.start) + 1;
      const nextPipe = text.indexOf('|', found.end);
      const cellEnd = nextPipe < 0 ? text.length : nextPipe;
      const before = text.slice(cellStart, found.start).trim();
      const after = text.slice(found.end, cellEnd).trim();
      const base = { iso: found.iso, norm, dateStart: found.start, dateEnd: found.end };
      // "Datum:", "Publicerad", "Senast uppdaterad den": a label (after a word saying which date) is no place;
      // nor is the writer a byline names between label and date ("Postet av IL Nord den 20. mai 2016", "Posted by
      // admin on March 3, 2015").
      const labelled = re(
        `^(?:\\p{L}+\\s+)?${labels}(?:\\s+(?:av|by)\\s+[^.:;|]{1,${BYLINE_NAME_CHARS}}?)?(?:\\s+(?:den|the|on))?\\s*:?$`,
      ).test(before.replace(/\s*[:.]$/u, ''));
      if (labelled || afterReleaseLabel(ctx, before)) {
        if (!(labelled && isAgreement && publicationStamp(ctx, before)))
          candidates.push({ ...base, source: DateSource.Labelled, place: null, placeStart: 0, placeEnd: 0 });
        continue;
      }
      // A publication stamp ("SAMHÄLLE 2024-03-28 KL. 16:25") is a section label, not a place, before its date;
      // a line that carries on a wrapped sentence ("… signed by President\nObama on March 15, 2012.") names none.
      const stamped = CLOCK_TIME_AT.test(doc.text.slice((norm.map[found.end - 1] ?? 0) + 1));
      const placeLine =
        stamped || continues ? null : re(`^${PLACE}\\s*,?\\s*(?:${leads}\\s+)?$`).exec(before);
      const placeName = placeLine?.groups?.place;
      // The stamp still dates the page, as a date standing alone does (rule date-with-clock-time).
      if (stamped && re(`^${PLACE}$`).test(before)) {
        candidates.push({ ...base, source: DateSource.Alone, place: null, placeStart: 0, placeEnd: 0 });
        continue;
      }
      // "Meny 10 jan 2018", "Senast uppdaterad den 17 maj 2019": a label, not a place, before a date that
      // ends its line still dates the text, as a date alone does.
      if (
        placeName &&
        /^[.]?$/u.test(after) &&
        !isPlaceName(ctx, placeName.replace(/\s+(?:den|the|on)$/iu, ''))
      ) {
        candidates.push({ ...base, source: DateSource.Alone, place: null, placeStart: 0, placeEnd: 0 });
        continue;
      }
      if (
        placeName &&
        /^\p{Lu}/u.test(placeName) &&
        !startsSignedAt.test(placeName) &&
        !months.has(placeName.toLowerCase()) &&
        isPlaceName(ctx, placeName.replace(/\s+(?:den|the|on)$/iu, '')) &&
        /^[.]?$/u.test(after)
      ) {
        const place = placeName.replace(/\s+(?:den|the|on)$/iu, '');
        candidates.push({
          ...base,
          source: DateSource.PlaceLine,
          place: tidyPlace(place),
          placeStart: 0,
          placeEnd: place.length,
        });
        continue;
      }
      // A news dateline: "OSLO, 3 March 2020 — The University of Oslo …" or "Tromsø, 2. september 2021 – UiT …":
      // a place in capitals, or a capitalised place with its comma, then the date and a dash.
      const dateline =
        /^(?<place>\p{Lu}[\p{Lu}-]+(?:\s\p{Lu}[\p{Lu}-]+)?)\s*,?$/u.exec(before) ??
        /^(?<place>\p{Lu}[\p{Ll}-]+(?:\s\p{Lu}[\p{Ll}-]+)?)\s*,$/u.exec(before);
      const datelinePlaceText = dateline?.groups?.place;
      if (
        datelinePlaceText &&
        !months.has(datelinePlaceText.toLowerCase()) &&
        !re(`^${labels}$`).test(datelinePlaceText) &&
        isPlaceName(ctx, datelinePlaceText) &&
        DATELINE_DASH_AFTER.test(after)
      ) {
        candidates.push({
          ...base,
          source: DateSource.PlaceLine,
          place: tidyPlace(datelinePlaceText),
          placeStart: 0,
          placeEnd: datelinePlaceText.length,
        });
        continue;
      }
      // "Thursday, August 28, 2008" on a line of its own dates the text as much as a bare date does; so does a
      // publication stamp with its clock time ("Aug 24, 2015 08:00 CEST", "12.03.2019 kl. 10:15"; rule
      // date-with-clock-time).
      // A stamp in brackets ("[2020-06-03]", "(12.03.2019)") stands alone as well.
      // Rule letter-date: a letter's date at its head runs on, where the text lost its line breaks, into the
      // addressee and the subject label or salutation ("EXHIBIT A December 22, 1982 Harbour Clinic Re: Lease
      // Ladies and Gentlemen:", "12 mars 2021 Alby kommun Ärende: …"): it dates the text as a date alone does.
      if (
        line.start <= LETTER_HEAD_CHARS &&
        before.length <= LETTER_HEAD_CHARS &&
        !/[.!?]/u.test(before) &&
        letterOpening(ctx).test(after)
      ) {
        candidates.push({ ...base, source: DateSource.Alone, place: null, placeStart: 0, placeEnd: 0 });
        continue;
      }
      // Rule date-after-headline (title.ts): on the text's first line, a date with its year between the headline and
      // the lead's first sentence ("… tecknar avtal med Borg AB 2 februari 2015 Ett utökat …") dates the text.
      if (lineIndex === firstLine && isDateAfterHeadline(ctx, text, found)) {
        candidates.push({ ...base, source: DateSource.Alone, place: null, placeStart: 0, placeEnd: 0 });
        continue;
      }
      const weekday = re(`^${anyOf(gather(sets, (cues) => cues.weekdays))}\\p{L}*\\s*,?$`).test(before);
      const bracketed = /^[[(]$/u.test(before) && /^[\])]/u.test(after);
      const rest = bracketed ? after.slice(1) : after;
      if (
        (before === '' || weekday || bracketed) &&
        rest.replace(CLOCK_TIME_AFTER_DATE, '').replace(/[.,]/gu, '') === ''
      ) {
        candidates.push({ ...base, source: DateSource.Alone, place: null, placeStart: 0, placeEnd: 0 });
      }
    }
  }

  // Signing phrases run over line breaks in wrapped text, so they are looked for in whole blocks. The signers
  // may stand between the verb and the date ("ble signert av ordfører og rektor 18. januar 2018").
  const signingPhrase = re(
    `${signing}(?:\\s+(?:av|by)\\s+[^.,;:\\d]{1,${SIGNERS_BEFORE_DATE_CHARS}})?(?:\\s+(?:on|den))?(?:\\s+(?:this|the))?\\s*$`,
  );
  // "… erstattar tidlegare samarbeidsavtale inngått 01.07.2012": the phrase dates an earlier document.
  const earlier = re(`(?<![\\p{L}])${anyOf(gather(sets, (cues) => cues.earlierDocumentWords))}(?![\\p{L}])`);
  // "Signed in Trondheim on 4 October 2023", "Undertecknat i Luleå den …", "Done at Oslo this 12th day of …".
  const signedAtPlace = re(
    `(?<![\\p{L}])${signedAt}\\s+(?<place>\\p{Lu}[\\p{L}\\-]+(?:\\s\\p{Lu}[\\p{L}\\-]+){0,2})\\s*,?\\s*(?:(?:${leads}|this|den)\\s+)*$`,
  );
  // Rule adopted-on: a note of adoption under the title, its participle capitalised ("Vedtatt i Alby kommunestyre 4. mai
  // 2023", "Antaget av kommunfullmäktige den 3 maj 2021"; the body may stand between verb and date), or a resolution's
  // formula for itself ("adopted by the following vote on the 21st day of May, 2015", "adopted this 3rd day of …").
  // A participle in lower case after a noun dates some other document ("… visionen i Alby-agendan, antagen den 5 maj").
  const adoptedPhrase = perCueSets(sets, 'date-place.adoptedPhrase', () => {
    const verbs = gather(sets, (cues) => cues.adoptionDateVerbs);
    const note = anyOf(verbs.flatMap((verb) => [capitalised(verb), verb.toUpperCase()]));
    return {
      note: re(
        `(?<![\\p{L}])${note}(?:\\s+(?:av|i|på|vid|ved|by|in|at)\\s+[^.,;:\\d]{1,${SIGNERS_BEFORE_DATE_CHARS}})?(?:\\s+(?:on|den))?(?:\\s+(?:this|the))?\\s*$`,
        'u',
      ),
      formula: re(
        `(?<![\\p{L}])${anyOf(verbs)}\\s+(?:by the following vote\\s+)?(?:on\\s+)?(?:this|the)\\s*$`,
      ),
    };
  });
  for (const block of doc.blocks) {
    for (const found of findDates(block.norm.text, sets)) {
      const lead = block.norm.text.slice(Math.max(0, found.start - SIGNING_PHRASE_WINDOW), found.start);
      const at = signedAtPlace.exec(lead);
      // The pattern is case-insensitive, so "on"/"den" after the place are cut off here: names are capitalised.
      const atPlace = /^\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)*/u.exec(at?.groups?.place ?? '')?.[0];
      if (
        at &&
        atPlace &&
        /^\p{Lu}/u.test(atPlace) &&
        !months.has(atPlace.toLowerCase()) &&
        isPlaceName(ctx, atPlace)
      ) {
        const placeStart = found.start - lead.length + (at.index ?? 0) + at[0].indexOf(atPlace);
        candidates.push({
          iso: found.iso,
          norm: block.norm,
          dateStart: found.start,
          dateEnd: found.end,
          source: DateSource.PlaceLine,
          place: tidyPlace(atPlace),
          placeStart,
          placeEnd: placeStart + atPlace.length,
        });
        continue;
      }
      if (signingPhrase.test(lead.trimEnd()) && !earlier.test(sentenceBefore(block.norm.text, found.start))) {
        candidates.push({
          iso: found.iso,
          norm: block.norm,
          dateStart: found.start,
          dateEnd: found.end,
          source: DateSource.SigningPhrase,
          place: null,
          placeStart: 0,
          placeEnd: 0,
        });
      } else if (
        (adoptedPhrase.note.test(lead.trimEnd()) || adoptedPhrase.formula.test(lead.trimEnd())) &&
        !earlier.test(sentenceBefore(block.norm.text, found.start))
      ) {
        candidates.push({
          iso: found.iso,
          norm: block.norm,
          dateStart: found.start,
          dateEnd: found.end,
          source: DateSource.Adopted,
          place: null,
          placeStart: 0,
          placeEnd: 0,
        });
      }
    }
  }

  let date: string | null = null;
  let place: string | null = null;
  const best = Math.min(...candidates.map((c) => c.source));
  const pool = candidates.filter((c) => c.source === best);
  // Several place-and-date lines are one per signatory; the last is when the agreement was complete.
  // Labelled dates side by side on one row ("| Date: 15 May | Date: 20 May |") are one per signatory too.
  const sameRow = pool.length > 1 && pool.every((c) => c.norm === pool[0]?.norm);
  const latest = [...pool].sort((a, b) => a.iso.localeCompare(b.iso)).at(-1);
  const chosen = best === DateSource.PlaceLine ? pool.at(-1) : sameRow ? latest : pool[0];
  if (chosen) {
    date = chosen.iso;
    evidence.date = [evidenceInNorm(doc, chosen.norm, chosen.dateStart, chosen.dateEnd)];
    if (chosen.place) {
      place = chosen.place;
      evidence.place = [evidenceInNorm(doc, chosen.norm, chosen.placeStart, chosen.placeEnd)];
    }
  }

  // News: the dateline before the lead names the place ("OSLO, 3 March –", "Stockholm (TT) –", "(Sacramento, CA)").
  if (!place && isNews) {
    const dateline = datelinePlace(ctx);
    if (dateline) {
      place = dateline.place;
      evidence.place = [evidenceInNorm(doc, dateline.norm, dateline.start, dateline.end)];
    }
  }

  // "Avtalen skal signeres i Arendal", "Nya överenskommelser undertecknade i Höör": where it was signed.
  if (!place) {
    const signedIn = signedInPlace(ctx);
    if (signedIn) {
      place = signedIn.place;
      evidence.place = [
        evidenceInBlock(doc, signedIn.block, signedIn.start, signedIn.start + signedIn.place.length),
      ];
    }
  }

  const warnings: string[] = [];
  if (chosen?.source === DateSource.Alone)
    warnings.push(
      'date: taken from a date standing alone near the top; it may be the letter date rather than the signing date',
    );
  const reference = findReference(ctx, evidence);
  return { value: { date, place, reference }, evidence, warnings };
}

/**
 * signed-in-place: a signing verb followed by "i/in/på" and a place ("skal signeres i Arendal", "undertecknade i
 * Höör", "signed in Lakeside"). The place is one capitalised word, or two that end the sentence ("in Clear Lake."), so
 * a flattened headline does not run on into the lead; it passes `isPlaceName` and starts no organisation's name
 * ("i Alby kommun" names a party); "signerte i dag" has no capital.
 */
/**
 * "-stad" ends a town's name ("Karlstad", "Grimstad") as often as it is an organisation noun in a compound: a
 * place signed in is never a city's administration, so such a word is a town.
 */
const TOWN_ENDING = /stad$/iu;

/**
 * Rule signed-while-gathered: "Avtalen ble signert da partene var samlet til et arbeidsmøte på Røros", "the
 * agreement was signed when the partners met in Bodø". Between the signing verb and the gathering word, and
 * between that and the place, stand at most this many characters of the same clause.
 */
const GATHERING_GAP_CHARS = 60;

/** The definite endings of a Scandinavian noun ("foreningen", "förbundet", "laget"). */
const DEFINITE_ENDING = /(?:en|et|n|a|na|ene)$/u;

function signedInPlace(ctx: Context): { place: string; block: Block; start: number } | null {
  const pattern = perCueSets(ctx.sets, 'date-place.signedIn', () => {
    const verbs = anyOf(gather(ctx.sets, (cues) => [...cues.signingVerbs, ...cues.signingPassives]));
    return re(
      `(?<![\\p{L}])(?:${verbs})\\s+(?:i|in|på)\\s+(?<place>\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+(?=\\s*(?:[.,;:!?]|$)))?)(?![\\p{L}-])(?<next>\\s+\\p{L}+)?`,
      'giu',
    );
  });
  const gathered = perCueSets(ctx.sets, 'date-place.signedGathered', () => {
    const verbs = anyOf(gather(ctx.sets, (cues) => [...cues.signingVerbs, ...cues.signingPassives]));
    const gathering = anyOf(gather(ctx.sets, (cues) => cues.gatheringWords));
    return re(
      `(?<![\\p{L}])(?:${verbs})\\s+[^.;:!?]{0,${GATHERING_GAP_CHARS}}?(?<![\\p{L}])${gathering}(?![\\p{L}])\\s+[^.;:!?]{0,${GATHERING_GAP_CHARS}}?(?<![\\p{L}])(?:i|in|på|at)\\s+(?<place>\\p{Lu}[\\p{L}-]+)(?![\\p{L}-])(?<next>\\s+\\p{L}+)?`,
      'giu',
    );
  });
  const inClause = signedInClause(ctx);
  for (const block of ctx.doc.blocks) {
    const signed = matchesIn(pattern, block.norm.text).map((match) => ({ match, gathering: false }));
    const met = matchesIn(gathered, block.norm.text).map((match) => ({ match, gathering: true }));
    const clause = matchesIn(inClause, block.norm.text).map((match) => ({ match, gathering: true }));
    for (const { match, gathering } of [...signed, ...met, ...clause]) {
      const found = match.groups?.place ?? '';
      // A meeting is often held at an organisation ("et møte i Næringsforeningen"): its name in the definite
      // form is an organisation noun with an ending, no place.
      if (gathering && isOrgWord(ctx, found.replace(DEFINITE_ENDING, ''))) continue;
      // Case-insensitive verbs: the place must still be capitalised, and no organisation noun may follow it.
      if (!/^\p{Lu}/u.test(found) || !isPlaceName(ctx, found)) continue;
      const placeEnd = (match.index ?? 0) + match[0].length - (match.groups?.next?.length ?? 0);
      const building = buildingAfter(ctx, block.norm.text.slice(placeEnd));
      if (building) return { place: found + building, block, start: placeEnd - found.length };
      const next = (match.groups?.next ?? '').trim();
      const last = found.split(/\s+/u).at(-1) ?? '';
      if (isOrgWord(ctx, next) || (isOrgWord(ctx, last) && !TOWN_ENDING.test(last))) continue;
      return { place: found, block, start: placeEnd - found.length };
    }
  }
  return null;
}

/** At most this many adjectives stand between a town's name and its building ("Alby gamle rådhus"). */
const BUILDING_ADJECTIVES_MAX = 2;

/**
 * Rule signed-in-building: a signing takes place in a building of the town as often as in the town ("undertecknades i
 * Alby stadshus", "signert i Alby gamle rådhus", "signed at a ceremony in Alby Town Hall"): the building, with
 * the adjectives before it, is part of the place (cue table `placeBuildings`). Returns the text after the town's name
 * up to the building's end, or an empty string. An adjective is a word of three small letters or more, no
 * conjunction or article ("i Alby och stadshuset" names two places).
 */
function buildingAfter(ctx: Context, rest: string): string {
  const building = perCueSets(ctx.sets, 'date-place.building', () => {
    const buildings = gather(ctx.sets, (cues) => cues.placeBuildings);
    return buildings.length > 0
      ? re(
          `^(?:\\s+(?!(?:och|og|and|the|den|det|som|med|for|för)\\s)\\p{Ll}{3,}){0,${BUILDING_ADJECTIVES_MAX}}?\\s+${anyOf(withCapitalised(buildings))}(?![\\p{L}])`,
          'u',
        )
      : null;
  });
  return building?.exec(rest)?.[0] ?? '';
}

/** Rule signed-in-clause: the words between the signing verb and the place, at most this many. */
const CLAUSE_WORDS_BEFORE_PLACE = 8;

/**
 * Rule signed-in-clause: the place of signing later in the signing clause, after what was signed or the occasion
 * ("undertegnet under fylkestinget i Fjellby i dag", "signed two agreements on Tuesday in Lakeside with …"). The
 * words between are in small letters (a weekday aside) and none of them opens a partner, a signer, a topic or the
 * parties ("med", "by", "om", "between"): after those, "i X" belongs to them ("an agreement on cooperation in Europe").
 */
function signedInClause(ctx: Context): RegExp {
  return perCueSets(ctx.sets, 'date-place.signedInClause', () => {
    const verbs = anyOf(gather(ctx.sets, (cues) => [...cues.signingVerbs, ...cues.signingPassives]));
    const stops = anyOf(
      gather(ctx.sets, (cues) => [
        ...cues.partnerPrepositions,
        ...cues.signedByWords,
        ...cues.topicPrepositions,
        ...cues.betweenWords,
      ]),
    );
    const weekdays = withCapitalised(gather(ctx.sets, (cues) => cues.weekdays));
    const word = `(?:(?:\\p{Ll}+\\s+)?(?:${anyOf(weekdays)})\\p{L}*|(?!(?:${stops})(?![\\p{L}]))[\\p{Ll}\\d][\\p{L}\\d.-]*)`;
    return re(
      `(?<![\\p{L}])(?:${verbs})(?:\\s+${word}){1,${CLAUSE_WORDS_BEFORE_PLACE}}\\s+(?:i|in|på)\\s+(?<place>\\p{Lu}[\\p{L}-]+)(?![\\p{L}-])(?<next>\\s+\\p{L}+)?`,
      'gu',
    );
  });
}

/** A sentence before a date is read back this far at most. */
const SENTENCE_LOOKBACK_CHARS = 200;

/** The text of the sentence that `text[at]` stands in, up to `at`: from the last sentence end before it. */
function sentenceBefore(text: string, at: number): string {
  const from = Math.max(0, at - SENTENCE_LOOKBACK_CHARS);
  const ends = [...text.slice(from, at).matchAll(/[.!?]\s+(?=\p{Lu})/gu)];
  const last = ends.at(-1);
  return text.slice(last ? from + (last.index ?? 0) + last[0].length : from, at);
}

/** All-capital letterhead places ("LULEÅ", "NEW YORK") are given their usual capitalisation, word by word. */
function tidyPlace(place: string): string {
  if (place.length > 3 && place === place.toUpperCase())
    return place
      .toLowerCase()
      .replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
  return place;
}

/** Lower-case words that may stand inside a place name ("Mo i Rana", "Stratford upon Avon"). */
const PLACE_PARTICLES = new Set(['i', 'på', 'upon', 'on', 'am', 'de', 'la', 'sur']);

/**
 * True when a text can be a place name: capitalised words (particles aside), none of them a weekday, a month,
 * a label of page furniture ("Senast uppdaterad", "Dated", "Thursday") or an assembly dating its minutes
 * ("Regionstyrelsen 3 februari 2021", "City Council").
 */
function isPlaceName(ctx: Context, text: string): boolean {
  const words = text.split(/\s+/u).filter(Boolean);
  if (words.length === 0) return false;
  const weekdays = gather(ctx.sets, (cues) => cues.weekdays);
  const stops = perCueSets(
    ctx.sets,
    'date-place.placeStops',
    () =>
      new Set(
        gather(ctx.sets, (cues) => [...cues.notPlaceWords, ...cues.dateLabels, ...Object.keys(cues.months)]),
      ),
  );
  const assemblies = gather(ctx.sets, (cues) => cues.assemblyNouns);
  return words.every((word, index) => {
    const lower = word.toLowerCase();
    if (weekdays.some((day) => lower.startsWith(day)) || stops.has(lower)) return false;
    if (assemblies.some((noun) => lower.endsWith(noun))) return false;
    return /^\p{Lu}/u.test(word) || (index > 0 && index < words.length - 1 && PLACE_PARTICLES.has(word));
  });
}

/** A bullet sign opening a line. */
const BULLET_START = /^[•▪◦●■►‣⁃*]\s/u;

/** A photo caption and its credit take this many characters at most. */
const CAPTION_MAX_CHARS = 400;

/** A news dateline is looked for in this many blocks after the headline. */
const DATELINE_BLOCKS = 4;

/**
 * The dateline patterns of `datelinePlace`, built once per list of cue sets: the months and weekdays in every
 * usual case made a new list for `anyOf` on every document (issue 12). `kicker` is one of `patterns`.
 */
function datelinePatterns(sets: readonly LanguageCues[]): { kicker: RegExp; patterns: readonly RegExp[] } {
  return perCueSets(sets, 'date-place.datelinePatterns', () => {
    // The patterns are case-sensitive (a place is capitalised), so names are matched in each usual case.
    const anyCase = (words: readonly string[]) =>
      anyOf(words.flatMap((word) => [word, capitalised(word), word.toUpperCase()]));
    const months = anyCase(gather(sets, (cues) => Object.keys(cues.months)));
    const weekdays = anyCase(gather(sets, (cues) => cues.weekdays));
    const place = "(?<place>\\p{Lu}[\\p{L}'’.-]*(?:\\s(?:i\\s|på\\s)?\\p{Lu}[\\p{L}'’.-]*){0,2})";
    const region = '(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?)?';
    const when = `(?:${weekdays}\\p{L}*|\\d{1,2}\\.?\\s+${months}\\.?(?:\\s+\\d{4})?|${months}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?)`;
    // "ÅRDAL: Ordførarane …": a place in capitals and a colon (or a caption's kicker; see `datelinePlace`).
    const kicker = re(`^(?<place>\\p{Lu}{3,}(?:[\\s-]\\p{Lu}{2,})?)\\s*:\\s+\\p{Lu}`, 'u');
    const patterns = [
      // "Stockholm (TT) –": a place and a news agency in brackets.
      re(`^${place}\\s*\\((?:\\p{Lu}{2,6}|\\p{Lu}[\\p{L}]+)\\)\\s*[:—–-]`, 'u'),
      // "OSLO, 3 March –", "Lakeside, Canada. Monday:—": a place, a region, a weekday or date, then a dash. Rule
      // bare-wire-dateline: a place without its day before the dash ("LAKESIDE — The council …", "ALBY, Texas — …") is
      // the wire's dateline, where the story was filed; with no day of the event it says nothing of a signing.
      re(`^${place}${region}\\s*[.,]?\\s*${when}\\s*[:.,]?\\s*[—–]`, 'u'),
      kicker,
      // "(Sacramento, CA)" on a line of its own.
      re(`^\\(${place},\\s*\\p{Lu}[\\p{L}.]*\\)$`, 'u'),
    ];
    return { kicker, patterns };
  });
}

/**
 * The place of a news dateline at the start of an opening block: "OSLO, 3 March –", "NEW YORK, December 16,
 * 2008 –", "Stockholm (TT) –", "Lakeside, Canada. Monday:—", "ÅRDAL: …", or a line of its own "(Sacramento, CA)".
 */
function datelinePlace(ctx: Context): { place: string; norm: Norm; start: number; end: number } | null {
  const { doc, sets } = ctx;
  const { kicker, patterns } = datelinePatterns(sets);
  const opening = doc.blocks
    .filter((block) => block.kind !== 'heading')
    .slice(0, DATELINE_BLOCKS)
    .filter((block) => block.kind !== 'item');
  // A list item ("• Attraktionskraft – hållbar livsmiljö") names a topic before its dash, not a place.
  const items = new Set(doc.blocks.filter((block) => block.kind === 'item').map((block) => block.start));
  const lines = doc.lines
    .filter((line) => !line.blank && !BULLET_START.test(line.clean))
    .slice(0, DATELINE_BLOCKS * 3)
    .filter((line) => !items.has(line.start))
    .map((line) => normalize(doc.text, line.start, line.end));
  // "SAMMEN: Dag Roar Opdal (rådgiver) og … Foto: Eva Berg": a photo caption's kicker in capitals is no dateline.
  const credit = photoCredit(sets);
  // The credit may be a unit of its own after the caption, on the same physical line, or the line right after it
  // ("SIGNERER: Rektor X og direktør Y signerer avtalen." over "Foto: Kari Berg").
  const captioned = (norm: Norm) => {
    const start = norm.map[0] ?? 0;
    const lineEnd = doc.text.indexOf('\n', start);
    const physical = doc.text.slice(start, lineEnd < 0 ? doc.text.length : lineEnd);
    if (credit.test(physical.slice(0, CAPTION_MAX_CHARS))) return true;
    const next =
      lineEnd < 0 ? '' : (/^\s*(?<line>[^\n]*)/u.exec(doc.text.slice(lineEnd))?.groups?.line ?? '');
    return credit.exec(next)?.index === 0;
  };
  for (const norm of [...opening.map((block) => block.norm), ...lines]) {
    if (captioned(norm)) continue;
    for (const pattern of patterns) {
      const match = pattern.exec(norm.text);
      const found = match?.groups?.place;
      if (!match || !found || !isPlaceName(ctx, found)) continue;
      // A caption's kicker in capitals is a word of the language ("SAMARBEIDER: Rektor …", "GLADE: …"); a place's
      // name is in no dictionary of common words ("ÅRDAL: …").
      if (pattern === kicker && wordLexicon().membership(found.toLowerCase()) !== 0) continue;
      const start = (match.index ?? 0) + match[0].indexOf(found);
      return { place: tidyPlace(found), norm, start, end: start + found.length };
    }
  }
  return null;
}

/**
 * A header row over a value row, run together ("Datum Diarienummer 2016-11-02 RS160607"): the label's number is
 * the date of the "Datum" column, and the registration number is the token after it. Returns its range, or null
 * when the label's number is not a date.
 */
function numberAfterDate(
  ctx: Context,
  text: string,
  start: number,
  end: number,
): { start: number; end: number } | null {
  const date = findDates(text.slice(start, end), ctx.sets)[0];
  if (!date || start + date.end < end) return null;
  const after = /^\s+(?<token>[\p{L}\d][\p{L}\d./:-]*\d[\p{L}\d./:-]*)/u.exec(text.slice(start + date.end));
  const token = after?.groups?.token;
  if (!after || !token || findDates(token, ctx.sets).length > 0) return null;
  const tokenStart = start + date.end + after[0].length - token.length;
  return { start: tokenStart, end: tokenStart + token.length };
}

/** A registration number: one token of letters, digits and `. / - :` with a digit, maybe after a short capital prefix. */
const REFERENCE_VALUE = '(?:[A-ZÅÄÖÆØ]{1,6}\\s)?[\\p{L}\\d][\\p{L}\\d./:\\-]*\\d[\\p{L}\\d./:\\-]*';

/**
 * The registration number ("Dnr 3763-16", "Diarienummer: SLU.ua.2021.1.1-455", "Saksnummer" over "19/02231"):
 * a cited label ("Dnr") is kept with the number, as the number is cited; after any other label the number
 * alone is the reference. The number follows its label on the line, or stands alone on the next line under a
 * label that ends its line (a header cell over its value). Without a label, a records system's name for the
 * document ("WebLinkAbout Contract 44217") is its number.
 */
function findReference(ctx: Context, evidence: FieldResult<DatePlaceReference>['evidence']): string | null {
  const { doc, sets } = ctx;
  const { labelled, labelOnly, cited, valueOnly } = perCueSets(sets, 'date-place.reference', () => {
    const labels = anyOf(gather(sets, (cues) => cues.referenceLabels));
    return {
      labelled: re(`(?<![\\p{L}])(?<label>${labels})\\s*[:.]?\\s*(?<value>${REFERENCE_VALUE})`, 'iu'),
      labelOnly: re(`(?:^|\\s)${labels}\\s*[:.]?$`, 'iu'),
      cited: re(`^${anyOf(gather(sets, (cues) => cues.citedReferenceLabels))}$`, 'iu'),
      valueOnly: re(`^${REFERENCE_VALUE}$`, 'u'),
    };
  });
  const stamped = openingRecord(ctx, evidence, true);
  if (stamped) return stamped;
  const lines = doc.lines.filter((line) => !line.blank);
  for (const [index, line] of lines.entries()) {
    const norm = normalize(doc.text, line.start, line.end);
    const match = labelled.exec(norm.text);
    if (!match) {
      // "Diarienummer" on its line, "KSN-2016-2381" alone on the next: a header cell over its value.
      const below = lines[index + 1];
      if (!labelOnly.test(norm.text) || !below) continue;
      const next = normalize(doc.text, below.start, below.end);
      const value = next.text.trim().replace(/[.:/-]+$/u, '');
      if (!valueOnly.test(value) || findDates(value, sets).length > 0) continue;
      const at = next.text.indexOf(value);
      evidence.reference = [evidenceInNorm(doc, next, at, at + value.length)];
      return value;
    }
    const start = match.index ?? 0;
    const tabled = numberAfterDate(ctx, norm.text, start, start + match[0].length);
    if (tabled) {
      evidence.reference = [evidenceInNorm(doc, norm, tabled.start, tabled.end)];
      return norm.text.slice(tabled.start, tabled.end);
    }
    const label = match.groups?.label ?? '';
    const from = cited.test(label) ? start : start + match[0].length - (match.groups?.value ?? '').length;
    const value = norm.text
      .slice(from, start + match[0].length)
      .replace(/[.:/-]+$/u, '')
      .trim();
    evidence.reference = [evidenceInNorm(doc, norm, from, from + value.length)];
    return value;
  }
  return recordName(ctx, evidence) ?? openingRecord(ctx, evidence, false);
}

/**
 * A records system's number opening the text, joined to its filing date ("2009-118-03/14/2009 This Resolution …"),
 * or alone ("2009-118 … 2009118 AdditionalFileExists …"); a number with letters, a date ("07-28-2015") or a title's
 * years ("2020-2023") is none.
 */
const OPENING_NUMBER = /^\s*(?<number>\d{2,4}-\d{2,6})(?<stamp>-\d{1,2}\/\d{1,2}\/\d{4})?(?=\s)/u;

/** Two years joined by a dash ("2020-2023") open a title, not a record. */
const YEAR_RANGE = /^(?:19|20)\d{2}-(?:19|20)\d{2}$/u;

/** A scanned page's file name opening the text ("20091180.tiff"): the record's number without its dash. */
const OPENING_SCAN = /^\s*(?<digits>\d{6,12})\.(?:tiff?|pdf|jpe?g|png)(?=\s)/iu;

/**
 * record-opening: a public records system prints the record's number above the document's text. Joined to its
 * filing date (`stamped`) the number is the system's stamp and names the document before any label in its text;
 * alone it is taken where no label names one and the record names it again (rule record-number-repeated). A scan's
 * file name gives the digits only: the reference is the number as the text writes it with those digits
 * ("20091180.tiff" … "2009-1180").
 */
function openingRecord(
  ctx: Context,
  evidence: FieldResult<DatePlaceReference>['evidence'],
  stamped: boolean,
): string | null {
  const { doc } = ctx;
  const opening = OPENING_NUMBER.exec(doc.text);
  const number = opening?.groups?.number;
  if (
    opening &&
    number &&
    !YEAR_RANGE.test(number) &&
    Boolean(opening.groups?.stamp) === stamped &&
    (stamped || namedAgain(doc.text.slice(opening[0].length), number))
  ) {
    const start = opening[0].length - opening[0].trimStart().length;
    evidence.reference = [evidenceAt(doc, start, start + number.length)];
    return number;
  }
  const digits = stamped ? undefined : OPENING_SCAN.exec(doc.text)?.groups?.digits;
  if (!digits) return null;
  for (const match of doc.text.matchAll(/(?<![\d-])\d{2,6}-\d{2,6}(?![\d-])/gu)) {
    if (match[0].replace('-', '') !== digits) continue;
    const start = match.index ?? 0;
    evidence.reference = [evidenceAt(doc, start, start + match[0].length)];
    return match[0];
  }
  return null;
}

/**
 * Rule record-number-repeated: a bare number opening the text is a records system's number only where the record
 * names it again, as written or as its digits alone ("2009-118 … 2009118 AdditionalFileExists …"). An agenda prints
 * its item's number before the item's name ("19-204 Alby School District, Memorandum …") and the document under it
 * never cites that number: it is the meeting's numbering, not the document's reference.
 */
function namedAgain(rest: string, number: string): boolean {
  const digits = number.replace('-', '');
  // Built per document, not cached by `re`: the number is the document's own.
  return new RegExp(`(?<![\\d-])(?:${escapeRegex(number)}|${digits})(?![\\d-])`, 'u').test(rest);
}

/** A records system's page furniture before the document's own name, in the first characters of the text. */
const RECORD_NAME_WINDOW_CHARS = 120;

/**
 * record-name: a public records system (Laserfiche WebLink) names the document above its text ("HomeMy
 * WebLinkAboutContract 44217", "Laserfiche WebLink • A-1992-139"); a name that is a record number ("Contract
 * 44217", "A-1992-139") is the document's reference. A name in words ("Agenda Report - …") is no number.
 */
function recordName(ctx: Context, evidence: FieldResult<DatePlaceReference>['evidence']): string | null {
  const { doc } = ctx;
  const head = doc.text.slice(0, RECORD_NAME_WINDOW_CHARS);
  const match =
    /WebLink(?:About)?[\s•`'’]*(?<name>(?:Contract|Agreement|Resolution)\s+(?:No\.?\s*)?\d[\d-]{2,}|\p{Lu}{1,4}-\d{4}-\d{1,6})(?=\s|<|$)/u.exec(
      head,
    );
  const name = match?.groups?.name;
  if (!match || !name) return null;
  const start = (match.index ?? 0) + match[0].length - name.length;
  evidence.reference = [evidenceAt(doc, start, start + name.length)];
  return name;
}
