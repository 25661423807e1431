import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

const titles = (text: string, language: 'sv' | 'no' | 'en') =>
  both(text, language).map((reading) => reading.fields.title);

describe('title, round 13', () => {
  it('weekday-lead: a weekday in its definite form opens the lead ("Onsdagen den 4 maj …")', () => {
    const sv =
      'Alby kommun skrev avtal med Borsta\n\nOnsdagen den 4 maj undertecknade Alby kommun och Borsta IF ett avtal om samarbete. Avtalet gäller i tre år.';
    for (const found of titles(sv, 'sv')) expect(found).toBe('Alby kommun skrev avtal med Borsta');
    const no =
      'Alby kommune signerte avtale med Borsta\n\nTirsdagen 3. mai signerte Alby kommune og Borsta IL en avtale om samarbeid. Avtalen gjelder i tre år.';
    for (const found of titles(no, 'no')) expect(found).toBe('Alby kommune signerte avtale med Borsta');
  });

  it('adoption-note: "Vedtatt i …" / "Antaget av …" under the title ends it', () => {
    const no =
      'Alby friluftsråd Samarbeidsavtale\nVedtatt i Albyrådet 4. mai 2023\n\n§ 1 Navn\nAlby friluftsråd er et samarbeid mellom kommunene.';
    for (const found of titles(no, 'no')) expect(found).toBe('Alby friluftsråd Samarbeidsavtale');
    const sv =
      'Samverkansavtal för Alby räddningstjänst\nAntaget av kommunfullmäktige 2023-05-04\n\n§ 1 Parter\nAlby kommun och Borsta kommun.';
    for (const found of titles(sv, 'sv')) expect(found).toBe('Samverkansavtal för Alby räddningstjänst');
  });

  it('near miss: a participle in lower case inside a headline stays in it', () => {
    const no = 'Samarbeidsavtale vedtatt i Alby kommunestyre\n\nKommunestyret i Alby vedtok avtalen i går.';
    for (const found of titles(no, 'no')) expect(found).toBe('Samarbeidsavtale vedtatt i Alby kommunestyre');
  });

  it('quote-lead: a dash quote attributed with a speech verb opens the lead', () => {
    const no =
      'Tettere samarbeid med Alby\n\n– Borsta IL er en viktig partner for oss, sier ordfører Kari Berg.\n\nTirsdag signerte klubben og kommunen en avtale.';
    for (const found of titles(no, 'no')) expect(found).toBe('Tettere samarbeid med Alby');
  });
});
