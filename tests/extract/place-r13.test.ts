import { describe, expect, it } from 'vitest';
import { both, extract, flatten } from './helpers.ts';

// Invented phrasings (issue 11): the building the agreement was signed in is part of the place.
const placeOf = (text: string, language: 'sv' | 'no' | 'en') =>
  both(text, language).map((reading) => reading.fields.place);

describe('signed-in-building', () => {
  it('keeps the building after the town ("i Alby stadshus", "i Borsta gamle rådhus", "in Alfa Town Hall")', () => {
    const sv =
      'Nytt avtal med högskolan\n\nAvtalet undertecknades i Alby stadshus av kommunstyrelsens ordförande och rektor.';
    for (const found of placeOf(sv, 'sv')) expect(found).toBe('Alby stadshus');
    const no =
      'Ny intensjonsavtale\n\nOrdføreren takket partene da avtalen ble inngått i Borsta gamle rådhus tirsdag.';
    for (const found of placeOf(no, 'no')) expect(found).toBe('Borsta gamle rådhus');
    const en =
      'City and college join forces\n\nThe agreement, which was signed at a ceremony in Alfa Town Hall on Tuesday, sets out the plans.';
    for (const found of placeOf(en, 'en')) expect(found).toBe('Alfa Town Hall');
  });

  it('near miss: a town and a building joined by a conjunction stay the town', () => {
    const sv = 'Nytt avtal\n\nAvtalet undertecknades i Alby och stadshuset var fullt av gäster.';
    for (const found of placeOf(sv, 'sv')) expect(found).toBe('Alby');
  });
});

// A signature block's place-and-date line, as written and run on into the text around it (flattened).
const SV_AGREEMENT = [
  'SAMVERKANSAVTAL',
  '§ 1 Parter',
  'Alby kommun, org.nr 212000-0001, och Borsta idrottsförening, org.nr 802000-0002.',
  '§ 2 Syfte',
  'Syftet med avtalet är att utveckla idrotten i kommunen.',
  '§ 3 Giltighet',
  'Avtalet gäller från undertecknandet till dess att det sägs upp av endera parten',
  'Alby 2021 05 03',
  'För Alby kommun',
  'Karin Berg',
].join('\n\n');

describe('run-on-place-line', () => {
  it('reads the place before the date where the line ran on from a sentence without its stop (sv)', () => {
    for (const found of placeOf(SV_AGREEMENT, 'sv')) expect(found).toBe('Alby');
  });

  it('reads the place after a sentence end (en)', () => {
    const text = [
      'MEMORANDUM OF UNDERSTANDING',
      '1. Parties',
      'This Memorandum of Understanding is entered into by the City of Kelton and Dunmore College.',
      '2. Purpose',
      'The purpose of this Memorandum is to cooperate on housing for students.',
      '3. Signatures',
      'This Memorandum is signed in two originals.',
      'Kelton, 3 May 2021',
      'For the City of Kelton',
      'John Smith',
    ].join('\n\n');
    for (const found of placeOf(text, 'en')) expect(found).toBe('Kelton');
  });

  it('near misses: a signer before a date, a word of the language, a place after a preposition', () => {
    // Flattened only: a line of its own is read by the place-and-date line rule.
    const signer = SV_AGREEMENT.replace('Alby 2021 05 03', 'Karin Berg 2021 05 03');
    expect(extract(flatten(signer), 'sv').fields.place).toBeNull();
    const word = SV_AGREEMENT.replace('Alby 2021 05 03', 'Datum 2021 05 03');
    for (const found of placeOf(word, 'sv')) expect(found).toBeNull();
  });
});

describe('signed-this-agreement-at', () => {
  it('reads the place after what was signed in a testimonium ("have executed this Agreement at Kelton on …")', () => {
    const text =
      'Agreement\n\nIN WITNESS WHEREOF, the parties have executed this Memorandum of Understanding at Kelton, on May 3, 2021.\n\nJohn Smith';
    for (const found of placeOf(text, 'en')) expect(found).toBe('Kelton');
  });

  it('near miss: no date after the place, no place from this rule', () => {
    const text = 'Agreement\n\nThe parties have executed this agreement at Kelton College without delay.';
    for (const found of placeOf(text, 'en')) expect(found).toBeNull();
  });
});
