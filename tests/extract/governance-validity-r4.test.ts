import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extract/index.ts';
import { both } from './helpers.ts';

/**
 * Governance and validity rules learned from the tuning documents. Each text is an invented phrasing modelled on
 * a real one, read as written and with its line breaks flattened to spaces.
 */

const bodies = (extraction: Extraction) => extraction.fields.governance.bodies.map((body) => body.name);

describe('meetings only where a sentence speaks of meeting', () => {
  it('counts nothing a body does at a frequency without meeting', () => {
    const sv = 'Samarbetsavtal\n\nStyrgruppen utvärderar samarbetet årligen.';
    for (const reading of both(sv, 'sv')) expect(reading.fields.governance.meetingsPerYear).toBeNull();
    const en = 'Memorandum of Understanding\n\nThe working group reviews the work plan annually.';
    for (const reading of both(en, 'en')) expect(reading.fields.governance.meetingsPerYear).toBeNull();
    const sv2 = 'Samarbetsavtal\n\nUppföljningen ska genomföras två gånger per år.';
    for (const reading of both(sv2, 'sv')) expect(reading.fields.governance.meetingsPerYear).toBeNull();
  });

  it('counts a body that follows the cooperation up at a frequency', () => {
    const no = 'Samarbeidsavtale\n\nEn felles styringsgruppe skal følge opp samarbeidet to ganger i året.';
    for (const reading of both(no, 'no')) expect(reading.fields.governance.meetingsPerYear).toBe(2);
  });
});

describe('bodies', () => {
  it('takes no board that approved the agreement', () => {
    const text =
      'Ny överenskommelse\n\nI maj beslutade Alby Energis styrelse att rekommendera ägarna att anta överenskommelsen.';
    for (const reading of both(text, 'sv')) expect(bodies(reading)).toEqual([]);
    const kept = 'Avtal\n\nI maj beslutade ägarna att bilda bolaget. Styrelsen ska bestå av fyra ledamöter.';
    for (const reading of both(kept, 'sv')) expect(bodies(reading)).toEqual(['styrelsen']);
  });

  it('reads a Norwegian steering committee and police council', () => {
    const text =
      'Samarbeidsavtale\n\nProsjektleder rapporterer til styringskomiteen.\n\nPolitirådet skal møtes to ganger i året.';
    for (const reading of both(text, 'no')) {
      expect(bodies(reading)).toEqual(['styringskomiteen', 'politirådet']);
      expect(reading.fields.governance.meetingsPerYear).toBe(2);
    }
  });
});

describe('joint committees', () => {
  it('names a joint committee by its definite form, with its host municipality', () => {
    const titled =
      'Avtal om gemensam tekniknämnd\n\nÅby och Borby kommuner inrättar en gemensam nämnd. Tekniknämnden i Åby kommun leder arbetet.';
    for (const reading of both(titled, 'sv')) expect(bodies(reading)).toEqual(['Tekniknämnden i Åby kommun']);
    const aliased =
      'Avtal\n\nKommunerna ska genom en gemensam nämnd för miljötillsynen (miljönämnden) samordna tillsynen.';
    for (const reading of both(aliased, 'sv')) expect(bodies(reading)).toEqual(['miljönämnden']);
    const unnamed = 'Avtal\n\nKommunerna utreder om en gemensam nämnd kan inrättas.';
    for (const reading of both(unnamed, 'sv')) expect(bodies(reading)).toEqual([]);
  });

  it('reads the joint committee of merging Norwegian municipalities', () => {
    const text =
      'Intensjonsavtale\n\nDet skal opprettes ei fellesnemnd med like mange medlemmer fra hver kommune.';
    for (const reading of both(text, 'no')) expect(bodies(reading)).toEqual(['fellesnemnd']);
  });
});

describe('duration', () => {
  it('reads a continuous or initial period written "twelve (12) months"', () => {
    const text =
      'MEMORANDUM OF UNDERSTANDING\n\n2. Duration: This agreement shall be for a continuous period of twelve (12) months, beginning on the date of signature.';
    for (const reading of both(text, 'en')) expect(reading.fields.validity.durationMonths).toBe(12);
  });

  it('takes a bare term only in a sentence that names the agreement', () => {
    const lease =
      'Transit MOU approved\n\nThe board asked about the ground lease. The draft provided for a 30-year term with an option to extend.';
    for (const reading of both(lease, 'en')) expect(reading.fields.validity.durationMonths).toBeNull();
    const own = 'Partnership\n\nThe MOU has a five-year term and may be renewed.';
    for (const reading of both(own, 'en')) expect(reading.fields.validity.durationMonths).toBe(60);
  });
});

describe('responsible', () => {
  it('reads a passive follow-up only where the cooperation or agreement is followed up', () => {
    const news =
      'Avtal undertecknat\n\nUndertecknandet följdes upp av en lunch. Besöket följs upp av en rapport.';
    for (const reading of both(news, 'sv')) expect(reading.fields.governance.responsible).toEqual([]);
    const en = 'Partnership news\n\nThe signing was followed up by a reception at the town hall.';
    for (const reading of both(en, 'en')) expect(reading.fields.governance.responsible).toEqual([]);
    const own = 'Samarbeidsavtale\n\nSamarbeidet følges opp årlig av en felles styringsgruppe.';
    for (const reading of both(own, 'no')) {
      expect(reading.fields.governance.responsible).toEqual(['felles styringsgruppe']);
    }
  });
});
