import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extract/index.ts';
import { both } from './helpers.ts';

// Validity forms written as grammar rather than as one document's phrase (round 10). Each text is invented and read as
// written and with its line breaks flattened to spaces.
const validity = (extraction: Extraction) => extraction.fields.validity;

describe('validity, round 10', () => {
  it('signing-event: the act of signing by any of its names after a preposition of time starts the agreement', () => {
    const texts: [string, 'sv' | 'no' | 'en'][] = [
      [
        'AGREEMENT\n\nThis Agreement shall bind the parties from the date of the full execution of this Agreement.',
        'en',
      ],
      ['MEMORANDUM\n\nTerm: The memorandum starts upon execution by both boards.', 'en'],
      ['AVTAL\n\nAvtalet gäller från dagen för undertecknandet.', 'sv'],
      ['AVTALE\n\nAvtalen gjelder fra dagen for underskrift.', 'no'],
    ];
    for (const [text, language] of texts)
      for (const reading of both(text, language)) expect(validity(reading).start).toBe('on-signature');
  });

  it('until-termination: the noun for the act, or a party doing it, ends an open-ended agreement', () => {
    const texts: [string, 'sv' | 'no' | 'en'][] = [
      ['AGREEMENT\n\nThe agreement shall continue in effect until termination by one of the parties.', 'en'],
      ['AGREEMENT\n\nThe agreement runs until either party terminates it in writing.', 'en'],
      ['AVTAL\n\nAvtalet gäller tills uppsägning sker.', 'sv'],
      ['AVTALE\n\nAvtala gjeld fram til ein av partane seier opp avtala.', 'no'],
    ];
    for (const [text, language] of texts)
      for (const reading of both(text, language)) expect(validity(reading).end).toBe('until-terminated');
  });

  it('ending-after and lasting: the time from the start to the end is the duration', () => {
    const texts: [string, 'sv' | 'no' | 'en', number][] = [
      ['MEMORANDUM\n\nThe memorandum takes effect at once and terminates in three (3) years.', 'en', 36],
      ['AGREEMENT\n\nThe pilot agreement lasts eighteen months.', 'en', 18],
      ['Nytt avtal\n\nAvtalet med bussbolaget börjar gälla i januari och varar i 3 år.', 'sv', 36],
      ['AVTALE\n\nAvtalen opphører etter 24 måneder.', 'no', 24],
    ];
    for (const [text, language, months] of texts)
      for (const reading of both(text, language)) expect(validity(reading).durationMonths).toBe(months);
  });

  it('ending-after and lasting time only the agreement: a programme that lasts is no duration', () => {
    const texts: [string, 'sv' | 'no' | 'en'][] = [
      ['Nytt samarbete\n\nKommunen och högskolan startar en utbildning. Utbildningen varar i tre år.', 'sv'],
      ['Nytt samarbeid\n\nKommunen og høgskolen startar eit studium. Studiet varar i tre år.', 'no'],
      [
        'New partnership\n\nThe college and the city start a course for nurses. The course lasts two years.',
        'en',
      ],
    ];
    for (const [text, language] of texts)
      for (const reading of both(text, language)) expect(validity(reading).durationMonths).toBeNull();
  });

  it('an event at the signing is no start on signature ("at the signing ceremony")', () => {
    const text = 'News\n\nThe mayors spoke at the signing ceremony in the town hall on Monday.';
    for (const reading of both(text, 'en')) expect(validity(reading).start).toBeNull();
  });
});
