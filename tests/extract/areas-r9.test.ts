import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

// Invented phrasings of area forms met in real agreements and news (round 9), read as written and flattened.
const areasOf = (text: string, language: 'sv' | 'no' | 'en') =>
  both(text, language).map((extraction) => extraction.fields.cooperationAreas);

describe('cooperation areas, round 9', () => {
  it('a copula after the area label names the areas (no)', () => {
    const text =
      'Kystby kommune og Fjordvik kommune har signert en ny avtale.\nSamarbeidsområdene er brannvern, vannforsyning og renovasjon.\nAvtalen gjelder fra nyttår.';
    for (const found of areasOf(text, 'no'))
      expect(found).toEqual(['brannvern', 'vannforsyning', 'renovasjon']);
  });

  it('a clause after the copula says something about the areas and names none (no, sv)', () => {
    const no =
      'Kystby kommune og Fjordvik kommune har signert en ny avtale.\nSamarbeidsområdene er for det meste dekket av egne avtaler, og de har denne avtalen som ramme.\nAvtalen gjelder fra nyttår.';
    for (const found of areasOf(no, 'no')) expect(found).toEqual([]);
    const sv =
      'Åsby kommun och Norrvik kommun har skrivit under ett nytt avtal.\nSamarbetsområdena är till stor del reglerade i egna avtal, och de har detta avtal som grund.\nAvtalet gäller från årsskiftet.';
    for (const found of areasOf(sv, 'sv')) expect(found).toEqual([]);
  });
});
