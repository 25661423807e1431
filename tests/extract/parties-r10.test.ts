import { describe, expect, it } from 'vitest';
import { partyNamesBothReadings } from './helpers.ts';

describe('party names, round 10', () => {
  it('body-of-named: "Friends of Alfa Museum" and "Alfa Museum" are two parties', () => {
    const en =
      'Memorandum of Understanding\nBetween Friends of Alfa Town Museum\nand Alfa Town Museum\n\nThe Friends and the Museum agree to support each other.';
    for (const found of partyNamesBothReadings(en, 'en'))
      expect(found).toEqual(['Friends of Alfa Town Museum', 'Alfa Town Museum']);
    const sv =
      'Avsiktsförklaring mellan Vänföreningen för Borsta museum och Borsta museum om gemensamma utställningar.';
    for (const found of partyNamesBothReadings(sv, 'sv'))
      expect(found).toEqual(['Vänföreningen för Borsta museum', 'Borsta museum']);
    // "the" before a name is no preposition: the same organisation spelt twice stays one party.
    const same =
      'Agreement between the Alfa Town Museum and Beta College. The Alfa Town Museum will host the students.';
    for (const found of partyNamesBothReadings(same, 'en'))
      expect(found).toEqual(['Alfa Town Museum', 'Beta College']);
  });

  it('between-defined: a between clause whose first name is defined opens the party list after an OCR-broken preamble', () => {
    const en =
      'MUTUAL AID AGREEMENT\nTHIS AGREEMENT, entered into this 4th day of May 1980; .\nI\nbetween the TOWN OF ALFA, a municipal corporation, hereinafter referred to as "Alfa", and the TOWN OF BETA, a municipal corporation, hereinafter referred to as "Beta", for the purpose of mutual aid within the limits set by County Ordinance 12-34.\n';
    for (const found of partyNamesBothReadings(en, 'en')) {
      expect(found.map((name) => name.toLowerCase())).toEqual(['town of alfa', 'town of beta']);
    }
    const no =
      'Dette gjøres kjent; .\nmellom Alby kommune, heretter kalt kommunen, og Borg idrettslag, heretter kalt laget, for å sikre drift av Kvitebanen.';
    for (const found of partyNamesBothReadings(no, 'no'))
      expect(found).toEqual(['Alby kommune', 'Borg idrettslag']);
  });

  it('dotted-abbreviation: "U.S. Department of …" keeps its name past the full stops of its abbreviation', () => {
    const en =
      'You are on page 1 of 2\nU.S. FISHERIES AGENCY 12 N Street NE, Alfa City, DC 20000 MEMORANDUM OF UNDERSTANDING between U.S. DEPARTMENT OF FISHERIES, OFFICE OF HARBOR SERVICES and BETA PORT AUTHORITY. for HARBOR PLANNING, The Office of Harbor Services is responsible for planning.';
    for (const found of partyNamesBothReadings(en, 'en'))
      expect(found).toEqual([
        'U.S. DEPARTMENT OF FISHERIES',
        'OFFICE OF HARBOR SERVICES',
        'BETA PORT AUTHORITY',
      ]);
  });

  it('country-alone: the countries of a state framework are not the parties of the signing', () => {
    const en =
      'Alfa Hospital signs agreement with Beta Clinic\n\nAlfa Hospital has signed an agreement with Beta Clinic. The two agreements fall within the health agreements between Morocco and Kenya, and cover training.';
    for (const found of partyNamesBothReadings(en, 'en')) {
      expect(found).not.toContain('Morocco');
      expect(found).not.toContain('Kenya');
    }
    const no = 'Avtalen kom i stand innenfor samarbeidsavtalen mellom Tyskland og Polen om grensehandel.';
    for (const found of partyNamesBothReadings(no, 'no')) expect(found).toEqual([]);
  });
});
