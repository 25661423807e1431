import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/extract/context.ts';
import { isDateAfterHeadline } from '../../src/extract/title.ts';
import { both } from './helpers.ts';

const titles = (text: string, language: 'sv' | 'no' | 'en') =>
  both(text, language).map((reading) => reading.fields.title);

describe('title, round 12', () => {
  it('record-echo: the name a record printed over the same first heading is the title (sv, no, en)', () => {
    const sv =
      'AVTAL\nAVTAL\nMellan Alby kommun (212000-0001) (nedan kallad Kommunen) och Borg AB har följande avtal träffats.\n§ 1\nKommunen bygger vägen.';
    for (const found of titles(sv, 'sv')) expect(found).toBe('Avtal');
    const no =
      'SAMARBEIDSAVTALE\nSAMARBEIDSAVTALE\nmellom\nAlby kommune 971 000 001 – «Alby»\nog\nBorg AS – «Borg»\n1. Innledning\nPartene samarbeider om et bokverk.';
    for (const found of titles(no, 'no')) expect(found).toBe('Samarbeidsavtale');
    const en =
      'PARTNERSHIP AGREEMENT ON HOUSING\nPARTNERSHIP AGREEMENT ON HOUSING\nThe City of Alby and Borg College agree as follows.\n1. Term';
    for (const found of titles(en, 'en')) expect(found).toBe('Partnership agreement on housing');
  });

  it('record-echo near miss: a repeated line that names no agreement, or a headline said once, is left to the other rules', () => {
    const news =
      'Nyheter\nNyheter\nAlby och Borg tecknar avtal\n\nKommunen och högskolan har tecknat ett avtal.';
    for (const found of titles(news, 'sv')) expect(found).toBe('Alby och Borg tecknar avtal');
    const once = 'SAMARBEIDSAVTALE\nmellom Alby kommune og Borg IL\n\n1. Formål\nPartene skal samarbeide.';
    for (const found of titles(once, 'no'))
      expect(found?.toLowerCase()).toBe('samarbeidsavtale mellom alby kommune og borg il');
  });

  it("file-name-line: a file name over the text (words joined by underscores, then a scan's page marks) is no title", () => {
    const text =
      '03-118_ALBY_Memorandum of Understanding0 2a 0 1\nMEMORANDUM OF UNDERSTANDING\nBETWEEN THE CITIES OF ALBY AND BORG\nFOR SHARED ROAD SERVICES\nA MEMORANDUM OF UNDERSTANDING (MOU) between the cities of Alby and Borg entered into on June 3, 2004 for the purposes of payment for road services provided by a consultant to both cities.\nThe cities agree to share the cost.';
    for (const found of titles(text, 'en'))
      expect(found?.toLowerCase()).toMatch(
        /^memorandum of understanding between the cities of alby and borg for shared road services(?: a memorandum of understanding \(mou\))?$/,
      );
  });

  it('caps-title-run-on: a title in capitals that ran into a long body ends with its capitals or its period', () => {
    const text = `MEMORANDUM OF UNDERSTANDING BETWEEN THE CITIES OF ALBY AND BORG FOR A JOINT ROAD PROGRAM. THIS MEMORANDUM OF UNDERSTANDING is entered into by the cities of Alby and Borg ${'to share the cost of road works and their planning over the coming years, '.repeat(4)}as set out below.`;
    for (const found of titles(text, 'en'))
      expect(found?.toLowerCase()).toBe(
        'memorandum of understanding between the cities of alby and borg for a joint road program',
      );
  });
});

describe('title and date, round 12: a date after the headline', () => {
  const read = (text: string, language: 'sv' | 'no' | 'en') =>
    both(text, language).map((reading) => [reading.fields.title, reading.fields.date]);

  it('date-after-headline: the date with its year between headline and lead ends the headline and dates the text', () => {
    const sv =
      'Alby universitet tecknar avtal med Borg AB\n\n3 mars 2016\n\nEtt bättre samarbete inom forskning för båda parter. Det är syftet med avtalet.';
    for (const found of read(sv, 'sv'))
      expect(found).toEqual(['Alby universitet tecknar avtal med Borg AB', '2016-03-03']);
    const no =
      'Alby kommune signerer avtale med idrettsrådet\n\n12.03.2019\n\nKommunen og idrettsrådet har i dag signert en ny avtale om samarbeid.';
    for (const found of read(no, 'no'))
      expect(found).toEqual(['Alby kommune signerer avtale med idrettsrådet', '2019-03-12']);
    const en =
      'Alby College signs agreement with Borg City\n\nMarch 3, 2016\n\nThe college and the city will share a new lab for students.';
    for (const found of read(en, 'en'))
      expect(found).toEqual(['Alby College signs agreement with Borg City', '2016-03-03']);
  });

  it('date-after-headline near miss: after a date lead word, without a year, or before no sentence', () => {
    const ctx = buildContext([{ number: 1, text: 'x' }], 'sv');
    const at = (text: string, date: string) => {
      const start = text.indexOf(date);
      return isDateAfterHeadline(ctx, text, { start, end: start + date.length });
    };
    expect(at('Alby och Borg tecknar avtal 3 mars 2016 Ett nytt samarbete börjar', '3 mars 2016')).toBe(true);
    expect(at('Alby och Borg tecknar avtal den 3 mars 2016 Ett nytt samarbete börjar', '3 mars 2016')).toBe(
      false,
    );
    expect(at('Alby och Borg tecknar avtal 3 mars 2016 Alby Borg', '3 mars 2016')).toBe(false);
    expect(at('Avtal 3 mars 2016 Ett nytt samarbete börjar', '3 mars 2016')).toBe(false);
  });
});

describe('title, round 12: weekday-lead', () => {
  it('a capitalised weekday after the headline opens the lead in Swedish and Norwegian (flattened)', () => {
    const no =
      'Nytt politiråd i Fjelldalen\n\nTysdag vart avtalen om politiråd for Alby og Borg underskriven i rådhuset.';
    for (const found of titles(no, 'no')) expect(found).toBe('Nytt politiråd i Fjelldalen');
    const sv =
      'Nytt trygghetsråd i Alby\n\nI tisdags möttes kommunen och polisen. Onsdag skrevs avtalet under.';
    for (const found of titles(sv, 'sv')) expect(found).toBe('Nytt trygghetsråd i Alby');
    const svWeekday =
      'Nytt trygghetsråd i Alby\n\nTisdag skrev kommunen och polisen under ett nytt avtal om trygghet i skolan.';
    for (const found of titles(svWeekday, 'sv')) expect(found).toBe('Nytt trygghetsråd i Alby');
  });

  it('weekday-lead near miss: a lower-case weekday inside the headline stays in it', () => {
    const no = 'Avtalen signeres på tirsdag i rådhuset\n\nDet blir fest i Alby etterpå.';
    for (const found of titles(no, 'no')) expect(found).toBe('Avtalen signeres på tirsdag i rådhuset');
  });
});
