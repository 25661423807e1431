import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

// Invented phrasings (issue 11).
const bodies = (text: string, language: 'sv' | 'no' | 'en') =>
  both(text, language).map((reading) => reading.fields.governance.bodies.map((body) => body.name));

describe('minutes-of-body', () => {
  it('a body named only as the one whose meeting the minutes record is no body of the cooperation (no, sv, en)', () => {
    const no =
      'Møteinnkalling Formannskapet\n\nSaksliste\n\nRS 3/21 Referat fra møte i koordineringsgruppa 4. mars 2021\n\nPS 4/21 Samarbeidsavtale med Borsta kommune';
    for (const found of bodies(no, 'no')) expect(found).toEqual([]);
    const sv =
      'Kallelse Kommunstyrelsen\n\nÄrendelista\n\n1. Protokoll från mötet i styrgruppen den 4 mars 2021\n\n2. Samverkansavtal med Borsta kommun';
    for (const found of bodies(sv, 'sv')) expect(found).toEqual([]);
    const en =
      'Council Agenda\n\nItem 1. Minutes of the steering committee of March 4, 2021\n\nItem 2. Memorandum of Understanding with Borsta College';
    for (const found of bodies(en, 'en')) expect(found).toEqual([]);
  });

  it('the same body set up by the agreement is still found', () => {
    const no =
      'Samarbeidsavtale\n\nPartene oppretter en koordineringsgruppe som følger opp avtalen.\n\nReferat fra møtene sendes partene.';
    for (const found of bodies(no, 'no')) expect(found).toEqual(['koordineringsgruppe']);
  });
});
