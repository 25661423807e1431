import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extract/index.ts';
import { both } from './helpers.ts';

/**
 * Rules for cooperation areas and governance learned from a fresh set of real documents. Each text is an
 * invented phrasing modelled on a real one, read as written and with its line breaks flattened to spaces.
 */

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

const areas = (extraction: Extraction) => extraction.fields.cooperationAreas;

describe('cooperation areas in lists and sentences', () => {
  it('reads a lettered area list, inline or on lines, without an entry cut off mid-phrase', () => {
    const text =
      'Memorandum of Understanding on Coastal Cooperation\n\nArticle 3\n\nThe areas of cooperation in the first phase are the following:\na. Harbour safety;\nb. Fisheries research;\nc. Coastal tourism, marinas;\nd. Other areas of common interest of';
    for (const reading of both(text, 'en'))
      expect(areas(reading)).toEqual(['Harbour safety', 'Fisheries research', 'Coastal tourism, marinas']);
  });

  it('takes the list whose lead-in names areas inside an areas section', () => {
    const text =
      'Article 12.2: Areas of Cooperation\n1. The Parties shall cooperate to assist in:\n(a) implementing this Agreement; and\n(b) promoting trade.\n2. Cooperation may include the following areas:\n(a) forestry;\n(b) water management; and\n(c) public health.\n3. The Parties may cooperate through:\n(a) workshops; and\n(b) exchanges of experts.\nArticle 12.3: Contact Points';
    for (const reading of both(text, 'en'))
      expect(areas(reading)).toEqual(['forestry', 'water management', 'public health']);
  });

  it('ends an enumeration at the area noun its entries share', () => {
    const text =
      'Protocol on Cooperation\n\nThe two sides agree to a broad programme of cooperation in fields of public life, including in agricultural, technical, medical and academic fields, involving ministries, universities and private firms.';
    for (const reading of both(text, 'en'))
      expect(areas(reading)).toEqual(['in agricultural', 'technical', 'medical', 'academic']);
  });

  it('never takes a bare section label heading for a topic', () => {
    const text =
      'ANNEX II\n\nARTICLE I\nObjectives\n\nThe sides will cooperate.\n\nARTICLE II\n\nARTICLE III\nJoint Council\n\n1. A Joint Council is hereby established.';
    for (const reading of both(text, 'en')) expect(areas(reading)).not.toContain('ARTICLE III');
  });

  it('cuts the paragraph that a flattened text runs into the last entry of a lead-in list', () => {
    const text =
      'Utgreiing av samarbeid mellom Nordvik og Sørvik kommuner\n\nDet skal utgreiast samarbeid innen følgende områder:\n\n• Barnevern\n• Pleie og omsorg\n• Kultur\n\nSeinare kan det også vere aktuelt å sjå på andre tenesteområde som økonomi.';
    for (const reading of both(text, 'no'))
      expect(areas(reading)).toEqual(['Barnevern', 'Pleie og omsorg', 'Kultur']);
  });

  it('reads an enumeration after "in the field of", up to what the list is related to', () => {
    const text =
      'Memorandum of Understanding\n\nEach Party wishes to establish cooperation through mutual assistance in the field of training, extension and market development related to coastal fisheries and agrees to meet as needed.';
    for (const reading of both(text, 'en'))
      expect(areas(reading)).toEqual(['training', 'extension', 'market development']);
  });

  it('reads what the parties cooperate on as one topic (sv, no)', () => {
    const sv =
      'Nytt avtal för Dalby\n\nGenom avtalet bedriver Dalby kommun och Dalby folkhögskola en nära samverkan kring kulturarv och turism. Avtalet gäller i tre år.';
    for (const reading of both(sv, 'sv')) expect(areas(reading)).toEqual(['kulturarv och turism']);
    const no =
      'Ny samarbeidsavtale\n\nHøgskolen og Nordvik kommune vil samarbeide om digital kompetanseheving i skolen. Avtalen gjelder fra 1. mars.';
    for (const reading of both(no, 'no'))
      expect(areas(reading)).toEqual(['digital kompetanseheving i skolen']);
    const partner =
      'Samverkansavtal\n\nKommunfullmäktige har godkänt avtal om samverkan rörande brandskydd och tillsyn mellan Norrby kommun och Räddningsförbundet Väst.';
    for (const reading of both(partner, 'sv')) expect(areas(reading)).toEqual(['brandskydd och tillsyn']);
  });

  it('takes no cooperation object that is a clause or an infinitive', () => {
    const clause =
      'Intensjonsavtale\n\nTanker knyttet til mulige samarbeid rundt eiendom må ivareta dette kravet. Partene bærer egne kostnader.';
    for (const reading of both(clause, 'no')) expect(areas(reading)).toEqual([]);
    const infinitive = 'Avsiktsförklaring\n\nParterna vill samarbeta om att ta fram en gemensam plan.';
    for (const reading of both(infinitive, 'sv')) expect(areas(reading)).toEqual([]);
  });

  it('reads collaborative initiatives listed after "including", keeping an "and" inside the entry after an Oxford comma', () => {
    const text =
      'Universities sign pacts\n\nThe minister said that the agreements will cover a set of collaborative initiatives, including joint doctoral programmes, staff exchanges, and shared field and laboratory courses.';
    for (const reading of both(text, 'en'))
      expect(areas(reading)).toEqual([
        'joint doctoral programmes',
        'staff exchanges',
        'shared field and laboratory courses',
      ]);
  });
});

describe('meetings per term and introducers at the start of a list', () => {
  it('counts a meeting once a term as two a year', () => {
    const sv =
      'Svar på interpellation\n\nSedan avtalet undertecknades har styrgruppen träffats regelbundet (minst en gång per termin).';
    for (const reading of both(sv, 'sv')) expect(reading.fields.governance.meetingsPerYear).toBe(2);
    const en = 'Partnership Agreement\n\nThe steering group will meet once a semester to review progress.';
    for (const reading of both(en, 'en')) expect(reading.fields.governance.meetingsPerYear).toBe(2);
  });

  it('drops an introducer that opens an enumeration after its cue', () => {
    const text =
      'Fördjupat samarbete\n\nHögskolan i Norrby och Region Norrby ökar sitt samarbete inom bland annat vård, teknik och kultur.';
    for (const reading of both(text, 'sv')) expect(areas(reading)).toEqual(['vård', 'teknik', 'kultur']);
  });
});
