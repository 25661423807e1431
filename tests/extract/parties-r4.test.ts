import { describe, expect, it } from 'vitest';
import { partyNamesBothReadings } from './helpers.ts';

// Invented phrasings modelled on real agreements and news (round 4 of party rules): each rule holds with the
// text's line breaks and with them flattened to spaces.

describe('party names, round 4', () => {
  it('purpose-after-names: "FOR THE FUNDING AND PLACEMENT OF …" after the last name is no party', () => {
    const text =
      'AGREEMENT BETWEEN THE PINE VALLEY SCHOOL DISTRICT AND\nTHE CITY OF OAKRIDGE FOR THE FUNDING AND PLACEMENT OF TWO\nCROSSING GUARDS\nThe parties agree to share the cost of two crossing guards.';
    for (const found of partyNamesBothReadings(text, 'en'))
      expect(found).toEqual(['PINE VALLEY SCHOOL DISTRICT', 'CITY OF OAKRIDGE']);
  });

  it('topic "Relating to" ends the last name of a title-case agreement line', () => {
    const text =
      'Please find attached the Interlocal Agreement Between Elm County Sheriff and the City of Brookton Relating to City Police Services. Call me with any questions.';
    for (const found of partyNamesBothReadings(text, 'en'))
      expect(found).toEqual(['Elm County Sheriff', 'City of Brookton']);
  });

  it('a country after a party\'s town is its address: "Alpha University, Boston, Massachusetts, USA (hereinafter …)"', () => {
    const text =
      'THIS MEMORANDUM OF UNDERSTANDING is made by and between the\nAlpha University School of Nursing, Boston, Massachusetts, USA (hereinafter "AUSN"), and Beta University College of Health, Wuhan, PRC (hereinafter "BUCH").\nWHEREAS, AUSN and BUCH wish to exchange students.';
    for (const found of partyNamesBothReadings(text, 'en'))
      expect(found).toEqual(['Alpha University School of Nursing', 'Beta University College of Health']);
  });

  it('and-inside-company: "Hospital and Clinics, Inc." is one party; initial-in-name keeps "J. Doe Center"', () => {
    const text =
      'MEMORANDUM OF UNDERSTANDING\nBETWEEN\nSTATE UNIVERSITY OF ELMWOOD, RIVERBEND GENERAL HOSPITAL AND CLINICS, INC.\nAND\nJ. ROE MEMORIAL HEART CENTER\nThe parties agree to cooperate on cardiac care.';
    for (const found of partyNamesBothReadings(text, 'en'))
      expect(found).toEqual([
        'STATE UNIVERSITY OF ELMWOOD',
        'RIVERBEND GENERAL HOSPITAL AND CLINICS, INC',
        'J. ROE MEMORIAL HEART CENTER',
      ]);
  });

  it('people-lead: "Officials at X and Y signed" names X, not "Officials at X"', () => {
    const text =
      'Hospitals join hands\nOfficials at Northvale Healthcare Trust and Eastmoor County Council signed a memorandum of understanding on Monday to work together on elderly care.';
    for (const found of partyNamesBothReadings(text, 'en'))
      expect(found).toEqual(['Northvale Healthcare Trust', 'Eastmoor County Council']);
  });

  it('a one-word fragment of OCR noise ("T.r") between the parties is no party', () => {
    const text =
      'THIS AGREEMENT is made and entered into by and between the ELM COUNTY SHERIFF, the T.r Honorable Jo Poe, an elected officer, whose address is 1 Main Street (hereafter referred to as the "SHERIFF") and the CITY OF BROOKTON, a municipal corporation (hereafter referred to as "CITY").';
    for (const found of partyNamesBothReadings(text, 'en')) {
      expect(found).not.toContain('T.r');
      expect(found).toContain('ELM COUNTY SHERIFF');
    }
  });

  it('opening "Between the" before the names on a line of their own lists the parties', () => {
    const text =
      'MEMORANDUM OF UNDERSTANDING\n\nBetween the\n\nNorthern State Colleges Board and Elmwood College\n\nThis agreement is effective as of fall 2020 between Elmwood College, whose address is 12 Elm Avenue Elmwood, AL. 35401 and the Board.';
    for (const found of partyNamesBothReadings(text, 'en'))
      expect(found).toEqual(['Northern State Colleges Board', 'Elmwood College']);
  });

  it('title-genitive-office: "the Colleges Chancellor’s Office" is an organisation, not a person', () => {
    const text =
      'MEMORANDUM OF UNDERSTANDING between the Western Colleges Chancellor’s Office and Pine Hill College. The purpose of this agreement is to ease student transfer.';
    for (const found of partyNamesBothReadings(text, 'en'))
      expect(found).toEqual(['Western Colleges Chancellor’s Office', 'Pine Hill College']);
  });

  it('register-entry-aside: organisation numbers and postal addresses between the names of a "Mellan" list', () => {
    const text =
      'Avtal om gemensam nämnd\n\nMellan Alby kommun, 212000-1694, 531 88 Alby, Borsta kommun, 212000-2924, 534 81 Borsta, Kils kommun 212000-1595, 467 80 Kil och Dala kommun 21200-2916, 465 82 Dalby tecknas följande\n\nAvtal\n\n1. Syfte';
    for (const found of partyNamesBothReadings(text, 'sv'))
      expect(found).toEqual(['Alby kommun', 'Borsta kommun', 'Kils kommun', 'Dala kommun']);
  });

  it('news-list-superset: a lead list naming the signing parties and one more gives all three', () => {
    const text =
      'Avtal ger plats för nytt campus\n\nAlby kommun, Borsta universitet (BU) och Cela Fastigheter har ingått en överenskommelse om att utveckla området kring Ekdalen de kommande åren.';
    for (const found of partyNamesBothReadings(text, 'sv'))
      expect(found).toEqual(['Alby kommun', 'Borsta universitet', 'Cela Fastigheter']);
  });

  it('a weekday after a name is the dateline, not part of the name', () => {
    const text =
      'Nytt avtal för Ekdalen\n\nTisdag, 3 mars 2020\n\nAlby kommun och Cela Fastigheter har ingått en överenskommelse om Ekdalen.';
    for (const found of partyNamesBothReadings(text, 'sv')) expect(found).not.toContain('Ekdalen Tisdag');
  });
});
