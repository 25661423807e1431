import { describe, expect, it } from 'vitest';
import { partyNamesBothReadings } from './helpers.ts';

describe('party names, round 14: abbreviated words inside names', () => {
  it('abbreviation-in-name: "St." runs on into the next word of a name (en, no, sv)', () => {
    const en =
      'Agenda item\n\n2. Parties: City of Lake St. Arden and Northbay Rowing Association.\n3. Purpose: Shared boathouse.';
    for (const found of partyNamesBothReadings(en, 'en'))
      expect(found).toEqual(['City of Lake St. Arden', 'Northbay Rowing Association']);
    const no =
      'Samarbeidsavtale mellom St. Kolbeins sykehus HF og Alby kommune\n\nAvtalen gjelder fra 1. mars.';
    for (const found of partyNamesBothReadings(no, 'no'))
      expect(found).toEqual(['St. Kolbeins sykehus HF', 'Alby kommune']);
    const sv = 'Parter: St. Eskils sjukhus och Alby kommun.\n\nAvtalet gäller från 1 mars.';
    for (const found of partyNamesBothReadings(sv, 'sv'))
      expect(found).toEqual(['St. Eskils sjukhus', 'Alby kommun']);
  });
});
