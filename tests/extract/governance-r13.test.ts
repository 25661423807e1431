import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

// Invented phrasings (issue 11).
const governance = (text: string, language: 'sv' | 'no' | 'en') =>
  both(text, language).map((reading) => reading.fields.governance);

describe('governance, round 13', () => {
  it('organised-with: the bodies the cooperation is organised in, the coordinated one too (no, sv, en)', () => {
    const no =
      'Samarbeidsavtale\n\nSamarbeidet organiseres med en styringsgruppe på strategisk nivå og et prosjektteam på operativt nivå.';
    for (const found of governance(no, 'no'))
      expect(found.bodies.map((body) => body.name)).toEqual(['styringsgruppe', 'prosjektteam']);
    const sv = 'Samarbetsavtal\n\nSamarbetet organiseras med ett kulturråd och en arbetsgrupp.';
    for (const found of governance(sv, 'sv'))
      expect(found.bodies.map((body) => body.name)).toEqual(['kulturråd', 'arbetsgrupp']);
    const en =
      'Cooperation Agreement\n\nThe cooperation is organised through a joint committee and a project team.';
    for (const found of governance(en, 'en'))
      expect(found.bodies.map((body) => body.name)).toEqual(['joint committee', 'project team']);
  });

  it('organised-with near miss: a team outside a sentence of organisation is no body', () => {
    const no = 'Samarbeidsavtale\n\nKlubben har et sterkt juniorteam i år.';
    for (const found of governance(no, 'no')) expect(found.bodies).toEqual([]);
  });

  it('joint-named: a joint committee given its name by a naming verb (sv)', () => {
    const sv =
      'Avtal om gemensam nämnd\n\nAlby kommun och Borsta kommun samverkar i en gemensam nämnd. Den gemensamma nämnden ska benämnas servicenämnden ekonomi och IT. Nämnden ska ha fem ledamöter.';
    for (const found of governance(sv, 'sv'))
      expect(found.bodies.map((body) => body.name)).toEqual(['servicenämnden ekonomi och IT']);
  });

  it('standing-contact: a standing contact agreed on is responsible (no, sv, en); a contact alone is not', () => {
    const no =
      'Ny avtale\n\nDet er avtalt faste møter hvert år, fast kontaktperson for idrettslagene i kommunen og felles kurs.';
    for (const found of governance(no, 'no'))
      expect(found.responsible).toEqual(['fast kontaktperson for idrettslagene i kommunen']);
    const sv = 'Nytt avtal\n\nFöreningarna får en fast kontaktperson för idrotten i kommunen.';
    for (const found of governance(sv, 'sv'))
      expect(found.responsible).toEqual(['fast kontaktperson för idrotten i kommunen']);
    const en = 'New agreement\n\nThe club will have a dedicated contact person for the schools.';
    for (const found of governance(en, 'en'))
      expect(found.responsible).toEqual(['dedicated contact person for the schools']);
    const bare = 'Ny avtale\n\nSpørsmål kan rettes til kontaktperson Kari Berg i kommunen.';
    for (const found of governance(bare, 'no')) expect(found.responsible).toEqual([]);
  });

  it('meetings once every half year: "en gang i halvåret" is twice a year (no)', () => {
    const no = 'Samarbeidsavtale\n\nStyringsgruppen møtes minst en gang i halvåret.';
    for (const found of governance(no, 'no')) expect(found.meetingsPerYear).toBe(2);
  });

  it('responsible: what is done under the agreement, a designated coordinator, a body without its members', () => {
    const en =
      'Memorandum of Understanding\n\nThe Dean of the School of Nursing will be responsible for coordinating the activities under this MOU.';
    for (const found of governance(en, 'en'))
      expect(found.responsible).toEqual(['Dean of the School of Nursing']);
    const coordinator =
      'Memorandum of Understanding\n\nEach party shall designate a coordinator to oversee the implementation of this agreement.';
    for (const found of governance(coordinator, 'en')) expect(found.responsible).toEqual(['coordinator']);
    const sv =
      'Samverkansavtal\n\nKulturrådet med representanter för båda parter ansvarar för uppföljningen av avtalet.';
    for (const found of governance(sv, 'sv')) expect(found.responsible).toEqual(['Kulturrådet']);
  });

  it('responsible near miss: a duty that is not about the agreement names nobody', () => {
    const en =
      'Memorandum of Understanding\n\nThe Dean will be responsible for coordinating the parking on campus.';
    for (const found of governance(en, 'en')) expect(found.responsible).toEqual([]);
  });
});
