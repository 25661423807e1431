import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

// Invented phrasings (issue #11): a date between a title-case headline and the lead, with the line breaks gone.
describe('linked-name-dateline', () => {
  it('ends the headline before the date when a link joins its last name ("… Port and Council 9th April 2013")', () => {
    const text =
      'New Partnership for Elmford Harbour and Council\n12th March 2019\nA new memorandum of understanding has been signed today by the harbour board and the county council.';
    for (const reading of both(text, 'en')) {
      expect(reading.fields.title).toBe('New Partnership for Elmford Harbour and Council');
      expect(reading.fields.date).toBe('2019-03-12');
    }
  });

  it('does the same in Swedish ("… Hamn och Kommun 3 maj 2021 Avtalet …")', () => {
    const text =
      'Nytt avtal för Mellby Hamn och Kommun\n3 maj 2021\nAvtalet undertecknades i dag av hamnens styrelse och kommunen.';
    for (const reading of both(text, 'sv')) {
      expect(reading.fields.title).toBe('Nytt avtal för Mellby Hamn och Kommun');
      expect(reading.fields.date).toBe('2021-05-03');
    }
  });
});

// Invented phrasings (issue #11): a headline whose lead opens with a noun in the definite plural, line breaks gone.
describe('plural-subject', () => {
  it('ends the headline before a capitalised noun in the definite plural ("… for Klima Kommunene i …")', () => {
    const no =
      'Nytt løft for Fjellregionen\nKommunene i Fjellregionen signerte i dag en ny samarbeidsavtale om klima og miljø.';
    for (const reading of both(no, 'no')) expect(reading.fields.title).toBe('Nytt løft for Fjellregionen');
    const sv =
      'Ny samverkan i Norrdalen\nKommunerna Alby, Borby och Cedby har tecknat ett avtal om gemensam räddningstjänst.';
    for (const reading of both(sv, 'sv')) expect(reading.fields.title).toBe('Ny samverkan i Norrdalen');
  });

  it('keeps a name of capitalised words in the headline ("Røde Kors", "Region Norr")', () => {
    const text =
      'Samarbeidsavtale med Røde Kors Nord\nKommunen og Røde Kors Nord har inngått en avtale om beredskap.';
    for (const reading of both(text, 'no'))
      expect(reading.fields.title).toBe('Samarbeidsavtale med Røde Kors Nord');
  });
});
