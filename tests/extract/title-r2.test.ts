import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

// Invented phrasings modelled on real pages and contracts of the session-6 title round (fresh sets, b3).
const title = (text: string, language: 'sv' | 'no' | 'en') => extract(text, language).fields.title;
const flat = (text: string) => text.replace(/\s+/gu, ' ');

describe('title ends in run-together texts', () => {
  it('keeps a capitalised adjective after an ordinal inside the headline', () => {
    const text =
      'Norrby kommun\n\nNorrby första Västgötska kommun att teckna samverkansavtal med Högskolan i Alby\n\nPressmeddelande • Mar 12, 2015 10:20 CET\n\nI onsdags tecknade Norrby kommun som första kommun i länet ett samverkansavtal med Högskolan i Alby.';
    const expected = 'Norrby första Västgötska kommun att teckna samverkansavtal med Högskolan i Alby';
    expect(title(text, 'sv')).toBe(expected);
    expect(title(flat(text), 'sv')).toBe(expected);
  });

  it('ends a heading in capitals where the contract opens with it again after THIS', () => {
    const text =
      'MEMORANDUM OF UNDERSTANDING CONCERNING SHARED PARKING AND SNOW REMOVAL THIS MEMORANDUM OF UNDERSTANDING (the "MOU") is made and entered into by and between the City of Riverton and Lakeside County.';
    expect(title(text, 'en')).toBe('Memorandum of understanding concerning shared parking and snow removal');
    const short =
      'COOPERATION AGREEMENT THIS COOPERATION AGREEMENT (this "Agreement") is made this ___ day of ______, 2014, by and among the Board of Health of Lakeside County and the City of Riverton.';
    expect(title(short, 'en')).toBe('Cooperation agreement');
  });

  it('ends a heading in capitals glued to its own repeat in title case', () => {
    const text =
      'COOPERATION AGREEMENTCooperation Agreement – March 3rd, 2009\nContract Type Filed March 3rd, 2009 This Cooperation Agreement is entered into by and between Riverton and Lakeside County.';
    expect(title(text, 'en')).toBe('Cooperation agreement');
    expect(title(flat(text), 'en')).toBe('Cooperation agreement');
  });
});

describe('site furniture above the headline', () => {
  const both = (text: string, language: 'sv' | 'no' | 'en', expected: string) => {
    expect(title(text, language)).toBe(expected);
    expect(title(flat(text), language)).toBe(expected);
  };

  it('skips date labels the page left empty', () => {
    both(
      'Publiceringsdatum:\nSenast uppdaterad:\nLänsstyrelsen och Region Norrby enas om hållbar utveckling\nLandshövdingen skriver under avtalet.\nLänsstyrelsen Norrby och Region Norrby vill tillsammans möta samhällets utmaningar.',
      'sv',
      'Länsstyrelsen och Region Norrby enas om hållbar utveckling',
    );
  });

  it("skips a site logo's alt text", () => {
    both(
      'Alby kommun logotyp\nStarka grannar växer tillsammans\nIdag skrev fyra kommuner under en avsiktsförklaring om samverkan.',
      'sv',
      'Starka grannar växer tillsammans',
    );
  });

  it('skips a news section label between the sender and the headline', () => {
    both(
      'Fjellby Kommune\nAktuelt\n14.05.2021 09.12\nFjellby kommune har signert avtale med Nordvik ballklubb\nKommunen har signert avtale om drift av Nordvik kunstgrasbane.',
      'no',
      'Fjellby kommune har signert avtale med Nordvik ballklubb',
    );
  });
});

describe('cover titles in capitals over several lines', () => {
  it('keeps a long subject line that opens with "PERTAINING TO" and the parties under it', () => {
    const text =
      'MEMORANDUM OF AGREEMENT\nPERTAINING TO THE SHARING OF ROAD MAINTENANCE COSTS AND OTHER MATTERS OF MUTUAL INTEREST AND CONCERN\nBETWEEN THE CITY OF RIVERTON AND\nLAKESIDE STATE COMMUNITY COLLEGE\nThis Memorandum of Agreement is entered into this ___ day of ______, 2003, by and between the City of Riverton and Lakeside State Community College.';
    const expected =
      'memorandum of agreement pertaining to the sharing of road maintenance costs and other matters of mutual interest and concern between the city of riverton and lakeside state community college';
    expect(title(text, 'en')?.toLowerCase()).toBe(expected);
    expect(title(text.replace(/\n/gu, '\n\n'), 'en')?.toLowerCase()).toBe(expected);
    expect(title(flat(text), 'en')?.toLowerCase()).toBe(expected);
  });

  it('reads on past a company\'s "INC." at a line end in a title in capitals', () => {
    const text =
      'MEMORANDUM OF UNDERSTANDING BY AND AMONG THE CITY OF RIVERTON,\nOHIO, THE LAKESIDE TRAILS FOUNDATION, INC.\nAND NORTHSIDE BIKE PARK, LLC\nThis Memorandum of Understanding is entered into this ___ day of ______, 2012 by and among the City of Riverton and others.';
    const expected =
      'memorandum of understanding by and among the city of riverton, ohio, the lakeside trails foundation, inc. and northside bike park, llc';
    expect(title(text, 'en')?.toLowerCase()).toBe(expected);
    expect(title(flat(text), 'en')?.toLowerCase()).toBe(expected);
  });
});

describe('a site section label above the headline', () => {
  it('skips a two-word section label joined by "&"', () => {
    const text =
      '12 mars 2022\nKultur & fritid\nAlby och Norrby kommun undertecknar avsiktsförklaring om gemensam bibliotekstjänst\nAlby och Norrby kommun ska utreda formerna för ett gemensamt bibliotek. Det framgår av avsiktsförklaringen.';
    const expected = 'Alby och Norrby kommun undertecknar avsiktsförklaring om gemensam bibliotekstjänst';
    expect(title(text, 'sv')).toBe(expected);
    expect(title(flat(text), 'sv')).toBe(expected);
  });
});

describe('a version label under the title', () => {
  it('ends the title before "Endelig versjon" and the map labels after it', () => {
    const text =
      '1 INTENSJONSAVTALE for etablering av en ny kommune bestående av Fjellby, Nordvik og Sørdal Endelig versjon Fjellby 1921 Nordvik 1934 Sørdal 1940 Vestby 1938 1. Innledning Kommunestyrene har vedtatt å utrede en sammenslåing.';
    expect(title(text, 'no')?.toLowerCase()).toBe(
      'intensjonsavtale for etablering av en ny kommune bestående av fjellby, nordvik og sørdal',
    );
  });
});
