import { describe, expect, it } from 'vitest';
import { partyNamesBothReadings } from './helpers.ts';

describe('party names, round 14: abbreviated words inside names', () => {
  it('abbreviation-in-name: "St." runs on into the next word of a name (en, no, sv)', () => {
    const en =
      'Agenda item\n\n2. Parties: City of Lake St. Arden and Northbay Rowing Association.\n3. Purpose: Shared boathouse.';
    for (const found of partyNamesBothReadings(en, 'en'))
      expect(found).toEqual(['City of Lake St. Arden', 'Northbay Rowing Association']);
    const no =
      'Samarbeidsavtale mellom St. Kolbeins sykehus HF og Alby kommune\n\nAvtalen gjelder fra 1. mars.';
    for (const found of partyNamesBothReadings(no, 'no'))
      expect(found).toEqual(['St. Kolbeins sykehus HF', 'Alby kommune']);
    const sv = 'Parter: St. Eskils sjukhus och Alby kommun.\n\nAvtalet gäller från 1 mars.';
    for (const found of partyNamesBothReadings(sv, 'sv'))
      expect(found).toEqual(['St. Eskils sjukhus', 'Alby kommun']);
  });
});

describe('party names, round 14: news leads', () => {
  it('participle-opener: an adverbial before the lead subject is no name (en, sv, no)', () => {
    const en =
      'Colleges sign pact\n\nBuilding on years of shared teaching, the Alfa Institute of Art (AIA) and the University of Northbay have signed a memorandum of understanding.';
    for (const found of partyNamesBothReadings(en, 'en'))
      expect(found).toEqual(['Alfa Institute of Art', 'University of Northbay']);
    const sv =
      'Nytt avtal\n\nEfter flera års gemensamt arbete, Alby kommun och Borsta högskola har tecknat en avsiktsförklaring.';
    for (const found of partyNamesBothReadings(sv, 'sv'))
      expect(found).toEqual(['Alby kommun', 'Borsta högskola']);
    const no =
      'Ny avtale\n\nEtter flere års samarbeid, Alby kommune og Nordby sykehus har signert en intensjonsavtale.';
    for (const found of partyNamesBothReadings(no, 'no'))
      expect(found).toEqual(['Alby kommune', 'Nordby sykehus']);
  });

  it('adverb-before-verb: a lower-case adverb between the last name and the verb is no part of the name', () => {
    const en =
      'Colleges sign pact\n\nThe Alfa Institute of Art and the University of Northbay recently signed a memorandum of understanding to share labs.';
    for (const found of partyNamesBothReadings(en, 'en'))
      expect(found).toEqual(['Alfa Institute of Art', 'University of Northbay']);
    // A preposition inside a name is kept: "… Universitetet i Borsta" is not cut at "i".
    const no = 'Ny avtale\n\nAlby kommune og Universitetet i Nordby signerte nylig en intensjonsavtale.';
    for (const found of partyNamesBothReadings(no, 'no'))
      expect(found).toEqual(['Alby kommune', 'Universitetet i Nordby']);
  });
});

describe('party names, round 14: acronym written in full beside its partner', () => {
  it("acronym-in-pair: the headline's acronym takes the lead's full name with its legal form (sv, no, en)", () => {
    const sv =
      'Alby kommun och KVBX undertecknar avsiktsförklaring\nAlby kommun och KVBX Nordic AB har idag undertecknat en avsiktsförklaring om en fastighet. Vd för KVBX Group är nöjd.';
    for (const found of partyNamesBothReadings(sv, 'sv'))
      expect(found).toEqual(['Alby kommun', 'KVBX Nordic AB']);
    const no =
      'Nordby kommune og TRVQ signerer intensjonsavtale\nNordby kommune og TRVQ Norge AS har i dag signert en intensjonsavtale om et nytt anlegg.';
    for (const found of partyNamesBothReadings(no, 'no'))
      expect(found).toEqual(['Nordby kommune', 'TRVQ Norge AS']);
    // A fuller name that never stands beside the partner may be a sister company: the acronym stays.
    const en =
      'City of Alfa and QRZ sign letter of intent\nThe City of Alfa and QRZ have signed a letter of intent on a new plant. QRZ Holdings Inc. owns the site.';
    for (const found of partyNamesBothReadings(en, 'en')) expect(found).toEqual(['City of Alfa', 'QRZ']);
  });
});
