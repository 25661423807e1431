import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

const dates = (text: string, language: 'sv' | 'no' | 'en') =>
  both(text, language).map((reading) => reading.fields.date);

describe('date, round 14', () => {
  it('wire-dateline: a wire tag between the dateline\'s date and its double-hyphen dash ("/Newswire/ --")', () => {
    const en =
      'ALFAVILLE, Mar. 4, 2022 /Metro Newswire/ -- Alfa College and Borsta Health have renewed their partnership through 2030.\n\n"We are proud to go on," said Jane Roe, president of Alfa College.';
    for (const found of dates(en, 'en')) expect(found).toBe('2022-03-04');
  });

  it('wire-dateline: an agency in brackets before the dash ("(NTB) –")', () => {
    const no =
      'ALBY, 3. mars 2021 (NTB) – Alby kommune og Borsta høgskole har signert en samarbeidsavtale.\n\n– Dette er en stor dag, sier ordfører Kari Lund.';
    for (const found of dates(no, 'no')) expect(found).toBe('2021-03-03');
  });

  it("page-stamp-not-signing: a web page's publication stamp does not date the agreement it shows", () => {
    const sv =
      'SAMVERKANSAVTAL\n\nmellan Alby kommun och Borsta högskola.\n\n§ 1 Syfte\nParterna skall samverka om kompetens.\n\n§ 2 Avtalstid\nDetta avtal gäller tillsvidare.\n\nPublicerad: 2019-04-02\n\nSenast uppdaterad: 2022-09-15';
    for (const found of dates(sv, 'sv')) expect(found).toBeNull();
    const en =
      'MEMORANDUM OF UNDERSTANDING\n\nbetween the City of Alfa and Borsta College.\n\nArticle 1\nThe Parties shall cooperate on training.\n\nPosted: March 3, 2021';
    for (const found of dates(en, 'en')) expect(found).toBeNull();
  });

  it('near miss: the stamp still dates an article, and a "Datum:" line still dates the agreement', () => {
    const sv =
      'Alby kommun och Borsta högskola har tecknat avtal\n\nPublicerad: 2019-04-02\n\nAvtalet undertecknades i går, säger rektor Eva Berg.';
    for (const found of dates(sv, 'sv')) expect(found).toBe('2019-04-02');
    const no =
      'SAMARBEIDSAVTALE\n\nmellom Alby kommune og Borsta høgskole.\n\n§ 1 Formål\nPartene skal samarbeide om kompetanse.\n\nDato: 12.03.2020';
    for (const found of dates(no, 'no')) expect(found).toBe('2020-03-12');
  });

  it("release-label: a press release's heading right before the date labels it, also run on after the letterhead", () => {
    const en =
      'NEWS RELEASE\nFOR IMMEDIATE RELEASE October 4, 2019\nContact: Jane Roe, Alfa College 555-0100\n\nALFA COLLEGE AND BORSTA HEALTH TAKE FIRST STEP\n\nThe two institutions have signed a memorandum of understanding.';
    for (const found of dates(en, 'en')) expect(found).toBe('2019-10-04');
    const sv =
      'Alby kommun\nPressmeddelande 12 mars 2021 Kontakt: Eva Berg\n\nAlby kommun och Borsta högskola har tecknat ett samverkansavtal.';
    for (const found of dates(sv, 'sv')) expect(found).toBe('2021-03-12');
  });

  it('near miss: a press release named in a sentence labels no date', () => {
    const sv =
      'Samverkan med Borsta högskola\n\nKommunen skrev i ett pressmeddelande 3 maj 2020 om planerna för samverkan.';
    for (const found of dates(sv, 'sv')) expect(found).toBeNull();
  });
});
