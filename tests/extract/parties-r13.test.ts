import { describe, expect, it } from 'vitest';
import { both, partyNamesBothReadings } from './helpers.ts';

describe('party names, round 13: news prose', () => {
  it('lower-case-name-after-and: "A og universitetet i B" names two parties, the second capitalised', () => {
    const no =
      'Ny avtale\n\nAlby kommune og universitetet i Nordby (UiN) har denne uka inngått en samarbeidsavtale. Formålet er å styrke forskningen.';
    for (const reading of both(no, 'no')) {
      const parties = reading.fields.parties;
      expect(parties.map((party) => party.name)).toEqual(['Alby kommune', 'Universitetet i Nordby']);
      expect(parties.map((party) => party.abbreviation)).toEqual([null, 'UiN']);
    }
    const title =
      'Samarbeidsavtale mellom Alby kommune og høgskolen i Nordby\n\nAvtalen gjelder fra 1. mars.';
    for (const found of partyNamesBothReadings(title, 'no'))
      expect(found).toEqual(['Alby kommune', 'Høgskolen i Nordby']);
    // A lower-case word that heads no name ("og kommunen i Nordby") stays out.
    const generic = 'Ny avtale\n\nAlby kommune og kommunen i Nordby har inngått en samarbeidsavtale.';
    for (const found of partyNamesBothReadings(generic, 'no'))
      expect(found).not.toContain('Kommunen i Nordby');
  });

  it("later-lead-list: a caption naming a person before the lead does not hide the lead's parties", () => {
    const no =
      'Ny samarbeidsavtale\n\nUiN og Kari Holm samarbeidsavtale\nRektor Per Berg ved Universitetet i Nordby og fylkesdirektør Kari Holm er fornøyde. Foto: Ola Dahl\n\nAlby fylkeskommune og universitetet i Nordby (UiN) har denne uka inngått en samarbeidsavtale.';
    for (const found of partyNamesBothReadings(no, 'no'))
      expect(found).toEqual(['Alby fylkeskommune', 'Universitetet i Nordby']);
  });
});

describe('party names, round 13: cooperating subject', () => {
  it('cooperating-subject: a lead whose subject cooperates names the parties (sv, no, en)', () => {
    const sv =
      'Nytt steg för regionen\n\nAlby kommun och Borsta högskola fördjupar sitt samarbete inom en rad områden.\n\nDet gäller främst utbildning.';
    for (const found of partyNamesBothReadings(sv, 'sv'))
      expect(found).toEqual(['Alby kommun', 'Borsta högskola']);
    const no =
      'Tryggere skolehverdag\n\nAlby fylkeskommune og Nordby politidistrikt samarbeider allerede på flere områder.\n\nSkolene er viktigst.';
    for (const found of partyNamesBothReadings(no, 'no'))
      expect(found).toEqual(['Alby fylkeskommune', 'Nordby politidistrikt']);
    const en =
      'Better roads ahead\n\nThe City of Alfa and Beta County will work together to repair rural roads.\n\nWork starts in May.';
    for (const found of partyNamesBothReadings(en, 'en'))
      expect(found).toEqual(['City of Alfa', 'Beta County']);
  });

  it('cooperating-subject: one organisation cooperating with people or a generic word is no party pair', () => {
    const no =
      'Tryggere skolehverdag\n\nSkolene og politiet samarbeider allerede på flere områder.\n\nSkolene er viktigst.';
    for (const found of partyNamesBothReadings(no, 'no')) expect(found).toEqual([]);
  });

  it('headline-then-sentence: a name in a headline run into the next sentence ends with the headline', () => {
    const sv =
      'Stärkt samarbete mellan kommunen och Högskolan i Alby\n\nStärkt samverkan med Högskolan i Alby var ett av ärendena på sammanträdet.\n\nAlby kommun och Högskolan i Alby fördjupar sitt samarbete.';
    for (const found of partyNamesBothReadings(sv, 'sv'))
      expect(found).toEqual(['Högskolan i Alby', 'Alby kommun']);
  });
});

describe('party names, round 13: labels that are no names', () => {
  it('news-kicker: a section label in capitals run into the lead is no party', () => {
    const sv =
      'Publicerad: 2020-01-10\n\nNytt avtal för vården\n\nNYHET Alby universitet, Borsta AB och Cela kommun har tecknat ett nytt samverkansavtal. Det gäller i fem år.';
    for (const found of partyNamesBothReadings(sv, 'sv'))
      expect(found).toEqual(['Alby universitet', 'Borsta AB', 'Cela kommun']);
    const en =
      'Road deal\n\nUPDATE The City of Alfa, Beta County and Gamma College have signed a memorandum of understanding on roads.';
    for (const found of partyNamesBothReadings(en, 'en'))
      expect(found).toEqual(['City of Alfa', 'Beta County', 'Gamma College']);
  });

  it('between-the-parties: "by and between the parties hereto as follows:" opens the terms, not a party list', () => {
    const en =
      'MEMORANDUM OF UNDERSTANDING\n\nThis MOU is entered into by and between the City of Alfa ("City") and the Beta School District ("District").\n\nNOW, THEREFORE, it is mutually understood and agreed by and between the parties hereto as follows:\n1. Term\nThe term of this MOU shall be one year.\n2. Payment\nThe City shall pay the District.';
    for (const found of partyNamesBothReadings(en, 'en'))
      expect(found).toEqual(['City of Alfa', 'Beta School District']);
  });
});

describe('party names, round 13: bulleted lists', () => {
  it('bulleted-list-after-label: "signed by the following partners:" and its bulleted names (sv, no, en)', () => {
    const en =
      'Decision notice\n\nThe agreement is signed by the following partners:\n-Alfa University\n-Beta City Council\n-Gamma Health and Care Alliance\nThe MOU is attached to this decision.';
    for (const found of partyNamesBothReadings(en, 'en'))
      expect(found).toEqual(['Alfa University', 'Beta City Council', 'Gamma Health and Care Alliance']);
    const sv =
      'Beslut\n\nAvtalet undertecknas av följande parter:\n• Alby kommun\n• Borsta högskola\n• Region Cela\n\n1 § Avtalet gäller i tre år.';
    for (const found of partyNamesBothReadings(sv, 'sv'))
      expect(found).toEqual(['Alby kommun', 'Borsta högskola', 'Region Cela']);
    const no =
      'Vedtak\n\nAvtalen er signert av følgende parter:\n- Alby kommune\n- Nordby fylkeskommune\nAvtalen gjelder i tre år.';
    for (const found of partyNamesBothReadings(no, 'no'))
      expect(found).toEqual(['Alby kommune', 'Nordby fylkeskommune']);
  });

  it('bulleted-list-after-label: bulleted topics after the label are no parties', () => {
    const en =
      'Decision notice\n\nThe following partners: will work on\n-Housing\n-Transport\nThe MOU is attached to this decision.';
    for (const found of partyNamesBothReadings(en, 'en')) expect(found).toEqual([]);
  });
});

describe('organisation numbers, round 13', () => {
  it('register-entry-no-comma: a number right after the name, before the postal address, is its own', () => {
    const sv =
      'Avtal om samverkan\n\nMellan Alby kommun, 212000-1694, 531 88 Alby, och Borsta kommun 212000-2924, 534 81 Borsta tecknas följande avtal.';
    for (const reading of both(sv, 'sv')) {
      const parties = reading.fields.parties;
      expect(parties.map((party) => party.name)).toEqual(['Alby kommun', 'Borsta kommun']);
      expect(parties.map((party) => party.orgNumber)).toEqual(['212000-1694', '212000-2924']);
    }
    // A number that fails its checksum is not taken without a label.
    const invalid =
      'Avtal om samverkan\n\nMellan Alby kommun, 212000-1694, 531 88 Alby, och Borsta kommun 212000-2925, 534 81 Borsta tecknas följande avtal.';
    for (const reading of both(invalid, 'sv'))
      expect(reading.fields.parties.map((party) => party.orgNumber)).toEqual(['212000-1694', null]);
  });
});

describe('party names, round 13: passive agent', () => {
  it('passive-agent-list: the organisations after "has been made by", "undertecknades av", "ble inngått av"', () => {
    const en =
      'A BOLD joint commitment to grow skills in the town has been made by Alfa Council and The University of Beta.\n\nThe document was signed on Tuesday.';
    for (const found of partyNamesBothReadings(en, 'en'))
      expect(found).toEqual(['Alfa Council', 'University of Beta']);
    const sv =
      'Nytt avtal\n\nI går undertecknades avtalet av Alby kommun och Borsta högskola.\n\nDet gäller i tre år.';
    for (const found of partyNamesBothReadings(sv, 'sv'))
      expect(found).toEqual(['Alby kommun', 'Borsta högskola']);
    const no =
      'Ny avtale\n\nAvtalen ble inngått av Alby kommune og Nordby fylkeskommune i går.\n\nDen gjelder i tre år.';
    for (const found of partyNamesBothReadings(no, 'no'))
      expect(found).toEqual(['Alby kommune', 'Nordby fylkeskommune']);
  });

  it('passive-agent-list: signers by title after "signed by" are no party list', () => {
    const en =
      'A memorandum of understanding has been signed by the leader of Alfa Council, Councillor Ann Berg, and the president of Beta College, Professor Tom Dale.';
    for (const reading of both(en, 'en'))
      expect(reading.fields.parties.map((party) => party.name)).not.toContain('Ann Berg');
  });
});
