import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

const types = (text: string, language: 'sv' | 'no' | 'en') =>
  both(text, language).map((reading) => reading.fields.documentType);

describe('document type, round 14: info-page', () => {
  it('sv: the parties "har ett samverkansavtal" and the reader is shown where to look', () => {
    const sv =
      'Samverkansavtal Borsta högskola\n\nAlby kommun och Borsta högskola har ett samverkansavtal om gemensamma projekt.\n\nAvtalet gäller till 2027.\n\nHär hittar du avtalet och de pågående projekten.';
    for (const found of types(sv, 'sv')) expect(found).toBe('other');
  });

  it('sv: a "what is …?" heading and a definition, even when one news sign is there', () => {
    const sv =
      'Lokal överenskommelse\n\nDen lokala överenskommelsen är en modell för samverkan med föreningslivet. Den tecknas mellan kommunen och föreningarna.\n\nVad är en överenskommelse?\n\nÖverenskommelsen beskriver roller och åtaganden.';
    for (const found of types(sv, 'sv')) expect(found).toBe('other');
  });

  it('no: the reader shown where to look and the agreements in force told from outside', () => {
    const no =
      'Partnerskap for friluftsliv\n\nFylket samarbeider med 20 kommuner. Gjeldende partnerskapsavtaler gjelder ut 2026.\n\nPartnerne møtes to ganger i året. Der vil du også finne presentasjoner fra samlingene.';
    for (const found of types(no, 'no')) expect(found).toBe('other');
  });

  it('en: "have a partnership agreement", "You can find …" and a "Last updated" stamp', () => {
    const en =
      'Partnership Agreement – Borsta College\n\nThe Town of Alfa and Borsta College have a partnership agreement on skills and housing.\n\nYou can find the agreement and the yearly reports below.\n\nLast updated: 3 May 2024';
    for (const found of types(en, 'en')) expect(found).toBe('other');
  });

  it('near miss: one info sign beside news of a signing is still news', () => {
    const no =
      'Alby kommune og Borsta høgskole har signert avtale\n\nAvtalen ble signert mandag. – Dette er en stor dag, sier ordfører Kari Lund.\n\nAvtalen kan du lese her.';
    for (const found of types(no, 'no')) expect(found).toBe('news-article');
  });

  it('near miss: the agreement itself, with its clauses, stays the agreement', () => {
    const sv =
      'SAMVERKANSAVTAL\n\nmellan Alby kommun och Borsta högskola, nedan kallade parterna.\n\n§ 1 Syfte\nSamverkan är ett verktyg för regional utveckling.\n\n§ 2 Avtalstid\nAvtalet gäller i fyra år. Det skall följas upp årligen.';
    for (const found of types(sv, 'sv')) expect(found).toBe('cooperation-agreement');
  });
});

describe('document type, round 14: case cues', () => {
  it('en: a memo form read in columns ("TO: FROM: SUBJECT:") with staff recommending to its council', () => {
    const en =
      'Inter-Com\n\nTO: FROM: SUBJECT: JANE ROE, CITY MANAGER PARKS DEPARTMENT AMENDMENT TO THE YOUTH SPORTS MEMORANDUM OF UNDERSTANDING\n\nStaff proposes amending Section 2. There shall be seven members. We recommend that the City Council adopt the amendment.\n\nMEMORANDUM OF UNDERSTANDING\n\nThis Memorandum of Understanding is made between the CITY OF ALFA and the BORSTA SCHOOL DISTRICT.';
    for (const found of types(en, 'en')) expect(found).toBe('other');
  });

  it('no: a case\'s labelled parts ("Saken gjelder", "Saksopplysninger", "Vedtak:")', () => {
    const no =
      'Samarbeidsavtale med Borsta idrettslag\n\nSaken gjelder fornyelse av avtalen.\n\nSaksopplysninger\nAvtalen ble signert i 2019.\n\nVedtak: Avtalen godkjennes.';
    for (const found of types(no, 'no')) expect(found).toBe('other');
  });
});

describe('document type, round 14: more speech verbs as news signs', () => {
  it('sv, no, en: a quote attributed with "berättar", "forteller", "explained" makes the page news', () => {
    const sv =
      'Samverkansavtal för unga\n\nAlby kommun och Borsta IF samarbetar om lovaktiviteter i sommar.\n\n– Det blir roligt för barnen, berättar fritidschef Eva Berg.';
    for (const found of types(sv, 'sv')) expect(found).toBe('news-article');
    const no =
      'Samarbeidsavtale for unge\n\nAlby kommune og Borsta IL samarbeider om sommeraktiviteter.\n\n– Dette blir gøy for barna, forteller fritidsleder Kari Lund.';
    for (const found of types(no, 'no')) expect(found).toBe('news-article');
    const en =
      'Memorandum of understanding for youth sport\n\nThe Town of Alfa and Borsta College will work together on summer camps.\n\n"It is a good day for our young people," explained Mayor Jane Roe.';
    for (const found of types(en, 'en')) expect(found).toBe('news-article');
  });

  it('near miss: an agreement\'s own "…, fortsätter avtalet att gälla" is no speech', () => {
    const sv =
      'SAMVERKANSAVTAL\n\nmellan Alby kommun och Borsta IF.\n\nParterna ska samverka om lovaktiviteter. Om ingen part säger upp avtalet, fortsätter avtalet att gälla ett år i taget.';
    for (const found of types(sv, 'sv')) expect(found).toBe('cooperation-agreement');
  });
});

describe('document type, round 14: staff-report labels', () => {
  it('en: "Staff Contact:", "Background and Analysis:" and "City Manager Recommendation:" under an MOU title', () => {
    const en =
      'Renewal - Memorandum of Understanding with Borsta Youth League\nRecommended Action\nCity Manager Recommendation:\nMove to renew the MOU.\nThe Town of Alfa has worked with the Borsta Youth League since 2015.\nStaff Contact:\nJane Roe, Parks Planner\nBackground and Analysis:\nThe MOU has guided joint summer camps.';
    for (const found of types(en, 'en')) expect(found).toBe('other');
  });

  it("near miss: an MOU's own contact clause is no staff label", () => {
    const en =
      'MEMORANDUM OF UNDERSTANDING\n\nThis Memorandum of Understanding is entered into by the Town of Alfa and Borsta College.\n\nSection 4. Contacts\nEach Party shall name a staff contact for the joint programme.';
    for (const found of types(en, 'en')) expect(found).toBe('cooperation-agreement');
  });
});

describe('document type, round 14: about-agreement', () => {
  it('sv: a board that "beslutade ställa sig bakom avtalet" and a signing told later', () => {
    const sv =
      'Samverkansavtalet med Borsta högskola\n\nDen 4 mars 2021 skrev kommunstyrelsens ordförande på en ny överenskommelse om samverkan med Borsta högskola. Kommunstyrelsen beslutade samtidigt att ställa sig bakom avtalet.\n\nMålet med samverkansavtalet är att stärka kompetensförsörjningen.';
    for (const found of types(sv, 'sv')) expect(found).toBe('other');
  });

  it('no: the agreement ("Den") "ble vedtatt i" a council, told from outside', () => {
    const no =
      'Godt samarbeid i regionen\n\nSamarbeidsavtalen mellom Alby kommune og Borsta høgskole omfatter fire fagområder. Den ble vedtatt i kommunestyret i 2022 og varer ut perioden.';
    for (const found of types(no, 'no')) expect(found).toBe('other');
  });

  it('en: a council that approved the MOU, told from outside', () => {
    const en =
      'Memorandum of Understanding with Borsta College\n\nThe Town of Alfa and Borsta College work together on apprenticeships. In 2021 the Town Council approved the memorandum for three years.';
    for (const found of types(en, 'en')) expect(found).toBe('other');
  });

  it('near miss: an agreement that records its own adoption among its clauses stays the agreement', () => {
    const no =
      'SAMARBEIDSAVTALE\n\nmellom Alby kommune og Borsta høgskole, heretter kalt partene.\n\n§ 1 Formål\nPartene skal samarbeide om praksisplasser.\n\nAvtalen ble vedtatt i kommunestyret 3. mars 2023.';
    for (const found of types(no, 'no')) expect(found).toBe('cooperation-agreement');
  });
});

describe('document type, round 14: plural-type-word', () => {
  it('no, en: a title naming agreements in the plural is a page about them', () => {
    const no =
      'Partnerskapsavtaler med kommunene\n\nFylket er i gang med å inngå partnerskapsavtaler med alle kommunene i Alby-regionen.\n\nAvtalene består av en felles del og en lokal del.';
    for (const found of types(no, 'no')) expect(found).toBe('other');
    const en =
      'Partnership Agreements with Local Schools\n\nThe Town of Alfa works with eight schools on reading programmes.\n\nEach school agrees on its own goals with the town.';
    for (const found of types(en, 'en')) expect(found).toBe('other');
  });

  it('near miss: a singular title is still the agreement', () => {
    const no =
      'Partnerskapsavtale med Alby kommune\n\nFylket og Alby kommune inngår denne avtalen om samarbeid om næringsutvikling.\n\nAvtalen gjelder i fire år.';
    for (const found of types(no, 'no')) expect(found).toBe('cooperation-agreement');
  });
});
