import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

/**
 * Where a headline ends when the text lost its line breaks and the headline runs into its lead, seen in news pages
 * and agreements nobody here wrote. Each text is an invented phrasing of the same form, read as written and
 * flattened.
 */

describe('a lead that opens with its weekday and date', () => {
  it('ends the headline before the weekday (no, sv, en)', () => {
    const no =
      'Samarbeidsavtale mellom Vestby Skiklubb og Nordli IL\n\nTorsdag 12.05.2022 ble avtalen om felles trenerressurser signert i klubbhuset.';
    for (const reading of both(no, 'no'))
      expect(reading.fields.title).toBe('Samarbeidsavtale mellom Vestby Skiklubb og Nordli IL');
    const sv =
      'Samverkansavtal mellan Alby kommun och Borby folkhögskola\n\nOnsdagen den 4 maj 2022 skrev parterna under avtalet om praktikplatser.';
    for (const reading of both(sv, 'sv'))
      expect(reading.fields.title).toBe('Samverkansavtal mellan Alby kommun och Borby folkhögskola');
    const en =
      'Cooperation agreement signed with the harbour board\n\nTuesday, March 8, 2022 the harbour board and the town signed a cooperation agreement.';
    for (const reading of both(en, 'en'))
      expect(reading.fields.title).toBe('Cooperation agreement signed with the harbour board');
  });

  it('keeps a date the title itself carries after a comma', () => {
    const sv = 'Samverkansavtal för Norrvägen, 1998-03-12\n\n§ 1 Syfte\n\nKommunerna ska främja vägen.';
    expect(both(sv, 'sv')[0].fields.title).toBe('Samverkansavtal för Norrvägen, 1998-03-12');
  });
});

describe('a lead that repeats the headline’s first word with its definite ending', () => {
  it('ends the headline before the repeat (no, sv)', () => {
    const no =
      'Mandat for Fagrådet\n\nMandatet er gitt av styret for Vestlandet sykehus i tråd med avtalen om samarbeid med høgskolen.';
    for (const reading of both(no, 'no')) expect(reading.fields.title).toBe('Mandat for Fagrådet');
    const sv =
      'Avtal om gemensam räddningstjänst\n\nAvtalet gäller från den första januari och omfattar tre kommuner i länet.';
    for (const reading of both(sv, 'sv'))
      expect(reading.fields.title).toBe('Avtal om gemensam räddningstjänst');
  });
});

describe('a photo caption of two sentences before the headline', () => {
  it('reads the headline after the second sentence', () => {
    const sv =
      'Rektor Eva Lind skriver under avtalet. Bakom henne står kommunstyrelsens ordförande Per Holm och skolans rektor.\n\nKommunen och högskolan fördjupar sitt samarbete kring lärarutbildningen\n\nI måndags skrev Borby kommun och Borby högskola under ett nytt avtal om samverkan kring lärarutbildningen.';
    for (const reading of both(sv, 'sv'))
      expect(reading.fields.title).toBe(
        'Kommunen och högskolan fördjupar sitt samarbete kring lärarutbildningen',
      );
  });
});

describe('a lead that repeats the last words of its headline', () => {
  it('ends the headline where the lead starts (sv, no, en)', () => {
    const sv =
      'Nytt forskningsavtal med Borby tekniska högskola Region Norr tecknar ett forskningsavtal med Borby tekniska högskola om vätgas.';
    for (const reading of both(sv, 'sv'))
      expect(reading.fields.title).toBe('Nytt forskningsavtal med Borby tekniska högskola');
    const no =
      'Ny intensjonsavtale om fjernvarme i Nordli Energiselskapet Varmekraft har inngått en intensjonsavtale om fjernvarme i Nordli sentrum.';
    for (const reading of both(no, 'no'))
      expect(reading.fields.title).toBe('Ny intensjonsavtale om fjernvarme i Nordli');
    const en =
      'Harbour board backs ferry partnership plan Lakeside Ferries welcomed the decision after the board backs ferry partnership plan in full.';
    for (const reading of both(en, 'en'))
      expect(reading.fields.title).toBe('Harbour board backs ferry partnership plan');
  });

  it('does not end a title after a linking word', () => {
    const en =
      'Memorandum of Understanding Between The Lakeside Rowing Club And The Town Of Alby\n\nThis memorandum of understanding between the parties sets out how the boathouse is shared.';
    expect(both(en, 'en')[0].fields.title).toBe(
      'Memorandum of Understanding Between The Lakeside Rowing Club And The Town Of Alby',
    );
  });
});

describe('a headline cut before its document type in a text without line breaks', () => {
  it('takes the document type however long the typed unit runs on', () => {
    const en =
      'Alby College and Borby Clinic sign Memorandum of Understanding Alby College and Borby Clinic signed a memorandum of understanding on Monday to train nurses together and to share the teaching rooms of the clinic, the simulation laboratory and the library for the next five years, with a review after the second year by a joint committee of both institutions.';
    expect(both(en, 'en')[1].fields.title).toBe(
      'Alby College and Borby Clinic sign Memorandum of Understanding',
    );
  });
});

describe('a page loader left above the headline', () => {
  it('is no title (sv, no)', () => {
    const sv =
      'Laddar\n\nKommunen och folkhögskolan ökar samarbetet\n\nBorby kommun och Borby folkhögskola ska samarbeta om vuxenutbildning.';
    expect(both(sv, 'sv')[0].fields.title).toBe('Kommunen och folkhögskolan ökar samarbetet');
    const no =
      'Laster…\n\nKommunen og høgskolen øker samarbeidet\n\nNordli kommune og Nordli høgskole skal samarbeide om etter- og videreutdanning.';
    expect(both(no, 'no')[0].fields.title).toBe('Kommunen og høgskolen øker samarbeidet');
  });
});
