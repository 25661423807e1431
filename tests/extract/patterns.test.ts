import { describe, expect, it } from 'vitest';
import { matchesIn } from '../../src/extract/patterns.ts';

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
