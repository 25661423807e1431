import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (text: string, language: 'sv' | 'no' | 'en') =>
  (extract(text, language).fields.parties ?? []).map((party) => party.name);

describe('parties on fresh real phrasings', () => {
  it('keeps a club-form abbreviation with the club name ("IL Fjellørn", not "IL")', () => {
    const text =
      'Bystyret i Fjellvik kommune vedtar vedlagte samarbeidsavtale mellom Fjellvik kommune og IL Fjellørn med flere vedlegg. Avtalen stadfestes av bystyret og gjelder fra i dag.';
    expect(names(text, 'no')).toEqual(['Fjellvik kommune', 'IL Fjellørn']);
    expect(names(text.replace(' og IL', '\nog IL'), 'no')).toEqual(['Fjellvik kommune', 'IL Fjellørn']);
  });
});
