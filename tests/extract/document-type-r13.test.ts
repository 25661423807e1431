import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

const types = (text: string, language: 'sv' | 'no' | 'en') =>
  both(text, language).map((reading) => reading.fields.documentType);

describe('document type, round 13', () => {
  it('type-in-prose: an agreement mentioned inside a sentence does not make the page the agreement', () => {
    const no =
      'Trygghetsråd i Alby\n\nBilde av rådhuset\n\nPolitiet og Alby kommune har inngått avtale om et trygghetsråd.\n\nRådet møtes to ganger i året.';
    for (const found of types(no, 'no')) expect(found).toBe('other');
    const en =
      'Project overview\n\nThe town of Alfa and Borsta College work together, and a memorandum of understanding lists the goals.';
    for (const found of types(en, 'en')) expect(found).toBe('other');
  });

  it('near miss: the agreement named in its own heading is still the agreement', () => {
    const no = '1 SAMARBEIDSAVTALE\n\nAlby kommune og Borsta IL\n\nPartene skal samarbeide om idrettsanlegg.';
    for (const found of types(no, 'no')) expect(found).toBe('cooperation-agreement');
    const sv =
      'Mall för samverkansavtal mellan Alby kommun och Borsta IF\n\nParterna ska samverka om idrott.';
    expect(types(sv, 'sv')[0]).toBe('cooperation-agreement');
  });

  it('near miss: a sentence that points at itself ("följande samarbetsavtal", "this memorandum") names the document', () => {
    const en =
      'Alfa City and Borsta College\n\nThe parties hereby enter into this memorandum of understanding regarding training.\n\n1. Purpose\nThe parties will cooperate.';
    for (const found of types(en, 'en')) expect(found).toBe('cooperation-agreement');
    const en2 =
      'Between the City of Alfa and Borsta College the following agreement is made:\n\n1. Purpose\nThe parties will cooperate on training.';
    for (const found of types(en2, 'en')) expect(found).toBe('cooperation-agreement');
  });

  it('case-titled: a case genre in the heading outweighs one news sign ("Interpellationssvar", "Interpellasjon")', () => {
    const sv =
      'Interpellationssvar: Kommunens samverkan med Alby högskola\n\nFrågor:\nVad har avtalet gett?\n\nSvar:\nSedan avtalet undertecknades har styrgruppen mötts varje termin.';
    for (const found of types(sv, 'sv')) expect(found).toBe('other');
    const no =
      'Svar på interpellasjon om samarbeidet med Alby høgskole\n\nAvtalen ble signert i fjor, og styringsgruppen har møttes fire ganger.';
    for (const found of types(no, 'no')) expect(found).toBe('other');
  });

  it("case-genre-opening: a text that opens with its genre's name is that case document", () => {
    const sv =
      'Tjänsteskrivelse\n\nSamverkansavtal med Alby högskola\n\nKommunen har tecknat ett avtal med högskolan om praktikplatser.';
    for (const found of types(sv, 'sv')) expect(found).toBe('other');
    const no =
      'Særutskrift\n\nSamarbeidsavtale med Borsta IL\n\nVedtak:\nKommunestyret godkjenner samarbeidsavtalen.';
    for (const found of types(no, 'no')) expect(found).toBe('other');
    const en =
      'E-7 STAFF REPORT\n\nSubject: Memorandum of Understanding with Borsta College\n\nThe City and the College have prepared an MOU for internships.';
    for (const found of types(en, 'en')) expect(found).toBe('other');
  });

  it('near miss: a genre word later in the text is no case opening', () => {
    const no =
      'SAMARBEIDSAVTALE\nmellom Alby kommune og Borsta IL\n\n1. Formål\nPartene skal samarbeide. Avtalen er omtalt i saksframlegg til kommunestyret.';
    for (const found of types(no, 'no')) expect(found).toBe('cooperation-agreement');
  });

  it('a council decision notice ("Decision type:", "Notice of proposed decision") is other', () => {
    const en =
      'Issue details\n\nThe signing of this agreement will support communities in Alfa.\nThe MOU is attached to this decision.\n\nDecision type: Non-key\n\nDecision status: Approved\n\nNotice of proposed decision first published: 01/02/2023';
    for (const found of types(en, 'en')) expect(found).toBe('other');
  });

  it("a council action's cover sheet (funding source, contract amount) is other despite its WHEREAS clauses", () => {
    const en =
      'Cover sheet\nPurpose: To work with Borsta College.\nContract Amount: N/A\nFunding Source: N/A\nWHEREAS, the City of Alfa and Borsta College wish to cooperate; and\nWHEREAS, This Agreement shall run five years; and';
    for (const found of types(en, 'en')) expect(found).toBe('other');
  });
});
