import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extract/index.ts';
import { both } from './helpers.ts';

/**
 * Purposes, cooperation areas and governance bodies, round 5: invented phrasings modelled on real agreements and
 * minutes the rules had not read. Each holds with the text's line breaks and with them flattened to spaces.
 */

const areas = (extraction: Extraction) => extraction.fields.cooperationAreas;

describe('body headings, round 5', () => {
  it('reads no topics from the clause headings of an agreement without a purpose section', () => {
    const text = [
      'Samarbeidsavtale mellom Nordby museum og Sørby kommune',
      '1.',
      'Avtalen – parter',
      'Avtalen inngås mellom Nordby museum og Sørby kommune for to år.',
      '2.',
      'Grunnlag',
      'Virksomheten skal drives etter gjeldende lover og regler.',
      '3.',
      'Rapportering',
      'Museet sender en årlig rapport til kommunen.',
    ].join('\n');
    for (const reading of both(text, 'no')) expect(areas(reading)).toEqual([]);
  });
});

const bodies = (extraction: Extraction) => extraction.fields.governance.bodies.map((body) => body.name);

describe('governance bodies, round 5', () => {
  it("takes no named organisation's own board", () => {
    const text =
      'Ny avsiktsförklaring\n\nAvsiktsförklaringen presenterades för Nordbymuseets styrelse i maj. Även Söderby FFs styrelse ställde sig bakom den.';
    for (const reading of both(text, 'sv')) expect(bodies(reading)).toEqual([]);
  });

  it('takes no word a line end broke with a hyphen', () => {
    const text =
      'Överenskommelse\n\nFullmäktige föreslås anta överenskommelsen mellan Region Norrby och Läns-\nstyrelsen i Norrby om samverkan.';
    for (const reading of both(text, 'sv')) expect(bodies(reading)).toEqual([]);
  });

  it('still takes the board of the cooperation', () => {
    const text = 'Avtal\n\nBolaget leds av en styrelse med en ledamot från varje kommun.';
    for (const reading of both(text, 'sv')) expect(bodies(reading)).toEqual(['styrelse']);
  });
});

const purposes = (extraction: Extraction) => extraction.fields.purposes;

describe('recitals, round 5', () => {
  it('reads no aim into a name that holds the word ("Aims Valley College")', () => {
    const text =
      'RESOLUTION\n\nWHEREAS, the Council has received an agreement between the Town of Elmford and Aims Valley College, with terms as stated in said agreement; and\n\nNOW, THEREFORE, BE IT RESOLVED that the agreement is approved.';
    for (const reading of both(text, 'en')) expect(purposes(reading)).toEqual([]);
  });

  it('still reads a recital where the parties desire to do something', () => {
    const text =
      'RESOLUTION\n\nWHEREAS, the Town and the College desire to cooperate on firefighter training; and\n\nNOW, THEREFORE, BE IT RESOLVED that the agreement is approved.';
    for (const reading of both(text, 'en'))
      expect(purposes(reading)).toEqual([
        'WHEREAS, the Town and the College desire to cooperate on firefighter training; and',
      ]);
  });
});

describe('purpose lead-ins, round 5', () => {
  it('drops a lead-in that ends on its infinitive marker when its entries are taken', () => {
    const text = [
      'Memorandum of Understanding',
      '',
      'The purpose of this Memorandum of Understanding is for the two Towns to:',
      '• share the costs of one fire station;',
      '• train their crews together.',
      '',
      'This MoU is valid for two years.',
    ].join('\n');
    for (const reading of both(text, 'en')) {
      expect(purposes(reading).some((purpose) => purpose.startsWith('The purpose'))).toBe(false);
      expect(purposes(reading)).toHaveLength(2);
    }
  });
});
