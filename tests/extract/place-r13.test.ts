import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

// Invented phrasings (issue 11): the building the agreement was signed in is part of the place.
const placeOf = (text: string, language: 'sv' | 'no' | 'en') =>
  both(text, language).map((reading) => reading.fields.place);

describe('signed-in-building', () => {
  it('keeps the building after the town ("i Alby stadshus", "i Borsta gamle rådhus", "in Alfa Town Hall")', () => {
    const sv =
      'Nytt avtal med högskolan\n\nAvtalet undertecknades i Alby stadshus av kommunstyrelsens ordförande och rektor.';
    for (const found of placeOf(sv, 'sv')) expect(found).toBe('Alby stadshus');
    const no =
      'Ny intensjonsavtale\n\nOrdføreren takket partene da avtalen ble signert i Borsta gamle rådhus tirsdag.';
    for (const found of placeOf(no, 'no')) expect(found).toBe('Borsta gamle rådhus');
    const en =
      'City and college join forces\n\nThe agreement, which was signed at a ceremony in Alfa Town Hall on Tuesday, sets out the plans.';
    for (const found of placeOf(en, 'en')) expect(found).toBe('Alfa Town Hall');
  });

  it('near miss: a town and a building joined by a conjunction stay the town', () => {
    const sv = 'Nytt avtal\n\nAvtalet undertecknades i Alby och stadshuset var fullt av gäster.';
    for (const found of placeOf(sv, 'sv')) expect(found).toBe('Alby');
  });

  it('near miss: an agreement entered into in a town names no signing place ("ingicks i", "ble inngått i")', () => {
    const sv = 'Nytt avtal\n\nAvtalet ingicks i Alby stadshus redan förra året.';
    for (const found of placeOf(sv, 'sv')) expect(found).toBeNull();
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
