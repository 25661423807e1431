import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

// Invented phrasings (issue 11).
const areas = (text: string, language: 'sv' | 'no' | 'en') =>
  both(text, language).map((reading) => reading.fields.cooperationAreas);

describe('stranded-preposition', () => {
  it("near miss: a phrase of time after a relative clause's preposition names no topic (sv, no)", () => {
    const sv =
      'Samverkansavtal\n\nAvtalet beskriver de frågor som kommunen och polisen valt att samverka om under en mandatperiod.';
    for (const found of areas(sv, 'sv')) expect(found).toEqual([]);
    const no =
      'Samarbeidsavtale\n\nAvtalen beskriver de sakene som kommunen og politiet skal samarbeide om i fire år.';
    for (const found of areas(no, 'no')) expect(found).toEqual([]);
  });

  it('a topic right after the cue is still read', () => {
    const sv = 'Samverkansavtal\n\nKommunen och polisen ska samverka kring trygghet i centrum.';
    for (const found of areas(sv, 'sv')) expect(found).toEqual(['trygghet i centrum']);
  });
});
