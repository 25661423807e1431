import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

/** The signatories (name and title) read from a text, as written and flattened. */
const signers = (text: string, language: 'sv' | 'no' | 'en') =>
  both(text, language).map((reading) =>
    reading.fields.signatories.map((signatory) => [signatory.name, signatory.title]),
  );

describe('signatories, round 12', () => {
  it('signed-participle: "en överenskommelse, undertecknad av kommunalråd X och polismästare Y" (sv)', () => {
    const text =
      'Trygg i Alby\n\n2011-05-04 10:15\n\nArbetet vilar på en överenskommelse, undertecknad av vårt kommunalråd Eva Lind och länspolismästare Per Holm. Kommunen och polisen träffas ofta.';
    for (const found of signers(text, 'sv'))
      expect(found).toEqual([
        ['Eva Lind', 'kommunalråd'],
        ['Per Holm', 'länspolismästare'],
      ]);
  });

  it('a possessive before a title is no part of it (en "our Mayor")', () => {
    const text =
      'City and police join forces\n\nPhoto: Jane Berg\n\nThe work builds on an agreement signed by our Mayor Anna Doe and Police Chief Tom Lee last week.';
    for (const found of signers(text, 'en'))
      expect(found).toEqual([
        ['Anna Doe', 'Mayor'],
        ['Tom Lee', 'Police Chief'],
      ]);
  });

  it('coordinated-first-signer: an untitled name joined by "og/och/and" to a titled signer signs too', () => {
    const no =
      'Ny avtale med politiet\n\nKari Nordby og ordfører Per Olav Dal signerte avtalen i kommunestyret i dag.';
    for (const found of signers(no, 'no'))
      expect(found).toEqual([
        ['Kari Nordby', null],
        ['Per Olav Dal', 'ordfører'],
      ]);
    const sv =
      'Nytt avtal med polisen\n\nLena Åberg och kommunalråd Jonas Ek skrev under avtalet på tisdagen.';
    for (const found of signers(sv, 'sv'))
      expect(found).toEqual([
        ['Lena Åberg', null],
        ['Jonas Ek', 'kommunalråd'],
      ]);
  });

  it('coordinated-first-signer near miss: a name that does not open the subject, or no title after "and"', () => {
    // The untitled name is the object of another verb, not a co-signer.
    const met = 'Ny avtale\n\nRådmannen møtte Kari Nordby. Senere signerte ordfører Per Olav Dal avtalen.';
    for (const found of signers(met, 'no')) expect(found).toEqual([['Per Olav Dal', 'ordfører']]);
    // Two untitled names: nobody is known to sign.
    const bare = 'Ny avtale\n\nKari Nordby og Per Olav Dal signerte avtalen i dag.';
    for (const found of signers(bare, 'no')) expect(found).toEqual([]);
  });
});

describe('signatories, round 12: table of contents', () => {
  it('title-ends-with-number: a contents line at the text\'s end ("7 GENERAL RECORDS, AND NOTICE 15") names no signer', () => {
    const text =
      'PARTNERSHIP AGREEMENT between Alby College and Borg City\n\nThe parties agree to share a lab for students.\n\nTABLE OF CONTENTS\n1 TERM 2\n1.1 Start of the Term 2\n6 CONFIDENTIALITY 14\n6.1 Duty to Keep Information Confidential 14\n7 GENERAL RECORDS, AND NOTICE 15\n7.1 Accounting Records and Auditing 15\n7.2 NOTICE 15\n8 MODIFICATION OF AGREEMENT 15\n8.1 Changes 15\n9 TERMINATION 16\n9.1 Payment Obligations 16\n';
    for (const found of signers(text, 'en')) expect(found).toEqual([]);
  });
});
