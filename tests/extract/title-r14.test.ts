import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

const titles = (text: string, language: 'sv' | 'no' | 'en') =>
  both(text, language).map((reading) => reading.fields.title);

describe('title, round 14', () => {
  it('dated-lead: a capitalised weekday or "Den" before a day and month without year opens the lead', () => {
    const no =
      'Signering av avtale med Borsta IL\n\nFredag 7. mars ble avtalen mellom Alby kommune og Borsta IL signert. Avtalen gjelder i tre år.';
    for (const found of titles(no, 'no')) expect(found).toBe('Signering av avtale med Borsta IL');
    const sv =
      'Alby kommun förlänger avtal med Borsta AB\n\nDen 12 maj undertecknade Alby kommun ett nytt avtal med Borsta AB. Avtalet gäller i två år.';
    for (const found of titles(sv, 'sv')) expect(found).toBe('Alby kommun förlänger avtal med Borsta AB');
    const en =
      'Alby Council extends partnership with Borsta Port\n\nOn May 12 the council signed a new agreement with the port. The agreement runs for two years.';
    for (const found of titles(en, 'en'))
      expect(found).toBe('Alby Council extends partnership with Borsta Port');
  });

  it('near miss: a date the headline itself holds after "den" stays in it', () => {
    const sv =
      'Avtalet med Borsta AB undertecknas den 12 maj i Alby\n\nDet blir ett avtal om turism och handel.';
    for (const found of titles(sv, 'sv'))
      expect(found).toBe('Avtalet med Borsta AB undertecknas den 12 maj i Alby');
  });
});
