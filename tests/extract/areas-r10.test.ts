import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extract/index.ts';
import { both } from './helpers.ts';

// Invented phrasings (issue #11): an agreement that names its areas in a sentence and also has clause headings.
const areas = (extraction: Extraction) => extraction.fields.cooperationAreas;

describe('named areas before clause headings', () => {
  it('takes the areas a sentence names ("innen de områder …, blant annet …") over the headings of the clauses', () => {
    const text = [
      'SAMARBEIDSAVTALE mellom Nordby IL og Nordby Elite AS',
      '',
      '1. Formål',
      '',
      'Formålet med avtalen er å fastsette vilkårene for samarbeidet mellom partene.',
      '',
      '2. Forholdet til forbundets regler',
      '',
      'Avtalen er inngått i samsvar med forbundets lover.',
      '',
      '3. Om samarbeidet',
      '',
      'Partene skal samarbeide innen de områder der de har felles interesser, blant annet økonomi, rekruttering, markedsføring og drift av anlegg.',
    ].join('\n');
    for (const reading of both(text, 'no'))
      expect(areas(reading)).toEqual(['økonomi', 'rekruttering', 'markedsføring', 'drift av anlegg']);
  });

  it('still takes topic headings after the purpose when no sentence names the areas', () => {
    const text = [
      'Avsiktsförklaring mellan Norrby kommun och Söderby högskola',
      '',
      '## Syfte',
      '',
      'Syftet med avsiktsförklaringen är att stärka samverkan mellan parterna.',
      '',
      '## Kompetensförsörjning',
      '',
      'Parterna ska gemensamt planera praktikplatser för studenterna.',
      '',
      '## Forskning och innovation',
      '',
      'Parterna ska söka gemensamma forskningsmedel.',
    ].join('\n');
    expect(areas(both(text, 'sv')[0])).toEqual(['Kompetensförsörjning', 'Forskning och innovation']);
  });
});
