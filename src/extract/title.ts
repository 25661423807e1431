import { wordFrequencies } from '../repair/word-frequencies.ts';
import { type Context, type FieldResult, headingRoleOf } from './context.ts';
import type { LanguageCues } from './cues/types.ts';
import { findDates } from './dates.ts';
import { isOrgWord } from './party-lists.ts';
import {
  anyOf,
  capitalised,
  escapeRegex,
  gather,
  NUMERIC_STAMP,
  perCueSets,
  photoCredit,
  re,
} from './patterns.ts';
import { COMPANY_ABBREVIATION, isDateLabel } from './segment.ts';
import { similarity } from './similarity.ts';
import { type Block, evidenceInBlock, type Line, normalize, WIRE_DATELINE } from './text.ts';

/** The title is looked for among the first non-empty lines only: after that it is body text. */
const TITLE_SEARCH_LINES = 12;
/** A title line longer than this is a paragraph that happens to start with a document-type word. */
const TITLE_MAX_CHARS = 250;
/** A title wraps over at most this many lines; a cover page ("X / between / A / and / B") over a few more. */
const TITLE_MAX_LINES = 4;
const COVER_MAX_LINES = 6;
/** A lower-case line this short continues the title ("… och Västerbottens" / "museum"). */
const CONTINUATION_MAX_CHARS = 60;
/** A title's line after a linking word ("… kommune og" / "OsloMet - storbyuniversitetet …") is this long at most. */
const TITLE_LINE_MAX_CHARS = 90;
/** A capitalised line this short that ends with a period closes a wrapped title ("Norrbottens" / "Kommuner."). */
const CLOSING_LINE_MAX_CHARS = 40;
/** A date line may carry a short label or place besides the date ("Publicerad", "Oslo,"). */
const DATE_LINE_EXTRA_CHARS = 25;
/**
 * A period after a word of four or more lower-case letters or digits, before a capital, ends a sentence
 * ("… på rådhuset. Siste oppdatering", "… July, 2005. BETWEEN"); "St. Olavs" and "bl.a. Region" do not.
 */
const TITLE_SENTENCE_END = /(?<=[\p{Ll}\d]{4})[.!?](?=\s+["“]?\p{Lu})/u;
/** A clock time ("08.43", "kl. 10:30"), standing beside a date or left on its own. */
const CLOCK_TIME = /(?<![\p{L}\d.:])(?:kl\.?\s*)?\d{1,2}[:.]\d{2}(?![\p{L}\d.:])/u;
/** OCR'd document-type words ("Avsiktsfärklaring") still count when this similar to the cue. */
const FUZZY_CUE_SIMILARITY = 0.8;

/** The title and the synthetic block holding it (so other extractors can read "between A and B" from it). */
export interface TitleResult extends FieldResult<string | null> {
  block: Block | null;
}

/**
 * The document's own title: the first line that starts with a document-type word (its wrapped lines and a
 * cover page's "between A and B" included), else the first line that is not page furniture (a headline).
 */
export function extractTitle(ctx: Context): TitleResult {
  const { doc } = ctx;
  const lines = doc.lines.filter((line) => !line.blank).slice(0, TITLE_SEARCH_LINES);
  const labelled = labelledTitle(ctx, lines);
  if (labelled) return labelled;
  const echoed = echoedTitle(ctx, lines);
  if (echoed) return echoed;
  const memo = memoHeaderTitle(ctx);
  if (memo) return memo;
  const content = lines.filter((line) => !isFurniture(ctx, line.clean) && !isCaption(ctx, line));
  if (content.length > 1 && isSenderName(ctx, content[0]?.clean ?? '')) content.shift();
  // "rådhuset fasad och skylt" over the headline: an image's alt text, words in lower case only, is no title.
  if (content.length > 1 && /^\p{Ll}[\p{Ll}\d-]*(?:\s+[\p{Ll}\d-]+){2,}$/u.test(content[0]?.clean ?? ''))
    content.shift();
  // "Kultur & fritid" over the headline: a site section's two-word label joined by "&" is no title.
  if (content.length > 1 && /^\p{Lu}\p{Ll}+ & \p{Ll}+$/u.test(content[0]?.clean ?? '')) content.shift();
  const firstSentenceEnd = content.findIndex(
    (line) => /[.!?]$/u.test(line.clean) && !startsWithDocumentType(ctx, line.clean),
  );
  const searchable = firstSentenceEnd < 0 ? content : content.slice(0, firstSentenceEnd + 1);
  let typedIndex = searchable.findIndex(
    (line, position) =>
      // A headline cut before its typed words ("A and B sign | Memorandum of Understanding …") takes them, however
      // long the typed unit runs on where the text lost its line breaks.
      (line.clean.length <= TITLE_MAX_CHARS ||
        headlineBeforeTypedWord(ctx, searchable, position) ||
        capsRunLength(line.clean) <= TITLE_MAX_CHARS) &&
      /^\p{Lu}/u.test(line.clean) &&
      // "Samarbeidsavtala skal vere med å:" leads in to a list; it is no title.
      !/:$/u.test(line.clean) &&
      startsWithDocumentType(ctx, line.clean) &&
      startsBlock(doc.lines, line, searchable[position - 1]),
  );
  // Rule type-inside-headline: "ALBY ALLIANCE MEMORANDUM OF UNDERSTANDING between …" over "Dated: …" over "MEMORANDUM OF
  // UNDERSTANDING": the bare type printed again under a first line that holds it is a running header; the first
  // line is the title.
  const repeatedType = content[typedIndex];
  const opening = content[0];
  if (
    typedIndex > 0 &&
    repeatedType &&
    opening &&
    opening.clean.length <= TITLE_MAX_CHARS &&
    isBareDocumentType(ctx, repeatedType.clean) &&
    opening.clean.toLowerCase().includes(repeatedType.clean.replace(/[.:]$/u, '').toLowerCase())
  )
    typedIndex = 0;
  const caseTitle = caseDocumentTitle(ctx);
  if (caseTitle && (typedIndex < 0 || (content[typedIndex] as Line).start > caseTitle.start))
    return rangeTitle(ctx, caseTitle.start, caseTitle.end);
  let index = typedIndex >= 0 ? typedIndex : headlineAfterCaption(ctx, content);
  if (!content[index]) return { value: null, evidence: {}, warnings: [], block: null };
  if (typedIndex < 0) {
    const headline = headlineAfterCaptionInLine(ctx, content[index] as Line);
    if (headline) return headline;
  }
  // An untyped "title" this long is the article's first paragraph: the text has no headline. So is one that
  // opens with a wire-style dateline ("LAKESIDE — The City Council tonight will review …").
  const untyped = content[index]?.clean ?? '';
  if (
    typedIndex < 0 &&
    (wordCount(firstSentence(untyped, ctx)) > HEADLINE_MAX_WORDS || WIRE_DATELINE.test(untyped))
  )
    return { value: null, evidence: {}, warnings: [], block: null };
  const linkers = anyOf(
    gather(ctx.sets, (cues) => [...cues.betweenWords, ...cues.andWords, 'om', 'on', 'regarding']),
  );
  const picked: Line[] = [];
  const joinTyped = typedIndex >= 0 && headlineBeforeTypedWord(ctx, content, index);
  if (joinTyped) index--;
  const first = content[index] as Line;
  const next = content[index + 1];
  if (typedIndex >= 0 && isBareDocumentType(ctx, first.clean) && next) {
    // "SAMVERKANSAVTAL" over "Samverkansavtal – 3 maj 2009": the bare type printed again before a date or a dash
    // is a page header, no title ("AVSIKTSFÖRKLARING" over "Avsiktsförklaring om samverkan mellan …" is one).
    const repeat =
      next.clean.toLowerCase().startsWith(first.clean.toLowerCase()) &&
      /^\s*(?:$|[–—|-]|\d)/u.test(next.clean.slice(first.clean.length));
    if (next.clean.length <= TITLE_MAX_CHARS && startsWithDocumentType(ctx, next.clean) && !repeat) {
      index++;
      picked.push(next);
    } else {
      picked.push(first);
      // "MEMORANDUM OF UNDERSTANDING" over "CENTRAL COAST AVIATION AND EDUCATION PRECINCT": a subtitle in
      // capitals under a bare document type in capitals names what the document is about.
      if (isCapsSubtitle(ctx, first.clean, next.clean)) {
        index++;
        picked.push(next);
      }
      // Cover page: the parties follow on their own lines, joined by "between" and "and".
      let expectName = re(`\\s${linkers}$`).test((picked.at(-1) as Line).clean);
      for (const line of content.slice(index + 1, index + 1 + COVER_MAX_LINES)) {
        const isLinker = re(`^${linkers}$`).test(line.clean);
        const startsLower = /^\p{Ll}/u.test(line.clean) && re(`^${linkers}\\s`).test(line.clean);
        const allCaps = picked.every((above) => isShouting(above.clean));
        // "BETWEEN THE CITY OF ALBY AND" under a title in capitals names the parties too.
        const capsLinked = isShouting(line.clean) && allCaps && re(`^${linkers}\\s`).test(line.clean);
        // Under a title in capitals the name a linker announces is in capitals too, not the text's first sentence.
        const name = expectName && (isShouting(line.clean) || !allCaps);
        // Rule cover-between-line: "Memorandum of Understanding" over "Between Alby Council and Borby Port", "Samarbetsavtal"
        // over "Mellan Alby kommun och Borby kommun": a capitalised line that opens with "between" and is no sentence
        // names the parties of the bare type above it.
        const betweenLine =
          picked.length === 1 &&
          betweenLineStart(ctx).test(line.clean) &&
          line.clean.length <= TITLE_LINE_MAX_CHARS &&
          !/[.!?:;]$/u.test(line.clean);
        // Rule caps-cover-lines: "MEMORANDUM OF UNDERSTANDING" / "BETWEEN THE ALBY REGIONS" / "ESTABLISHING THE …",
        // each line set apart by blank lines: a title in capitals runs on over its lines in capitals (no section
        // heading, number or date) up to its first line in mixed case.
        const capsOn = !name && continuesInCapitals(ctx, picked, line.clean);
        if (!isLinker && !startsLower && !capsLinked && !name && !betweenLine && !capsOn) break;
        picked.push(line);
        expectName = isLinker || re(`\\s${linkers}$`).test(line.clean);
      }
    }
  } else picked.push(first);
  if (joinTyped) picked.push(content[index + 1] as Line);
  if (typedIndex < 0 && isTwoPartHeadline(content, index)) picked.push(content[index + 1] as Line);
  extendWrapped(ctx, content, picked, linkers);

  const firstLine = picked[0] as Line;
  const lastLine = picked.at(-1) as Line;
  const start =
    firstLine.start + Math.max(0, doc.text.slice(firstLine.start, firstLine.end).search(/[^\s#*•▪◦●■►]/u));
  const norm = normalize(doc.text, start, lastLine.end);
  const block: Block = {
    kind: 'heading',
    index: -1,
    start,
    end: lastLine.end,
    firstLine: doc.lines.indexOf(firstLine),
    lastLine: doc.lines.indexOf(lastLine),
    norm,
  };
  // Without line breaks the title's unit may run on into the first sentence of the text: it ends at a sentence end.
  const sentenceEnd = TITLE_SENTENCE_END.exec(norm.text);
  const sentence = sentenceEnd ? norm.text.slice(0, sentenceEnd.index + 1) : norm.text;
  // Rule caps-title-run-on: a typed title in capitals that ran on, without line breaks, into a body longer than any
  // title ends with its run of capitals ("MEMORANDUM OF UNDERSTANDING BETWEEN … ENGINEERING A MEMORANDUM … (MOU)
  // between the cities …").
  const capsEnd = norm.text.length > TITLE_MAX_CHARS ? capsRunLength(norm.text) : sentence.length;
  const runOn = sentence.slice(0, Math.min(capsEnd, runOnEnd(ctx, sentence)));
  const titleText = runOn.slice(0, repeatedHeadlineEnd(ctx, runOn, start));
  // Rule no-headline: an untyped title that ends at a sentence's period with the paragraph going on after it, longer
  // than a headline with a period ("Signering av samarbeidsavtale med kommunen."), is the first sentence of a text
  // without a headline ("Alby kommune og Borby inngår en samarbeidsavtale med det formål å … . Avtalen …"): no title,
  // rather than a sentence.
  if (
    typedIndex < 0 &&
    sentenceEnd &&
    titleText.trimEnd().length === sentence.trimEnd().length &&
    wordCount(titleText) > PERIOD_HEADLINE_MAX_WORDS
  )
    return { value: null, evidence: {}, warnings: [], block: null };
  let value = titleText
    .replace(/\s+/gu, ' ')
    .replace(/[.:]\s*$/u, '')
    .trim();
  // A title in capitals over several lines is typography as a whole.
  const caps = picked.filter((line) => isShouting(line.clean));
  const shouting = (caps.length === picked.length ? picked : [firstLine]).map((line) => line.clean).join(' ');
  if (shouting.length > 3 && isShouting(shouting) && value.startsWith(shouting)) {
    value = sentenceCase(shouting) + value.slice(shouting.length);
  }
  const end = titleText.replace(/[.:\s]+$/u, '').length;
  return {
    value: value || null,
    evidence: { title: [evidenceInBlock(doc, block, 0, end)] },
    warnings: [],
    block,
  };
}

/**
 * A record page's title label at the start of a line: "Title:" (a catalogue or legislation record), "AGENDA TITLE:"
 * (a staff report), Swedish "Titel:", Norwegian "Tittel:"; a subject label right after it ("Title: SUBJECT: …") is
 * the same label.
 */
const TITLE_LABEL = /^(?:agenda\s+)?(?:title|titel|tittel)\s*:\s*(?:(?:subject|ämne|emne)\s*:\s*)?/iu;
/** A form's label in capitals may stand inside a line that lost its breaks ("… COUNCIL COMMUNICATION AGENDA TITLE: …"). */
const CAPS_TITLE_LABEL =
  /(?<=\s)(?:AGENDA\s+)?(?:TITLE|TITEL|TITTEL)\s*:\s*(?:(?:SUBJECT|ÄMNE|EMNE)\s*:\s*)?/u;
/** A labelled title has at least this many words: "Title: Rector" in a signature block is a person's title. */
const LABELLED_TITLE_MIN_WORDS = 3;
/** Two words in capitals after the labelled title are the next label or heading ("… Inc. CITATION PDF VIEWER"). */
const NEXT_LABEL = /\s(?:\p{Lu}{2,}[\p{Lu}:]*\s+){1,}\p{Lu}{2,}[\p{Lu}:]*(?=\s|$)/u;

/**
 * title-label: the text after a record page's title label (`TITLE_LABEL`) at the start of one of the first lines.
 * Where the text lost its line breaks the title ends at the next run of words in capitals (the page's next label
 * or heading), unless the title itself is in capitals.
 */
function labelledTitle(ctx: Context, lines: readonly Line[]): TitleResult | null {
  for (const line of lines) {
    const label = TITLE_LABEL.exec(line.clean) ?? CAPS_TITLE_LABEL.exec(line.clean);
    if (!label) continue;
    const rest = line.clean.slice((label.index ?? 0) + label[0].length);
    const next = isShouting(rest) ? null : NEXT_LABEL.exec(rest);
    const value = (next ? rest.slice(0, next.index) : rest).replace(/[\s.:;,]+$/u, '');
    if (wordCount(value) < LABELLED_TITLE_MIN_WORDS || /\d{4}[-/.]\d{1,2}/u.test(value)) continue;
    const start = ctx.doc.text.indexOf(value, line.start);
    if (start < 0) continue;
    return rangeTitle(ctx, start, start + value.length);
  }
  return null;
}

/** A memo's header in capitals holds at least this many labels ("SAKSANSVARLIG:", "ARKIVSAK NR:", "TO:", "FROM:"). */
const MEMO_HEADER_MIN_LABELS = 2;
/** A label in capitals inside a memo's header: a word in capitals, a bracketed ending ("SAKSBEHANDLER(E)"), a colon. */
const CAPS_LABEL = /(?<![^\s])\p{Lu}[\p{Lu}()-]*:(?=\s|$)/gu;
/** The next field's label after a memo's heading: a capitalised word, up to two lower-case ones, a colon ("Dokumenter:", "Forslag til vedtak:"). */
const NEXT_FIELD_LABEL = /\s\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,2}\s*:(?=\s|$)/u;

/**
 * Rule memo-header: a case memo opens with its header in capitals, labels and their values ("US-SAK NR: 12/2020 ALBY
 * UNIVERSITET SAKSANSVARLIG: KARI BERG SAKSBEHANDLER: OLA NORD ARKIVSAK NR: 20/11", "TO: COUNCIL FROM: CITY
 * MANAGER"), and the case's heading follows as the first words in mixed case, up to the next field's label
 * ("Dokumenter:", "Vedlegg:") or its line's end. A letterhead in capitals is no title there; the heading is. With
 * fewer labels, or no heading of a headline's length, the other rules read the text.
 */
function memoHeaderTitle(ctx: Context): TitleResult | null {
  const text = ctx.doc.text;
  const header = /^(?:[^\p{Ll}\s]+\s+)+(?=\p{Lu}\p{Ll})/u.exec(text.slice(0, CASE_TITLE_ZONE_CHARS));
  if (!header || (header[0].match(CAPS_LABEL)?.length ?? 0) < MEMO_HEADER_MIN_LABELS) return null;
  const start = header[0].length;
  const lineEnd = text.indexOf('\n', start);
  const rest = text.slice(start, lineEnd < 0 ? text.length : lineEnd);
  const label = NEXT_FIELD_LABEL.exec(rest);
  const heading = firstSentence(label ? rest.slice(0, label.index) : rest).replace(/[\s.:;,]+$/u, '');
  const words = wordCount(heading);
  if (words < 2 || words > HEADLINE_MAX_WORDS) return null;
  return rangeTitle(ctx, start, start + heading.length);
}

/** Words in capitals that open a text make a title run when at least this many. */
const CAPS_RUN_MIN_WORDS = 3;

/**
 * The length of the run of words without a lower-case letter that opens a text ("MEMORANDUM OF UNDERSTANDING BETWEEN
 * … (MOU)"), up to the first word in mixed or lower case; the whole length when the run is shorter than
 * `CAPS_RUN_MIN_WORDS` words (no title in capitals).
 */
function capsRunLength(text: string): number {
  const run = /^(?:[^\p{Ll}\s]+\s+)*[^\p{Ll}\s]+(?=\s+\S*\p{Ll})/u.exec(text);
  if (!run || run[0].split(/\s+/u).length < CAPS_RUN_MIN_WORDS || !/\p{Lu}{2}/u.test(run[0]))
    return text.length;
  // A word in capitals closed by a period ends the title's sentence ("… FUNDING PROGRAM. THIS MEMORANDUM …").
  const stop = /(?<=\p{Lu}{4})[.!?](?=\s)/u.exec(run[0]);
  return stop ? stop.index : run[0].length;
}

/** A record's name printed over the document's own first heading is a title's length at most. */
const ECHO_MAX_WORDS = 12;

/**
 * Rule record-echo: a records store prints the document's name as the text's first line, over the document's own
 * first heading that says the same ("AVTAL" over "AVTAL", "SAMARBEIDSAVTALE" over "SAMARBEIDSAVTALE" / "mellom …");
 * without line breaks the name stands twice in a row ("AVTAL OM SAMARBETE AVTAL OM SAMARBETE Parterna …"). The
 * name printed twice is the title, when it names an agreement and is no sentence.
 */
function echoedTitle(ctx: Context, lines: readonly Line[]): TitleResult | null {
  const first = lines[0];
  if (!first) return null;
  const names = perCueSets(ctx.sets, 'title.echoNames', () =>
    re(
      `(?<![\\p{L}])(?:${anyOf([...documentTypeCues(ctx), ...gather(ctx.sets, (cues) => cues.documentTypes.agreementNames)])})`,
    ),
  );
  const fold = (text: string) => text.toLowerCase().replace(/\s+/gu, ' ');
  let text: string | null = null;
  const second = lines[1];
  if (second && fold(first.clean) === fold(second.clean)) text = first.clean;
  else {
    const words = [...first.clean.matchAll(/\S+/gu)];
    for (let n = 1; n <= ECHO_MAX_WORDS && 2 * n <= words.length; n++) {
      const join = (from: number) =>
        words
          .slice(from, from + n)
          .map((word) => word[0].toLowerCase())
          .join(' ');
      if (join(0) !== join(n)) continue;
      const last = words[n - 1] as RegExpMatchArray;
      text = first.clean.slice(0, (last.index ?? 0) + last[0].length);
      break;
    }
  }
  if (text === null || !/^\p{Lu}/u.test(text) || /[.!?:;,]$/u.test(text) || !names.test(text)) return null;
  const start = ctx.doc.text.indexOf(text, first.start);
  return start < 0 ? null : rangeTitle(ctx, start, start + text.length);
}

/** A council's resolution or ordinance names itself within this many characters of the text's start. */
const CASE_TITLE_ZONE_CHARS = 1000;
/**
 * "A RESOLUTION OF THE CITY COUNCIL OF … APPROVING A MEMORANDUM OF UNDERSTANDING … WHEREAS, …", "RESOLUTION
 * 2004-079 OF THE COUNCIL …" (its number before its maker), "RESOLUTION
 * APPROVING A LETTER OF INTENT FOR … WHEREAS": the capitals run that opens with the resolution or ordinance and
 * its verb, up to its recitals or the first word in mixed case. Case-sensitive: a sentence about "a resolution
 * approving the agreement" is no title.
 */
const CASE_TITLE =
  /(?<![\p{L}])(?:(?:A|AN)\s+)?(?:RESOLUTION|ORDINANCE)\s+(?:(?:NO\.?\s*)?\d[\d-]*\s+)?(?:OF|AUTHORIZING|APPROVING|ADOPTING)\s[^\p{Ll}]*?(?=\s+(?:WHEREAS|BE IT|NOW,?\s+THEREFORE)(?![\p{L}])|\s+[^\s\p{Ll}]*\p{Ll}|\s*$)/u;

/** The range in `Doc.text` of a council resolution's or ordinance's own title, or null. */
function caseDocumentTitle(ctx: Context): { start: number; end: number } | null {
  const opening = ctx.doc.text.slice(0, CASE_TITLE_ZONE_CHARS);
  const match = CASE_TITLE.exec(opening);
  if (!match) return null;
  const text = match[0].replace(/[\s;,.:]+$/u, '');
  return { start: match.index, end: match.index + text.length };
}

/** The title read from a range of `Doc.text`, with its synthetic block; capitals become sentence case. */
function rangeTitle(ctx: Context, start: number, end: number): TitleResult {
  const { doc } = ctx;
  const norm = normalize(doc.text, start, end);
  const firstLine = doc.lines.findIndex((line) => line.end >= start);
  const lastLine = doc.lines.findIndex((line) => line.end >= end);
  const block: Block = { kind: 'heading', index: -1, start, end, firstLine, lastLine, norm };
  const text = norm.text.replace(/\s+/gu, ' ').trim();
  return {
    value: isShouting(text) ? sentenceCase(text) : text,
    evidence: { title: [evidenceInBlock(doc, block, 0, norm.text.length)] },
    warnings: [],
    block,
  };
}

/**
 * "Academic City, Millersville University sign | MoU to foster cooperation": the text was cut into units
 * before the document-type word, inside one physical line. A headline that ends in a signing verb goes on
 * with the typed line after it, so both are the title.
 */
function headlineBeforeTypedWord(ctx: Context, content: readonly Line[], index: number): boolean {
  const previous = content[index - 1];
  const typed = content[index];
  if (!previous || !typed || index - 1 !== 0) return false;
  if (ctx.doc.text.slice(previous.end, typed.start).includes('\n')) return false;
  const verbs = anyOf(gather(ctx.sets, (cues) => cues.signingVerbs));
  return (
    /^\p{Lu}/u.test(previous.clean) &&
    wordCount(previous.clean) <= HEADLINE_MAX_WORDS &&
    re(`\\s${verbs}s?$`).test(previous.clean)
  );
}

/** Words a headline repeated later on the page must share with the title before the title is cut there. */
const REPEAT_MIN_WORDS = 5;
/** … and words that must follow in the title after the repeat, for the rest to be run-on text, not the title. */
const RUN_ON_MIN_WORDS = 6;

/**
 * A web page repeats its headline after the photo caption ("X har underteikna avtale f.v. ordførar …
 * Foto: … X Leiar i …"): in a text without line breaks the title ends where its repeat ends.
 */
function repeatedHeadlineEnd(ctx: Context, title: string, titleStart: number): number {
  const words = [...title.matchAll(/\S+/gu)];
  if (words.length < REPEAT_MIN_WORDS + RUN_ON_MIN_WORDS) return title.length;
  const later = ctx.doc.text.slice(titleStart + title.length).replace(/\s+/gu, ' ');
  let shared = 0;
  while (
    shared < words.length &&
    later.includes(
      words
        .slice(0, shared + 1)
        .map((w) => w[0])
        .join(' '),
    )
  )
    shared++;
  if (shared < REPEAT_MIN_WORDS || words.length - shared < RUN_ON_MIN_WORDS) return title.length;
  const last = words[shared - 1];
  return last ? (last.index ?? 0) + last[0].length : title.length;
}

/** True when a text is written in capitals. */
function isShouting(text: string): boolean {
  return text === text.toUpperCase() && /\p{Lu}/u.test(text);
}

/** A subtitle under a document type is a heading's length at most. */
const SUBTITLE_MAX_WORDS = 10;

/**
 * True when `next` is a subtitle in capitals under a bare document type in capitals: a heading with no
 * sentence end, no date, not a section heading ("PARTER", "BAKGRUND") and not a cover page's "between".
 */
function isCapsSubtitle(ctx: Context, first: string, next: string): boolean {
  if (!isShouting(first) || !isShouting(next) || /[.:;!?]$/u.test(next)) return false;
  // "PERTAINING TO THE SHARING OF COSTS AND …": a line that names the subject is the title's, however long.
  const topic = re(`^${anyOf(gather(ctx.sets, (cues) => cues.topicLeads))}\\s`).test(next);
  if ((wordCount(next) > SUBTITLE_MAX_WORDS && !topic) || findDates(next, ctx.sets).length > 0) return false;
  const between = anyOf(gather(ctx.sets, (cues) => [...cues.betweenWords, ...cues.andWords]));
  if (re(`^${between}(?![\\p{L}])`).test(next)) return false;
  return topic || headingRoleOf(next, ctx.sets) === 'body';
}

/** A headline closed by a period is this short at most; a longer sentence is the text's first, under no headline. */
const PERIOD_HEADLINE_MAX_WORDS = 12;
/** A news headline is at most this many words; a longer first line is the article's opening paragraph. */
const HEADLINE_MAX_WORDS = 30;
/** A photo caption above the headline is a full sentence of at least this many words. */
const CAPTION_MIN_WORDS = 3;
/** The headline follows a caption within this many lines. */
const CAPTION_LOOKAHEAD = 2;

function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

function firstSentence(text: string, ctx?: Context): string {
  const end = TITLE_SENTENCE_END.exec(text);
  const sentence = end ? text.slice(0, end.index + 1) : text;
  return ctx ? sentence.slice(0, runOnEnd(ctx, sentence)) : sentence;
}

/** A headline has at least this many words before a lead that runs on after it. */
const LEAD_MIN_HEADLINE_WORDS = 3;

/**
 * The place of a dateline right before its date: "(Lakeside, OR) Monday, ", "PORT ELLEN, " or "SPRINGFIELD,
 * Ill. (" (a state abbreviation, the date in parentheses).
 */
const DATELINE_BEFORE_DATE =
  /(?:\(\p{Lu}[\p{L} .,'-]{1,40}\)|(?<![\p{L}])\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,3},)\s*(?:\p{L}+\.?,?\s*)?\(?$/u;
/** The definite or plural ending a Swedish or Norwegian noun may carry when the lead repeats it ("Mandat" → "Mandatet"). */
const DEFINITE_ENDING = '(?:en|et|n|a|t|erna|ene|arna|ane|ar|er)?';

/**
 * A news lead that opens with its weekday and date after the headline: "… Fotballklubb Mandag 19.04.2018 ble …",
 * "… kommun Tisdag den 3 maj …", "… Agreement Monday, May 4, 2009 …": a capitalised weekday right before a date
 * (an optional "den"/"the" between), after a word.
 */
function weekdayBeforeDate(ctx: Context): RegExp {
  return perCueSets(ctx.sets, 'title.weekdayBeforeDate', () => {
    const days = gather(ctx.sets, (cues) => cues.weekdays).map(capitalised);
    const leads = gather(ctx.sets, (cues) => cues.dateLeadWords);
    return re(`(?<=[\\p{L}\\d)]\\s)${anyOf(days)}(?:en)?,?\\s+(?:${anyOf(leads)}\\s+)?$`, 'u');
  });
}

/**
 * Rule date-after-headline: a publication date with its year between a headline's words and the lead's first
 * sentence ("Alby universitet tecknar avtal med Borg AB 2 februari 2015 Ett utökat samarbete …", "… med kommunen
 * 12.03.2019 Kommunen og …") ends the headline, where the text lost its line breaks. A date after a date lead word
 * ("den", "on") is the headline's own.
 */
export function isDateAfterHeadline(
  ctx: Context,
  text: string,
  date: { start: number; end: number },
): boolean {
  const before = text.slice(0, date.start);
  const lead = perCueSets(ctx.sets, 'title.dateAfterHeadlineLead', () =>
    re(`(?<![\\p{L}])${anyOf(gather(ctx.sets, (cues) => cues.dateLeadWords))}\\s*$`),
  );
  return (
    /(?<!\d)\d{4}(?!\d)/u.test(text.slice(date.start, date.end)) &&
    /^\s+\p{Lu}\p{Ll}*\s+\p{Ll}/u.test(text.slice(date.end)) &&
    /\p{L}\s+$/u.test(before) &&
    !/[.!?:]\s*$/u.test(before) &&
    !lead.test(before) &&
    wordCount(before) >= LEAD_MIN_HEADLINE_WORDS &&
    wordCount(before) <= HEADLINE_MAX_WORDS
  );
}

/**
 * Rule release-date: an English news release sets its date under a headline in title case, and the contact or the
 * dateline's place under the date ("Alby University Forms Partnership with Borby Lab Sept. 30, 2019 Ann Lee,
 * Director of Communications …"). Where the line breaks are gone a full date (its year included) after a headline
 * of a few words, before a capitalised word, ends the headline; not after a date label or lead ("Dated", "on",
 * "of"), and not before a cover's "Between"/"And", which carry a title on to its parties.
 */
function isReleaseDate(ctx: Context, text: string, date: { start: number; end: number }): boolean {
  if (ctx.language !== 'en') return false;
  const before = text.slice(0, date.start);
  const after = text.slice(date.end);
  const previous = /(\S+)\s+$/u.exec(before)?.[1] ?? '';
  const next = /^\s*,?\s*(\S+)/u.exec(after)?.[1] ?? '';
  const { linking } = perCueSets(ctx.sets, 'title.releaseDate', () => ({
    linking: re(
      `^${anyOf(gather(ctx.sets, (cues) => [...linkWords(cues), ...cues.dateLeadWords, ...cues.topicLeads]))}$`,
    ),
  }));
  return (
    /(?<!\d)\d{4}(?!\d)/u.test(text.slice(date.start, date.end)) &&
    wordCount(before) >= LEAD_MIN_HEADLINE_WORDS &&
    wordCount(before) <= HEADLINE_MAX_WORDS &&
    /[\p{L}.]$/u.test(previous) &&
    !linking.test(previous.replace(/[.,:]$/u, '')) &&
    !isDateLabel(previous.replace(/[.,:]$/u, '')) &&
    /^\p{Lu}/u.test(next) &&
    !linking.test(next)
  );
}

/** A web page's share link left before a dateline ("Share |"). */
const SHARE_LEFTOVER = /\s+\p{L}+\s*\|\s*$/u;

/**
 * Where a title that lost its line breaks runs on into what followed it on the page: a dateline ("(Lakeside, OR)
 * Monday, May 4, 2009", "PORT ELLEN, May 4, 2009 –") or a bullet ("… avtale * godkjent av …"). Without such a
 * cue the whole text.
 */
function runOnEnd(ctx: Context, text: string): number {
  let end = text.length;
  const bullet = /\s[*•▪]\s*\p{L}/u.exec(text);
  if (bullet && bullet.index > 0) end = bullet.index;
  for (const date of [...findDates(text, ctx.sets)].sort((a, b) => a.start - b.start)) {
    if (date.start >= end) break;
    const before = text.slice(0, date.start);
    const place = DATELINE_BEFORE_DATE.exec(before);
    if (place && place.index > 0) {
      end = place.index;
      break;
    }
    const weekday = weekdayBeforeDate(ctx).exec(before);
    if (weekday && wordCount(before.slice(0, weekday.index)) >= LEAD_MIN_HEADLINE_WORDS) {
      end = weekday.index;
      break;
    }
    if (isDateAfterHeadline(ctx, text, date) || isReleaseDate(ctx, text, date)) {
      end = date.start;
      break;
    }
  }
  end = quoteLead(ctx, text.slice(0, end)) ?? end;
  end = adoptionNote(ctx, text.slice(0, end)) ?? end;
  end = dateOpeningLead(ctx, text.slice(0, end)) ?? end;
  end = datedLead(ctx, text.slice(0, end)) ?? end;
  end = captionLeadAfter(ctx, text.slice(0, end)) ?? end;
  end = leadEcho(ctx, text.slice(0, end)) ?? end;
  end = leadInCapitals(ctx, text.slice(0, end)) ?? end;
  // Swedish and Norwegian headlines are in sentence case: a capitalised sentence opener ("Vi", "Det", "De")
  // or the headline's own first word again after its first words starts the lead.
  if (ctx.language === 'sv' || ctx.language === 'no') {
    // Rule weekday-lead: Swedish and Norwegian write weekdays in lower case, so a capitalised one ("… i Borstadalen
    // Tysdag vart avtalen …") opens a sentence too, also in its definite form ("… med Alby Onsdagen den 4 maj …").
    const starters = anyOf(
      gather(ctx.sets, (cues) => [
        ...[...cues.segmentation.sentenceStarters, ...cues.determiners].map(capitalised),
        ...(cues === ctx.sets[0] ? cues.weekdays.map((day) => `${capitalised(day)}(?:en|a)?`) : []),
      ]),
    );
    const firstWord = /^\p{Lu}\p{Ll}{3,}/u.exec(text)?.[0];
    // The repeat may carry the definite ending: "Mandat for styret Mandatet er …", "Avtal om X Avtalet gäller …".
    const lead = new RegExp(
      `(?<=\\p{Ll}{2}\\s)(?:${starters}(?=\\s+[\\p{Ll}\\d])|${firstWord ?? '(?!)'}${DEFINITE_ENDING}\\s)`,
      'u',
    );
    const match = lead.exec(text.slice(0, end)) ?? leadRestart(ctx, text.slice(0, end));
    const before = match ? text.slice(0, match.index) : '';
    // "A og A kommune": a headline does not end in a linking word.
    const endsOpen = re(`\\s${anyOf(gather(ctx.sets, (cues) => cues.segmentation.nameLinks))}\\s*$`).test(
      before,
    );
    if (match && !endsOpen && wordCount(before) >= LEAD_MIN_HEADLINE_WORDS) end = match.index;
  } else if (ctx.language === 'en') {
    // English headlines are often in title case, where every word is capitalised; one in sentence case
    // ("University partnership signals commitment to County A new partnership will …") ends before a
    // capitalised article or pronoun that opens the lead, as a Swedish or Norwegian one does.
    const match = perCueSets(ctx.sets, 'title.headlineLead', () =>
      re(
        `(?<=\\p{Ll}{2}\\s)(?:${anyOf(
          gather(ctx.sets, (cues) => cues.segmentation.headlineLeadOpeners).map(capitalised),
        )})(?=\\s+[\\p{Ll}\\d])`,
        'u',
      ),
    ).exec(text.slice(0, end));
    const before = match ? text.slice(0, match.index) : '';
    if (match && isSentenceCase(before) && wordCount(before) >= LEAD_MIN_HEADLINE_WORDS) end = match.index;
  }
  const head = text.slice(0, end);
  const share = SHARE_LEFTOVER.exec(head);
  return (share ? share.index : head.trimEnd().length) || text.length;
}

/**
 * Rule quote-lead: Swedish and Norwegian papers open a quote with a dash, and an article often opens with one
 * ("Tettere samarbeid med Alby – Borsta IL er en viktig partner, sier ordfører Kari Berg."). Where the line breaks
 * are gone, a dash before a capitalised word whose sentence ends in a speech verb's attribution (", sier …") starts
 * the lead, not a subtitle. Returns where the lead starts, or null.
 */
function quoteLead(ctx: Context, text: string): number | null {
  const quote = perCueSets(ctx.sets, 'title.quoteLead', () =>
    re(
      `(?<=\\p{L}\\s)[–—]\\s+\\p{Lu}[^.!?–—]*?,\\s*${anyOf(gather(ctx.sets, (cues) => cues.speechVerbs))}\\s+\\p{L}`,
      'u',
    ),
  );
  const match = quote.exec(text);
  if (!match || wordCount(text.slice(0, match.index)) < LEAD_MIN_HEADLINE_WORDS) return null;
  return match.index;
}

/**
 * Rule adoption-note: under an agreement's title its adoption is noted ("Samarbeidsavtale" over "Vedtatt i
 * rådet 4. desember 2023", "Avtal" over "Antaget av fullmäktige"; English headlines are in title case, so English has
 * no such notes). Where the line
 * breaks are gone, a capitalised participle of adoption before its preposition ends the title. Returns where the
 * note starts, or null.
 */
function adoptionNote(ctx: Context, text: string): number | null {
  const note = perCueSets(ctx.sets, 'title.adoptionNote', () => {
    const notes = gather(ctx.sets, (cues) => cues.adoptionNotes);
    return notes.length > 0 ? re(`(?<=[\\p{L}\\d)]\\s+)${anyOf(notes)}(?=\\s)`, 'u') : null;
  });
  const match = note?.exec(text);
  if (!match || wordCount(text.slice(0, match.index)) < 2) return null;
  return match.index;
}

/**
 * Rule date-opening (as segmentation's): "… kopla seg tettare på akademia 20. november signerte NTNU og NHO …", "…
 * for økt kompetanse 18. desember ble det inngått …": a day and its month in words (a year may follow) after a
 * headline's lower-case word (no link, no date lead such as "den") and before a lower-case word that links nothing
 * open the lead. Returns where the lead starts, or null.
 */
function dateOpeningLead(ctx: Context, text: string): number | null {
  const { dayMonth, links } = perCueSets(ctx.sets, 'title.dateOpening', () => ({
    dayMonth: re(
      `(?<=^|\\s)\\d{1,2}\\.?\\s+${anyOf(gather(ctx.sets, (cues) => Object.keys(cues.months)))}(?:\\s+\\d{4})?(?=\\s)`,
      'giu',
    ),
    links: re(`^${anyOf(gather(ctx.sets, (cues) => [...linkWords(cues), ...cues.dateLeadWords]))}$`),
  }));
  for (const match of text.matchAll(dayMonth)) {
    const at = match.index ?? 0;
    const before = text.slice(0, at);
    if (wordCount(before) < LEAD_MIN_HEADLINE_WORDS) continue;
    const previous = /(\S+)\s+$/u.exec(before)?.[1] ?? '';
    const next = /^\s+(\S+)/u.exec(text.slice(at + match[0].length))?.[1] ?? '';
    if (/^\p{Ll}+$/u.test(previous) && !links.test(previous) && /^\p{Ll}+$/u.test(next) && !links.test(next))
      return at;
  }
  return null;
}

/**
 * Rule dated-lead: a lead that opens with its day and month behind a capitalised weekday or date lead word ("…
 * med Alby forskning Mandag 5. november ble avtalen signert …", "… och Borby AB Den 27 april undertecknade …", "… with
 * Alby On May 4 the council …"), the year left out, after a headline of a few words. Where the line breaks are gone
 * that word starts the lead; a date needs its year for the other date rules, a lead's date often has none. The
 * date must go on into a lower-case word (the lead's verb), not a name or a heading. Returns where the lead starts,
 * or null.
 */
function datedLead(ctx: Context, text: string): number | null {
  const opener = perCueSets(ctx.sets, 'title.datedLead', () => {
    // English writes its months capitalised; the opener's case is what tells the lead, so the months take both.
    const months = anyOf(
      gather(ctx.sets, (cues) => Object.keys(cues.months).flatMap((month) => [month, capitalised(month)])),
    );
    const openers = anyOf(
      gather(ctx.sets, (cues) => [
        ...cues.weekdays.map((day) => `${capitalised(day)}(?:en|a)?`),
        ...cues.dateLeadWords.map(capitalised),
      ]),
    );
    const leads = anyOf(gather(ctx.sets, (cues) => cues.dateLeadWords));
    const day = '\\d{1,2}(?:\\.|st|nd|rd|th)?';
    return re(
      `(?<=[\\p{L}\\d)]\\s+)${openers},?\\s+(?:${leads}\\s+)?(?:${day}\\s+${months}|${months}\\s+${day},?)(?=\\s+\\p{Ll})`,
      'gu',
    );
  });
  for (const match of text.matchAll(opener)) {
    const at = match.index ?? 0;
    if (wordCount(text.slice(0, at)) >= LEAD_MIN_HEADLINE_WORDS) return at;
  }
  return null;
}

/**
 * Rule caption-lead-after: a photo's caption under the headline names the people in it from the left ("… in Alby
 * Collaboration From left, Ann Lee, …", "… med Borsta Fra venstre: Kari Holm …", "… Från vänster …"). Where the
 * line breaks are gone the caption lead, capitalised as a caption starts, after a headline of a few words ends the
 * headline. Returns where the caption starts, or null.
 */
function captionLeadAfter(ctx: Context, text: string): number | null {
  const lead = perCueSets(ctx.sets, 'title.captionLeadAfter', () =>
    re(
      `(?<=[\\p{L}\\d)]\\s+)\\(?${anyOf(gather(ctx.sets, (cues) => cues.captionLeads).map(capitalised))}(?=[\\s,:)])`,
      'u',
    ),
  );
  const match = lead.exec(text);
  if (!match || wordCount(text.slice(0, match.index)) < LEAD_MIN_HEADLINE_WORDS) return null;
  return match.index;
}

/** Words that link a headline's words rather than end it: between-words, "and", function words, name links. */
function linkWords(cues: LanguageCues): string[] {
  return [...cues.betweenWords, ...cues.andWords, ...cues.functionWords, ...cues.segmentation.nameLinks];
}

/** The last words of a headline the lead repeats: this many, of which at least `ECHO_CONTENT_WORDS` carry content. */
const ECHO_WORDS = 3;
const ECHO_CONTENT_WORDS = 2;
/** A headline's word shortened from the lead's is this many letters at least ("Lab", "Univ"). */
const ABBREVIATION_MIN_LETTERS = 3;

/**
 * Rule lead-echo: a news lead restates its headline, so where a capitalised word follows a headline whose last
 * three words come again later in the sentence ("Nytt samverkansavtal med Borby högskola Region Norr ingår ett
 * samverkansavtal med Borby …", "A and B sign Memorandum of Understanding Alby University and … signed a
 * memorandum of understanding …"), the lead starts at that word, unless the repeat goes on with that word too (a
 * name the lead repeats). A headline does not end in a linking word ("Memorandum of Understanding Between"). Returns where the lead starts, or null.
 */
function leadEcho(ctx: Context, text: string): number | null {
  const words = [...text.matchAll(/\S+/gu)];
  const linking = perCueSets(ctx.sets, 'title.leadEchoLinks', () =>
    re(`^${anyOf(gather(ctx.sets, linkWords))}$`),
  );
  for (let k = Math.max(LEAD_MIN_HEADLINE_WORDS, ECHO_WORDS); k < words.length; k++) {
    const word = words[k] as RegExpMatchArray;
    const previous = (words[k - 1] as RegExpMatchArray)[0];
    if (!/^\p{Lu}/u.test(word[0]) || !/\p{Ll}$/u.test(previous) || linking.test(previous)) continue;
    // "Memorandum of Understanding Between A and B … Memorandum of Understanding – A and B": a cover's "Between"
    // carries the title on to its parties; no lead opens with it.
    if (betweenWord(ctx).test(word[0])) continue;
    const echo = words.slice(k - ECHO_WORDS, k).map((w) => w[0]);
    if (echo.filter((w) => CONTENT_WORD_START.test(w)).length < ECHO_CONTENT_WORDS) continue;
    // "Alby College and Borby Clinic sign … Alby College and Borby Clinic signed": a name the lead repeats whole
    // goes on with the same word there; the headline's end is repeated with other words after it.
    // Rule echo-abbreviation: a headline shortens a name's word the lead writes out ("… the Alby Research Lab at
    // Borby Univ. … the Alby Research Laboratory at …"): a repeat that goes on with a word the headline's word (its
    // period dropped, three letters or more) begins is the same name too.
    const stem = word[0].replace(/\.$/u, '');
    const sameWord = `${escapeRegex(stem)}${stem.length >= ABBREVIATION_MIN_LETTERS ? '' : '(?![\\p{L}\\d])'}`;
    const repeat = new RegExp(
      `(?<![\\p{L}\\d])${echo.map(escapeRegex).join('\\s+')}(?![\\p{L}\\d])(?!\\s+${sameWord})`,
      'iu',
    );
    if (repeat.test(text.slice(word.index ?? 0))) return word.index ?? null;
  }
  return null;
}

/** A lead's opening word set in capitals is a word, not an acronym: this many letters at least ("COUNCIL", "KOMMUNEN"). */
const CAPS_OPENER_MIN_LETTERS = 5;

/**
 * Rule lead-in-capitals: papers set the lead's first word in capitals ("MOU signed as councils look for East Coast
 * improvements COUNCIL representatives from across …", "… satsar på turism KOMMUNERNA i skärgården har …"). Where the
 * line breaks are gone, a common word of the language in capitals (no acronym: "NHS", "UNESCO" are not common
 * words) after a headline word ending in lower case and before a lower-case word starts the lead. Returns where the
 * lead starts, or null.
 */
function leadInCapitals(ctx: Context, text: string): number | null {
  if (ctx.language !== 'sv' && ctx.language !== 'no' && ctx.language !== 'en') return null;
  const frequencies = wordFrequencies(ctx.language);
  const opener = new RegExp(`(?<=\\p{Ll}\\s+)\\p{Lu}{${CAPS_OPENER_MIN_LETTERS},}(?=\\s+\\p{Ll})`, 'gu');
  for (const match of text.matchAll(opener)) {
    const at = match.index ?? 0;
    if (wordCount(text.slice(0, at)) < LEAD_MIN_HEADLINE_WORDS) continue;
    if ((frequencies.rank(match[0]) ?? Number.POSITIVE_INFINITY) <= COMMON_WORD_RANK) return at;
  }
  return null;
}

/** Most words after a headline's first are in lower case: the headline is in sentence case, not title case. */
function isSentenceCase(text: string): boolean {
  const words = text
    .split(/\s+/u)
    .slice(1)
    .filter((word) => /^\p{L}/u.test(word));
  return words.length > 0 && words.filter((word) => /^\p{Ll}/u.test(word)).length * 2 > words.length;
}

/** A capitalised word this common in the language is a sentence's first word, not a name's ("Välkommen", "Sju"). */
const COMMON_WORD_RANK = 1500;

/**
 * Rule lead-restart (Swedish and Norwegian, sentence case): after a headline's last word, the lead opens with a
 * capitalised word the headline already used, before a lower-case word or as the same two words again ("… med Alby IL Fotball Alby kommune signerte …", "… med Borby
 * universitet Region Norr och …"), or with a common word capitalised before a lower-case one ("… i Värö
 * Välkommen på pressträff", "… och Region Skåne Sju tematiska områden …"). An organisation noun ("Stad", "Region")
 * opens names as often and is no such word. Returns where the lead starts, or null.
 */
function leadRestart(ctx: Context, text: string): { index: number } | null {
  const frequencies = wordFrequencies(ctx.language === 'no' ? 'no' : 'sv');
  const seen = new Set<string>();
  for (const word of text.matchAll(/\S+/gu)) {
    const at = word.index ?? 0;
    const written = word[0].replace(/[^\p{L}\d-]/gu, '');
    const previous = text.slice(0, at).trimEnd();
    const next = /^\s*(\S+)/u.exec(text.slice(at + word[0].length))?.[1] ?? '';
    if (/^\p{Lu}\p{Ll}/u.test(written) && /[\p{Ll}\d)]$/u.test(previous)) {
      // A repeated word before a capitalised one may be a name's part ("… Nord universitet og Helse Nord RHF"):
      // only where the two words stood together before ("Region Norr och …" after "Region Norr i …").
      const repeated =
        seen.has(written) && (/^\p{Ll}/u.test(next) || text.slice(0, at).includes(`${written} ${next}`));
      const common =
        (frequencies.rank(written) ?? Number.POSITIVE_INFINITY) <= COMMON_WORD_RANK && /^\p{Ll}/u.test(next);
      if ((repeated || common) && !isOrgWord(ctx, written)) return { index: at };
    }
    seen.add(written);
  }
  return null;
}

/**
 * Where an untyped title starts: the first line, unless that line is a photo caption (a sentence ending
 * with a period, "Rektor X signerar överenskommelsen.") and a headline (a short line without a final period)
 * follows right after it.
 */
function headlineAfterCaption(ctx: Context, content: readonly Line[]): number {
  const first = content[0]?.clean ?? '';
  if (isDatedHeadline(ctx, content)) return 0;
  // A caption is a sentence or two; a longer line is a paragraph, or the lead with its line breaks gone (its
  // headline run into it), and a typed subheading further down is no headline after it.
  const sentenceEnds = first.match(/(?<=[\p{Ll}\d]{2})[.!?](?=\s+["“]?\p{Lu}|$)/gu)?.length ?? 0;
  const isSentence =
    /[.!?]$/u.test(first) &&
    wordCount(first) >= CAPTION_MIN_WORDS &&
    first.length <= CAPTION_LINE_MAX_CHARS &&
    sentenceEnds <= CAPTION_IN_LINE_MAX_SENTENCES;
  if (!isSentence) return headlineBeforeLead(content);
  for (let i = 1; i <= CAPTION_LOOKAHEAD; i++) {
    const line = content[i]?.clean ?? '';
    // "Rektor X og direktør Y inngår nytt samarbeid." over "Fornya avtale mellom A og B:" over "– Skal hjelpa …": the
    // headline after the caption may come in two parts.
    if (isTwoPartHeadline(content, i)) return i;
    if (
      /^\p{Lu}/u.test(line) &&
      !/[.!?:;,]$/u.test(line) &&
      wordCount(line) >= 2 &&
      wordCount(line) <= HEADLINE_MAX_WORDS
    )
      return i;
  }
  return 0;
}

/**
 * Rule dated-headline: "Alby University Forms Partnership with Borby State Univ." over "September 30, 2019": a
 * line with its final period (an abbreviation's, or a headline's) right over a date line standing alone is the
 * headline with its publication date, not a photo caption; a caption stands by its photo, not over the date.
 */
function isDatedHeadline(ctx: Context, content: readonly Line[]): boolean {
  const first = content[0];
  if (!first) return false;
  const lines = ctx.doc.lines;
  const next = lines.slice(lines.indexOf(first) + 1).find((line) => !line.blank);
  if (!next || content.includes(next)) return false;
  const dates = findDates(next.clean, ctx.sets);
  return dates.length === 1 && isFurniture(ctx, next.clean);
}

/** A picture agency's name as a credit gives it: camel case ("iStock"), or capitals ("NTB", "TT"). */
const AGENCY_NAME = /^(?:\p{Ll}+\p{Lu}\p{L}*|\p{Lu}{2,})$/u;

/**
 * Rule agency-credit: a caption's credit to a picture agency ("Foto: iStock", "Photo: NTB") between the caption and
 * the headline, where the line breaks are gone. The agency's name is one word of its own shape, so the headline
 * starts right after it; a photographer's name has no such end and stays. Returns the credit's length with the
 * space after it, or 0.
 */
function agencyCreditLength(ctx: Context, text: string): number {
  const credit = photoCredit(ctx.sets).exec(text);
  if (credit?.index !== 0) return 0;
  const after = /^(\S+)\s+(?=\p{Lu})/u.exec(text.slice(credit[0].length - 1));
  if (!after || !AGENCY_NAME.test(after[1] ?? '')) return 0;
  return credit[0].length - 1 + after[0].length;
}

/** A caption run into the headline has at most this many sentences. */
const CAPTION_IN_LINE_MAX_SENTENCES = 2;

/**
 * headline-after-caption in one line: where the text lost its line breaks, a sentence (a notice or a caption, "Med
 * anledning av … kan försändelser bli fördröjda.") runs on into a headline and its lead ("Nya samverkansdokument
 * undertecknade i Höör Nu har …"). The headline is the text after the sentence up to where its lead starts
 * (`runOnEnd`), when the lead starts before the next sentence end; otherwise the line is no such run-on.
 */
function headlineAfterCaptionInLine(ctx: Context, line: Line): TitleResult | null {
  const text = line.clean;
  let restStart = 0;
  // A caption may name the people in a second sentence ("… signerar avtalet. Till vänster ser vi …").
  for (let caption = 0; caption < CAPTION_IN_LINE_MAX_SENTENCES; caption++) {
    const end = TITLE_SENTENCE_END.exec(text.slice(restStart));
    if (!end || wordCount(text.slice(restStart, restStart + end.index + 1)) < CAPTION_MIN_WORDS) return null;
    restStart += end.index + 1;
    restStart += /^\s*/u.exec(text.slice(restStart))?.[0].length ?? 0;
    restStart += agencyCreditLength(ctx, text.slice(restStart));
    const sentence = firstSentence(text.slice(restStart));
    const headline = firstSentence(text.slice(restStart), ctx).trim();
    const words = wordCount(headline);
    if (headline.length >= sentence.trim().length || words < 2 || words > HEADLINE_MAX_WORDS) continue;
    if (!/^\p{Lu}/u.test(headline) || /[.!?:;,]$/u.test(headline)) continue;
    const start = ctx.doc.text.indexOf(headline, line.start);
    return start < 0 ? null : rangeTitle(ctx, start, start + headline.length);
  }
  return null;
}

/**
 * "Fornya samarbeidsavtale mellom A og B:" over "– Skal hjelpa bedriftene …", "Ny allianse forener X og Y:" over
 * "A og B signerer samarbeidsavtale": a headline in two parts, the first ending with a colon, the second a
 * headline-shaped line (or a quote after a dash) right under it. A colon before a list item or a sentence
 * ("Samarbeidsavtala skal vere med å:" over "- Fremje felles mål … kommunen.") leads in instead.
 */
function isTwoPartHeadline(content: readonly Line[], index: number): boolean {
  const first = content[index]?.clean ?? '';
  const second = content[index + 1]?.clean ?? '';
  if (!/\p{L}:$/u.test(first) || !/^(?:[–—-]\s+)?\p{Lu}/u.test(second)) return false;
  return (
    wordCount(first) >= 2 &&
    wordCount(first) + wordCount(second) <= HEADLINE_MAX_WORDS &&
    !/[.!?;,:]$/u.test(second) &&
    second.length < LEAD_MIN_CHARS
  );
}

/** A lead paragraph is at least this long; a shorter line is a headline, a caption or page furniture. */
const LEAD_MIN_CHARS = 100;
/** Words of at least this many letters carry content; two of them are the same word when this prefix is. */
const CONTENT_WORD_MIN = 4;
/** A word that starts with a content word's letters. */
const CONTENT_WORD_START = new RegExp(`^\\p{L}{${CONTENT_WORD_MIN},}`, 'u');
const CONTENT_STEM = 5;

/** The content words of a text as lower-case stems ("Linnéuniversitetet" → "linné"). */
function contentStems(text: string): Set<string> {
  return new Set(
    (text.match(new RegExp(`\\p{L}{${CONTENT_WORD_MIN},}`, 'gu')) ?? []).map((word) =>
      word.toLowerCase().slice(0, CONTENT_STEM),
    ),
  );
}

/**
 * A photo's alt text without a final period ("Tre personer med penna i handen") above the headline: of two
 * headline-shaped lines right before the lead, the headline is the one that shares words with the lead (a
 * headline and its lead name the same parties and the same agreement); the first one stays when the caption
 * cannot be told apart.
 */
function headlineBeforeLead(content: readonly Line[]): number {
  const [first, second, lead] = content.map((line) => line.clean);
  const headlineShaped = (line: string | undefined) =>
    line !== undefined &&
    /^\p{Lu}/u.test(line) &&
    !/[.!?:;,]$/u.test(line) &&
    wordCount(line) >= 2 &&
    wordCount(line) <= HEADLINE_MAX_WORDS &&
    line.length < LEAD_MIN_CHARS;
  if (!headlineShaped(first) || !headlineShaped(second) || !lead || lead.length < LEAD_MIN_CHARS) return 0;
  const leadStems = contentStems(lead);
  const shared = (line: string) => [...contentStems(line)].filter((stem) => leadStems.has(stem)).length;
  return shared(first as string) === 0 && shared(second as string) > 0 ? 1 : 0;
}

/** A previous line this short ended its paragraph (text-layer PDFs have no blank lines). */
const SHORT_PREVIOUS_LINE = 60;

/** True when a line starts a block: after a blank line, a sentence end, a short line, or page furniture. */
function startsBlock(lines: readonly Line[], line: Line, previousContent: Line | undefined): boolean {
  const before = lines[lines.indexOf(line) - 1];
  if (!before || before.blank) return true;
  if (previousContent !== before) return true;
  return /[.!?:;]$/u.test(before.clean) || before.clean.length < SHORT_PREVIOUS_LINE;
}

/** A between-word standing alone ("Between", "mellan"). */
function betweenWord(ctx: Context): RegExp {
  return perCueSets(ctx.sets, 'title.betweenWord', () =>
    re(`^${anyOf(gather(ctx.sets, (cues) => cues.betweenWords))}$`),
  );
}

/** "Between Alby …", "Mellan Alby …", "Mellom Alby …": a between-word, capitalised, before a capitalised name. */
function betweenLineStart(ctx: Context): RegExp {
  return perCueSets(ctx.sets, 'title.betweenLineStart', () =>
    re(`^${anyOf(gather(ctx.sets, (cues) => cues.betweenWords).map(capitalised))}\\s+["“]?\\p{Lu}`, 'u'),
  );
}

/** Adds the wrapped lines of a title: after a trailing "och/and/between", a short lower-case line, or a short closing line. */
function extendWrapped(ctx: Context, content: Line[], picked: Line[], linkers: string): void {
  const functionWords = anyOf(gather(ctx.sets, (cues) => cues.functionWords));
  const openEnding = re(`\\s${anyOf(gather(ctx.sets, (cues) => cues.titleOpenEndings))}$`);
  while (picked.length < TITLE_MAX_LINES + COVER_MAX_LINES) {
    const last = (picked.at(-1) as Line).clean;
    // A wrapped title continues on the very next line; a blank line in between ends it, unless the title ends open.
    const next = ctx.doc.lines[ctx.doc.lines.indexOf(picked.at(-1) as Line) + 1];
    // Rule title-period: "Samverkansöverenskommelse mellan A och B" over "2016–2019", "Partnership Agreement" over
    // "2021-2024": the years the agreement runs, on the line under its title (or over one blank line), close it.
    const period = next?.blank ? ctx.doc.lines[ctx.doc.lines.indexOf(next) + 1] : next;
    if (period && isYearRange(period.clean) && !/[.!?]$/u.test(last)) {
      picked.push(period);
      return;
    }
    // "…, THE CENTER FOR CITIES, INC." over "AND PARK SKATE, LLC": a company's "Inc." ends no title in capitals.
    const company = COMPANY_ABBREVIATION.test(last.split(/\s+/u).at(-1) ?? '');
    // Rule title-over-blank-line: a title cut after a preposition ("Överenskommelse gällande samverkan inom") goes
    // on over one blank line to a short line in lower case ("hemsjukvård i Kronobergs län 2018–2022"), as a PDF
    // set in wide leading comes out as text.
    // So does a title whose next line, over a blank line as OCR gives wide leading, starts in lower case with a
    // linking word ("Avtale med intensjon om samarbeid" / "mellom Lørenskog kommune og").
    const after = next?.blank ? ctx.doc.lines[ctx.doc.lines.indexOf(next) + 1] : undefined;
    const linkedOn = after !== undefined && re(`^(?:${linkers})\\s`).test(after.clean);
    if (after && (openEnding.test(last) || linkedOn)) {
      // After a linking word ("… kommune og") the title cannot have ended: its next line goes on in any case.
      const linkedFrom = re(`\\s(?:${linkers})$`).test(last) && /^\p{L}/u.test(after.clean);
      const goesOn =
        isLowerContinuation(after.clean) || (linkedFrom && after.clean.length <= TITLE_LINE_MAX_CHARS);
      if (content.includes(after) && goesOn) {
        picked.push(after);
        continue;
      }
    }
    // Rule caps-subtitle-over-blank: "SAMARBEIDSAVTALE DEL 1" over a blank line over "GENERELL DEL": a title in
    // capitals that names its part goes on over one blank line (a text store's unit break, OCR's wide leading) to
    // a line in capitals that is no section heading, number or date, as it does right under it.
    if (after && /\d$/u.test(last) && continuesInCapitals(ctx, picked, after.clean)) {
      picked.push(after);
      continue;
    }
    if (!next || next.blank || (/[.!?]$/u.test(last) && !company)) return;
    // A short line in capitals reads as a letterhead on its own ("IN CIVIC CENTER", "PROGRAM."): under a title
    // in capitals it is the title's last line. Other furniture ends the title.
    if (!content.includes(next)) {
      if (!continuesInCapitals(ctx, picked, next.clean)) return;
      picked.push(next);
      continue;
    }
    const endsOpen = re(`(?:\\s(?:${linkers}|${functionWords})|,)$`).test(last);
    const lowerContinuation = isLowerContinuation(next.clean);
    const closing =
      /^\p{Lu}/u.test(next.clean) && next.clean.length <= CLOSING_LINE_MAX_CHARS && /\.$/u.test(next.clean);
    if (!endsOpen && !lowerContinuation && !closing && !continuesInCapitals(ctx, picked, next.clean)) return;
    picked.push(next);
  }
}

/** "2016-2019", "2020–2023", "2018 – 22": the years an agreement runs, standing alone. */
const YEAR_RANGE = /^((?:19|20)\d{2})\s*[–—-]\s*((?:19|20)?\d{2})$/u;

/** True when a line is a year range whose end comes after its start. */
function isYearRange(text: string): boolean {
  const match = YEAR_RANGE.exec(text);
  if (!match) return false;
  const from = Number(match[1]);
  const written = match[2] ?? '';
  const to = written.length === 2 ? Math.floor(from / 100) * 100 + Number(written) : Number(written);
  return to > from;
}

/** A short line in lower case that is no label: the wrapped end of a title. */
function isLowerContinuation(text: string): boolean {
  return /^\p{Ll}/u.test(text) && text.length <= CONTINUATION_MAX_CHARS && !/:$/u.test(text);
}

/**
 * "MEMORANDUM OF UNDERSTANDING BETWEEN THE COUNTY OF ORANGE" over "AND THE CITY OF SANTA ANA REGARDING POLICE
 * PATROL SERVICES" over "IN CIVIC CENTER": a title set in capitals goes on over the lines in capitals right
 * under it, up to its first line in mixed case ("This Memorandum …"); a section heading ("PARTIES", "1.
 * PURPOSE") or a date line under it is no part of it.
 */
function continuesInCapitals(ctx: Context, picked: readonly Line[], next: string): boolean {
  if (!picked.every((line) => isShouting(line.clean)) || !isShouting(next)) return false;
  if (!startsWithDocumentType(ctx, (picked[0] as Line).clean)) return false;
  if (/^[\d(]/u.test(next) || findDates(next, ctx.sets).length > 0) return false;
  return headingRoleOf(next, ctx.sets) === 'body';
}

/** A caption's credit follows its text within this many sentence ends ("… på Rådhuset. Foto: Anna Berg"). */
const CAPTION_MAX_SENTENCES = 1;
/** A caption's physical line is this short at most; a longer one is a text that lost its line breaks. */
const CAPTION_LINE_MAX_CHARS = 400;

/**
 * True when a line is (part of) a photo caption: its physical line carries a photo credit ("Foto: Anna Berg",
 * "Photo: Ann Lee") after at most one sentence of text.
 */
function isCaption(ctx: Context, line: Line): boolean {
  const text = ctx.doc.text;
  const lineEnd = text.indexOf('\n', line.start);
  const ahead = text.slice(line.start, lineEnd < 0 ? text.length : lineEnd);
  // A text without line breaks runs the headline into the lead: its "line" is no caption.
  if (ahead.length > CAPTION_LINE_MAX_CHARS) return false;
  const credit = photoCredit(ctx.sets).exec(ahead);
  if (!credit || credit.index === 0) return false;
  // The credit belongs to this line or starts right after it: a credit further on is another unit's (a
  // headline, then "Text: …", then "Foto: …" in a text without line breaks).
  if (line.start + credit.index > line.end + 1) return false;
  const sentenceEnds = ahead.slice(0, credit.index).match(/[.!?](?:\s|$)/gu)?.length ?? 0;
  return sentenceEnds <= CAPTION_MAX_SENTENCES;
}

/** Lines that come before a title but are not one: page furniture, dates, references. */
function isFurniture(ctx: Context, text: string): boolean {
  // Page numbers ("1", "1 2" where a text store ran two pages together), and a bullet sign left alone.
  if (/^[\d\s]+$/u.test(text) || !/[\p{L}\d]/u.test(text)) return true;
  if (isContactLine(ctx, text)) return true;
  // The clock time a date line left on its own ("14.05.2021 09.12", "kl. 10:30").
  if (text.replace(CLOCK_TIME, '').trim() === '') return true;
  // A text store's date stamp, a month's too ("date 2019-10", "11-14-2017"), which findDates does not read.
  const stamp = STAMP_ALONE.exec(text);
  if (stamp && (stamp.groups?.label === undefined || isDateLabel(stamp.groups.label))) return true;
  // A web template's unfilled placeholder ("$left", "{{ title }}").
  if (/^(?:\$\p{L}+|\{\{[^}]*\}\})$/u.test(text)) return true;
  // An image's file name left as its alt text: a date stamp, then words ("180405 Avtale idrettsråd kommune").
  if (/^\d{6,8}[\s_-]+\p{L}/u.test(text)) return true;
  // Rule file-name-line: a scan's or record's file name over the text, its words joined by underscores
  // ("02-118_ALBY_Memorandum of Understanding", "2019_avtal_slutlig"); a title never has one.
  if (/[\p{L}\d]_[\p{L}\d]/u.test(text)) return true;
  // A lone word in quotes, or in lower case but not a cover page's "between"/"and", is a web page's leftover
  // ('"False"', "printicon"), not a heading.
  if (/^["“'‘]\p{L}+["”'’]$/u.test(text)) return true;
  // A text without line breaks runs such a leftover into the next piece of furniture ('"False" Hoppa direkt till …').
  const leftover = /^["“'‘]\p{L}+["”'’]\s+(?=\S)/u.exec(text);
  if (leftover) return isFurniture(ctx, text.slice(leftover[0].length));
  const furniture = perCueSets(ctx.sets, 'title.furniture', () => ({
    linkers: new Set(
      gather(ctx.sets, (cues) => [...cues.betweenWords, ...cues.andWords, ...cues.functionWords]),
    ),
    boilerplate: re(anyOf(gather(ctx.sets, (cues) => cues.boilerplateLines))),
    dateLine: re(
      `^(?:${anyOf(gather(ctx.sets, (cues) => [...cues.dateLabels, ...cues.referenceLabels]))})?[\\s:,.\\p{L}]{0,${DATE_LINE_EXTRA_CHARS}}$`,
    ),
    reference: re(`^${anyOf(gather(ctx.sets, (cues) => cues.referenceLabels))}\\s*[:.]?\\s*\\S*\\d`),
    // "Publiceringsdatum:", "Senast uppdaterad:": a date label the page left without its date.
    emptyDateLabel: re(`^(?:\\p{L}+\\s+)?\\p{L}*${anyOf(gather(ctx.sets, (cues) => cues.dateLabels))}\\s*:$`),
    navigation: new Set(gather(ctx.sets, (cues) => cues.segmentation.navigationWords)),
  }));
  if (/^\p{Ll}+$/u.test(text) && !furniture.linkers.has(text)) return true;
  if (isBreadcrumbTrail(text) || furniture.navigation.has(text.toLowerCase())) return true;
  if (furniture.boilerplate.test(text)) return true;
  const dates = findDates(text, ctx.sets);
  // "23.06.2022 08.43": the clock time beside a date belongs to the date line.
  const withoutDates = dates
    .reduce((rest, date) => rest.replace(text.slice(date.start, date.end), ''), text)
    .replace(CLOCK_TIME, '');
  if (dates.length > 0 && furniture.dateLine.test(withoutDates.trim())) return true;
  if (furniture.reference.test(text) || furniture.emptyDateLabel.test(text)) return true;
  // A letterhead ("UMEÅ UNIVERSITET", "LULEÅ") above the real title.
  return (
    text === text.toUpperCase() &&
    /\p{Lu}/u.test(text) &&
    !startsWithDocumentType(ctx, text) &&
    text.split(/\s+/u).length <= 3
  );
}

/** A phone number standing alone, a short note after it ("555.123.4567 (office)", "+47 22 33 44 55", "713/555-0100"). */
const PHONE_LINE = /^\+?[\d(][\d\s./()-]{6,}\d\s*(?:\(\p{L}+\))?$/u;
/** An e-mail address standing alone. */
const EMAIL_LINE = /^[^\s@]+@[^\s@]+\.\p{L}{2,}$/u;

/**
 * Rule contact-lines: a press release's contact block over its headline ("Contact: Ann Lee, Alby College" over
 * "555.123.4567 (office)" over "ann.lee@alby.edu"; "Kontakt: …", "E-post: …", "Telefon: …") is page furniture: a
 * contact label with its colon, a phone number or an e-mail address standing alone.
 */
function isContactLine(ctx: Context, text: string): boolean {
  if (PHONE_LINE.test(text) || EMAIL_LINE.test(text)) return true;
  return perCueSets(ctx.sets, 'title.contactLabel', () =>
    re(`^(?:\\p{L}+\\s+)?${anyOf(gather(ctx.sets, (cues) => cues.contactCues))}\\s*:`),
  ).test(text);
}

/** A date in figures standing alone, a date label before it: "date 2019-10", "Published: 11-14-2017". */
const STAMP_ALONE = new RegExp(`^${NUMERIC_STAMP}$`, 'u');

/** A sender's name above a title is this many words at most ("Norrby kommun", "Universitetet i Alfa"). */
const SENDER_MAX_WORDS = 3;

/**
 * "Åtvidabergs kommun" over "Gemensam överförmyndarverksamhet": a news page or letter opens with its sender, a
 * proper name ending in an organisation noun, on a line of its own. Only the first line is read this way, so
 * a cover page's parties ("Avtal mellan / Norrby kommun / och …") stay in its title.
 */
function isSenderName(ctx: Context, text: string): boolean {
  const words = text.split(/\s+/u);
  if (words.length < 2 || words.length > SENDER_MAX_WORDS || /[^\p{L}\s-]/u.test(text)) return false;
  return /^\p{Lu}/u.test(text) && isOrgWord(ctx, words.at(-1) ?? '') && !startsWithDocumentType(ctx, text);
}

/** A breadcrumb is this many words at most. */
const CRUMB_MAX_WORDS = 3;

/**
 * "Forsiden › Nyheter › Aktuelt", "Home > News", "› Aktuelt" (a trail a furniture word split): short
 * capitalised items around separators, a web page's trail.
 */
function isBreadcrumbTrail(text: string): boolean {
  if (!/[›»>]/u.test(text)) return false;
  const crumbs = text.split(/\s*[›»>]\s*/u).filter(Boolean);
  return (
    crumbs.length >= 1 &&
    crumbs.every((crumb) => /^\p{Lu}/u.test(crumb) && wordCount(crumb) <= CRUMB_MAX_WORDS)
  );
}

function documentTypeCues(ctx: Context): readonly string[] {
  return perCueSets(ctx.sets, 'title.documentTypeCues', () =>
    gather(ctx.sets, (cues) => [
      ...cues.documentTypes.letterOfIntent,
      ...cues.documentTypes.cooperationAgreement,
    ]),
  );
}

/** True when the text starts with a document-type word, allowing OCR noise in a one-word cue. */
export function startsWithDocumentType(ctx: Context, text: string): boolean {
  if (
    perCueSets(ctx.sets, 'title.startsWithDocumentType', () => re(`^${anyOf(documentTypeCues(ctx))}`)).test(
      text,
    )
  )
    return true;
  const firstWord = /^[\p{L}]+/u.exec(text)?.[0] ?? '';
  if (firstWord.length < 8) return false;
  // The answer depends on the first word alone: kept per word (bounded), as names and headings recur.
  const fuzzy = perCueSets(ctx.sets, 'title.fuzzyDocumentType', () => new Map<string, boolean>());
  let found = fuzzy.get(firstWord);
  if (found === undefined) {
    found = fuzzyDocumentType(ctx, firstWord);
    if (fuzzy.size >= FUZZY_MEMO_LIMIT) fuzzy.clear();
    fuzzy.set(firstWord, found);
  }
  return found;
}

/** First words whose fuzzy document-type answer is kept, per language. */
const FUZZY_MEMO_LIMIT = 10_000;

function fuzzyDocumentType(ctx: Context, firstWord: string): boolean {
  return documentTypeCues(ctx).some((cue) => {
    const literal = cue.replace(/\\p\{L\}\*$/u, '');
    return (
      /^[\p{L}]+$/u.test(literal) &&
      similarity(firstWord.slice(0, literal.length), literal) >= FUZZY_CUE_SIMILARITY
    );
  });
}

function isBareDocumentType(ctx: Context, text: string): boolean {
  const between = anyOf(gather(ctx.sets, (cues) => cues.betweenWords));
  return re(`^${anyOf(documentTypeCues(ctx))}(?:\\s+${between})?[.:]?$`).test(text.trim());
}

/** "SAMVERKANSAVTAL" → "Samverkansavtal": an all-capital heading is typography, not spelling. */
function sentenceCase(text: string): string {
  return capitalised(text.toLowerCase());
}
