import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

// Invented phrasings (issue 11).
const duration = (text: string, language: 'sv' | 'no' | 'en') =>
  both(text, language).map((reading) => reading.fields.validity.durationMonths);

describe('duration-label', () => {
  it('a numbered summary field gives the duration ("5. Duration: Four years.")', () => {
    const text =
      'Agenda Summary\n\n3. Parties: City of Alfa and Beta Sports Club.\n4. New/Renewal: New.\n5. Duration: Four years.\n6. Cost: None.';
    for (const found of duration(text, 'en')) expect(found).toBe(48);
  });

  it('a labelled clause gives the duration (sv "Avtalstid: två år", no "Varighet: 18 måneder")', () => {
    const sv = 'Samverkansavtal mellan Alby kommun och Borsta IF\n\nAvtalstid: två år från undertecknandet.';
    for (const found of duration(sv, 'sv')) expect(found).toBe(24);
    const no = 'Samarbeidsavtale mellom Alby kommune og Borsta IL\n\nVarighet: 18 måneder.';
    for (const found of duration(no, 'no')) expect(found).toBe(18);
  });

  it('near misses: a label inside a sentence, or a label over a sentence, gives no amount', () => {
    const en = 'Agreement\n\nThe parties share a long term: 5 years of joint planning lie behind them.';
    for (const found of duration(en, 'en')) expect(found).toBeNull();
    const term = 'Agreement\n\nTerm: This Agreement remains in force until either party ends it.';
    for (const found of duration(term, 'en')) expect(found).toBeNull();
  });
});
