import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extract/index.ts';
import { both, extract } from './helpers.ts';

/**
 * Governance and title rules from documents nobody here wrote. Each text is an invented phrasing modelled on a
 * real one, read as written and with its line breaks flattened to spaces.
 */

const bodies = (extraction: Extraction) => extraction.fields.governance.bodies.map((body) => body.name);

describe('company boards', () => {
  it('takes no board of a company named by a common noun, nor the seats counted in it', () => {
    const seat =
      'Samverkansavtal\n\nRegionen har som delägare i Alby Turism AB sedan 1991 haft en plats i bolagets styrelse.';
    for (const reading of both(seat, 'sv')) expect(bodies(reading)).toEqual([]);
    const seats =
      'Samverkansavtal\n\nEn del i samarbetet är förbundets innehav av tre av bolagets nio platser i styrelsen.';
    for (const reading of both(seats, 'sv')) expect(bodies(reading)).toEqual([]);
    const en = "Memorandum of Understanding\n\nThe county holds two seats on the company's board.";
    for (const reading of both(en, 'en')) expect(bodies(reading)).toEqual([]);
  });

  it('still takes the board the agreement sets up', () => {
    const text = 'Samverkansavtal\n\nSamarbetet leds av en styrelse med en ledamot från varje part.';
    for (const reading of both(text, 'sv')) expect(bodies(reading)).toEqual(['styrelse']);
  });
});

describe('titles', () => {
  it('goes on over a blank line after a title cut at a preposition, to its short lower-case end', () => {
    const text =
      'Överenskommelse om samverkan inom\n\nhemtjänst i Borby län 2020–2024\n\nInledning\n\nMed hemtjänst avses de insatser som ges i bostaden.';
    expect(extract(text, 'sv').fields.title).toBe(
      'Överenskommelse om samverkan inom hemtjänst i Borby län 2020–2024',
    );
    // A title that ends complete stops at the blank line.
    const whole = 'Överenskommelse om samverkan\n\ninom hemtjänst gäller detta.\n\nInledning';
    expect(extract(whole, 'sv').fields.title).toBe('Överenskommelse om samverkan');
  });
});

describe('news told of an agreement with its indefinite article', () => {
  it('reads "har … tecknat en avsiktsförklaring" and "har signera ei beredskapsavtale" as news', () => {
    const sv =
      'Gemensam avsiktsförklaring för ny station i Borby\n\nSom en del i arbetet har nu Region Nord och Alby kommun tecknat en avsiktsförklaring för en ny station.';
    for (const reading of both(sv, 'sv')) expect(reading.fields.documentType).toBe('news-article');
    const nn =
      'Beredskapsavtale\n\nAlby kommune og Alby Røde Kors har signera ei beredskapsavtale.\n\nAvtala skal stimulere til samarbeid.';
    for (const reading of both(nn, 'no')) expect(reading.fields.documentType).toBe('news-article');
    const told =
      'Samarbeidsavtale om Politiråd\n\nTirsdag 25. juni ble det undertegnet samarbeidsavtale om politiråd.';
    for (const reading of both(told, 'no')) expect(reading.fields.documentType).toBe('news-article');
  });

  it('keeps an agreement that says it was entered into ("har ingått detta avtal")', () => {
    const text =
      'SAMARBETSAVTAL\n\n1. Parter\n\nAlby kommun och Borby kommun har ingått detta avtal om samverkan.\n\n2. Avtalstid\n\nAvtalet gäller från och med 2020-01-01.';
    for (const reading of both(text, 'sv')) expect(reading.fields.documentType).toBe('cooperation-agreement');
  });
});

describe('a headline that lost its line break ends where the lead starts', () => {
  it('ends before a capitalised word the headline already used', () => {
    const no =
      'Signerte samarbeidsavtale med Nordby IL Fotball Nordby kommune signerte onsdag en ny avtale med klubben.';
    expect(extract(no, 'no').fields.title).toBe('Signerte samarbeidsavtale med Nordby IL Fotball');
    const sv =
      'Alby kommun tecknar samverkansavtal med Nätbolaget om bredband Nätbolaget har aviserat intresse av att bygga ut bredband.';
    expect(extract(sv, 'sv').fields.title).toBe(
      'Alby kommun tecknar samverkansavtal med Nätbolaget om bredband',
    );
    // A name's second part seen before in another name goes on: "Helse Nord RHF" after "Nord universitet".
    const names = 'Rammeavtale om samarbeid mellom Nord universitet og Helse Nord RHF';
    expect(extract(names, 'no').fields.title).toBe(names);
  });

  it('ends before a common word capitalised ahead of a lower-case one, not before a name', () => {
    const sv =
      'Överenskommelse mellan folkbildningen och Region Norr Sju tematiska områden är basen för överenskommelsen.';
    expect(extract(sv, 'sv').fields.title).toBe('Överenskommelse mellan folkbildningen och Region Norr');
    const name = 'Avtal med Alby Stad om skolskjutsar Kommunen och staden har kommit överens om skjutsarna.';
    expect(extract(name, 'sv').fields.title).not.toBe('Avtal med Alby');
  });
});

describe('an English headline in sentence case that lost its line break', () => {
  it('ends before a capitalised article that opens the lead, but a title-case headline keeps its words', () => {
    const lead =
      'College partnership signals commitment to Lakeside County A new partnership will help students find work in the county.';
    expect(extract(lead, 'en').fields.title).toBe(
      'College partnership signals commitment to Lakeside County',
    );
    const titleCase =
      'Lakeside College And The City Sign Partnership Agreement The college and the city signed an agreement.';
    expect(extract(titleCase, 'en').fields.title).not.toBe('Lakeside College And');
  });
});
