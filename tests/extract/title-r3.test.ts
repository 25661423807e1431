import { describe, expect, it } from 'vitest';
import { extract, flatten } from './helpers.ts';

// Invented phrasings modelled on real pages and contracts of the session-6 round r3a (fresh set b4, first half).
const both = (text: string, language: 'sv' | 'no' | 'en') => [
  extract(text, language).fields,
  extract(flatten(text), language).fields,
];

describe('title and date rules, round r3a', () => {
  it('ends a heading in capitals where "This" opens the text before a defined term in capitals', () => {
    const text =
      'LETTER OF INTENT\nThis AGREEMENT dated for reference the 14th day of June, 2011.\nBETWEEN: RIVERTON INDIAN BAND, having an office at 12 Cedar Road, Riverton ("Riverton")\nAND: TOWN OF LAKESIDE, a municipality ("the Town")';
    for (const fields of both(text, 'en')) expect(fields.title).toBe('Letter of intent');
  });

  it('reads the date an agreement is "dated for reference"', () => {
    const text =
      'LETTER OF INTENT\nThis AGREEMENT dated for reference the 14th day of June, 2011.\nBETWEEN: RIVERTON INDIAN BAND ("Riverton")\nAND: TOWN OF LAKESIDE ("the Town")';
    for (const fields of both(text, 'en')) expect(fields.date).toBe('2011-06-14');
  });

  it('ends a headline where a weekday and its day number open the news text (weekday-opening)', () => {
    const text =
      'Høgskolen i Vestby og Norddal kommune har inngått samarbeidsavtale\nTirsdag 3. mai ble avtalen signert av rektor og ordfører, som skal samarbeide om forskning og utdanning.';
    for (const fields of both(text, 'no'))
      expect(fields.title).toBe('Høgskolen i Vestby og Norddal kommune har inngått samarbeidsavtale');
  });
});
