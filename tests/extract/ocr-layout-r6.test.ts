import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

/** What OCR makes of a page's layout, from scans of real documents (invented wording). */

describe('bullets OCR read as other marks', () => {
  it('reads ". Word" lines as list items, so a list of areas stays a list', () => {
    const text =
      'Borby kommune og handelsstanden skriver avtale\n\nKommunen og handelsstanden har i dag inngått en avtale. Disse områdene skal samarbeidet dekke:\n\n. Tomter for ny industri\n\n. Trivsel i sentrum\n\n. Opplæring\n';
    expect(extract(text, 'no').fields.cooperationAreas).toEqual([
      'Tomter for ny industri',
      'Trivsel i sentrum',
      'Opplæring',
    ]);
  });
});

describe('dash lists that lost their line breaks', () => {
  it('takes no entries of a dash list as a signatory', () => {
    // The entries keep the wide gap after each dash that a word processor's list left in the text.
    const text =
      'Besøk av korpsene -          Felles tiltak for pensjonister ALBY BY, SVERIGE Borby kommune og Alby by i Sverige har inngått en vennskapsavtale. Avtalen har flere punkter om samarbeid byene imellom: -          Skoler, musikk og teater -          Ungdomsleirer -          Fotballturneringer -          Teatersamarbeid - besøk mellom teatrene -          Utveksling innenfor kommunal eiendom -          Samarbeid mellom skole- og kultursektorene -          Kontakt mellom avisene -          Utveksling mellom brannvesen -          Bidra til nye handelskontakter -          Utvikling av vennskap CEDERBY KOMMUNE, FINLAND Borby kommune og Cederby kommune i Finland har inngått en ';
    expect(extract(text, 'no').fields.signatories).toEqual([]);
  });
});
