/**
 * Joins the lines a page layout wrapped: a PDF's text layer and OCR give the text line by line as it was
 * set on the page, so a sentence, a title or a party list breaks wherever the margin fell ("Avsiktsförklaring
 * om strategiskt partnerskap mellan Kalmar och Växjö" / "kommuner, Linnéstudenterna och …"). The extractor
 * reads a line break as structure (a heading ends, a list item starts), so such breaks cost fields that the
 * same text as typed, or flattened to one line, gives. A line is wrapped when the next line's first word
 * would not have fitted after it: its length plus that word reaches the page's measure. Short lines (headings,
 * the end of a paragraph, signature lines) keep their break, and so do lines before a list item, a dateline or
 * a label ("Bild: …"): after a headline as wide as the page those are structure.
 *
 * The result has the same length as the input (a joined break becomes a space), so offsets into it hold.
 */

/** Below this many lines a page has no measure to speak of (a cover, a signature page). */
const MIN_LINES = 4;
/** A page whose longest lines are shorter than this is set in columns or a table: left as it is. */
const MIN_MEASURE = 40;
/** The page's measure: this quantile of its line lengths, so one overlong line does not set it. */
const MEASURE_QUANTILE = 0.9;
/** A line is full when it and the next line's first word reach this share of the measure. */
const FULL_SHARE = 0.9;
/** Before a capital, a line without final punctuation is full at this share: a PDF title wrapped mid-name. */
const CAPITAL_SHARE = 0.95;

/**
 * A capital letter sets about a third wider than a small one in the proportional faces pages are set in, so a
 * line in capitals wraps at fewer characters ("SAMARBEIDSAVTALE MELLOM ROGALAND FYLKESKOMMUNE, HORDALAND" over
 * "FYLKESKOMMUNE OG …"): a line's reach is measured in small-letter widths. The measure itself is taken in
 * characters: prose lines set it, and their few capitals change little.
 */
const CAPITAL_WIDTH = 1.3;

/** The width of a text in small-letter widths (see CAPITAL_WIDTH). */
function widthOf(text: string): number {
  let width = 0;
  for (const char of text) width += char !== char.toLowerCase() ? CAPITAL_WIDTH : 1;
  return width;
}

/** True when every letter of a line is a capital (and it has a few). */
function isCapitals(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}

/** A dateline: a weekday or a date starts the line ("Tisdag, 25 februari 2020", "2020-02-25", "March 3, 2021"). */
const DATELINE =
  /^\s*(?:(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\d{4}-\d{2}-\d{2}|\d{1,2}\.? (?:jan|feb|mar|apr|ma[jiy]|jun|jul|aug|sep|o[ck]t|nov|de[cs])\p{L}*\.? \d{4}|(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2},? \d{4})/iu;

/** A label starts the line: a photo caption, a byline, a form field ("Bild: …", "Title: …", "Publicerad: …"). */
const LABEL_START = /^\s*\p{L}[\p{L}\p{N} .-]{0,30}:(?:\s|$)/u;

/** The next line starts a list item, a numbered clause, a bullet or a rule to sign on: its break is structure. */
const LIST_START = /^\s*(?:[_.…]{3}|[-–•*·▪◦]\s|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s|§\s?\d)/u;

/**
 * Returns each page's text with the breaks of wrapped lines turned into spaces (same lengths). The measure is
 * the document's, so a last page of signature lines is measured by the pages of prose before it.
 */
export function unwrapPages(texts: readonly string[]): string[] {
  const measure = measureOf(texts.flatMap((text) => text.split('\n')));
  if (measure === null) return [...texts];
  return texts.map((text) => {
    const lines = text.split('\n');
    return lines
      .map((line, index) => {
        const next = lines[index + 1];
        if (next === undefined) return line;
        return line + (isWrapped(line, next, measure) ? ' ' : '\n');
      })
      .join('');
  });
}

/** The lines' measure (see MEASURE_QUANTILE), or null when there are too few or too short lines to tell. */
function measureOf(lines: readonly string[]): number | null {
  const lengths = lines
    .map((line) => line.trimEnd().length)
    .filter((length) => length > 0)
    .sort((a, b) => a - b);
  if (lengths.length < MIN_LINES) return null;
  const measure = lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * MEASURE_QUANTILE))] ?? 0;
  return measure < MIN_MEASURE ? null : measure;
}

function isWrapped(line: string, next: string, measure: number): boolean {
  const body = line.trimEnd();
  if (body.length === 0 || next.trim().length === 0) return false;
  if (LIST_START.test(next) || DATELINE.test(next) || LABEL_START.test(next)) return false;
  const firstWord = next.trimStart().split(/\s/u, 1)[0] ?? '';
  // A heading in capitals ends where text in small letters begins ("… OF SCIENCE AND TECHNOLOGY" over "This
  // memorandum …"), however wide it is set.
  if (isCapitals(body) && firstWord !== firstWord.toUpperCase()) return false;
  const reach = widthOf(body) + 1 + widthOf(firstWord);
  // Before a lower-case word the sentence plainly goes on; before a capital, or after a sentence's end, the
  // break may be structure (a signature line, "Ålesund, 14.06.2022" under the last clause), so a line needs more
  // to be taken as wrapped: nearly the measure when it ends without punctuation ("… samverkansavtal med" over
  // "Högskolan i Halmstad"), the whole measure after a sentence's end or a comma.
  if (/^\p{Ll}/u.test(firstWord) && !/[.!?:]$/u.test(body)) return reach >= measure * FULL_SHARE;
  if (!/[.!?:;,]$/u.test(body)) return reach >= measure * CAPITAL_SHARE;
  return reach >= measure;
}
