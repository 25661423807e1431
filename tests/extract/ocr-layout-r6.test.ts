import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

/** What OCR makes of a page's layout, from scans of real documents (invented wording). */

describe('bullets OCR read as other marks', () => {
  it('reads ". Word" lines as list items, so a list of areas stays a list', () => {
    const text =
      'Alby kommune og Næringsforeningen inngår samarbeidsavtale\n\nKommunen og foreningen har i dag signert en samarbeidsavtale. Prioriterte satsningsområder i avtalen:\n\n. Næringsareal for handel og industri\n\n. Bolyst og besøkslyst\n\n. Kompetanseutvikling\n';
    expect(extract(text, 'no').fields.cooperationAreas).toEqual([
      'Næringsareal for handel og industri',
      'Bolyst og besøkslyst',
      'Kompetanseutvikling',
    ]);
  });
});

describe('dash lists that lost their line breaks', () => {
  it('takes no entries of a dash list as a signatory', () => {
    // The entries keep the wide gap after each dash that a word processor's list left in the text.
    const text =
      'ALBY KOMMUNE, RUSSLAND Borby kommune og Alby kommune i Russland har inngått en vennskapskommuneavtale. Avtalen inneholder flere punkter om samarbeid kommunene i mellom: -          Tettere vennskapsforhold mellom innbyggerne -          Ungdomsprosjekter -          Idrettsstevner -          Museumssamarbeid - erfaringsutveksling mellom museene -          Samarbeid mellom helse- og sosialsektorene';
    expect(extract(text, 'no').fields.signatories).toEqual([]);
  });
});
