import { describe, expect, it } from 'vitest';
import { partyNamesBothReadings } from './helpers.ts';

// Invented phrasings that mirror real public documents the rules had not seen (issue #11, fresh set
// fresh-parties): each rule holds with the text's line breaks and with them flattened to spaces.
const bothNames = partyNamesBothReadings;

describe('party names on unseen sources (fresh-parties)', () => {
  it('name-final-conjunction: a title line "BETWEEN THE TOWN OF A AND" gives no name ending in "AND"', () => {
    const text =
      'MEMORANDUM OF UNDERSTANDING\n\nCONCERNING SHARED COSTS\n\nBETWEEN THE TOWN OF ALDERBURY AND\n\nTHE UNIVERSITY OF WESTMARCH AT ALDERBURY\n\nThis Memorandum of Understanding is entered into this the ___ day of ______, 2003, by and between the Town of Alderbury and the University of Westmarch at Alderbury.';
    for (const found of bothNames(text, 'en')) {
      expect(found.some((name) => /\sand$/iu.test(name))).toBe(false);
      expect(found.map((name) => name.toLowerCase())).toEqual([
        'town of alderbury',
        'university of westmarch at alderbury',
      ]);
    }
  });

  it('agreement-phrase-name: "execute a Memorandum of Understanding with X" takes no agreement for a party', () => {
    const text =
      'Loading... 12-R-21 A RESOLUTION Authorizing the City Manager to Execute a Memorandum of Understanding with Harlow College\nWHEREAS, the City and Harlow College have worked together for years; and\nWHEREAS, the City seeks to enter into a Memorandum of Understanding ("MOU") with Harlow College for the events in the North Zoning District, NOW, THEREFORE, BE IT RESOLVED';
    for (const found of bothNames(text, 'en')) {
      expect(found).not.toContain('Memorandum of Understanding');
      // "NOW, THEREFORE" opens the operative part: no list of names goes on into it.
      expect(found.some((name) => /^(?:NOW|THEREFORE|BE)$/u.test(name))).toBe(false);
    }
  });

  it('photo-credit-before-name: the photographer after "Foto:" is no party', () => {
    const text =
      'Ordfører Kari Holm og leder i idrettsrådet Per NessFoto: Ola Dahl, Nordby kommune\n\nAvtalen er signert\n\nPartnerskapsavtalen mellom idrettsrådet og kommunen er undertegnet.';
    for (const found of bothNames(text, 'no')) expect(found).not.toContain('Ola Dahl');
  });

  it('compound-place: "Sogn og Fjordane" inside a name is one place, not two list entries', () => {
    const text =
      'Fylkeskommunen og statsforvaltaren med samarbeidsavtale\n\nDei to organisasjonane møtest fire gonger i året.\n\nSamarbeidsavtale mellom Statsforvaltaren i Møre og Romsdal og Møre og Romsdal fylkeskommune.';
    for (const found of bothNames(text, 'no'))
      expect(found).toEqual(['Statsforvaltaren i Møre og Romsdal', 'Møre og Romsdal fylkeskommune']);
  });

  it('list-ends-after-conjunction: no name runs on without a separator after the last "og" entry', () => {
    const text =
      'Samarbeidsavtale Vestregionen er et politisk samarbeid mellom fylkeskommunene Alfa, Beta, Gamma og Nordby kommune Våren 2022 ble ny samarbeidsavtale vedtatt.';
    for (const found of bothNames(text, 'no')) {
      expect(found).not.toContain('Våren');
      expect(found).toContain('Nordby kommune');
    }
  });

  it('by-and-among: a three-party clause "by and among A, B and C" is read as a party clause', () => {
    const text =
      'MEMORANDUM OF UNDERSTANDING\n\nThis Memorandum of Understanding is entered into this ___ day of ______, 2012 by and among the City of Fairport, a Wisconsin municipal corporation (the "City") and the Lakeside Parks Trust, Inc., a Wisconsin nonprofit corporation (the "LPT") and Harbour Skate, LLC, a Wisconsin limited liability company ("Harbour Skate").\n\nRECITALS:\n\nA. The City owns the land.';
    for (const found of bothNames(text, 'en')) {
      expect(found).toContain('City of Fairport');
      expect(found.some((name) => name.startsWith('Lakeside Parks Trust'))).toBe(true);
      expect(found.some((name) => name.startsWith('Harbour Skate'))).toBe(true);
    }
    // "by and amongst the Parties" is no party clause.
    const amongst =
      'The terms of the loan would be negotiated by and amongst the Parties. 1. The City will lend funds. 2. As a show of good faith, the District will pay.';
    for (const found of bothNames(amongst, 'en')) expect(found).not.toContain('As a');
  });

  it('definition-closes-entry: a definition in brackets and a comma end one party of a clause', () => {
    const text =
      'COOPERATION AGREEMENT\n\nTHIS COOPERATION AGREEMENT is made this ___ day of ______, 2014, by and among the Director of Family Services (hereinafter referred to as "Director"), the City of Marlow, Kansas (hereinafter referred to as "City"), and the Board of County Commissioners of Ellis, Kansas (hereinafter referred to as "County").';
    for (const found of bothNames(text, 'en')) {
      expect(found).toContain('City of Marlow');
      expect(found).toContain('Board of County Commissioners of Ellis');
    }
  });

  it('one-word-inserted: a heading that leaves a word out of a long name names the same party', () => {
    const text =
      'PARTNERSHIP AGREEMENT\n\nBETWEEN\n\nTHE ALDER COUNTY BOARD OF EDUCATION\n\nAND\n\nTHE ALDER BOARD OF COMMISSIONERS\n\nThis agreement entered into on this 4th day of May, 2012 by and between The Alder County Board of Education, hereinafter referred to as the "School Board"\n\nAnd\n\nThe Alder County Board of Commissioners, hereinafter referred to as the "County."';
    for (const found of bothNames(text, 'en')) expect(found).toHaveLength(2);
    // Short names that differ by a word stay apart ("University of Alfa", "University College of Alfa").
    const short = 'Avtalen er inngått mellom University of Alfa og University College of Alfa.';
    for (const found of bothNames(short, 'no')) expect(found).toHaveLength(2);
  });

  it('state-apposition: a US state after a city name is its place, not a second party', () => {
    const text =
      'GRANT APPLICATION MEMORANDUM OF UNDERSTANDING This Memorandum of Understanding is between the City of Millbrook, Ohio hereinafter referred to as City, and the Ohio Valley Regional Planning Council hereinafter referred to as OVRPC. WHEREAS, the City wishes to engage OVRPC.';
    for (const found of bothNames(text, 'en')) {
      expect(found).not.toContain('Ohio');
      expect(found).toEqual(['City of Millbrook', 'Ohio Valley Regional Planning Council']);
    }
  });

  it('unquoted-defined-term: "nedan kallad kommunen," after a name is an aside, the list goes on', () => {
    const text =
      'ARRENDEAVTAL Dnr: KS 2011/42\nMellan Norrvik kommun, nedan kallad kommunen, och Fjärrnät Syd AB orgnr , nedan kallat bolaget, har träffats följande ARRENDEAVTAL\n1. Avtalets omfattning\nKommunen upplåter mark till bolaget.';
    for (const found of bothNames(text, 'sv')) expect(found).toEqual(['Norrvik kommun', 'Fjärrnät Syd AB']);
  });

  it('apposition-before-quoted-term: ", a non-profit corporation ("X")," is an aside, the list goes on', () => {
    const text =
      'This Memorandum of Understanding ("MOU") reflects the mutual intention and understanding of the Westland Board of Regents, a body corporate, for and on behalf of The University of Westland ("University"), Elm Hill Neighborhood Association, a non-profit corporation ("EHNA"), and the City of Ridgeford, a municipal corporation ("City") regarding planning for the campus.\nSpirit of Agreement. This Memorandum is the result of a joint planning process.';
    for (const found of bothNames(text, 'en'))
      expect(found).toEqual([
        'University of Westland',
        'Elm Hill Neighborhood Association',
        'City of Ridgeford',
      ]);
  });

  it('signature-label-in-name: a flattened "För X" / "For X:" label ends the party name before it', () => {
    const sv =
      'AVSIKTSFÖRKLARING\nmellan Alby kommun och Bety AB\n\nFör Alby kommun\n\nAnna Berg\nKommunstyrelsens ordförande\n\nFör Bety AB\n\nPer Lind\n';
    for (const found of bothNames(sv, 'sv')) expect(found).toEqual(['Alby kommun', 'Bety AB']);
    const en =
      'MEMORANDUM OF UNDERSTANDING\nbetween Alder University and City of Brook\n\nFor Alder University:\n\nJane Moss, President\n';
    for (const found of bothNames(en, 'en')) expect(found).toEqual(['Alder University', 'City of Brook']);
    // A title-case English name keeps its "For" when no colon follows ("Center For Rural Studies").
    const named = 'Agreement between Center For Rural Studies and City of Brook. The parties agree.';
    for (const found of bothNames(named, 'en')) expect(found[0]).toBe('Center For Rural Studies');
  });
});
