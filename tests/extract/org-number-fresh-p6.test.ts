import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '../../src/schema/letter-of-intent.ts';
import { extract, flatten } from './helpers.ts';

// Invented party lists with organisation numbers (issue #11, fresh set fresh-parties): each rule holds with
// the text's line breaks and with them flattened to spaces.
const withNumbers = (text: string, language: LanguageCode) =>
  [text, flatten(text)].map((reading) =>
    extract(reading, language).fields.parties.map((party) => [party.name, party.orgNumber]),
  );

describe('organisation numbers in party lists (fresh-parties)', () => {
  it('label-not-name: "1. Parter Alby kommun, org.nr …" flattened keeps the label out of the name', () => {
    const text =
      'SAMVERKANSAVTAL\n\n1. Parter\n\nAlby kommun, org.nr 212000-1234, nedan kallad Kommunen\nBety Energi AB, organisationsnummer 556677-8899, nedan kallat Bolaget\n\n2. Bakgrund\nParterna vill samverka.';
    for (const found of withNumbers(text, 'sv'))
      expect(found).toEqual([
        ['Alby kommun', '212000-1234'],
        ['Bety Energi AB', '556677-8899'],
      ]);
  });

  it('definition-ends-entry: the previous entry\'s "nedan kallad X" is no part of the next name', () => {
    const text =
      'AVTAL\nAlby kommun, org.nr 212000-1234, nedan kallad Kommunen Bety Energi AB, organisationsnummer 556677-8899, nedan kallat Bolaget, har träffat följande avtal.';
    for (const found of withNumbers(text, 'sv')) expect(found[1]).toEqual(['Bety Energi AB', '556677-8899']);
  });

  it('bracket-close-and: "(org.nr. …) og X AS (org.nr. …)" gives the second party its number', () => {
    const text =
      'SAMARBEIDSAVTALE\n\nmellom\n\nNordby kommune (org.nr. 944 117 784)\n\nog\n\nSørby Kraft AS (org.nr. 912 345 678)\n\n1. Formål\nPartene skal samarbeide.';
    for (const found of withNumbers(text, 'no'))
      expect(found).toEqual([
        ['Nordby kommune', '944 117 784'],
        ['Sørby Kraft AS', '912 345 678'],
      ]);
  });

  it('bare-after-comma: "Alby kommun, 212000-2742 och …" gives an organisation its unlabelled number', () => {
    const text =
      'AVSIKTSFÖRKLARING\nmellan\nAlby kommun, 212000-2742\noch\nAlby lantbruksuniversitet, 202100-2817\n\nBakgrund\nParterna avser att samverka.';
    for (const found of withNumbers(text, 'sv'))
      expect(found).toEqual([
        ['Alby kommun', '212000-2742'],
        ['Alby lantbruksuniversitet', '202100-2817'],
      ]);
    // A personal identity number after a comma is no organisation's.
    const person = 'Avtalet gäller mellan Norrby kommun och Anna Berg, 850412-1230, som konsult.';
    for (const found of withNumbers(person, 'sv'))
      expect(found.every(([, number]) => number === null)).toBe(true);
  });
});
