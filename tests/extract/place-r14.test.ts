import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

// Invented news openings (issue 11): a wire's dateline without a day is where the story was filed.
const placeOf = (text: string, language: 'sv' | 'no' | 'en') =>
  both(text, language).map((reading) => reading.fields.place);

describe('bare-wire-dateline', () => {
  it('near miss: a place in capitals and a dash, no day, names no place of signing', () => {
    const text =
      'Hospital and college sign affiliation\n\nKELTON — Alfa Health and Beta State College are aligning their work under a new affiliation agreement.\n\nThe agreement was approved by the trustees.';
    for (const found of placeOf(text, 'en')) expect(found).toBeNull();
    const region =
      'Hospital and college sign affiliation\n\nKELTON, Ohio — Alfa Health and Beta State College are aligning their work under a new affiliation agreement.';
    for (const found of placeOf(region, 'en')) expect(found).toBeNull();
  });

  it('a dateline with its day still gives the place ("KELTON, March 3 —", "BORSTA, 3. mars –")', () => {
    const en =
      'Hospital and college sign affiliation\n\nKELTON, March 3 — Alfa Health and Beta State College signed a new affiliation agreement.';
    for (const found of placeOf(en, 'en')) expect(found).toBe('Kelton');
    const no =
      'Kommune og høgskole signerer avtale\n\nBORSTA, 3. mars – Alby kommune og Borsta høgskole signerte i dag en samarbeidsavtale.';
    for (const found of placeOf(no, 'no')) expect(found).toBe('Borsta');
  });
});
