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
