import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

/**
 * Where a title starts and ends when page furniture, a second print of the heading, a section word or the lead's
 * subject stand next to it, with or without the text's line breaks. Each text is an invented phrasing of a form
 * seen in real pages and agreements, read as written and flattened.
 */

describe('rule date-stamp: a store’s date stamp before the text', () => {
  it('is no part of the title, a month’s stamp too (no, en)', () => {
    const no =
      ' date 2021-04 Signerte avtale om fjordturisme\n\nTo kommuner i regionen går sammen om et nytt tilbud til besøkende i sommer.';
    for (const reading of both(no, 'no'))
      expect(reading.fields.title).toBe('Signerte avtale om fjordturisme');
    const en =
      '03-22-2019 Letter of Intent on Shared Library Services\n\nThe purpose of this Letter of Intent is to describe how the two towns share services.';
    for (const reading of both(en, 'en'))
      expect(reading.fields.title).toBe('Letter of Intent on Shared Library Services');
  });
});

describe('rule caps-type-heading: a document type in capitals after a record line', () => {
  it('starts the title (en, sv)', () => {
    const en =
      '004512 Contract File Town of Alby Record # 004512 MEMORANDUM OF AGREEMENT BETWEEN TOWN OF ALBY AND ALBY HARBOUR BOARD THIS MEMORANDUM OF AGREEMENT is entered into by the Town and the Board.';
    for (const reading of both(en, 'en'))
      expect(reading.fields.title).toBe(
        'Memorandum of agreement between town of alby and alby harbour board',
      );
    const sv =
      'Dnr 2020/114 Ärende 7 SAMVERKANSAVTAL MELLAN ALBY KOMMUN OCH BORBY KOMMUN Parterna är överens om att samverka kring räddningstjänsten.';
    for (const reading of both(sv, 'sv'))
      expect(reading.fields.title).toBe('Samverkansavtal mellan alby kommun och borby kommun');
  });

  it('leaves a type inside a sentence alone', () => {
    const en =
      'Town of Alby\n\nThe council approved entering into this MEMORANDUM OF UNDERSTANDING with the harbour board on Monday.';
    for (const reading of both(en, 'en')) expect(reading.fields.title).not.toMatch(/^Memorandum/iu);
  });
});

describe('rule caps-section-word: a section word in capitals after a title in capitals', () => {
  it('ends the title (en, sv, no)', () => {
    const en =
      'MEMORANDUM OF UNDERSTANDING BETWEEN THE ALBY PORT AUTHORITY AND THE TOWN OF BORBY RECITALS. A. The Authority and the Town share a harbour.';
    for (const reading of both(en, 'en'))
      expect(reading.fields.title).toBe(
        'Memorandum of understanding between the alby port authority and the town of borby',
      );
    const sv =
      'SAMVERKANSAVTAL MELLAN ALBY KOMMUN OCH BORBY KOMMUN BAKGRUND Kommunerna har länge samarbetat om skolskjutsar.';
    for (const reading of both(sv, 'sv'))
      expect(reading.fields.title).toBe('Samverkansavtal mellan alby kommun och borby kommun');
    const no =
      'SAMARBEIDSAVTALE MELLOM ALBY KOMMUNE OG BORBY KOMMUNE BAKGRUNN Kommunene har lenge samarbeidet om skoleskyss.';
    for (const reading of both(no, 'no'))
      expect(reading.fields.title).toBe('Samarbeidsavtale mellom alby kommune og borby kommune');
  });
});

describe('rule heading-printed-twice: a heading the page prints twice', () => {
  it('ends where its copy starts, glued or after a scan’s noise (en, sv)', () => {
    const glued =
      'Letter of Intent to Join the Alby Water Partnership of Borby CountyLetter of Intent to Join the Alby Water Partnership of Borby County The purpose of this letter is to state the intent of the Town.';
    for (const reading of both(glued, 'en'))
      expect(reading.fields.title).toBe(
        'Letter of Intent to Join the Alby Water Partnership of Borby County',
      );
    const noisy =
      "AVTAL OM GEMENSAM RÄDDNINGSTJÄNST (3) ..' ~i~~ KS0319 AVTAL OM GEMENSAM RÄDDNINGSTJÄNST ' 4 Alby kommun och Borby kommun har kommit överens om följande.";
    for (const reading of both(noisy, 'sv'))
      expect(reading.fields.title).toBe('Avtal om gemensam räddningstjänst');
  });

  it('keeps a subtitle that a sentence repeats the type of', () => {
    const en =
      'MEMORANDUM OF UNDERSTANDING ALBY HARBOUR REDEVELOPMENT PRECINCT\n\nThis Memorandum of Understanding is made between the Town and the Board.';
    for (const reading of both(en, 'en'))
      expect(reading.fields.title).toBe('Memorandum of understanding alby harbour redevelopment precinct');
  });
});

describe('rule type-inside-headline: the bare type printed again under the first line', () => {
  it('leaves the first line the title', () => {
    const en =
      'NORTH SHORE COUNCILS ALLIANCE MEMORANDUM OF UNDERSTANDING between TOWN OF ALBY and TOWN OF BORBY\n\nDated: 3 May 2021\n\nMEMORANDUM OF UNDERSTANDING\n\nPARTIES TO THE MEMORANDUM OF UNDERSTANDING: TOWN OF ALBY and TOWN OF BORBY.';
    for (const reading of both(en, 'en'))
      expect(reading.fields.title).toBe(
        'NORTH SHORE COUNCILS ALLIANCE MEMORANDUM OF UNDERSTANDING between TOWN OF ALBY and TOWN OF BORBY',
      );
  });
});

describe('rule name-subject: a name of several words, then a verb, after a headline', () => {
  it('starts the lead (sv, no)', () => {
    const sv =
      'Tätare samarbete kring fjällen\n\nRegion Norr och Region Syd samarbetar redan inom flera områden. Nu vill de göra mer.';
    for (const reading of both(sv, 'sv')) expect(reading.fields.title).toBe('Tätare samarbete kring fjällen');
    const no =
      'Samarbeidsavtale Alby politistasjon og Borby kommune\n\nKari Nordmann og Ordfører Ola B. Hansen signerte avtalen i formannskapet i dag.';
    for (const reading of both(no, 'no'))
      expect(reading.fields.title).toBe('Samarbeidsavtale Alby politistasjon og Borby kommune');
  });

  it('leaves a name after a link in the headline', () => {
    const sv =
      'Nytt avtal mellan Region Norr och Alby kommun\n\nAvtalet gäller från den första januari och gäller räddningstjänsten.';
    for (const reading of both(sv, 'sv'))
      expect(reading.fields.title).toBe('Nytt avtal mellan Region Norr och Alby kommun');
  });
});
