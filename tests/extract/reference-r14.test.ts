import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

// Invented records (issue 11).
const reference = (text: string) => both(text, 'en').map((reading) => reading.fields.reference);

describe('record-number-repeated', () => {
  it('a bare number opening the text is the reference when the record names it again (its digits alone)', () => {
    const text =
      '2004-217 Records index, 2004217 AdditionalFileExists\n\nMemorandum of Understanding between the City of Alfa and Beta College.\n\nThe parties agree as follows.';
    for (const found of reference(text)) expect(found).toBe('2004-217');
  });

  it('near miss: an agenda item number before the item name, never cited again, is no reference', () => {
    const text =
      '22-418 Alfa School District, Memorandum of Understanding Regarding the Youth Center\n\nThis Memorandum of Understanding is entered into by the City of Alfa and the Alfa School District.';
    for (const found of reference(text)) expect(found).toBeNull();
  });
});
