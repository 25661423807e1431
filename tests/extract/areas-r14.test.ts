import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

// Invented phrasings (issue 11).
const areas = (text: string, language: 'sv' | 'no' | 'en') =>
  both(text, language).map((reading) => reading.fields.cooperationAreas);

describe('stranded-preposition', () => {
  it("near miss: a phrase of time after a relative clause's preposition names no topic (sv, no)", () => {
    const sv =
      'Samverkansavtal\n\nAvtalet beskriver de frågor som kommunen och polisen valt att samverka om under en mandatperiod.';
    for (const found of areas(sv, 'sv')) expect(found).toEqual([]);
    const no =
      'Samarbeidsavtale\n\nAvtalen beskriver de sakene som kommunen og politiet skal samarbeide om i fire år.';
    for (const found of areas(no, 'no')) expect(found).toEqual([]);
  });

  it('a topic right after the cue is still read', () => {
    const sv = 'Samverkansavtal\n\nKommunen och polisen ska samverka kring trygghet i centrum.';
    for (const found of areas(sv, 'sv')) expect(found).toEqual(['trygghet i centrum']);
  });
});

describe('item-opening-cue and focus-lead-in', () => {
  it('items under "will focus on:" that open with a cooperation cue are each one area, as written (sv, no, en)', () => {
    const sv =
      'Nytt partnerskap\n\nArbetet inom partnerskapet ska stärka regionen och kommer att fokusera på:\n\n• Samverkan inom kultur och turism/ besöksnäring\n• Samverkan inom idrott och folkhälsa';
    for (const found of areas(sv, 'sv'))
      expect(found).toEqual([
        'Samverkan inom kultur och turism/ besöksnäring',
        'Samverkan inom idrott och folkhälsa',
      ]);
    const no =
      'Nytt partnerskap\n\nArbeidet i partnerskapet skal styrke regionen og skal fokusere på:\n\n• Samarbeid innen kultur og reiseliv\n• Samarbeid innen idrett og folkehelse';
    for (const found of areas(no, 'no'))
      expect(found).toEqual(['Samarbeid innen kultur og reiseliv', 'Samarbeid innen idrett og folkehelse']);
    const en =
      'New partnership\n\nThe partnership will strengthen the region and will focus on:\n\n• Cooperation in culture and tourism\n• Cooperation in sport and public health';
    for (const found of areas(en, 'en'))
      expect(found).toEqual(['Cooperation in culture and tourism', 'Cooperation in sport and public health']);
  });

  it('near miss: an enumeration in running text after the cue is still split', () => {
    const sv = 'Samverkansavtal\n\nParterna inleder en samverkan inom kultur, idrott och turism.';
    for (const found of areas(sv, 'sv')) expect(found).toEqual(['kultur', 'idrott', 'turism']);
  });
});

describe('named-source-ends-list', () => {
  it('two tasks joined by a conjunction end before who they come from (no, sv)', () => {
    const no =
      'Rammeavtale\n\nAvtalen gjelder kjøp av oppgaver innenfor renhold og vedlikehold fra Alby kommune til Borsta Drift AS.';
    for (const found of areas(no, 'no')) expect(found).toEqual(['renhold', 'vedlikehold']);
    const sv =
      'Ramavtal\n\nAvtalet gäller köp av tjänster inom städning och underhåll från Alby kommun till Borsta Drift AB.';
    for (const found of areas(sv, 'sv')) expect(found).toEqual(['städning', 'underhåll']);
  });

  it('near miss: in a list with commas an entry keeps its own source', () => {
    const no =
      'Samarbeidsavtale\n\nPartene har samarbeid innenfor rekruttering av studenter fra Alby kommune, praksisplasser og forskning.';
    for (const found of areas(no, 'no'))
      expect(found).toEqual(['rekruttering av studenter fra Alby kommune', 'praksisplasser', 'forskning']);
  });
});
