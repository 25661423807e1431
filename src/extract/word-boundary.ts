/**
 * Cue sources write `\b` for a word boundary. JavaScript's `\b` only knows ASCII letters even with the `u`
 * flag, so a cue like `\bårligen\b` would never match; `re()` puts a Unicode boundary in its place.
 *
 * The full Unicode boundary needs four letter-or-digit classes, and V8 compiles each `[\p{L}\d]` of a
 * case-insensitive regex in about a millisecond: the few hundred cue regexes took over a second to compile
 * per process (issue 12). Most `\b` sit next to a letter the pattern itself must match (`\bsamarbete`,
 * `avtal(?:et)?\b`); there, half of the boundary is already known and one class says the rest.
 *
 * A cue alternation joins many such cues, each with its own boundary, and V8 builds the class once for
 * each (`(?<![\p{L}\d])a|(?<![\p{L}\d])b|…`). Where neighbouring alternatives open (or close) with the same
 * assertion, it is written once for them (`(?<![\p{L}\d])(?:a|b|…)`): 64 such cues compile in 1.5 ms
 * instead of 51 ms (case-insensitive, for both string widths; issue 12). The match is the same, with the
 * same groups, because such an assertion matches no characters, never backtracks and holds no group:
 * `XA|XB` tries X then A, then X then B, as `X(?:A|B)` does; `AY|BY` tries each match of A followed by Y,
 * then each of B, as `(?:A|B)Y` does.
 */

/** A letter or digit on either side makes a word; anything else (space, punctuation, `_`) does not. */
const WORD_CLASS = '[\\p{L}\\d]';
/** The boundary where neither neighbour is known. */
const FULL_BOUNDARY = `(?:(?<!${WORD_CLASS})(?=${WORD_CLASS})|(?<=${WORD_CLASS})(?!${WORD_CLASS}))`;
/** The boundary before something that must start with a letter or digit: no letter or digit before it. */
const BOUNDARY_BEFORE_WORD = `(?<!${WORD_CLASS})`;
/** The boundary after something that must end with a letter or digit: no letter or digit after it. */
const BOUNDARY_AFTER_WORD = `(?!${WORD_CLASS})`;

/** One piece of a parsed source: what it matches decides how the `\b` beside it is written. */
type Piece =
  | { kind: 'boundary' }
  /** Matches nothing (an assertion: `^`, `$`, a lookaround). */
  | { kind: 'zero-width'; text: string }
  /** Matches one character; `word` when every character it can match is a letter or digit. */
  | { kind: 'atom'; text: string; word: boolean; optional: boolean }
  | { kind: 'group'; open: string; alternatives: Piece[][]; close: string; optional: boolean };

/** A letter or digit, as `[\p{L}\d]` counts them (a literal letter matches only letters, in any case). */
const WORD_CHAR = /^[\p{L}\d]$/u;
/** Escapes that match only letters or digits. */
const WORD_ESCAPES = new Set(['\\d', '\\p{L}', '\\p{Lu}', '\\p{Ll}']);

/** Rewrites the `\b` of a regex source as Unicode word boundaries (see the module comment). */
export function unicodeWordBoundaries(source: string): string {
  if (!source.includes('\\b')) return source;
  const parser = { source, at: 0 };
  const alternatives = parseAlternatives(parser);
  // A stray `)` the parser does not understand: keep the plain, always-right boundary everywhere.
  if (parser.at < source.length) return source.replace(/\\b/g, FULL_BOUNDARY);
  return writeAlternatives(alternatives);
}

interface Parser {
  source: string;
  at: number;
}

function parseAlternatives(parser: Parser): Piece[][] {
  const alternatives: Piece[][] = [[]];
  const { source } = parser;
  while (parser.at < source.length) {
    const char = source.charAt(parser.at);
    if (char === ')') break;
    if (char === '|') {
      parser.at++;
      alternatives.push([]);
      continue;
    }
    const piece = parsePiece(parser);
    const current = alternatives[alternatives.length - 1] as Piece[];
    // A quantifier belongs to the piece before it; one that allows zero makes it optional.
    const quantifier = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/.exec(source.slice(parser.at));
    if (quantifier && (piece.kind === 'atom' || piece.kind === 'group')) {
      parser.at += quantifier[0].length;
      const optional = /^(?:[?*]|\{0[,}])/.test(quantifier[0]);
      if (piece.kind === 'atom') {
        current.push({ ...piece, text: piece.text + quantifier[0], optional });
      } else {
        current.push({ ...piece, close: piece.close + quantifier[0], optional });
      }
      continue;
    }
    if (quantifier) {
      // A quantified assertion or boundary: too odd to reason about; make it an opaque non-word atom.
      parser.at += quantifier[0].length;
      current.push({ kind: 'atom', text: writePiece(piece) + quantifier[0], word: false, optional: true });
      continue;
    }
    current.push(piece);
  }
  return alternatives;
}

function parsePiece(parser: Parser): Piece {
  const { source } = parser;
  const char = source.charAt(parser.at);
  if (char === '\\') {
    const escaped =
      /^\\(?:[pPk]\{[^}]*\}|k<[^>]*>|u\{[\dA-Fa-f]+\}|u[\dA-Fa-f]{4}|x[\dA-Fa-f]{2}|c[A-Za-z]|\d+|[\s\S])/.exec(
        source.slice(parser.at),
      );
    const text = escaped?.[0] ?? char;
    parser.at += text.length;
    if (text === '\\b') return { kind: 'boundary' };
    if (text === '\\B') return { kind: 'zero-width', text };
    return { kind: 'atom', text, word: WORD_ESCAPES.has(text), optional: false };
  }
  if (char === '[') {
    const start = parser.at;
    parser.at++;
    while (parser.at < source.length && source.charAt(parser.at) !== ']') {
      parser.at += source.charAt(parser.at) === '\\' ? 2 : 1;
    }
    parser.at++;
    const text = source.slice(start, parser.at);
    return { kind: 'atom', text, word: isWordClass(text), optional: false };
  }
  if (char === '(') {
    const open = /^\((?:\?(?:[:=!]|<[=!]|<[^>]*>))?/.exec(source.slice(parser.at))?.[0] ?? '(';
    parser.at += open.length;
    const alternatives = parseAlternatives(parser);
    parser.at++; // the `)`
    const group: Piece = { kind: 'group', open, alternatives, close: ')', optional: false };
    if (open === '(?=' || open === '(?!' || open === '(?<=' || open === '(?<!')
      return { kind: 'zero-width', text: writePiece(group) };
    return group;
  }
  parser.at++;
  if (char === '^' || char === '$') return { kind: 'zero-width', text: char };
  return { kind: 'atom', text: char, word: WORD_CHAR.test(char), optional: false };
}

/** A plain class of letters, letter ranges, digits and letter properties, such as `[a-zåäö]` or `[\p{L}\d]`. */
function isWordClass(text: string): boolean {
  const body = text.slice(1, -1);
  if (body === '' || body.startsWith('^')) return false;
  const parts = body.match(/\\p\{L[ul]?\}|\\d|\\.|[^\\]-[^\\]|[^\\]/gu) ?? [];
  return parts.every((part) => {
    if (part.startsWith('\\')) return WORD_ESCAPES.has(part);
    if (part.length === 3) {
      for (let code = part.charCodeAt(0); code <= part.charCodeAt(2); code++)
        if (!WORD_CHAR.test(String.fromCharCode(code))) return false;
      return true;
    }
    return WORD_CHAR.test(part);
  });
}

/** Whether whatever the pieces match must start with a letter or digit (false when they can match nothing). */
function startsWithWord(pieces: readonly Piece[]): boolean {
  const index = pieces.findIndex((piece) => piece.kind === 'atom' || piece.kind === 'group');
  const first = pieces[index];
  if (first === undefined || (first.kind !== 'atom' && first.kind !== 'group')) return false;
  const own = first.kind === 'atom' ? first.word : first.alternatives.every(startsWithWord);
  return own && (!first.optional || startsWithWord(pieces.slice(index + 1)));
}

/** Whether whatever the pieces match must end with a letter or digit (false when they can match nothing). */
function endsWithWord(pieces: readonly Piece[]): boolean {
  return startsWithWord(reversed(pieces));
}

/** The pieces read from the end: what ends a match of them starts a match of these. */
function reversed(pieces: readonly Piece[]): Piece[] {
  return [...pieces]
    .reverse()
    .map((piece) =>
      piece.kind === 'group' ? { ...piece, alternatives: piece.alternatives.map(reversed) } : piece,
    );
}

/** The pieces with each `\b` written as the boundary its neighbours call for (see the module comment). */
function withBoundaries(pieces: readonly Piece[]): Piece[] {
  return pieces.map((piece, index): Piece => {
    if (piece.kind !== 'boundary') return piece;
    if (startsWithWord(pieces.slice(index + 1))) return { kind: 'zero-width', text: BOUNDARY_BEFORE_WORD };
    if (endsWithWord(pieces.slice(0, index))) return { kind: 'zero-width', text: BOUNDARY_AFTER_WORD };
    return { kind: 'zero-width', text: FULL_BOUNDARY };
  });
}

/**
 * An assertion that may be written once for several alternatives: it matches no characters, and holds no
 * group that captures and no back-reference, so moving it changes no group's number or value.
 */
function isSharable(piece: Piece | undefined): piece is { kind: 'zero-width'; text: string } {
  return (
    piece?.kind === 'zero-width' &&
    !/\\(?:k|[1-9])/.test(piece.text) &&
    !/\((?!\?(?::|=|!|<=|<!))/.test(piece.text)
  );
}

/** How many alternatives from `from` on have the same sharable assertion at `edge` (at least one). */
function runOf(
  alternatives: readonly Piece[][],
  from: number,
  edge: (pieces: readonly Piece[]) => Piece | undefined,
): number {
  const first = edge(alternatives[from] ?? []);
  if (!isSharable(first)) return 1;
  let to = from + 1;
  for (; to < alternatives.length; to++) {
    const next = edge(alternatives[to] ?? []);
    if (!isSharable(next) || next.text !== first.text) break;
  }
  return to - from;
}

/**
 * Alternatives joined with `|`, an assertion that opens (or closes) several neighbouring ones written once
 * before (or after) them (see the module comment).
 */
function writeAlternatives(alternatives: readonly Piece[][]): string {
  const resolved = alternatives.map(withBoundaries);
  const written: string[] = [];
  for (let from = 0; from < resolved.length; ) {
    const opening = runOf(resolved, from, (pieces) => pieces[0]);
    const closing = opening > 1 ? 1 : runOf(resolved, from, (pieces) => pieces.at(-1));
    const run = resolved.slice(from, from + Math.max(opening, closing));
    const first = run[0] ?? [];
    if (opening > 1) {
      const rest = writeAlternatives(run.map((pieces) => pieces.slice(1)));
      written.push(`${writePiece(first[0] as Piece)}(?:${rest})`);
    } else if (closing > 1) {
      const rest = writeAlternatives(run.map((pieces) => pieces.slice(0, -1)));
      written.push(`(?:${rest})${writePiece(first.at(-1) as Piece)}`);
    } else {
      written.push(first.map(writePiece).join(''));
    }
    from += run.length;
  }
  return written.join('|');
}

function writePiece(piece: Piece): string {
  switch (piece.kind) {
    case 'boundary':
      return FULL_BOUNDARY;
    case 'zero-width':
    case 'atom':
      return piece.text;
    case 'group':
      return `${piece.open}${writeAlternatives(piece.alternatives)}${piece.close}`;
  }
}

/**
 * The characters, lower-cased, that a match of `source` can start with; null when that can be any
 * character or none (an empty match). Assertions (`\b`, lookarounds, `^`) are passed over, since they
 * match no character. Only plain characters are read: a class, an escape other than an escaped
 * punctuation mark, or a letter whose case has an odd partner gives null. Used to tell that two
 * alternatives can never match at one place (see `inAlternationOrder` in patterns.ts).
 */
export function firstCharacters(source: string): ReadonlySet<string> | null {
  const parser = { source, at: 0 };
  const alternatives = parseAlternatives(parser);
  if (parser.at < source.length) return null;
  return firstOfAlternatives(alternatives);
}

function firstOfAlternatives(alternatives: readonly (readonly Piece[])[]): Set<string> | null {
  const all = new Set<string>();
  for (const pieces of alternatives) {
    const first = firstOfPieces(pieces);
    if (first === null) return null;
    for (const char of first) all.add(char);
  }
  return all;
}

function firstOfPieces(pieces: readonly Piece[]): Set<string> | null {
  for (const [index, piece] of pieces.entries()) {
    if (piece.kind === 'boundary' || piece.kind === 'zero-width') continue;
    const own = piece.kind === 'atom' ? firstOfAtom(piece.text) : firstOfAlternatives(piece.alternatives);
    if (own === null || !piece.optional) return own;
    const rest = firstOfPieces(pieces.slice(index + 1));
    return rest === null ? null : new Set([...own, ...rest]);
  }
  return null;
}

/** Letters whose lower case is not their case-insensitive match in a `u` regex (`µ`, `ſ`, `İ`, `ı`). */
const ODD_CASE = new Set(['\u00b5', '\u017f', '\u0130', '\u0131']);
/** Plain characters are read below this code point (Latin letters and punctuation); others give null. */
const PLAIN_BELOW = 0x250;

function firstOfAtom(text: string): Set<string> | null {
  let char = text.charAt(0);
  if (char === '\\') {
    // An escaped punctuation mark is that mark; `\d`, `\s`, `\p{…}`, `\u…` and the like are classes or codes.
    char = text.charAt(1);
    if (/[\p{L}\d]/u.test(char) || char === '') return null;
  } else if (char === '[' || char === '.') {
    return null;
  }
  const lower = char.toLowerCase();
  if (char.charCodeAt(0) >= PLAIN_BELOW || ODD_CASE.has(char) || lower.length !== 1) return null;
  return new Set([lower]);
}
