import type { EvidenceSpan, Party, Signatory } from '../schema/letter-of-intent.ts';
import type { Context, FieldResult } from './context.ts';
import { findDates } from './dates.ts';
import { matchParty } from './parties.ts';
import { anyOf, gather, re } from './patterns.ts';
import { evidenceAt } from './text.ts';

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
/** A person's name: two to four capitalised words, initials and hyphenated names allowed. */
const PERSON_NAME = /^\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+\.?)){1,3}$/u;

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
  const entries = isNews ? fromNewsText(ctx) : fromSignatureBlock(ctx, parties);
  const evidence: Record<string, EvidenceSpan[]> = {};
  const warnings: string[] = [];
  const value: Signatory[] = [];
  for (const entry of entries) {
    if (!entry.name) continue;
    const index = value.length;
    const partyText = entry.party ? cleanParty(ctx, entry.party.text) : null;
    const matched = partyText ? matchParty(partyText, parties) : null;
    const party = matched?.name ?? partyText;
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
    const cells: Cell[] = [];
    let offset = 0;
    for (const part of raw.split(COLUMN_GAP)) {
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
  const rows = splitCollapsedColumns(ctx, signatureCells(ctx), parties);
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
      startEntry(sub(cell, labelledName[0].length));
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
  const words = gather(ctx.sets, (cues) => cues.titleWords);
  return re(`(?:^|[\\s-])${anyOf(words)}`).test(text);
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

/** News: "signerte NTNU-rektor Anne Borg og NHO-direktør Ole Erik Almlid …", "undertecknades av rektor X och …". */
function fromNewsText(ctx: Context): Entry[] {
  const verbs = anyOf(gather(ctx.sets, (cues) => cues.signingVerbs));
  const by = anyOf(gather(ctx.sets, (cues) => cues.signedByWords));
  const ands = anyOf(gather(ctx.sets, (cues) => cues.andWords));
  const pattern = re(`(?<![\\p{L}])${verbs}(?:\\s+${by})?\\s+`, 'giu');
  const person = re(
    `^(?:(?<org>[\\p{L}]+)-\\s?)?(?<title>(?:[\\p{L}-]+\\s+){0,3}?)(?<name>\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3})$`,
    'u',
  );
  for (const block of ctx.doc.blocks) {
    if (block.kind === 'heading') continue;
    const text = block.norm.text;
    for (const match of text.matchAll(pattern)) {
      const start = (match.index ?? 0) + match[0].length;
      const rest = text.slice(start);
      const stop = /\s(?:en|ett|ei|et|a|an|the|avtalen|avtalet|agreement)\s|[.,;]|$/u.exec(rest);
      const phrase = rest.slice(0, stop?.index ?? rest.length);
      const entries: Entry[] = [];
      let offset = 0;
      for (const piece of phrase.split(re(`\\s+${ands}\\s+`))) {
        const at = phrase.indexOf(piece, offset);
        offset = at + piece.length;
        const parsed = person.exec(piece.trim());
        const name = parsed?.groups?.name;
        if (!parsed || !name?.split(/\s+/u).every((word) => /^\p{Lu}/u.test(word))) continue;
        const title = (parsed.groups?.title ?? '').trim();
        if (!title || (/\p{Lu}/u.test(title.charAt(0)) && !isTitle(ctx, title))) continue;
        const pieceStart = start + at + (piece.length - piece.trimStart().length);
        const norm = block.norm;
        const toCell = (value: string, from: number): Cell => {
          const local = piece.trim().indexOf(value, from);
          const s = pieceStart + local;
          const raw = { start: norm.map[s] ?? 0, end: (norm.map[s + value.length - 1] ?? 0) + 1 };
          return { text: value, ...raw };
        };
        const org = parsed.groups?.org;
        entries.push({ name: toCell(name, 0), title: toCell(title, 0), party: org ? toCell(org, 0) : null });
      }
      if (entries.length > 0) return entries;
    }
  }
  return [];
}
