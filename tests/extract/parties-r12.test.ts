import { describe, expect, it } from 'vitest';
import { both, partyNamesBothReadings } from './helpers.ts';

describe('party names, round 12', () => {
  it('plural-of-bare-places: "the Towns of A, B and C" names each place by its bare name', () => {
    const en =
      'INTERLOCAL AGREEMENT\n\nBETWEEN THE TOWNS OF ELMORE, HADLEY\nAND NORTH FARLEY FOR JOINT ANIMAL CONTROL\n\nThis agreement is made by the Towns of Elmore, Hadley and North Farley, hereinafter "Towns".';
    for (const found of partyNamesBothReadings(en, 'en'))
      expect(found).toEqual(['Elmore', 'Hadley', 'North Farley']);
    // A singular "the City of A" keeps its noun.
    const singular =
      'Memorandum of Understanding between the City of Elmore and the County of Hadley on road repair.';
    for (const found of partyNamesBothReadings(singular, 'en'))
      expect(found).toEqual(['City of Elmore', 'County of Hadley']);
  });

  it("group-abbreviation: a plural organisation noun defined after the list is no party's abbreviation", () => {
    const en =
      'AGREEMENT\n\nAn agreement between the counties of Alder, Birch Hill, and Cedar Falls (COUNTIES) entered into on May 2, 2019 for shared road maintenance.';
    for (const reading of both(en, 'en')) {
      const parties = reading.fields.parties;
      expect(parties.map((party) => party.name)).toEqual(['Alder', 'Birch Hill', 'Cedar Falls']);
      expect(parties.map((party) => party.abbreviation)).toEqual([null, null, null]);
    }
  });
});

describe('party names, round 12: compounds', () => {
  it('hyphen-space-compound: "teknisk- naturvitenskapelige universitet" is one word before the noun', () => {
    const no =
      'Avtale om samarbeid\n\nSamarbeidsavtale mellom Alby kommune, Vestlandets medisinsk- tekniske høgskole og Universitetet i Borsta for perioden 2020–2023.';
    for (const found of partyNamesBothReadings(no, 'no'))
      expect(found).toEqual([
        'Alby kommune',
        'Vestlandets medisinsk- tekniske høgskole',
        'Universitetet i Borsta',
      ]);
    const sv =
      'Avtal om samverkan\n\nSamverkansavtal mellan Alby kommun och Nordiska samhälls- vetenskapliga institutet för åren 2021–2024.';
    for (const found of partyNamesBothReadings(sv, 'sv'))
      expect(found).toEqual(['Alby kommun', 'Nordiska samhälls- vetenskapliga institutet']);
    const en =
      'Memorandum of Understanding\n\nThis agreement is made between Alfa County and the Northern agri- cultural College for the years 2021 to 2024.';
    for (const found of partyNamesBothReadings(en, 'en'))
      expect(found).toEqual(['Alfa County', 'Northern agri- cultural College']);
  });
});
