import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

const duration = (text: string, language: 'sv' | 'no' | 'en') =>
  both(text, language).map((reading) => reading.fields.validity.durationMonths);
const meetings = (text: string, language: 'sv' | 'no' | 'en') =>
  both(text, language).map((reading) => reading.fields.governance.meetingsPerYear);

describe('validity and meetings, round 12', () => {
  it('a space for the hyphen: "a 10 year partnership", "a five year agreement" (en)', () => {
    const text =
      'Alby and Borg team up\n\nThe town and the college announced a 10 year partnership on housing.';
    for (const found of duration(text, 'en')) expect(found).toBe(120);
    const five = 'Alby and Borg team up\n\nThe two signed a five year agreement on Monday.';
    for (const found of duration(five, 'en')) expect(found).toBe(60);
  });

  it('coming-years: the cooperation for the next N years (sv, no, en)', () => {
    const sv =
      'Ny plan för trygghet\n\nKommunen och polisen tar fram en plan för samverkan för de kommande tre åren.';
    for (const found of duration(sv, 'sv')) expect(found).toBe(36);
    const no = 'Ny avtale\n\nKommunen og politiet har laget en plan for samarbeidet for de neste fire årene.';
    for (const found of duration(no, 'no')) expect(found).toBe(48);
    const en = 'New plan\n\nThe city and the police agreed on a partnership for the next two years.';
    for (const found of duration(en, 'en')) expect(found).toBe(24);
  });

  it('coming-years near miss: other plans for the coming years give no duration', () => {
    const sv = 'Ny plan\n\nKommunen ska investera mer i skolan under de kommande fyra åren.';
    for (const found of duration(sv, 'sv')) expect(found).toBeNull();
    const en = 'New plan\n\nThe city will build two schools over the next five years.';
    for (const found of duration(en, 'en')) expect(found).toBeNull();
  });

  it('meetings every year: "to møte kvart år", "två möten vart år", "four meetings every year"', () => {
    const no =
      'Politiråd\n\nRådet skal bestå av ordfører og lensmann. Det skal haldast minst to møte kvart år.';
    for (const found of meetings(no, 'no')) expect(found).toBe(2);
    const nb = 'Politiråd\n\nRådet består av ordfører og politikontakt. Rådet har fire møter hvert år.';
    for (const found of meetings(nb, 'no')) expect(found).toBe(4);
    const sv = 'Samverkan\n\nStyrgruppen ska ha två möten vart år.';
    for (const found of meetings(sv, 'sv')) expect(found).toBe(2);
    const en = 'Partnership\n\nThe steering group will hold three meetings every year.';
    for (const found of meetings(en, 'en')) expect(found).toBe(3);
  });

  it('meetings near miss: a count per year without meeting is none ("to rapporter hvert år")', () => {
    const no = 'Avtale\n\nPartene skal levere to rapporter hvert år.';
    for (const found of meetings(no, 'no')) expect(found).toBeNull();
  });
});
