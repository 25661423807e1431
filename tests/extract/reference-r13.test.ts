import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

// Invented records (issue 11): a public records system prints the record's number above the document.
const reference = (text: string) => both(text, 'en').map((reading) => reading.fields.reference);

describe('record-opening', () => {
  it('a number joined to its filing date opens the text: the number, before a labelled one', () => {
    const text =
      '2011-407-05/16/2011 This Resolution prepared by the City Clerk, City of Alfa.\nRESOLUTION NO. 2011-407\nRESOLUTION APPROVING A MEMORANDUM OF UNDERSTANDING WITH BETA COLLEGE.';
    for (const found of reference(text)) expect(found).toBe('2011-407');
  });

  it('a bare number opening the text, named again, is the reference where no label names one', () => {
    const text =
      '21-305 Alfa School District, Memorandum of Understanding\n\nThe City of Alfa and the District agree as follows.\n\nFile 21-305';
    for (const found of reference(text)) expect(found).toBe('21-305');
  });

  it("a scan's file name gives the digits of the number the text writes with a dash", () => {
    const text =
      '20121180.tiff RESOLUTION RE: APPROVE MEMORANDUM OF UNDERSTANDING WITH BETA COLLEGE\n\nThe Board approves the memorandum.\n\n2012-1180 Page 2';
    for (const found of reference(text)) expect(found).toBe('2012-1180');
  });

  it("near misses: a title's years, a date, a scan name without its number in the text", () => {
    for (const found of reference(
      '2020-2023 Cooperation Agreement between Alfa and Beta\n\nThe parties agree.',
    ))
      expect(found).toBeNull();
    for (const found of reference(
      '07-28-2015 MOU between the City of Alfa and Beta College\n\nThe parties agree.',
    ))
      expect(found).toBeNull();
    for (const found of reference(
      '20121180.tiff RESOLUTION RE: MEMORANDUM WITH BETA COLLEGE\n\nThe Board approves it.',
    ))
      expect(found).toBeNull();
  });
});
