import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extract/index.ts';
import type { LanguageCode } from '../../src/schema/letter-of-intent.ts';
import { extract } from './helpers.ts';

/**
 * Rules for cooperation areas and governance learned from a fresh set of real documents. Each text is an
 * invented phrasing modelled on a real one, read as written and with its line breaks flattened to spaces.
 */
const flatten = (text: string) => text.replace(/[^\S\n]*\r?\n\s*/gu, ' ');

function both(text: string, language: LanguageCode): [Extraction, Extraction] {
  return [extract(text, language), extract(flatten(text), language)];
}

const bodies = (extraction: Extraction) => extraction.fields.governance.bodies.map((body) => body.name);

describe('governance bodies written as proper names', () => {
  it('keeps the capitalised complement of a body named by the cue table', () => {
    const text =
      'Memorandum of Understanding\n\n1. The Working Group for Harbour Development and Coastal Planning (hereinafter the Working Group) is to be headed by the two port directors.\n\n2. The Sides will share data.';
    for (const reading of both(text, 'en'))
      expect(bodies(reading)).toEqual(['Working Group for Harbour Development and Coastal Planning']);
  });

  it('reads a body set up by an establishing verb, with its complement', () => {
    const text =
      'Article 4: Cooperation\n\nThe Parties hereby establish a Committee on Regional Trade, composed of officials of each Party.';
    for (const reading of both(text, 'en')) expect(bodies(reading)).toEqual(['Committee on Regional Trade']);
  });

  it('reads a body set up in the passive, without its article', () => {
    const text =
      'ARTICLE II\nJoint Board\n\n1. A Permanent Fisheries Council is hereby established.\n\n2. It shall have six members.';
    for (const reading of both(text, 'en')) expect(bodies(reading)).toEqual(['Permanent Fisheries Council']);
  });

  it('reads a named body that is the subject of a sentence about meeting', () => {
    const text =
      'Partnership Board\n\nThe Coordinating Council, made up of one member from each partner, meets twice a year to review the work plan.';
    for (const reading of both(text, 'en')) {
      expect(bodies(reading)).toEqual(['Coordinating Council']);
      expect(reading.fields.governance.meetingsPerYear).toBe(2);
    }
  });

  it('names no body from a body noun alone', () => {
    const text = 'The parties agree to establish a Committee when needed.\n\nThe Council meets every month.';
    for (const reading of both(text, 'en')) expect(bodies(reading)).toEqual([]);
  });
});

describe('governance: who is responsible, and meetings', () => {
  it('reads who leads the joint work as responsible (sv)', () => {
    const text =
      'Samverkansavtal om tillsyn\n\nKommunerna ska gemensamt planera och följa upp tillsynen.\n\nArbetet leds av tillsynssamordnaren.\n\nAvtalet gäller tills vidare.';
    for (const reading of both(text, 'sv'))
      expect(reading.fields.governance.responsible).toEqual(['tillsynssamordnaren']);
  });

  it('reads who leads the joint work as responsible (no, en)', () => {
    const no =
      'Samarbeidsavtale\n\nKommunene skal samarbeide om beredskap.\n\nArbeidet ledes av beredskapskoordinatoren.';
    for (const reading of both(no, 'no'))
      expect(reading.fields.governance.responsible).toEqual(['beredskapskoordinatoren']);
    const en =
      'Partnership Agreement\n\nThe towns will share one library system.\n\nThe work is led by the county librarian.';
    for (const reading of both(en, 'en'))
      expect(reading.fields.governance.responsible).toEqual(['county librarian']);
  });

  it('reads a designated contact point as responsible', () => {
    const text =
      'Article 9.3: Contact Points\n\nEach Party shall designate and notify a contact point for matters of cooperation under this Chapter.';
    for (const reading of both(text, 'en'))
      expect(reading.fields.governance.responsible).toEqual(['contact point']);
    const sv = 'Avsiktsförklaring\n\nParterna utser var sin kontaktperson för samarbetet.';
    for (const reading of both(sv, 'sv'))
      expect(reading.fields.governance.responsible).toEqual(['kontaktperson']);
  });

  it('counts no meetings from a body that reports at a frequency', () => {
    const text =
      'Implementation. The Parties shall establish a Steering Committee. The Steering Committee shall report on progress to the ministers at least annually.';
    for (const reading of both(text, 'en')) expect(reading.fields.governance.meetingsPerYear).toBeNull();
  });
});
