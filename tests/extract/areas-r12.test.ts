import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

const areas = (text: string, language: 'sv' | 'no' | 'en') =>
  both(text, language).map((reading) => reading.fields.cooperationAreas);

describe('cooperation areas, round 12', () => {
  it('a lead-in naming what the agreement is directed at, over its bullets (sv, no, en)', () => {
    const sv =
      'Ny överenskommelse\n\nKommunen och polisen har skrivit under en ny överenskommelse.\n\nInriktningen på den nya överenskommelsen:\n\n  • Färre inbrott\n  • Tryggare skolvägar\n  • Mindre klotter\n\nLäs mer på webben.';
    for (const found of areas(sv, 'sv'))
      expect(found).toEqual(['Färre inbrott', 'Tryggare skolvägar', 'Mindre klotter']);
    const no =
      'Ny avtale\n\nKommunen og politiet har signert en ny avtale.\n\nInnretningen på den nye avtalen:\n\n  • Færre innbrudd\n  • Tryggere skoleveier\n\nLes mer på nettsiden.';
    for (const found of areas(no, 'no')) expect(found).toEqual(['Færre innbrudd', 'Tryggere skoleveier']);
    const en =
      'New agreement\n\nThe city and the police have signed a new agreement.\n\nThe focus of the new agreement:\n\n  • Fewer burglaries\n  • Safer school routes\n\nRead more online.';
    for (const found of areas(en, 'en')) expect(found).toEqual(['Fewer burglaries', 'Safer school routes']);
  });

  it('chosen-as-area: a topic chosen as the area of cooperation (sv, no, en)', () => {
    const sv =
      'Samverkan i Alby\n\nKommunen och polisen har tillsammans valt ut trafiksäkerhet som det område de ska samverka kring.';
    for (const found of areas(sv, 'sv')) expect(found).toEqual(['trafiksäkerhet']);
    const no =
      'Samarbeid i Alby\n\nKommunen og politiet har valgt ut rus blant unge som det området de skal samarbeide om.';
    for (const found of areas(no, 'no')) expect(found).toEqual(['rus blant unge']);
    const en =
      'Working together\n\nThe town and the police chose road safety as the focus area for the next year.';
    for (const found of areas(en, 'en')) expect(found).toEqual(['road safety']);
  });

  it('chosen-as-area near miss: a name or a person chosen is no area', () => {
    const sv = 'Nytt råd\n\nKommunen har valt ut Anna Berg som ordförande för rådet.';
    for (const found of areas(sv, 'sv')) expect(found).toEqual([]);
  });
});
