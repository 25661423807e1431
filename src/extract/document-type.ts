import type { DocumentType, EvidenceSpan } from '../schema/letter-of-intent.ts';
import type { Context, FieldResult } from './context.ts';
import { anyOf, gather, matchesIn, newsCues, perCueSets, re } from './patterns.ts';
import { type Block, type Doc, evidenceInBlock, normalize, WIRE_DATELINE } from './text.ts';
import { startsWithDocumentType } from './title.ts';

/**
 * News text needs at least this many signs (reported speech, publication line, "have signed"); agreements
 * show none, so one sign is enough when the title is not a document-type word ("KTH och Vattenfall avger …")
 * or carries the sign itself ("Intensjonsavtale for samarbeid signert").
 */
const NEWS_MIN_SIGNS = 2;
const NEWS_MIN_SIGNS_UNTYPED = 1;
/**
 * An agreement's own text shows at least this many different structure signs (`agreementStructureCues`): with
 * them, a document that names no document type in its opening and shows no case cue (a resolution has
 * "WHEREAS" and "shall" too) is still read as an agreement.
 */
const STRUCTURE_MIN_SIGNS = 2;
/** Without a typed title, only the opening blocks say what the document is. */
const OPENING_BLOCKS = 4;
/** An untyped agreement's name stands at its head: within this many characters of the text's start. */
const NAME_SCAN_CHARS = 250;
/** A case document (memo, minutes, ordinance) shows at least this many different case cues… */
const CASE_MIN_SIGNS = 2;
/** … in its opening this many characters (its header and the proposal). */
const CASE_SCAN_CHARS = 2500;

/** One evidence span per cue that matches a block starting before `scanChars`: the first block each cue finds. */
function firstSignPerCue(
  doc: Doc,
  cues: readonly RegExp[],
  scanChars = Number.POSITIVE_INFINITY,
): EvidenceSpan[] {
  const signs: EvidenceSpan[] = [];
  for (const cue of cues) {
    for (const block of doc.blocks) {
      if (block.start > scanChars) break;
      const match = cue.exec(block.norm.text);
      if (!match) continue;
      const start = match.index ?? 0;
      signs.push(evidenceInBlock(doc, block, start, start + match[0].length));
      break;
    }
  }
  return signs;
}

function caseCues(ctx: Context): RegExp[] {
  return perCueSets(ctx.sets, 'document-type.caseDocumentCues', () =>
    gather(ctx.sets, (set) => set.caseDocumentCues).map((source) => re(source, 'imu')),
  );
}

/** One evidence span per different case-document cue found in the opening of the text. */
function caseDocumentSigns(ctx: Context): EvidenceSpan[] {
  return firstSignPerCue(ctx.doc, caseCues(ctx), CASE_SCAN_CHARS);
}

/**
 * Rule case-titled: a heading that names the case genre ("Interpellationssvar: …", "Tjänsteskrivelse", "Staff
 * Report – MOU with …", "Saksframlegg") says what the document is as plainly as two signs in its body do, so a
 * case cue in the title counts once more.
 */
function caseTitled(ctx: Context, titleBlock: Block | null): boolean {
  return titleBlock !== null && caseCues(ctx).some((cue) => cue.test(titleBlock.norm.text));
}

/** A page describing a standing partnership shows at least this many different info-page signs (`infoPageCues`). */
const INFO_PAGE_MIN_SIGNS = 2;

/** One evidence span per different info-page cue found anywhere in the text (its "last updated" stamp ends it). */
function infoPageSigns(ctx: Context): EvidenceSpan[] {
  const cues = perCueSets(ctx.sets, 'document-type.infoPageCues', () =>
    gather(ctx.sets, (set) => set.infoPageCues).map((source) => re(source, 'imu')),
  );
  return firstSignPerCue(ctx.doc, cues);
}

/**
 * Rule info-page: a web page that tells of a standing partnership in the present tense ("Kommunen och högskolan har
 * ett samverkansavtal …", "Her finner du avtalen", "Senast uppdaterad: …") is neither the agreement (which speaks
 * in its own clauses) nor news (which reports a signing as an event): with two different such signs, no fewer than
 * its news signs and more than its agreement-structure signs, it is "other".
 */
function readsAsInfoPage(infoSigns: number, newsSigns: number, structureSigns: number): boolean {
  return infoSigns >= INFO_PAGE_MIN_SIGNS && infoSigns >= newsSigns && infoSigns > structureSigns;
}

/** Words (a letterhead's unit, an item number: "E-6", "Alby kommun") a case genre's name may follow at the text's start. */
const GENRE_LEAD_WORDS = 3;

/**
 * Rule case-genre-opening: a council's document calls itself by its genre in its first words ("Tjänsteskrivelse" over
 * "Samverkansavtal med Alby högskola", "E-6 Staff Report – MOU with …", "Saksframlegg"), where its title is often the
 * agreement it is about. That name is as plain a sign as two in its body.
 */
function caseGenreOpening(ctx: Context): boolean {
  const genre = perCueSets(ctx.sets, 'document-type.caseGenreOpening', () =>
    re(
      `^\\s*(?:\\S{1,20}\\s+){0,${GENRE_LEAD_WORDS}}?${anyOf(gather(ctx.sets, (cues) => cues.caseGenreNames))}(?![\\p{L}])`,
    ),
  );
  const first = ctx.doc.lines.find((line) => !line.blank);
  return first !== undefined && genre.test(normalize(ctx.doc.text, first.start, first.end).text);
}

/**
 * Rule type-in-prose: a document names its own kind in a heading ("SAMARBEIDSAVTALE", "1 AVTAL", "Inter Local
 * Agreement Between …"), where the word opens its line or follows a capitalised name, a number or a dash, or in a
 * sentence that points at itself ("har följande samarbetsavtal träffats", "enter into this memorandum"); a sentence
 * that mentions an agreement puts it after another lower-case word ("Politiet og Alby kommune har inngått avtale om
 * …", "and a memorandum lists the goals"). Such a mention says what the text is about, not what it is.
 */
function inProse(ctx: Context, text: string, index: number): boolean {
  const self = perCueSets(ctx.sets, 'document-type.selfReference', () =>
    re(`^${anyOf(gather(ctx.sets, (cues) => cues.selfReferenceWords))}$`),
  );
  const word = /(\p{L}[\p{L}'’-]*)\s*$/u.exec(text.slice(0, index))?.[1];
  return word !== undefined && /^\p{Ll}/u.test(word) && !self.test(word);
}

/**
 * One evidence span per different agreement-structure cue found in the text (numbered clauses, defined parties,
 * "WHEREAS", "This Agreement", "shall"). The cues are case-sensitive: "This Agreement" is the agreement speaking.
 */
function agreementStructureSigns(ctx: Context): EvidenceSpan[] {
  const cues = perCueSets(ctx.sets, 'document-type.agreementStructureCues', () =>
    gather(ctx.sets, (set) => set.agreementStructureCues).map((source) => re(source, 'mu')),
  );
  return firstSignPerCue(ctx.doc, cues);
}

/** One evidence span per different about-agreement cue (`aboutAgreementCues`) found anywhere in the text. */
function aboutAgreementSigns(ctx: Context): EvidenceSpan[] {
  const cues = perCueSets(ctx.sets, 'document-type.aboutAgreementCues', () =>
    gather(ctx.sets, (set) => set.aboutAgreementCues).map((source) => re(source, 'imu')),
  );
  return firstSignPerCue(ctx.doc, cues);
}

/**
 * Rule about-agreement: a page that tells how an agreement was made ("Regionstyrelsen beslutade ställa sig bakom
 * avtalet", "Partnerskapsavtalen … ble vedtatt i fellesnemnda", "Våren 2019 undertecknade …") carries the
 * agreement's name in its title and opening, but it is neither the agreement (no clause, no defined party, no
 * "shall") nor news (no reported speech, no publication line): with one such sign and neither kind of sign, it is
 * "other".
 */
function readsAsAboutAgreement(aboutSigns: number, newsSigns: number, structureSigns: number): boolean {
  return aboutSigns > 0 && newsSigns === 0 && structureSigns === 0;
}

/**
 * News or not: news signs are weighed against the agreement's own structure signs. Text without any structure
 * sign is news on one news sign, even under a headline that starts with a document-type word ("Partnerskapsavtalen"
 * over "… er undertegnet. Foto: …"); otherwise a typed headline without a sign of its own asks for two, and the
 * news signs must outnumber the structure signs (an agreement page with "Publicerad: …" and "6 § Uppsägning" is
 * the agreement).
 */
function readsAsNews(
  newsSigns: number,
  structureSigns: number,
  typedTitle: boolean,
  titleSign: boolean,
): boolean {
  if (structureSigns === 0) return newsSigns >= NEWS_MIN_SIGNS_UNTYPED;
  const needed = typedTitle && !titleSign ? NEWS_MIN_SIGNS : NEWS_MIN_SIGNS_UNTYPED;
  return newsSigns >= needed && newsSigns > structureSigns;
}

/** A wire-style dateline opening the article (`WIRE_DATELINE`) is a news sign. */
function wireDateline(ctx: Context): EvidenceSpan | null {
  for (const block of ctx.doc.blocks.slice(0, OPENING_BLOCKS)) {
    const match = WIRE_DATELINE.exec(block.norm.text);
    if (match) return evidenceInBlock(ctx.doc, block, 0, match[0].length);
  }
  return null;
}

/**
 * An agreement's own name, kind unsaid, starting within the text's first `NAME_SCAN_CHARS` characters: the
 * heading of the agreement itself ("INTERGOVERNMENTAL AGREEMENT", "… 1(10) Uppdragsöverenskommelse 2019").
 */
function agreementName(ctx: Context): EvidenceSpan | null {
  const name = perCueSets(ctx.sets, 'document-type.agreementNames', () =>
    re(anyOf(gather(ctx.sets, (cues) => cues.documentTypes.agreementNames))),
  );
  for (const block of ctx.doc.blocks) {
    if (block.start > NAME_SCAN_CHARS) break;
    const match = name.exec(block.norm.text);
    if (!match) continue;
    const start = match.index ?? 0;
    if (inProse(ctx, block.norm.text, start)) continue;
    const span = evidenceInBlock(ctx.doc, block, start, start + match[0].length);
    if (span.start <= NAME_SCAN_CHARS) return span;
  }
  return null;
}

/**
 * Rule plural-type-word: a document-type word in the plural ("Partnerskapsavtaler med kommuneregioner", "Partnership
 * Agreements") names a kind of agreement a page is about, never one agreement's own heading: read from where a
 * document-type cue matched, the whole word counts ("cooperation agreement" + "s").
 */
function pluralTypeWord(ctx: Context, text: string): boolean {
  return perCueSets(ctx.sets, 'document-type.pluralTypeWords', () =>
    re(`^(?:${anyOf(gather(ctx.sets, (cues) => cues.documentTypes.pluralTypeWords))})(?![\\p{L}])`),
  ).test(text);
}

/** Classifies the document (letter of intent, cooperation agreement, news article, other), with the cue as evidence. */
export function extractDocumentType(
  ctx: Context,
  title: string | null,
  titleBlock: Block | null,
): FieldResult<DocumentType> {
  const { doc, sets } = ctx;
  const loi = re(anyOf(gather(sets, (cues) => cues.documentTypes.letterOfIntent)));
  const coop = re(anyOf(gather(sets, (cues) => cues.documentTypes.cooperationAgreement)));
  const typedTitle = title !== null && startsWithDocumentType(ctx, title) && !pluralTypeWord(ctx, title);
  // Each cue runs over every block: built once per language, read with `matchesIn`.
  const cues = newsCues(sets);
  const newsEvidence: EvidenceSpan[] = [];
  let titleSign = false;
  for (const block of [...(titleBlock ? [titleBlock] : []), ...doc.blocks])
    for (const cue of cues)
      for (const match of matchesIn(cue, block.norm.text)) {
        const start = match.index ?? 0;
        // The title block repeats a block of the document: count its signs once.
        if (block === titleBlock) {
          titleSign = true;
          continue;
        }
        newsEvidence.push(evidenceInBlock(doc, block, start, start + match[0].length));
      }
  const dateline = wireDateline(ctx);
  if (dateline) newsEvidence.push(dateline);
  const warnings: string[] = [];
  const structure = agreementStructureSigns(ctx);
  const caseSigns = caseDocumentSigns(ctx);
  // Rule case-over-news: a council memo or minutes reports what was signed ("Uppsala kommun har tecknat avtal …")
  // under its own case headings ("Förslag till beslut", "föreslås besluta"): as many case signs as news signs, and at
  // least two, make it a case document, not news.
  const opening = caseGenreOpening(ctx);
  const caseBonus = opening ? CASE_MIN_SIGNS : caseSigns.length > 0 && caseTitled(ctx, titleBlock) ? 1 : 0;
  const caseWeight = caseSigns.length + caseBonus;
  const caseDocument = caseWeight >= CASE_MIN_SIGNS && caseWeight >= newsEvidence.length;
  const infoSigns = caseDocument ? [] : infoPageSigns(ctx);
  if (readsAsInfoPage(infoSigns.length, newsEvidence.length, structure.length))
    return { value: 'other', evidence: { documentType: infoSigns.slice(0, INFO_PAGE_MIN_SIGNS) }, warnings };
  if (!caseDocument && readsAsNews(newsEvidence.length, structure.length, typedTitle, titleSign))
    return {
      value: 'news-article',
      evidence: { documentType: newsEvidence.slice(0, NEWS_MIN_SIGNS) },
      warnings,
    };
  if (caseDocument)
    return { value: 'other', evidence: { documentType: caseSigns.slice(0, CASE_MIN_SIGNS) }, warnings };
  const about = aboutAgreementSigns(ctx);
  if (readsAsAboutAgreement(about.length, newsEvidence.length, structure.length))
    return { value: 'other', evidence: { documentType: about.slice(0, 1) }, warnings };
  const blocks = [...(titleBlock ? [titleBlock] : []), ...doc.blocks.slice(0, OPENING_BLOCKS)];
  for (const block of blocks) {
    const text = block.norm.text;
    const l = loi.exec(text);
    const c = coop.exec(text);
    const found = l && (!c || (l.index ?? 0) <= (c.index ?? 0)) ? l : c;
    if (!found) continue;
    const start = found.index ?? 0;
    if (block !== titleBlock && inProse(ctx, text, start)) continue;
    if (pluralTypeWord(ctx, text.slice(start))) continue;
    const evidence = { documentType: [evidenceInBlock(doc, block, start, start + found[0].length)] };
    return { value: found === l ? 'letter-of-intent' : 'cooperation-agreement', evidence, warnings };
  }
  const named = caseSigns.length === 0 ? agreementName(ctx) : null;
  if (named) return { value: 'cooperation-agreement', evidence: { documentType: [named] }, warnings };
  if (caseSigns.length === 0 && structure.length >= STRUCTURE_MIN_SIGNS)
    return {
      value: 'cooperation-agreement',
      evidence: { documentType: structure.slice(0, STRUCTURE_MIN_SIGNS) },
      warnings,
    };
  if (typedTitle)
    return {
      value: 'letter-of-intent',
      evidence: {},
      warnings: [
        'documentType: the title starts with an OCR-damaged document-type word; read as a letter of intent',
      ],
    };
  return { value: 'other', evidence: {}, warnings };
}
