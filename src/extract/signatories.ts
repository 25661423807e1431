import type { EvidenceSpan, Party, Signatory } from '../schema/letter-of-intent.ts';
import type { Context, FieldResult } from './context.ts';
import type { LanguageCues } from './cues/index.ts';
import { findDates } from './dates.ts';
import { matchParty } from './parties.ts';
import { anyOf, escapeRegex, gather, perCueSets, re } from './patterns.ts';
import { type Block, CAPTION_KICKER, evidenceAt, sentences, toRaw } from './text.ts';

/** Signature-block lines are short; a longer line is body text. */
const SIGNATURE_LINE_MAX_CHARS = 100;
/** More words than this on one line (without columns) is prose, not a signature line. */
const SIGNATURE_LINE_MAX_WORDS = 12;
/** A line with this many words that ends with a period is a sentence, not a name ("Samuel L. Stanley Jr."). */
const SENTENCE_MIN_WORDS = 5;
/** Columns in text-layer and plain text are separated by at least this many spaces. */
const COLUMN_GAP = /\s{3,}|\t+/u;
/** OCR specks between and after columns (". .", " |") are not text. */
const SPECKS_AT_END = /(?:\s+[.|'‘’_~=-]+)+$/u;
/** A recital line opens with "WHEREAS" or "NOW, THEREFORE": prose, never part of a signature block. */
const RECITAL_LINE = /^(?:WHEREAS|NOW,?\s+THEREFORE)\b/u;
/** A markdown-like table row: "| Name | Title |" (the outer pipes mark it; a lone OCR "|" does not). */
const TABLE_ROW = /^\s*\|.*\|\s*$/u;
/** A table's rule row under its header: "|---|:--:|". */
const TABLE_RULE = /^[\s|:=-]+$/u;
/** A person's name: two to four capitalised words, initials, hyphenated names and particles ("von") allowed. */
const PERSON_NAME =
  /^\p{Lu}[\p{L}'’-]+(?:\s+(?:von|van|af|de|der|den|da|di|du|la|le))*(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+\.?)){1,3}$/u;
/** A surname with a capital inside after its prefix ("McDaniel", "MacLeod", "DeLuca"): no acronym. */
const SURNAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|La|Le)\p{Lu}\p{Ll}{2,}$/u;
/** Title words this long also end compounds ("universitetsrektorn"); shorter ones ("vd", "leder") do not. */
const COMPOUND_TITLE_MIN_CHARS = 5;

interface Cell {
  text: string;
  start: number;
  end: number;
}

interface Entry {
  name: Cell | null;
  title: Cell | null;
  party: Cell | null;
}

/** Signatories from the signature block at the end of an agreement, or from "signed by …" in news text. */
export function extractSignatories(
  ctx: Context,
  parties: readonly Party[],
  isNews: boolean,
): FieldResult<Signatory[]> {
  // A document typed as an agreement may still name its signers only in prose (a press release about one).
  // A contact block at the end of a press release ("kontakta …, E-post …") lists people who did not sign.
  // Only people sign: template or prose text ("Each Project", "KIC InnoEnergy") is left out.
  // title-starts-with-number: a "title" that opens on a number ("12 voted 4-1 to have Town Manager") is the
  // tail of a sentence about a vote or a date, so the name after it is reported, not a signer found.
  // title-ends-with-number: a "title" that ends on a page number ("7 FINANCIAL RECORDS, AND NOTICE 15") is a table of
  // contents line; no signer's.
  const people = (found: Entry[]) =>
    found.filter(
      (entry) =>
        entry.name &&
        isSignerName(ctx, entry.name.text, parties) &&
        !/^\d|\s\d{1,3}$/u.test(entry.title?.text ?? ''),
    );
  const lined = isNews || isContactZone(ctx) ? [] : people(fromSignatureBlock(ctx, parties));
  // A signature block that lost its line breaks ("For Alfa University: Jane Doe, President For City of …").
  const block = lined.length > 0 || isNews ? lined : people(fromInlineSignatures(ctx, parties));
  const entries = block.length > 0 ? block : people(fromNewsText(ctx, parties));
  const evidence: Record<string, EvidenceSpan[]> = {};
  const warnings: string[] = [];
  const value: Signatory[] = [];
  for (const entry of entries) {
    if (!entry.name) continue;
    const index = value.length;
    const partyText = entry.party ? cleanParty(ctx, entry.party.text) : null;
    const matched = partyText ? matchParty(partyText, parties) : null;
    const party = matched?.name ?? partyText ?? universityOf(ctx, entry.title?.text ?? null, parties);
    if (partyText && !matched)
      warnings.push(`signatories: "${partyText}" (for ${entry.name.text}) is not one of the parties found`);
    value.push({ name: entry.name.text, title: entry.title?.text ?? null, party });
    evidence[`signatories[${index}].name`] = [evidenceAt(ctx.doc, entry.name.start, entry.name.end)];
    if (entry.title)
      evidence[`signatories[${index}].title`] = [evidenceAt(ctx.doc, entry.title.start, entry.title.end)];
    if (entry.party)
      evidence[`signatories[${index}].party`] = [evidenceAt(ctx.doc, entry.party.start, entry.party.end)];
  }
  return { value, evidence, warnings };
}

/** True when the signature zone holds contact details (an e-mail address or a contact cue), not signatures. */
function isContactZone(ctx: Context): boolean {
  const zone = ctx.doc.text.slice(signatureZoneStart(ctx));
  const cues = anyOf(gather(ctx.sets, (c) => c.contactCues));
  return /@/u.test(zone) || re(`(?<![\\p{L}])${cues}(?![\\p{L}])`).test(zone);
}

/**
 * True when a signer's name is a person's: no determiner, organisation word, title, acronym (in mixed
 * case) or party name among its words.
 */
function isSignerName(ctx: Context, name: string, parties: readonly Party[]): boolean {
  const stops = perCueSets(
    ctx.sets,
    'signatories.nameStops',
    () =>
      new Set(
        gather(ctx.sets, (c) => [
          ...c.determiners,
          ...c.functionWords,
          ...c.genericPartyNouns,
          ...c.orgNouns,
        ]),
      ),
  );
  // Brackets, digits and other marks are not in names ("Understanding (MoU").
  if (/[^\p{L}\s.'’-]/u.test(name)) return false;
  // A dash between spaces separates list entries ("Ungdomsprosjekter - Idrettsstevner"), never a name's parts.
  if (/\s[-–]\s/u.test(name) || /(?:^|\s)[-–](?:\s|$)/u.test(name)) return false;
  const words = name.split(/\s+/u);
  const caps = words.every((word) => !/\p{Ll}/u.test(word));
  // Plural organisation nouns too ("Research Institutes", "Partner Universities").
  const orgNouns = perCueSets(
    ctx.sets,
    'signatories.orgNouns',
    () => new Set(gather(ctx.sets, (c) => c.orgNouns)),
  );
  if (
    words.some((word) => stops.has(word.toLowerCase()) || orgNouns.has(word.toLowerCase().replace(/s$/u, '')))
  )
    return false;
  if (
    !caps &&
    words.some((word) => /^(?=(?:.*\p{Lu}){2})[\p{L}]+$/u.test(word) && !SURNAME_PREFIX.test(word))
  )
    return false;
  return !isTitle(ctx, name) && !matchParty(name, parties);
}

/**
 * A rector's party when the text does not say: the one party that is a university or college. Null when
 * there are none or several.
 */
function universityOf(ctx: Context, title: string | null, parties: readonly Party[]): string | null {
  if (!title) return null;
  const titles = anyOf(gather(ctx.sets, (cues) => cues.academicTitles));
  if (!re(`(?:^|[\\s-])${titles}$`).test(title)) return null;
  const nouns = re(`(?<![\\p{L}])${anyOf(gather(ctx.sets, (cues) => cues.academicOrgNouns))}(?![\\p{L}])`);
  const universities = parties.filter((party) => nouns.test(party.name));
  return universities.length === 1 ? (universities[0]?.name ?? null) : null;
}

function cleanParty(ctx: Context, text: string): string {
  const forParty = anyOf(gather(ctx.sets, (cues) => cues.forParty));
  return text
    .replace(re(`^(?:signed\\s+)?${forParty}\\s+`), '')
    .replace(/^(?:the)\s+/iu, '')
    .replace(/[:,.]\s*$/u, '')
    .trim();
}

/** Where the signature block starts: the first line of the trailing run of short lines (offset in `Doc.text`). */
export function signatureZoneStart(ctx: Context): number {
  const first = signatureZoneFirstLine(ctx);
  return ctx.doc.lines[first]?.start ?? ctx.doc.text.length;
}

function signatureZoneFirstLine(ctx: Context): number {
  const lines = ctx.doc.lines;
  let first = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i];
    if (!line) continue;
    if (line.blank) {
      first = i;
      continue;
    }
    const text = line.clean;
    // Table rows are cells, however many words a row holds.
    if (TABLE_ROW.test(ctx.doc.text.slice(line.start, line.end))) {
      first = i;
      continue;
    }
    // A recital ("WHEREAS, the County …") is the agreement's preamble, however its lines were wrapped.
    if (RECITAL_LINE.test(text)) break;
    const words = text.split(/\s+/u).length;
    const sentence = /[.!?]$/u.test(text) && words >= SENTENCE_MIN_WORDS && !COLUMN_GAP.test(text);
    if (
      text.length > SIGNATURE_LINE_MAX_CHARS ||
      sentence ||
      (words > SIGNATURE_LINE_MAX_WORDS && !COLUMN_GAP.test(text))
    )
      break;
    first = i;
  }
  return first;
}

/** The trailing run of short lines (blank lines allowed), split into columns. */
function signatureCells(ctx: Context): Cell[][] {
  const { doc } = ctx;
  const lines = doc.lines;
  const first = signatureZoneFirstLine(ctx);
  const rows: Cell[][] = [];
  for (const line of lines.slice(first)) {
    if (line.blank) continue;
    const raw = doc.text.slice(line.start, line.end);
    const table = TABLE_ROW.test(raw);
    if (table && TABLE_RULE.test(raw)) continue;
    const cells: Cell[] = [];
    let offset = 0;
    for (const part of raw.split(table ? '|' : COLUMN_GAP)) {
      const at = raw.indexOf(part, offset);
      offset = at + part.length;
      // OCR specks between and after columns (". .", " |") are not text.
      const trimmed = part.trim().replace(SPECKS_AT_END, '');
      if (!trimmed || /^[.|'‘’_~=\s-]+$/u.test(trimmed)) continue;
      const start = line.start + at + part.indexOf(trimmed);
      cells.push({ text: trimmed, start, end: start + trimmed.length });
    }
    if (cells.length > 0) rows.push(cells);
  }
  return rows;
}

function fromSignatureBlock(ctx: Context, parties: readonly Party[]): Entry[] {
  const cells = signatureCells(ctx);
  const table = fromLabelledTable(ctx, cells);
  if (table.length > 0) return table;
  const rows = splitCollapsedColumns(ctx, cells, parties);
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const entries: Entry[] = [];
  for (let column = 0; column < columns; column++) {
    const cells = rows.map((row) =>
      row.length === columns ? row[column] : row.length === 1 ? row[0] : undefined,
    );
    entries.push(
      ...parseColumn(
        ctx,
        cells.filter((cell): cell is Cell => cell !== undefined),
        parties,
      ),
    );
  }
  return entries;
}

/** A title after an inline signer's name is at most this many words ("Kommunstyrelsens ordförande"). */
const INLINE_TITLE_MAX_WORDS = 4;
/** An inline signature runs at most this far after its label when no label follows it. */
const INLINE_SIGNATURE_MAX_CHARS = 120;

/**
 * A signature block without line breaks: "For Alfa University: Jane Doe, President For City of Beta: Robert
 * Roe, Mayor", "För Alby kommun Anna Berg Kommunstyrelsens ordförande För Bety AB …". A "for" label must name
 * a party found in the text; the name after it is two to four capitalised words (up to a title word), and the
 * title the words after it up to the next label or mark, when they hold a title word.
 */
function fromInlineSignatures(ctx: Context, parties: readonly Party[]): Entry[] {
  const names = parties.map((party) => party.name).filter((name) => name.length > 1);
  if (names.length === 0) return [];
  const text = ctx.doc.text;
  const forWords = anyOf(gather(ctx.sets, (cues) => cues.forParty));
  const label = re(
    `(?<![\\p{L}])${forWords}\\s+(?:the\\s+)?(?<party>${anyOf(names.map(escapeRegex))})\\s*:?\\s+`,
    'giu',
  );
  const labels = [...text.matchAll(label)];
  const entries: Entry[] = [];
  labels.forEach((match, k) => {
    const from = (match.index ?? 0) + match[0].length;
    const next = labels[k + 1]?.index ?? text.length;
    const to = Math.min(next, from + INLINE_SIGNATURE_MAX_CHARS);
    const words = [...text.slice(from, to).matchAll(/[^\s,;]+|[,;]/gu)];
    let count = 0;
    while (
      count < NAME_WORDS_MAX &&
      /^(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)$/u.test(words[count]?.[0] ?? '') &&
      !isTitle(ctx, words[count]?.[0] ?? '')
    )
      count++;
    if (count < NAME_WORDS_MIN) return;
    const lastName = words[count - 1] as RegExpMatchArray;
    const nameEnd = from + (lastName.index ?? 0) + lastName[0].length;
    const name: Cell = { text: text.slice(from, nameEnd), start: from, end: nameEnd };
    let t = count + (words[count]?.[0] === ',' ? 1 : 0);
    const titleFirst = t;
    while (
      t < words.length &&
      t - titleFirst < INLINE_TITLE_MAX_WORDS &&
      /^\p{L}[\p{L}-]*$/u.test(words[t]?.[0] ?? '')
    )
      t++;
    let title: Cell | null = null;
    if (t > titleFirst) {
      const a = words[titleFirst] as RegExpMatchArray;
      const b = words[t - 1] as RegExpMatchArray;
      const start = from + (a.index ?? 0);
      const end = from + (b.index ?? 0) + b[0].length;
      if (isTitle(ctx, text.slice(start, end))) title = { text: text.slice(start, end), start, end };
    }
    const partyStart = (match.index ?? 0) + match[0].indexOf(match.groups?.party ?? '');
    const partyText = match.groups?.party ?? '';
    entries.push({
      name,
      title,
      party: { text: partyText, start: partyStart, end: partyStart + partyText.length },
    });
  });
  return entries;
}

/**
 * A signature table with a header row of labels ("| Party | Name | Title |"): every later row with the same
 * number of cells is one signatory, read by column.
 */
function fromLabelledTable(ctx: Context, rows: Cell[][]): Entry[] {
  const labels = (pick: (cues: LanguageCues) => string[]) => re(`^${anyOf(gather(ctx.sets, pick))}\\s*:?$`);
  const name = labels((cues) => cues.signatureLabels.name);
  const title = labels((cues) => cues.signatureLabels.title);
  const party = labels((cues) => cues.signatureLabels.party);
  const headerAt = rows.findIndex(
    (row) =>
      row.length >= 2 &&
      row.some((cell) => name.test(cell.text)) &&
      row.every((cell) => name.test(cell.text) || title.test(cell.text) || party.test(cell.text)),
  );
  const header = rows[headerAt];
  if (!header) return [];
  const column = (label: RegExp) => header.findIndex((cell) => label.test(cell.text));
  const [nameColumn, titleColumn, partyColumn] = [column(name), column(title), column(party)];
  const entries: Entry[] = [];
  for (const row of rows.slice(headerAt + 1)) {
    if (row.length !== header.length) continue;
    const nameCell = row[nameColumn];
    if (!nameCell || !PERSON_NAME.test(nameCell.text)) continue;
    entries.push({ name: nameCell, title: row[titleColumn] ?? null, party: row[partyColumn] ?? null });
  }
  return entries;
}

/**
 * OCR and some PDF text layers join side-by-side signature blocks with single spaces ("För A För B",
 * "Hans Adolfsson Ulrika Mebus"). When a row shows two or more parties, every row is cut into that many
 * columns: at "För"/"For", at known party names, else at capitalised words into groups of balanced length.
 */
function splitCollapsedColumns(ctx: Context, rows: Cell[][], parties: readonly Party[]): Cell[][] {
  if (rows.some((row) => row.length > 1)) return rows;
  const forParty = re(`(?:^|\\s)(?:${anyOf(gather(ctx.sets, (cues) => cues.forParty))})\\s`, 'giu');
  const byFor = (cell: Cell) =>
    cutAt(
      cell,
      [...cell.text.matchAll(forParty)].map((m) => (m.index ?? 0) + (m[0].startsWith(' ') ? 1 : 0)),
    );
  const byParty = (cell: Cell) => {
    const split = cutAt(cell, partyStarts(cell.text, parties));
    return split.every((part) => matchParty(part.text, parties)) ? split : [cell];
  };
  const columns = Math.max(
    1,
    ...rows.map(([cell]) => (cell ? Math.max(byFor(cell).length, byParty(cell).length) : 1)),
  );
  if (columns < 2) return rows;
  return rows.map(([cell]) => {
    if (!cell || findDates(cell.text, ctx.sets).length > 0) return cell ? [cell] : [];
    for (const split of [byFor(cell), byParty(cell)]) if (split.length === columns) return split;
    return balancedSplit(cell, columns);
  });
}

/** Where known party names (or abbreviations) start in a row, when they tile it. */
function partyStarts(text: string, parties: readonly Party[]): number[] {
  const starts: number[] = [];
  const lower = text.toLowerCase();
  for (const party of parties) {
    for (const form of [party.name, party.abbreviation]) {
      if (!form) continue;
      const at = lower.indexOf(form.toLowerCase());
      if (at >= 0 && (at === 0 || lower[at - 1] === ' ')) {
        starts.push(at);
        break;
      }
    }
  }
  return starts.sort((a, b) => a - b);
}

function cutAt(cell: Cell, positions: number[]): Cell[] {
  const cuts = [...new Set([0, ...positions])].sort((a, b) => a - b);
  const cells: Cell[] = [];
  cuts.forEach((from, index) => {
    const to = cuts[index + 1] ?? cell.text.length;
    const part = cell.text.slice(from, to);
    const trimmed = part.trim().replace(SPECKS_AT_END, '');
    if (!trimmed || /^[.|'‘’_~=\s-]+$/u.test(trimmed)) return;
    const start = cell.start + from + part.indexOf(trimmed);
    cells.push({ text: trimmed, start, end: start + trimmed.length });
  });
  return cells;
}

/** Cuts a row into `columns` groups at capitalised words, as evenly as the word counts allow. */
function balancedSplit(cell: Cell, columns: number): Cell[] {
  const words = [...cell.text.matchAll(/\S+/gu)];
  if (words.length < columns) return [cell];
  const capitals = words
    .map((w, i) => ({ i, at: w.index ?? 0, capital: /^\p{Lu}/u.test(w[0]) }))
    .filter((w) => w.i > 0);
  const candidates = capitals.some((w) => w.capital) ? capitals.filter((w) => w.capital) : capitals;
  if (candidates.length < columns - 1) return [cell];
  // Two columns are by far the most common; for more, cut at the evenly spaced candidates.
  const ideal = words.length / columns;
  const cuts: number[] = [];
  for (let k = 1; k < columns; k++) {
    const target = ideal * k;
    const best = candidates.reduce((a, b) => (Math.abs(b.i - target) < Math.abs(a.i - target) ? b : a));
    cuts.push(best.at);
  }
  return cutAt(cell, cuts);
}

/** Reads one column of a signature block: party, name and title lines in any order, or "Name, Title, Party". */
function parseColumn(ctx: Context, cells: Cell[], parties: readonly Party[]): Entry[] {
  const forParty = re(`^(?:signed\\s+)?${anyOf(gather(ctx.sets, (cues) => cues.forParty))}\\s+\\S`);
  const nameLabel = re(`^${anyOf(gather(ctx.sets, (cues) => cues.signatureLabels.name))}\\s*:\\s*`);
  const titleLabel = re(`^${anyOf(gather(ctx.sets, (cues) => cues.signatureLabels.title))}\\s*:\\s*`);
  const entries: Entry[] = [];
  let current: Entry | null = null;
  let pendingParty: Cell | null = null;
  const startEntry = (name: Cell): Entry => {
    const created: Entry = { name, title: null, party: pendingParty };
    current = created;
    pendingParty = null;
    entries.push(created);
    return created;
  };
  for (const cell of cells) {
    const text = cell.text;
    if (/^[_.\s-]+$/u.test(text) || findDates(text, ctx.sets).length > 0) continue;
    const entry = current as Entry | null;
    const labelledName = nameLabel.exec(text);
    if (labelledName) {
      // "Signert av: Kari Nordmann, ordfører, Ekby kommune": the name, then its title and party.
      const [namePart, ...rest] = splitCommas(sub(cell, labelledName[0].length));
      if (!namePart) continue;
      const created = startEntry(namePart);
      for (const part of rest) {
        if (matchParty(part.text, parties) && !created.party) created.party = part;
        else if (!created.title) created.title = part;
      }
      continue;
    }
    const labelledTitle = titleLabel.exec(text);
    if (labelledTitle) {
      if (entry && !entry.title) entry.title = sub(cell, labelledTitle[0].length);
      continue;
    }
    const parts = splitCommas(cell);
    const first = parts[0];
    if (parts.length > 1 && first && isPersonName(ctx, first.text, parties)) {
      const created = startEntry(first);
      const titles: Cell[] = [];
      for (const part of parts.slice(1)) {
        if (matchParty(part.text, parties)) created.party = part;
        else titles.push(part);
      }
      const firstTitle = titles[0];
      const lastTitle = titles.at(-1);
      if (firstTitle && lastTitle) created.title = span(firstTitle, lastTitle, ctx);
      continue;
    }
    if (parts.length > 1 && entry?.name && !entry.title) {
      const [titlePart, ...rest] = parts;
      entry.title = titlePart ?? null;
      const partyPart = rest.find((part) => matchParty(part.text, parties)) ?? rest.at(-1);
      if (partyPart && !entry.party) entry.party = partyPart;
      continue;
    }
    if (forParty.test(text) || matchParty(text, parties)) {
      if (entry?.name && !entry.party && !forParty.test(text)) entry.party = cell;
      else pendingParty = cell;
      continue;
    }
    if (isPersonName(ctx, text, parties)) {
      startEntry(cell);
      continue;
    }
    if (entry?.name && !entry.title) entry.title = cell;
  }
  return entries;
}

function isTitle(ctx: Context, text: string): boolean {
  const titles = perCueSets(ctx.sets, 'signatories.title', () => {
    const words = gather(ctx.sets, (cues) => cues.titleWords);
    // Swedish and Norwegian titles compound ("universitetsrektorn", "instituttdirektør", "regiondirektörer"):
    // a long title word may end a longer word. Short ones ("vd", "chef", "leder") must start one.
    const long = words.filter((word) => word.length >= COMPOUND_TITLE_MIN_CHARS);
    return {
      start: re(`(?:^|[\\s-])${anyOf(words)}`),
      compound: long.length > 0 ? re(`\\p{L}${anyOf(long)}`) : null,
    };
  });
  return titles.start.test(text) || (titles.compound?.test(text) ?? false);
}

function isPersonName(ctx: Context, text: string, parties: readonly Party[]): boolean {
  const clean = text.replace(/,?\s+(?:Jr|Sr)\.?$/u, '');
  if (!PERSON_NAME.test(clean)) return false;
  if (isTitle(ctx, text) || matchParty(text, parties)) return false;
  const orgNouns = new Set(gather(ctx.sets, (cues) => cues.orgNouns));
  return !clean.split(/\s+/u).some((word) => orgNouns.has(word.toLowerCase()));
}

function sub(cell: Cell, from: number): Cell {
  const text = cell.text.slice(from).trim();
  const start = cell.start + cell.text.indexOf(text, from);
  return { text, start, end: start + text.length };
}

function span(first: Cell, last: Cell, ctx: Context): Cell {
  return { text: ctx.doc.text.slice(first.start, last.end), start: first.start, end: last.end };
}

/** "Peter Mathieson, Principal and Vice-Chancellor, University of Edinburgh" → three cells. */
function splitCommas(cell: Cell): Cell[] {
  const cells: Cell[] = [];
  let offset = 0;
  for (const part of cell.text.split(',')) {
    const at = cell.text.indexOf(part, offset);
    offset = at + part.length;
    const trimmed = part.trim();
    if (!trimmed) continue;
    const start = cell.start + at + part.indexOf(trimmed);
    cells.push({ text: trimmed, start, end: start + trimmed.length });
  }
  // "Samuel L. Stanley Jr." has no comma; "Stanley, Jr." would split, so rejoin a lone suffix.
  return cells;
}

/** Words between the signing verb and "by"/"av" ("ble undertegnet i Tromsø fredag av …"): at most this many. */
const WORDS_BEFORE_BY = 4;
/** A person's name in running text is two to four capitalised words. */
const NAME_WORDS_MIN = 2;
const NAME_WORDS_MAX = 4;

/** A lower-case title without a known title word is at most this many words ("administrerende direktør"). */
const MAX_TITLE_WORDS = 3;
/** Each word of such a title is at least this long ("kommunalråd", not "a" or "en"). */
const LOWER_TITLE_MIN_CHARS = 4;

interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * News: who signed, from the sentence after the signing verb: "signerte NTNU-rektor Anne Borg og NHO-direktør
 * Ole Erik Almlid", "undertecknades av Karolinska Institutets rektor X och …", "signed by Rector X and
 * Equinor's Chief Technology Officer Y", "signed by X, Rector of NTNU, and Y, President and CEO of Z". Every
 * signer needs a title (a known title word) before or right after the name, so quoted people are not taken.
 */
function fromNewsText(ctx: Context, parties: readonly Party[]): Entry[] {
  const verbs = anyOf(gather(ctx.sets, (cues) => cues.signingVerbs));
  const by = anyOf(gather(ctx.sets, (cues) => cues.signedByWords));
  const pattern = re(
    `(?<![\\p{L}])${verbs}(?:(?:\\s+[\\p{L}\\d]+){0,${WORDS_BEFORE_BY}}?\\s+${by}(?![\\p{L}]))?\\s+`,
    'giu',
  );
  const byWord = re(`\\s${by}\\s+$`);
  const agreementSubject = re(`(?<![\\p{L}])${anyOf(gather(ctx.sets, (cues) => cues.agreementNouns))}`);
  // Every signing sentence proposes its signers; the one naming most of them wins (a caption may name one
  // signer, the sentence that reports the signing names all), the first on a tie.
  let best: Entry[] = [];
  const propose = (found: Entry[]) => {
    if (found.length > best.length) best = found;
  };
  const split = splitVerbPatterns(ctx);
  for (const block of ctx.doc.blocks) {
    if (block.kind === 'heading') continue;
    for (const sentence of sentences(block, ctx.abbreviations)) {
      // "Den 31 oktober skriver ordföranden X och rektor Y under ett avtal": the signers stand between the verb
      // and its particle.
      for (const { verb, particle } of split) {
        const opened = verb.exec(sentence.text);
        if (!opened) continue;
        const from = sentence.start + opened.index + opened[0].length;
        const closed = particle.exec(block.norm.text.slice(from, sentence.end));
        if (closed) propose(signersIn(ctx, block, from, from + closed.index, parties));
      }
      for (const match of sentence.text.matchAll(pattern)) {
        const verbAt = sentence.start + (match.index ?? 0);
        // caption-lead: "undertecknades av (f.v.) Anna Berg, …", "signed by, from left, Mayor X and …".
        const from =
          verbAt + match[0].length + captionLeadLength(ctx, block.norm.text, verbAt + match[0].length);
        const after = signersIn(ctx, block, from, sentence.end, parties);
        if (after.length > 0) {
          propose(after);
          continue;
        }
        // untitled-list: "Avtalet undertecknades av Anna Berg (S), Per Holm (M) och Eva Lund (C).": after a
        // passive with its by-word, an agreement as the subject, and names alone up to the sentence's end.
        const subjectText = block.norm.text.slice(sentence.start, verbAt);
        if (byWord.test(match[0]) && agreementSubject.test(subjectText)) {
          const listed = untitledSigners(ctx, block, from, sentence.end, parties);
          if (listed.length > 0) {
            propose(listed);
            continue;
          }
        }
        // "Rektor X och regionstyrelsens ordförande Y har idag undertecknat …": the signers are the subject.
        // They stand right before the verb: a person named earlier in the sentence ("Ifølge dekan X er det
        // viktig … som inngår avtalen") is quoted, not signing.
        // A text store may drop the space after a period ("… at Lancaster University.Vice-Chancellor X and Y
        // sign"): the subject starts after the last sentence mark before the verb all the same.
        const clause = block.norm.text.slice(sentence.start, verbAt);
        const lastMark = Math.max(
          ...[...clause.matchAll(/[.!?;:](?=\p{Lu})/gu)].map((m) => m.index ?? -1),
          -1,
        );
        const before = signersIn(ctx, block, sentence.start + lastMark + 1, verbAt, parties);
        // The gap runs from the clause's last capitalised word (the last signer's name) to the verb.
        const subject = block.norm.text.slice(sentence.start + lastMark + 1, verbAt);
        const lastCapital = [...subject.matchAll(/\p{Lu}[\p{L}'’-]*/gu)].at(-1);
        const gap = lastCapital ? subject.slice((lastCapital.index ?? 0) + lastCapital[0].length) : subject;
        // clause-subject: "Foto: Ordfører X, Alby og ordfører Y, Borg kommune fornyer vennskapet når de signerer
        // …": the signing verb's subject is a pronoun for the titled people who open the sentence, not for those
        // named in the words before it ("… hilser på rådmann Z når de signerer").
        if (before.length > 0 && isSigningClauseLead(ctx, gap)) {
          const opening = toRaw(block.norm, sentence.start + lastMark + 1, verbAt).start;
          propose(openingSubject(ctx, before, opening));
        } else if (before.length > 0 && (isSubjectGap(gap) || isUnnamedCosigner(ctx, gap))) propose(before);
      }
    }
  }
  return withFullNames(ctx, best);
}

/** At least this many names make an untitled list of signers: one bare name after "signed by" is too weak. */
const UNTITLED_LIST_MIN = 2;

/**
 * "Anna Berg (S), Per Holm (M) och Eva Lund (C)": person names alone (a party-affiliation group in brackets
 * allowed after each), joined by commas and a final "and", filling `[from, to)` up to the sentence's end mark;
 * [] when anything else stands there or a name is a party's.
 */
function untitledSigners(
  ctx: Context,
  block: Block,
  from: number,
  to: number,
  parties: readonly Party[],
): Entry[] {
  const text = block.norm.text.slice(from, to).replace(/[.!]\s*$/u, '');
  const ands = anyOf(gather(ctx.sets, (cues) => cues.andWords));
  const pieces = text.split(re(`\\s*,\\s*|\\s+${ands}\\s+`, 'giu'));
  const partyNames = new Set(parties.map((party) => party.name.toLowerCase()));
  const entries: Entry[] = [];
  let at = 0;
  for (const piece of pieces) {
    const name = piece.replace(/\s*\([^()]{1,12}\)$/u, '');
    if (!isPersonLike(ctx, name) || partyNames.has(name.toLowerCase())) return [];
    const start = text.indexOf(piece, at);
    at = start + piece.length;
    entries.push({
      name: { text: name, ...toRaw(block.norm, from + start, from + start + name.length) },
      title: null,
      party: null,
    });
  }
  return entries.length >= UNTITLED_LIST_MIN ? entries : [];
}

/** The split signing verbs of the cue sets as patterns: the verb, and its particle after the signers. */
function splitVerbPatterns(ctx: Context): { verb: RegExp; particle: RegExp }[] {
  return perCueSets(ctx.sets, 'signatories.splitVerbs', () =>
    ctx.sets
      .flatMap((cues) => cues.splitSigningVerbs)
      .map(({ verb, particle }) => ({
        verb: re(`(?<![\\p{L}])(?:${verb})\\s+`),
        particle: re(`\\s(?:${particle})(?![\\p{L}])`),
      })),
  );
}

/** Words that may stand between a signing subject and its verb ("har idag", "have today", "har i dag"). */
const SUBJECT_GAP_MAX_WORDS = 3;

/**
 * "Ordfører Kari Holm og styreleder i idrettsrådet undertegnet …": the gap before the verb is a co-signer named
 * by title alone ("and" and a title phrase); the named signers before it still sign.
 */
function isUnnamedCosigner(ctx: Context, gap: string): boolean {
  const words = gap.trim().split(/\s+/u).filter(Boolean);
  const ands = new Set(gather(ctx.sets, (cues) => cues.andWords).map((word) => word.toLowerCase()));
  return (
    words.length >= 2 &&
    words.length <= SUBJECT_GAP_MAX_WORDS + 2 &&
    ands.has(words[0]?.toLowerCase() ?? '') &&
    isTitle(ctx, words[1] ?? '') &&
    !/[.;:!?]/u.test(gap)
  );
}

/**
 * A caption's label or kicker before the people it names ("Foto:", "SIGNERER AVTALE:"): a few words and a colon,
 * after a rule or other marks a page puts before a caption ("______ Foto:").
 */
const CAPTION_LABEL = /^[^\p{L}\d]*(?:[\p{L}-]+(?:\s+[\p{L}-]+){0,2}\s*:)?\s*$/u;

/** True when the gap before the signing verb ends in a clause lead with a plural pronoun ("… når de "). */
function isSigningClauseLead(ctx: Context, gap: string): boolean {
  const leads = perCueSets(ctx.sets, 'signatories.clauseLeads', () => {
    const cues = gather(ctx.sets, (c) => c.signingClauseLeads);
    return cues.length > 0 ? re(`(?:^|\\s)(?:${anyOf(cues)})\\s*$`) : null;
  });
  return leads !== null && !/[.;:!?]/u.test(gap) && leads.test(gap);
}

/**
 * The signers who open a sentence as its coordinated subject: the first right at `opening` (or after a caption
 * label), each next one after only a comma, "and", or its organisation ("Ordfører X, Alby og ordfører Y"). The
 * people after the first other word (a verb: "… hilser på rådmann Z når de signerer") are not its subject.
 */
function openingSubject(ctx: Context, entries: readonly Entry[], opening: number): Entry[] {
  const text = ctx.doc.text;
  const startOf = (entry: Entry) =>
    Math.min(...[entry.title, entry.name, entry.party].flatMap((cell) => (cell ? [cell.start] : [])));
  const endOf = (entry: Entry) =>
    Math.max(...[entry.title, entry.name, entry.party].flatMap((cell) => (cell ? [cell.end] : [])));
  const first = entries[0];
  if (!first || !CAPTION_LABEL.test(text.slice(opening, startOf(first)))) return [];
  const ands = anyOf(gather(ctx.sets, (cues) => cues.andWords));
  const orgNouns = anyOf(gather(ctx.sets, (cues) => cues.orgNouns));
  const preps = anyOf(gather(ctx.sets, (cues) => cues.signerOrgPrepositions));
  // Between two signers: commas, "and", and an organisation's capitalised words, prepositions and org nouns.
  const between = re(
    `^[\\s,;]*(?:(?:\\p{Lu}[\\p{L}\\d.'’-]*|${orgNouns}|${preps})[\\s,;]+)*(?:${ands})?\\s*$`,
    'u',
  );
  const subject = [first];
  for (let k = 1; k < entries.length; k++) {
    const entry = entries[k] as Entry;
    if (!between.test(text.slice(endOf(entries[k - 1] as Entry), startOf(entry)))) break;
    subject.push(entry);
  }
  return subject;
}

/** True when the text between the last signer's name and the verb is a few words of one clause. */
function isSubjectGap(gap: string): boolean {
  const words = gap.trim().split(/\s+/u).filter(Boolean);
  return words.length <= SUBJECT_GAP_MAX_WORDS && !/[.;:!?]/u.test(gap);
}

/**
 * "… signert av Svenkerud og fylkesordfører Even Hagen": a signer named by surname alone gets the full
 * name the text gives elsewhere ("rektor Peer Jacob Svenkerud").
 */
function withFullNames(ctx: Context, entries: Entry[]): Entry[] {
  return entries.map((entry) => {
    if (!entry.name || /\s/u.test(entry.name.text)) return entry;
    const full = re(
      `(?<![\\p{L}])(?:\\p{Lu}[\\p{Ll}'’-]+\\s+){1,3}${escapeRegex(entry.name.text)}(?![\\p{L}])`,
      'u',
    ).exec(ctx.doc.text);
    if (!full || !isPersonLike(ctx, full[0])) return entry;
    const start = full.index ?? 0;
    return { ...entry, name: { text: full[0], start, end: start + full[0].length } };
  });
}

function isPersonLike(ctx: Context, text: string): boolean {
  return PERSON_NAME.test(text) && !isTitle(ctx, text);
}

/** The word sets `signersIn` reads, each the cue words of every language. */
interface SignerWords {
  ands: ReadonlySet<string>;
  preps: ReadonlySet<string>;
  orgNouns: ReadonlySet<string>;
  honorifics: ReadonlySet<string>;
  speechVerbs: ReadonlySet<string>;
  particles: ReadonlySet<string>;
}

/** `signersIn`'s word sets, built once per list of cue sets rather than on every call (issue 12). */
function signerWords(sets: readonly LanguageCues[]): SignerWords {
  return perCueSets(sets, 'signatories.signerWords', () => ({
    ands: new Set(gather(sets, (cues) => cues.andWords).map((word) => word.toLowerCase())),
    preps: new Set(gather(sets, (cues) => cues.signerOrgPrepositions).map((word) => word.toLowerCase())),
    orgNouns: new Set(gather(sets, (cues) => cues.orgNouns)),
    honorifics: new Set(gather(sets, (cues) => cues.honorifics)),
    speechVerbs: new Set(gather(sets, (cues) => cues.speechVerbs).map((word) => word.toLowerCase())),
    particles: new Set(gather(sets, (cues) => cues.nameParticles)),
  }));
}

/** The signers named in `block.norm.text[from, to)`. */
function signersIn(ctx: Context, block: Block, from: number, to: number, parties: readonly Party[]): Entry[] {
  const text = block.norm.text;
  const tokens: Token[] = [
    // A short group in brackets is one token that no name runs through ("Anne Bakke (Ap) og …").
    ...text.slice(from, to).matchAll(/\([^()]{1,12}\)|[\p{L}\d][\p{L}\d'’.-]*[\p{L}\d]|[\p{L}\d]|[,;]/gu),
  ].map((m) => ({ text: m[0], start: from + (m.index ?? 0), end: from + (m.index ?? 0) + m[0].length }));
  const { ands, preps, orgNouns, honorifics, speechVerbs, particles } = signerWords(ctx.sets);
  const partyWords = new Set(
    parties.flatMap((party) =>
      [party.name, party.abbreviation ?? ''].flatMap((form) => form.toLowerCase().split(/\s+/u)),
    ),
  );
  const isOrgWord = (token: Token) => {
    const word = token.text.toLowerCase();
    return orgNouns.has(word) || partyWords.has(word) || partyWords.has(word.replace(/['’]?s$/u, ''));
  };
  // "John A. Smith": a capital with its period is a middle initial.
  const initial = (token: Token) => /^\p{Lu}$/u.test(token.text) && text[token.end] === '.';
  const nameLike = (token: Token) =>
    (/^\p{Lu}[\p{Ll}'’-]/u.test(token.text) || initial(token)) &&
    !/['’]s$/u.test(token.text) &&
    !honorifics.has(token.text.toLowerCase()) &&
    !isTitle(ctx, token.text) &&
    !isOrgWord(token);
  // "Torbjörn von Schantz": a lower-case particle between two name words belongs to the name.
  const particleAt = (k: number) =>
    particles.has(tokens[k]?.text ?? '') && tokens[k + 1] !== undefined && nameLike(tokens[k + 1] as Token);
  const names: { first: number; last: number }[] = [];
  /** Single capitalised words: a signer named by surname alone ("signert av Svenkerud og …"). */
  const surnames: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!nameLike(tokens[i] as Token)) continue;
    let j = i;
    // A dash between spaces ends a name ("… rektor Per Dal – Dette er viktig …").
    const dashAfter = (k: number) =>
      /\s[–—-]\s/u.test(text.slice((tokens[k] as Token).end, tokens[k + 1]?.start ?? 0));
    while (j + 1 < tokens.length && (nameLike(tokens[j + 1] as Token) || particleAt(j + 1)) && !dashAfter(j))
      j++;
    // After a capitalised organisation noun the first word is the organisation's ("Sykehuset Helgeland Ola
    // Stene"), when enough words are left for a name.
    const before = tokens[i - 1];
    // A party's own name before the run ("direktør i NHO Ole Erik Almlid") is not part of it.
    const genericNoun = before ? orgNouns.has(before.text.toLowerCase()) : false;
    const first =
      before && /^\p{Lu}/u.test(before.text) && genericNoun && j - i >= NAME_WORDS_MIN ? i + 1 : i;
    if (j - first + 1 >= NAME_WORDS_MIN && j - first + 1 <= NAME_WORDS_MAX) names.push({ first, last: j });
    else if (j === i) surnames.push(i);
    i = j;
  }
  const cell = (first: number, last: number): Cell => {
    const a = tokens[first] as Token;
    const b = tokens[last] as Token;
    return { text: text.slice(a.start, b.end), ...toRaw(block.norm, a.start, b.end) };
  };
  const entries: Entry[] = [];
  /** Indexes (in `names`) of the names taken as signers. */
  const accepted = new Set<number>();
  for (const index of surnames) {
    const surname = tokens[index] as Token;
    // Only right after the verb or next to another signer ("av Svenkerud og fylkesordfører …").
    const next = tokens[index + 1]?.text.toLowerCase() ?? '';
    if (index > 0 && !ands.has(tokens[index - 1]?.text.toLowerCase() ?? '')) continue;
    if (index + 1 < tokens.length && !ands.has(next) && next !== ',') continue;
    const full = titledFullName(ctx, surname.text);
    if (full) entries.push(full);
  }
  /** Indexes (in `names`) of capitalised runs read as a signer's organisation ("… ordf Alby Näringsliv"). */
  const consumed = new Set<number>();
  const leadStops = new Set(
    gather(ctx.sets, (cues) => [
      ...cues.determiners,
      ...cues.functionWords,
      ...cues.signerOrgPrepositions,
      ...cues.signedByWords,
    ]).map((word) => word.toLowerCase()),
  );
  /**
   * Marks the names that start inside tokens (from, to) as an organisation read with a title; with
   * `afterPreposition`, only those right after a preposition ("VD för Alby Energi"), not after "and".
   */
  const consumeNamesIn = (from: number, to: number, afterPreposition: boolean) => {
    names.forEach((other, k) => {
      const word = tokens[other.first - 1]?.text.toLowerCase() ?? '';
      const opened = (leadStops.has(word) || preps.has(word)) && !ands.has(word);
      if (other.first > from && other.first < to && (opened || !afterPreposition)) consumed.add(k);
    });
  };
  names.forEach(({ first, last }, index) => {
    if (consumed.has(index)) return;
    const previousEnd = index > 0 ? (names[index - 1]?.last ?? -1) : -1;
    // Before the name: from the last "and"/comma after the previous name ("og konserndirektør").
    let lead = first;
    while (lead - 1 > previousEnd) {
      const token = tokens[lead - 1] as Token;
      if (token.text === ',' || token.text === ';' || ands.has(token.text.toLowerCase())) break;
      lead--;
    }
    // quoted-not-signer: "… – Det känns bra, säger Paul Pettersson, rektor MDH": a name after a speech verb is a
    // quote's attribution, whatever title it has, and the speech verb is no title ("säger" before a name).
    if (tokens.slice(Math.max(0, lead - 1), first).some((token) => speechVerbs.has(token.text.toLowerCase())))
      return;
    // "University President Dr. Mary O'Neil": an honorific before the name is no part of the title.
    let titleLast = first - 1;
    while (titleLast >= lead && honorifics.has((tokens[titleLast] as Token).text.toLowerCase())) titleLast--;
    const before = roleBeforeName(ctx, tokens, lead, titleLast, preps, leadStops);
    // party-affiliation: "Anna Berg (S), kommunstyrelsens ordförande": a bracketed group right after the name
    // (a political party) stands between the name and its title.
    const tail = /^\(/u.test(tokens[last + 1]?.text ?? '') ? last + 2 : last + 1;
    // After the name: ", Rector of NTNU," up to the next comma (or the next name's "and").
    let after: Role | null = null;
    if (tokens[tail]?.text === ',') {
      let end = tail + 1;
      while (end < tokens.length && tokens[end]?.text !== ',' && tokens[end]?.text !== ';') end++;
      after = parseRole(ctx, tokens, tail + 1, end - 1, preps);
      // title-org-not-signer: "Eva Lind, VD för Alby Energi AB": capitalised words after a preposition inside
      // the title phrase are its organisation, not a signer ("…, Mayor of Alby and Mary Jones" keeps Mary Jones).
      if (after && !before) consumeNamesIn(tail, end, true);
    }
    // title-after-name: "har tecknats av Anna Berg ordf Alby Näringsliv, Per Holm kommunstyrelsens ordf, Eva
    // Lund vice VD Alby Sparbank": the title follows the name without a comma and runs to the next comma or
    // "and"; the capitalised words after it are the organisation, not a signer of their own.
    if (!before && !after && titleFollows(ctx, tokens, tail, ands, leadStops)) {
      let end = tail;
      while (end < tokens.length && !isListBreak(tokens[end] as Token, ands)) end++;
      after = parseRole(ctx, tokens, tail, end - 1, preps);
      if (after) consumeNamesIn(tail, end, false);
    }
    const role = before ?? after ?? roleBeforeComma(ctx, tokens, first, previousEnd, ands, preps);
    // represented-by: "Alby kommune ved Kari Holm og Borg IL ved Per Dal signerte …": a person right after a
    // party found and a representation word signs for that party, with no title.
    const represented =
      !role && lead < first ? representedParty(ctx, block, tokens[first] as Token, parties) : null;
    if (represented) {
      entries.push({ name: cell(first, last), title: null, party: represented });
      accepted.add(index);
      return;
    }
    if (!role) {
      // "regiondirektörer Ingeborg Eriksson och Martin Myrskog": a name joined by "and" right after a titled
      // signer shares that title phrase, so it signs too.
      const joined = ands.has(tokens[first - 1]?.text.toLowerCase() ?? '');
      if (joined && names[index - 1]?.last === first - 2 && accepted.has(index - 1)) {
        entries.push({ name: cell(first, last), title: null, party: null });
        accepted.add(index);
      }
      return;
    }
    accepted.add(index);
    // "… Kari Nordmann fra Statnett": an organisation after the name when the title did not name one.
    if (!role.org && preps.has(tokens[last + 1]?.text.toLowerCase() ?? '')) {
      let end = last + 2;
      while (/^[\p{Lu}\d]/u.test(tokens[end]?.text ?? '')) end++;
      // "rektor X ved Nordby universitet": a lower-case organisation noun closes the organisation's name.
      if (end > last + 2 && orgNouns.has(tokens[end]?.text.toLowerCase() ?? '')) end++;
      if (end > last + 2) role.org = { first: last + 2, last: end - 1 };
    }
    // comma-org: "Ordfører Kari Holm, Alby kommune og …", "Mayor Jane Doe, City of Alby, and …": after a name
    // with its title before it, a comma and an organisation's words name the signer's party.
    if (!role.org && role === before && tokens[tail]?.text === ',') {
      const org = orgAfterComma(tokens, tail + 1, ands, preps, orgNouns);
      const orgText = org ? cell(org.first, org.last).text : '';
      const held = org ? tokens.slice(org.first, org.last + 1).some((token) => isOrgWord(token)) : false;
      if (org && (org.first === org.last || held || matchParty(orgText, parties))) {
        role.org = org;
        consumeNamesIn(tail, org.last + 1, false);
      }
    }
    const title = cell(role.title.first, role.title.last);
    // A caption's capitalised kicker ("SAMARBEIDER: Rektor X og …") is no part of the title.
    // A caption's label ("Bilete: leiar i …", "På bilden: Rektor …") is no part of the title either.
    // So is a caption lead ("(fr.v.) rektor X", "(from left) Mayor X").
    const kicker =
      CAPTION_KICKER.exec(title.text) ??
      /^\p{L}+(?:\s\p{L}+)?:\s+/u.exec(title.text) ??
      captionLeadAt(ctx).exec(title.text);
    if (kicker && kicker[0].length < title.text.length) {
      title.text = title.text.slice(kicker[0].length);
      title.start += kicker[0].length;
    }
    let party = role.org ? cell(role.org.first, role.org.last) : null;
    // "NTNU-rektor": the organisation is the prefix of the title word.
    const prefixed = /^(?<org>[\p{Lu}\d][\p{L}\d]*)-(?<title>\p{Ll}.*)$/u.exec(title.text);
    if (!party && prefixed?.groups?.org && prefixed.groups.title && isTitle(ctx, prefixed.groups.title)) {
      const orgText = prefixed.groups.org;
      party = { text: orgText, start: title.start, end: title.start + orgText.length };
      const titleStart = title.start + orgText.length + 1;
      title.text = prefixed.groups.title;
      title.start = titleStart;
    }
    entries.push({ name: cell(first, last), title, party });
  });
  // Rule coordinated-first-signer: "Per Dal og ordfører Kari Holm signerte avtalen", "signed by Jane Doe and Mayor
  // John Roe": the first name, without a title, joined by "and" to a titled signer right after it, is the first of
  // the coordinated signers. Before it stand no other list's commas or "and" (a headline that lost its line break
  // may).
  const opener = names[0];
  const second = names[1];
  const openerLead = opener ? tokens.slice(0, opener.first) : [];
  const listBefore = openerLead.some((token) => isListBreak(token, ands));
  if (opener && second && !listBefore && !accepted.has(0) && accepted.has(1)) {
    const joinedBy = tokens[opener.last + 1];
    const titleStart = tokens[opener.last + 2];
    const titled =
      second.first === opener.last + 2 || (titleStart !== undefined && isTitle(ctx, titleStart.text));
    if (joinedBy && ands.has(joinedBy.text.toLowerCase()) && titled)
      entries.unshift({ name: cell(opener.first, opener.last), title: null, party: null });
  }
  return entries;
}

/** A party and its representation word stand within this many characters before the person's name. */
const REPRESENTED_LOOKBACK_CHARS = 160;

/**
 * The party a name is introduced for by a representation word ("Alby kommune ved ", "the City of Alby,
 * represented by "): the text before the name must end with a party's name (or abbreviation) and the word.
 */
function representedParty(ctx: Context, block: Block, name: Token, parties: readonly Party[]): Cell | null {
  const text = block.norm.text;
  const words = perCueSets(ctx.sets, 'signatories.representedBy', () => {
    const cues = gather(ctx.sets, (c) => c.representedByWords);
    return cues.length > 0 ? re(`,?\\s+(?:${anyOf(cues)})\\s+$`) : null;
  });
  const before = text.slice(Math.max(0, name.start - REPRESENTED_LOOKBACK_CHARS), name.start);
  const cue = words?.exec(before);
  if (!cue) return null;
  const head = before.slice(0, cue.index).toLowerCase();
  const offset = name.start - before.length;
  for (const party of parties) {
    for (const form of [party.name, party.abbreviation]) {
      if (!form) continue;
      const lower = form.toLowerCase();
      if (head === lower || head.endsWith(` ${lower}`)) {
        const start = offset + head.length - lower.length;
        return {
          text: text.slice(start, start + lower.length),
          ...toRaw(block.norm, start, start + lower.length),
        };
      }
    }
  }
  return null;
}

/**
 * The organisation's words from `at`: capitalised words, lower-case organisation nouns ("Alby kommune") and
 * prepositions before a capitalised word ("City of Alby"), up to the first other word; null when none.
 */
function orgAfterComma(
  tokens: readonly Token[],
  at: number,
  ands: ReadonlySet<string>,
  preps: ReadonlySet<string>,
  orgNouns: ReadonlySet<string>,
): { first: number; last: number } | null {
  let end = at;
  while (end < tokens.length) {
    const token = tokens[end] as Token;
    const word = token.text.toLowerCase();
    if (isListBreak(token, ands)) break;
    const capital = /^[\p{Lu}\d]/u.test(token.text);
    const joint = preps.has(word) && end > at && /^\p{Lu}/u.test(tokens[end + 1]?.text ?? '');
    if (!capital && !joint && !(end > at && orgNouns.has(word))) break;
    end++;
  }
  return end > at && /^\p{Lu}/u.test(tokens[at]?.text ?? '') ? { first: at, last: end - 1 } : null;
}

/** A caption lead at the start of a text, in brackets or between commas ("(f.v.) ", ", from left, ", "Fra venstre: "). */
function captionLeadAt(ctx: Context): RegExp {
  return perCueSets(ctx.sets, 'signatories.captionLead', () =>
    re(
      `^[\\s,]*\\(?\\s*${anyOf(gather(ctx.sets, (cues) => cues.captionLeads))}(?![\\p{L}])\\s*\\)?\\s*[:,]?\\s*`,
    ),
  );
}

/** The length of the caption lead at `at` in `text`, 0 when none stands there. */
function captionLeadLength(ctx: Context, text: string, at: number): number {
  return captionLeadAt(ctx).exec(text.slice(at))?.[0].length ?? 0;
}

/** A comma, semicolon or "and": where a signer's title after the name ends. */
function isListBreak(token: Token, ands: ReadonlySet<string>): boolean {
  return token.text === ',' || token.text === ';' || ands.has(token.text.toLowerCase());
}

/**
 * True when a title starts at `at`, right after a name: a title word ("ordf", "kommunstyrelsens ordf"), or a
 * lower-case modifier before one ("vice VD", "biträdande rektor"); never "and" or a preposition.
 */
function titleFollows(
  ctx: Context,
  tokens: readonly Token[],
  at: number,
  ands: ReadonlySet<string>,
  stops: ReadonlySet<string>,
): boolean {
  const word = tokens[at]?.text ?? '';
  if (!word || isListBreak(tokens[at] as Token, ands) || stops.has(word.toLowerCase())) return false;
  if (isTitle(ctx, word)) return true;
  const next = tokens[at + 1];
  return /^\p{Ll}+$/u.test(word) && next !== undefined && !isListBreak(next, ands) && isTitle(ctx, next.text);
}

/**
 * lead-trim: the role in the words before a name. When the words before its first title word hold a function
 * word ("undertecknades vid en ceremoni i Alby stadshus av Högskolans rektor X", "… under ett möte mellan
 * kommunstyrelseordförande X"), they are the sentence's adverbials, not the title: the role starts at the
 * title word, or at the capitalised genitive organisation right before it ("Högskolans rektor").
 */
function roleBeforeName(
  ctx: Context,
  tokens: readonly Token[],
  lead: number,
  last: number,
  preps: ReadonlySet<string>,
  stops: ReadonlySet<string>,
): Role | null {
  // "vårt kommunalråd X", "our Mayor X": a possessive or article before the title is no part of it.
  let from = lead;
  while (
    from < last &&
    stops.has(tokens[from]?.text.toLowerCase() ?? '') &&
    isTitle(ctx, tokens[from + 1]?.text ?? '')
  )
    from++;
  const whole = parseRole(ctx, tokens, from, last, preps, true);
  let start = -1;
  for (let k = from; k <= last && start < 0; k++) {
    const word = tokens[k]?.text ?? '';
    const genitive =
      /^\p{Lu}\p{L}*(?:\p{L}|['’])s$/u.test(word) && k < last && isTitle(ctx, tokens[k + 1]?.text ?? '');
    if (genitive || isTitle(ctx, word)) start = k;
  }
  if (start <= from) return whole;
  const adverbial = tokens.slice(from, start).some((token) => stops.has(token.text.toLowerCase()));
  if (whole && !adverbial) return whole;
  return parseRole(ctx, tokens, start, last, preps, true) ?? whole;
}

/**
 * "kommunstyrelsens ordförande i Skövde kommun, Katarina Jonsson och Högskolan i Skövdes rektor, Lars
 * Niklasson": a title phrase, then a comma, then the name. The phrase runs back to the previous name's
 * "and" or comma; read as "title i Org", else as "Org's title" (the "i" then belongs to the organisation).
 */
function roleBeforeComma(
  ctx: Context,
  tokens: readonly Token[],
  first: number,
  previousEnd: number,
  ands: ReadonlySet<string>,
  preps: ReadonlySet<string>,
): Role | null {
  const comma = first - 1;
  if (tokens[comma]?.text !== ',') return null;
  let start = comma;
  while (start - 1 > previousEnd) {
    const token = tokens[start - 1] as Token;
    if (token.text === ',' || token.text === ';' || ands.has(token.text.toLowerCase())) break;
    start--;
  }
  if (start >= comma) return null;
  return (
    parseRole(ctx, tokens, start, comma - 1, preps, true) ??
    parseRole(ctx, tokens, start, comma - 1, new Set<string>(), true)
  );
}

/** "rektor Peer Jacob Svenkerud": the full name (and title) a surname has where the text introduces the person. */
function titledFullName(ctx: Context, surname: string): Entry | null {
  const titles = anyOf(gather(ctx.sets, (cues) => cues.titleWords));
  const pattern = re(
    `(?<![\\p{L}])(?<title>[\\p{L}-]*${titles}\\p{L}*)\\s+(?<name>(?:\\p{Lu}[\\p{Ll}'’-]+\\s+){1,3}${escapeRegex(surname)})(?![\\p{L}])`,
  );
  const match = pattern.exec(ctx.doc.text);
  const name = match?.groups?.name;
  const title = match?.groups?.title;
  if (!match || !name || !title || !PERSON_NAME.test(name)) return null;
  const titleStart = match.index ?? 0;
  const nameStart = titleStart + match[0].length - name.length;
  return {
    name: { text: name, start: nameStart, end: nameStart + name.length },
    title: { text: title, start: titleStart, end: titleStart + title.length },
    party: null,
  };
}

interface Role {
  title: { first: number; last: number };
  org: { first: number; last: number } | null;
}

/**
 * A signer's role from tokens `[first, last]`: a title holding a title word, with the organisation as a
 * genitive before it ("Karolinska Institutets rektor", "Equinor's Chief Technology Officer"), a hyphenated
 * prefix ("NTNU-rektor"), capitalised words after it ("administrerende direktør Sykehuset Helgeland") or a
 * preposition phrase ("Rector of NTNU", "fra Statnett").
 */
function parseRole(
  ctx: Context,
  tokens: readonly Token[],
  first: number,
  last: number,
  preps: ReadonlySet<string>,
  beforeName = false,
): Role | null {
  if (first > last) return null;
  let org: { first: number; last: number } | null = null;
  let end = last;
  const prep = tokens.findIndex((token, i) => i > first && i <= last && preps.has(token.text.toLowerCase()));
  if (prep > 0) {
    org = { first: prep + 1, last };
    end = prep - 1;
  }
  let start = first;
  // A genitive organisation before the title ("Region Stockholms regiondirektör", "Luleå tekniska
  // universitets rektor"): from a capitalised word up to one ending in -s or 's, the rest being a title.
  const genitive = tokens.findIndex(
    (token, i) =>
      i >= first &&
      i < end &&
      /(?:\p{L}|['’])s$/u.test(token.text) &&
      !isTitle(ctx, token.text) &&
      /^[\p{Lu}\d]/u.test(tokens[first]?.text ?? '') &&
      isTitleOrLowerTitle(
        ctx,
        tokens.slice(i + 1, end + 1).map((t) => t.text),
        beforeName,
      ),
  );
  if (genitive >= 0 && !org) {
    org = { first, last: genitive };
    start = genitive + 1;
  }
  // Capitalised words after a lower-case title ("direktør Sykehuset Helgeland") name the organisation.
  let titleEnd = end;
  while (
    titleEnd > start &&
    /^\p{Lu}/u.test(tokens[titleEnd]?.text ?? '') &&
    !isTitle(ctx, tokens[titleEnd]?.text ?? '') &&
    /^\p{Ll}/u.test(tokens[start]?.text ?? '')
  )
    titleEnd--;
  if (titleEnd < end && !org) org = { first: titleEnd + 1, last: end };
  const title = tokens
    .slice(start, titleEnd + 1)
    .map((t) => t.text)
    .join(' ');
  if (!title || !isTitleOrLowerTitle(ctx, title.split(' '), beforeName)) return null;
  return { title: { first: start, last: titleEnd }, org };
}

/**
 * True when `words` are a title: they hold a title word, or, right before a name, they are a few long
 * lower-case words even when no title word is known ("teknikchef", "Alby kommuns kommunchef"). Articles and
 * prepositions are not titles ("signed a Memorandum …").
 */
function isTitleOrLowerTitle(ctx: Context, words: readonly string[], beforeName: boolean): boolean {
  if (words.length === 0) return false;
  const title = words.join(' ');
  if (isTitle(ctx, title)) return true;
  const stops = new Set(gather(ctx.sets, (cues) => [...cues.determiners, ...cues.functionWords]));
  return (
    beforeName &&
    words.length <= MAX_TITLE_WORDS &&
    /^\p{Ll}[\p{Ll}\s-]*$/u.test(title) &&
    words.every((word) => word.length >= LOWER_TITLE_MIN_CHARS && !stops.has(word))
  );
}
