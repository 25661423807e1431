/**
 * Cue sources write `\b` for a word boundary. JavaScript's `\b` only knows ASCII letters even with the `u`
 * flag, so a cue like `\bårligen\b` would never match; `re()` puts a Unicode boundary in its place.
 *
 * The full Unicode boundary needs four letter-or-digit classes, and V8 compiles each `[\p{L}\d]` of a
 * case-insensitive regex in about a millisecond: the few hundred cue regexes took over a second to compile
 * per process (issue 12). Most `\b` sit next to a letter the pattern itself must match (`\bsamarbete`,
 * `avtal(?:et)?\b`); there, half of the boundary is already known and one class says the rest.
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
  return alternatives.map(write).join('|');
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

function write(pieces: readonly Piece[]): string {
  return pieces
    .map((piece, index) => {
      if (piece.kind !== 'boundary') return writePiece(piece);
      if (startsWithWord(pieces.slice(index + 1))) return BOUNDARY_BEFORE_WORD;
      if (endsWithWord(pieces.slice(0, index))) return BOUNDARY_AFTER_WORD;
      return FULL_BOUNDARY;
    })
    .join('');
}

function writePiece(piece: Piece): string {
  switch (piece.kind) {
    case 'boundary':
      return FULL_BOUNDARY;
    case 'zero-width':
    case 'atom':
      return piece.text;
    case 'group':
      return `${piece.open}${piece.alternatives.map(write).join('|')}${piece.close}`;
  }
}
