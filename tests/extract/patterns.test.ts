import { describe, expect, it } from 'vitest';
import { anyOf, matchesIn } from '../../src/extract/patterns.ts';
import { firstCharacters } from '../../src/extract/word-boundary.ts';

const shape = (matches: RegExpExecArray[]) => matches.map((match) => [match.index, [...match], match.groups]);

describe('matchesIn', () => {
  it.each([
    ['(?<who>styrgruppen|parterna) ansvarar', 'giu', 'Styrgruppen ansvarar för X. Parterna ansvarar för Y.'],
    ['\\b', 'gu', 'Avtal om samarbete'],
    ['x*', 'gu', 'a𝒳xxb'],
    ['x*', 'g', 'a𝒳xxb'],
    ['^\\s*undertecknade?\\b', 'gimu', 'Avtal\nUndertecknat i Umeå\n  undertecknade parter'],
  ])('finds what matchAll finds for /%s/%s', (source, flags, text) => {
    const regex = new RegExp(source, flags);
    expect(shape(matchesIn(regex, text))).toEqual(shape([...text.matchAll(regex)]));
    expect(regex.lastIndex).toBe(0);
  });
});

describe('anyOf', () => {
  it('joins the same literals of one length into the same alternation whatever the language order', () => {
    // cueSets puts the detected language's cues first: the regex must still be the same one.
    expect(anyOf(['avtal', 'sign', 'avtale', 'mou'])).toBe(anyOf(['avtale', 'mou', 'sign', 'avtal']));
    expect(anyOf(['avtal', 'sign', 'avtale', 'mou'])).toBe('(?:avtale|avtal|sign|mou)');
  });

  it('keeps the cue order among sources of one length that are not all literals', () => {
    // `avtal?` and `avt\w+` both match at the start of "avtalet", one 5 and one 7 letters long: order decides.
    expect(anyOf(['avtal?', 'avt\\w+'])).toBe('(?:avtal?|avt\\w+)');
    expect(anyOf(['avt\\w+', 'avtal?'])).toBe('(?:avt\\w+|avtal?)');
  });

  it('orders escaped literals by what they read, so that the order cannot change a match', () => {
    expect(anyOf(['org\\.', 'orgn'])).toBe(anyOf(['orgn', 'org\\.']));
    for (const text of ['org. nr', 'orgnr', 'ORGN']) {
      const one = new RegExp(anyOf(['org\\.', 'orgn']), 'iu').exec(text)?.[0];
      const other = /(?:orgn|org\.)/iu.exec(text)?.[0];
      expect(one).toBe(other);
    }
  });

  it('joins sources of one length whose matches start with different letters in one order', () => {
    const sv = ['avtal(?:et)?', 'signe(?:d|s)'];
    expect(anyOf(sv)).toBe(anyOf([...sv].reverse()));
    for (const text of ['Avtalet signed', 'signes avtal', 'AVTAL']) {
      const one = new RegExp(anyOf(sv), 'giu');
      const other = new RegExp(`(?:${sv.join('|')})`, 'giu');
      expect([...text.matchAll(one)].map(String)).toEqual([...text.matchAll(other)].map(String));
    }
  });

  it('joins words spaced by \\s+ of one length in one order', () => {
    expect(anyOf(['thirty\\s+one', 'twenty\\s+one'])).toBe(anyOf(['twenty\\s+one', 'thirty\\s+one']));
  });

  it('joins a new list of the same sources as it joined the first, and a changed list anew', () => {
    // Callers build a new array of the same sources per document (the months in every case); the alternation
    // is found by the sources' text, so it must still follow the list's own content.
    const first = ['\\p{L}*avtal', '\\p{L}*skaps'];
    expect(anyOf([...first])).toBe(anyOf(first));
    expect(anyOf([...first].reverse())).toBe('(?:\\p{L}*skaps|\\p{L}*avtal)');
    expect(anyOf(['a,b'])).not.toBe(anyOf(['a', 'b']));
  });

  it('keeps the cue order of sources that may start alike', () => {
    // Both may start with any letter: "partnerskapsavtal" matches either, with different ends.
    expect(anyOf(['\\p{L}*avtal', '\\p{L}*skaps'])).toBe('(?:\\p{L}*avtal|\\p{L}*skaps)');
    expect(anyOf(['\\p{L}*skaps', '\\p{L}*avtal'])).toBe('(?:\\p{L}*skaps|\\p{L}*avtal)');
  });
});

describe('firstCharacters', () => {
  it.each([
    ['\\bavtal(?:et)?\\b', ['a']],
    ['(?<![\\p{L}])(?:Mou|sign)', ['m', 's']],
    ['(?:the )?parties', ['t', 'p']],
    ['\\(pdf', ['(']],
  ])('reads the first characters of %s', (source, chars) => {
    expect([...(firstCharacters(source) ?? [])].sort()).toEqual([...chars].sort());
  });

  it.each(['\\p{L}*avtal', '[a-z]+', '(?:avtal)?', '\\dx', '.avtal', 'µg'])('gives null for %s', (source) => {
    expect(firstCharacters(source)).toBeNull();
  });
});
