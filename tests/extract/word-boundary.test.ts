import { describe, expect, it } from 'vitest';
import { unicodeWordBoundaries } from '../../src/extract/word-boundary.ts';

/** The boundary `re()` used for every `\b` before: right everywhere, but four classes to compile. */
const FULL = '(?:(?<![\\p{L}\\d])(?=[\\p{L}\\d])|(?<=[\\p{L}\\d])(?![\\p{L}\\d]))';

/** Every match of a cue source with the full boundary and with the rewritten one, as index:text. */
function matches(source: string, text: string): [string[], string[]] {
  const all = (pattern: string) =>
    [...text.matchAll(new RegExp(pattern, 'giu'))].map((match) => `${match.index}:${match[0]}`);
  return [all(source.replaceAll('\\b', FULL)), all(unicodeWordBoundaries(source))];
}

const classes = (source: string) => unicodeWordBoundaries(source).split('[\\p{L}\\d]').length - 1;

// Invented phrasings in the shape of the cue tables' sources (src/extract/cues).
const TEXT =
  'Samarbetet ska bl.a. omfatta forskning; samarbetets mål är klart. Intensjonsavtalen (bl.a. om ' +
  'drift) er signert. Dnr 12-345, Dnr: 7-89. The cooperation_agreement was signed; årligen möts ' +
  'parterna. Avtal 2019-05 och avtal2020 gäller. Ǆemal och ÅRLIGEN, sam-arbete.';

describe('Unicode word boundaries in cue sources', () => {
  it.each([
    '\\bsamarbete(?:t)?\\b',
    '\\b(?:samarbete|intensjonsavtale)(?:n|t)?\\b',
    '\\bbl\\.a\\.?\\b',
    '(?:omfatta|bl\\.a\\.?)\\b',
    '(?<=\\bDnr:?\\s)\\d+-\\d+\\b',
    '\\b\\p{L}*avtal(?:en|e)?\\b',
    '\\bårligen\\b|\\bsigned\\b',
    '\\b[a-zåäö]+_\\w+\\b',
    '\\b(?:avtal)?\\d{4}\\b',
    'sam-?\\barbete',
    '\\b\\s*\\(',
    '\\bårligen\\b|\\bsigned\\b|(?:bl\\.a\\.?)\\b|\\bavtal(?:en)?\\b',
    '(?:\\bsamarbete\\b|\\bintensjonsavtale\\b|\\(?\\bavtal\\b)',
    '\\b(?<cue>signert|signed)\\b|\\bomfatta\\b',
  ])('matches %s where the full boundary matches', (source) => {
    const [full, rewritten] = matches(source, TEXT);
    expect(rewritten).toEqual(full);
  });

  it('writes one class for a boundary beside a letter the pattern must match', () => {
    expect(classes('\\bsamarbete(?:t)?\\b')).toBe(2);
    expect(classes('\\b(?:avtal|överenskommelse)\\b')).toBe(2);
  });

  it('keeps the full boundary where neither side must be a letter', () => {
    expect(classes('(?:avtal|bl\\.a\\.?)\\b')).toBe(4);
    expect(classes('\\b(?:samarbete)?')).toBe(4);
  });

  it('writes a boundary once for neighbouring alternatives that open or close with it', () => {
    // Three cues, each with a boundary on both sides: two classes, not six.
    expect(unicodeWordBoundaries('\\bavtal\\b|\\bsamarbete\\b|\\bmou\\b')).toBe(
      '(?<![\\p{L}\\d])(?:(?:avtal|samarbete|mou)(?![\\p{L}\\d]))',
    );
    // Only neighbours are joined, so the alternatives keep their order; a group that captures keeps its place.
    expect(unicodeWordBoundaries('\\bavtal|\\(pdf\\b|\\bmou|\\b(?<cue>sign)')).toBe(
      '(?<![\\p{L}\\d])avtal|\\(pdf(?![\\p{L}\\d])|(?<![\\p{L}\\d])(?:mou|(?<cue>sign))',
    );
  });

  it('leaves a source without \\b alone', () => {
    expect(unicodeWordBoundaries('(?<![\\p{L}])avtal')).toBe('(?<![\\p{L}])avtal');
  });
});
