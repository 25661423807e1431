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
