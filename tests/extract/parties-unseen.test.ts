import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

// Invented phrasings that mirror real public documents the rules had not seen (issue #11, fresh set fa2).
const parties = (text: string, language: 'sv' | 'no' | 'en') => extract(text, language).fields.parties ?? [];
const names = (text: string, language: 'sv' | 'no' | 'en') =>
  parties(text, language).map((party) => party.name);

describe('parties in phrasings from unseen documents', () => {
  it('reads an organisation number in brackets right after the name, without a label', () => {
    const text =
      'AVTAL\nMellan Vägverket Region Mitt (212000-2700) (nedan kallad Vägverket) och Norrby kommun (556677-8899) (nedan kallad Kommunen) har följande avtal träffats.\nBakgrund\nKommunen bygger en ny infart.';
    const found = parties(text, 'sv');
    expect(found.map((party) => [party.name, party.orgNumber])).toEqual([
      ['Vägverket Region Mitt', '212000-2700'],
      ['Norrby kommun', '556677-8899'],
    ]);
  });

  it('leaves a bracketed personal identity number alone (a month where an organisation has 2 or more)', () => {
    const text = 'Avtalet gäller mellan Norrby kommun och Anna Berg (850412-1230) som konsult.';
    expect(parties(text, 'sv').some((party) => party.orgNumber !== null)).toBe(false);
  });

  it('keeps lower-case words and a slashed legal form in a company name ("… eiendom A/S")', () => {
    const text =
      'Forslag til vedtak\nDet vedlagte forslag til aksjonæravtale mellom Fjordbetong A/S, Havørn eiendom A/S og Nesby kommune godkjennes.';
    expect(names(text, 'no')).toEqual(['Fjordbetong A/S', 'Havørn eiendom A/S', 'Nesby kommune']);
  });

  it('closes a name at its legal form in capitals and takes no agreement noun for a party', () => {
    const text =
      'Delavtale mellom Vestkysten sykehus HF og Strandvik kommune Delavtale 2 om innleggelse i sykehus. Partene i denne delavtalen er Vestkysten sykehus HF (VSHF) og Strandvik kommune.';
    expect(names(text, 'no')).toEqual(['Vestkysten sykehus HF', 'Strandvik kommune']);
  });

  it('takes an institution a news text writes in lower case ("mellan polisen och …")', () => {
    const text =
      'Nytt avtal om trygghet i Norrby\n\nI måndags skrevs en ny samverkansöverenskommelse mellan polisen och Norrby kommun under av kommunpolisen och kommunstyrelsens ordförande.';
    expect(names(text, 'sv')).toEqual(['Polisen', 'Norrby kommun']);
  });

  it('takes an official name written in lower case ("universitetet i Fjellby") but not "kommunen i …"', () => {
    const text =
      'Ny avtale signert\n\nSamarbeidsavtalen mellom universitetet i Fjellby og Fjellby kommune ble signert i dag av rektor og ordfører.';
    expect(names(text, 'no')).toEqual(['Universitetet i Fjellby', 'Fjellby kommune']);
    const generic =
      'Ny avtale signert\n\nSamarbeidsavtalen mellom kommunen i Fjellby og Fjellby idrettsråd ble signert i dag.';
    expect(names(generic, 'no')).not.toContain('Kommunen i Fjellby');
  });

  it('reads "between A, a …, hereinafter referred to as ( "A ") and B" and no parties from a disclaimer in capitals', () => {
    const text =
      'MEMORANDUM OF UNDERSTANDING LAKEVIEW HERITAGE TRAIL THE PARTIES INTEND THAT NEITHER SHALL HAVE ANY OBLIGATIONS TO THE OTHER WITH RESPECT TO THE MATTERS REFERRED TO HEREIN UNLESS AND UNTIL DEFINITIVE AGREEMENTS HAVE BEEN EXECUTED AND DELIVERED BY THE PARTIES. This Memorandum of Understanding is made and entered into between the City of Lakeview, a municipal corporation of the State of Oregon, hereinafter referred to as the ( "City ") and Lakeview Heritage Society, a non-profit corporation, hereinafter referred to as ( "LHS "). The Parties agree as follows.';
    expect(names(text, 'en')).toEqual(['City of Lakeview', 'Lakeview Heritage Society']);
  });

  it('reads a list in capitals with "Mc" names and ", INC." and stops at WHEREAS', () => {
    const text =
      'ORDER NO. 77 AN ORDER AUTHORIZING THE MAYOR TO ENTER INTO A MEMORANDUM OF UNDERSTANDING BETWEEN THE CITY OF RIVERTON, McALLEN COUNTY, RIVERTON GROWTH PARTNERS, INC. AND RIVERTON STATE COLLEGE WHEREAS, the Board of Commissioners of the City has found that a campus serves the citizens.';
    expect(names(text, 'en')).toEqual([
      'CITY OF RIVERTON',
      'McALLEN COUNTY',
      'RIVERTON GROWTH PARTNERS, INC',
      'RIVERTON STATE COLLEGE',
    ]);
  });

  it('drops a recital opening from the first name ("Whereas the Pine County Commissioners")', () => {
    const text =
      'MEMORANDUM OF UNDERSTANDING\nWhereas the Pine County Commissioners (County), the Town of Elmwood (Town) and the Elmwood Board of Education (the Board) entered into a separate agreement to build a sports field.';
    expect(names(text, 'en')[0]).toBe('Pine County Commissioners');
  });
});
