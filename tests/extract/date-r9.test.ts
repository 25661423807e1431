import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

/**
 * A letter's date at its head, with the addressee and the subject label or salutation after it, in a text that
 * lost its line breaks. Each text is an invented phrasing of the same form, read as written and flattened.
 */

describe('rule letter-date', () => {
  it('dates a letter by the date before its addressee and salutation (en, sv, no)', () => {
    const en =
      'ATTACHMENT 2\nMarch 3, 1994\nLakeside Rowing Club\nRe: Boathouse Lease\nDear Members of the Board:\nThe purpose of this letter is to state the terms under which the town will lease the boathouse.';
    for (const reading of both(en, 'en')) expect(reading.fields.date).toBe('1994-03-03');
    const sv =
      '12 mars 2021\nAlby idrottsförening\nÄrende: Hyra av idrottshallen\nHej styrelsen!\nKommunen vill med detta brev bekräfta att föreningen får hyra hallen under våren.';
    for (const reading of both(sv, 'sv')) expect(reading.fields.date).toBe('2021-03-12');
    const no =
      '12. mars 2021\nNordli skiklubb\nEmne: Leie av klubbhuset\nKjære styre\nKommunen bekrefter med dette at klubben kan leie huset i vinter.';
    for (const reading of both(no, 'no')) expect(reading.fields.date).toBe('2021-03-12');
  });

  it('takes no date from a sentence that runs on to a label', () => {
    const en =
      'Cooperation Agreement\n\nThe parties met on March 3, 1994 at the boathouse of the rowing club to agree the lease. Re: the boathouse lease, the parties agree as follows.';
    expect(both(en, 'en')[1].fields.date).toBeNull();
  });
});
