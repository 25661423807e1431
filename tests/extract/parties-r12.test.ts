import { describe, expect, it } from 'vitest';
import { both, partyNamesBothReadings } from './helpers.ts';

describe('party names, round 12', () => {
  it('plural-of-bare-places: "the Towns of A, B and C" names each place by its bare name', () => {
    const en =
      'INTERLOCAL AGREEMENT\n\nBETWEEN THE TOWNS OF ELMORE, HADLEY\nAND NORTH FARLEY FOR JOINT ANIMAL CONTROL\n\nThis agreement is made by the Towns of Elmore, Hadley and North Farley, hereinafter "Towns".';
    for (const found of partyNamesBothReadings(en, 'en'))
      expect(found).toEqual(['Elmore', 'Hadley', 'North Farley']);
    // A singular "the City of A" keeps its noun.
    const singular =
      'Memorandum of Understanding between the City of Elmore and the County of Hadley on road repair.';
    for (const found of partyNamesBothReadings(singular, 'en'))
      expect(found).toEqual(['City of Elmore', 'County of Hadley']);
  });

  it("group-abbreviation: a plural organisation noun defined after the list is no party's abbreviation", () => {
    const en =
      'AGREEMENT\n\nAn agreement between the counties of Alder, Birch Hill, and Cedar Falls (COUNTIES) entered into on May 2, 2019 for shared road maintenance.';
    for (const reading of both(en, 'en')) {
      const parties = reading.fields.parties;
      expect(parties.map((party) => party.name)).toEqual(['Alder', 'Birch Hill', 'Cedar Falls']);
      expect(parties.map((party) => party.abbreviation)).toEqual([null, null, null]);
    }
  });
});

describe('party names, round 12: compounds', () => {
  it('hyphen-space-compound: "teknisk- naturvitenskapelige universitet" is one word before the noun', () => {
    const no =
      'Avtale om samarbeid\n\nSamarbeidsavtale mellom Alby kommune, Vestlandets medisinsk- tekniske høgskole og Universitetet i Borsta for perioden 2020–2023.';
    for (const found of partyNamesBothReadings(no, 'no'))
      expect(found).toEqual([
        'Alby kommune',
        'Vestlandets medisinsk- tekniske høgskole',
        'Universitetet i Borsta',
      ]);
    const sv =
      'Avtal om samverkan\n\nSamverkansavtal mellan Alby kommun och Nordiska samhälls- vetenskapliga institutet för åren 2021–2024.';
    for (const found of partyNamesBothReadings(sv, 'sv'))
      expect(found).toEqual(['Alby kommun', 'Nordiska samhälls- vetenskapliga institutet']);
    const en =
      'Memorandum of Understanding\n\nThis agreement is made between Alfa County and the Northern agri- cultural College for the years 2021 to 2024.';
    for (const found of partyNamesBothReadings(en, 'en'))
      expect(found).toEqual(['Alfa County', 'Northern agri- cultural College']);
  });
});

describe('party names, round 12: purposes', () => {
  it('purpose-after-place: "the Town of A for B" ends the name at its place', () => {
    const en =
      'Title: Memorandum of Understanding between Alfa County Fire District and the Town of Brixham for Emergency Dispatch Services\nAttachments: 1. Staff Report';
    for (const found of partyNamesBothReadings(en, 'en'))
      expect(found).toEqual(['Alfa County Fire District', 'Town of Brixham']);
    const sv =
      'Avtal mellan Alby kommun och Högskolan i Borsta för Hållbar Utveckling\n\nAvtalet gäller från 1 mars.';
    for (const found of partyNamesBothReadings(sv, 'sv'))
      expect(found).toEqual(['Alby kommun', 'Högskolan i Borsta']);
    const no =
      'Samarbeidsavtale mellom Alby kommune og Universitetet i Borsta for Nasjonal Forskningsinfrastruktur\n\nAvtalen gjelder fra 1. mars.';
    for (const found of partyNamesBothReadings(no, 'no'))
      expect(found).toEqual(['Alby kommune', 'Universitetet i Borsta']);
    // "for" right after the organisation noun, or after a noun of its own, stays inside the name.
    const inside =
      'Memorandum of Understanding between the County of Alfa and the Brixham University Center for Rural Health';
    for (const found of partyNamesBothReadings(inside, 'en'))
      expect(found).toEqual(['County of Alfa', 'Brixham University Center for Rural Health']);
    const centre = 'Agreement between the Alfa Centre for Ageing and the University of Brixham';
    for (const found of partyNamesBothReadings(centre, 'en'))
      expect(found).toEqual(['Alfa Centre for Ageing', 'University of Brixham']);
  });
});

describe('party names, round 12: care of', () => {
  it('name-junk-tail, care-of-unit: a quote mark and "c/o" with the unit after it are no party', () => {
    const no =
      'SAMARBEIDSAVTALE\nmellom\nAlby kommune – «AK»\nc/o Plan- og bygningsetaten og\nBorsta Energi AS';
    for (const found of partyNamesBothReadings(no, 'no'))
      expect(found).toEqual(['Alby kommune', 'Borsta Energi AS']);
    const sv = 'SAMARBETSAVTAL\nmellan\nAlby kommun – ”AK”\nc/o Kulturförvaltningen och\nBorsta Teater AB';
    for (const found of partyNamesBothReadings(sv, 'sv'))
      expect(found).toEqual(['Alby kommun', 'Borsta Teater AB']);
    const en =
      'AGREEMENT\nbetween\nAlfa Housing Trust ("AHT")\nc/o Beta Property Services and\nBrixham Borough Council';
    for (const found of partyNamesBothReadings(en, 'en')) {
      expect(found).toContain('Brixham Borough Council');
      expect(found).not.toContain('Beta Property Services');
    }
  });
});

describe('party names, round 12: letterheads', () => {
  it('letterhead-label, compound-title: field labels and a role in a letterhead are no parties', () => {
    const sv =
      'Avtal om verksamhetsstöd för Alby Teaterförenings verksamhet i och drift av Borstascenen\n\nReferens Mottagare\n\nEnhetschef Kultur och unga vuxna\n\nAnna Berg Alby Teaterförening\n\nPer Holm\n\nAvtal om verksamhetsstöd för Alby Teaterförenings verksamhet';
    for (const found of partyNamesBothReadings(sv, 'sv')) expect(found).toEqual([]);
    const no =
      'Avtale om driftstilskudd for Borsta Idrettslags virksomhet i og drift av Alfahallen\n\nSaksbehandler Mottaker\n\nAvdelingsleder Kultur og unge voksne\n\nKari Holm Borsta Idrettslag\n\nPer Dahl\n\nAvtale om driftstilskudd for Borsta Idrettslags virksomhet';
    for (const found of partyNamesBothReadings(no, 'no')) expect(found).toEqual([]);
  });

  it('letterhead-label: a name that opens with a field label is dropped, a role compound alone too', () => {
    const en = 'Memorandum of Understanding between Recipient Reference Office and Alfa Theatre Trust.';
    for (const found of partyNamesBothReadings(en, 'en'))
      expect(found).not.toContain('Recipient Reference Office');
    const sv = 'Avtalet tecknades mellan Verksamhetschef Kultur och Alby kommun.';
    for (const found of partyNamesBothReadings(sv, 'sv'))
      expect(found).not.toContain('Verksamhetschef Kultur');
    // An organisation noun that merely ends like a title stays ("Alby Näringslivsråd" has no title head).
    const no = 'Samarbeidsavtale mellom Alby kommune og Borsta Næringsråd.';
    for (const found of partyNamesBothReadings(no, 'no'))
      expect(found).toEqual(['Alby kommune', 'Borsta Næringsråd']);
  });
});

describe('party names, round 12: plurals and articles', () => {
  it('plural-org-noun: an English organisation noun in the plural closes a name in capitals', () => {
    const en =
      'MEMORANDUM OF UNDERSTANDING BETWEEN THE ALFA COUNTY AND THE BRIXHAM MEMORIAL HOSPITALS\n\nUpon the recommendation of the Committee, the following resolution was adopted.';
    for (const found of partyNamesBothReadings(en, 'en'))
      expect(found).toEqual(['ALFA COUNTY', 'BRIXHAM MEMORIAL HOSPITALS']);
  });

  it('article-after-and: of several conjunctions the one before an article opens the next party', () => {
    const en =
      'APPROVAL OF MEMORANDUM OF UNDERSTANDING BETWEEN THE WARDEN AND FELLOWS AND THE BRIXHAM GENERAL HOSPITALS\n\nUpon the recommendation of the Finance Committee, the following resolution was adopted.';
    for (const found of partyNamesBothReadings(en, 'en')) {
      expect(found).toContain('BRIXHAM GENERAL HOSPITALS');
      expect(found.some((name) => /\sAND THE\s/u.test(name))).toBe(false);
    }
    // One conjunction: the first cut stands as before.
    const sv = 'Avtal mellan Alby kommun och Borsta Teater AB om scenkonst';
    for (const found of partyNamesBothReadings(sv, 'sv'))
      expect(found).toEqual(['Alby kommun', 'Borsta Teater AB']);
  });
});

describe('party names, round 12: columns of parties', () => {
  it('line-per-party-after-and, repeated-org-tail: after "And" each line names one more party', () => {
    const en =
      'PARTNERSHIP AGREEMENT\nBetween\nAlfa County Water District (Lead Agency)\nAnd\nBeta Unified School District\nGamma Unified School District\nDelta Valley Unified School District\nCONTENTS\n1 Preface 4';
    for (const found of partyNamesBothReadings(en, 'en'))
      expect(found).toEqual([
        'Alfa County Water District',
        'Beta Unified School District',
        'Gamma Unified School District',
        'Delta Valley Unified School District',
      ]);
    const no =
      'SAMARBEIDSAVTALE\nMellom\nAlby kommune (vertskommune)\nOg\nBorsta kommune\nKil kommune\nDalby kommune\nINNHOLD\n1 Formål';
    for (const found of partyNamesBothReadings(no, 'no'))
      expect(found).toEqual(['Alby kommune', 'Borsta kommune', 'Kil kommune', 'Dalby kommune']);
    const sv =
      'SAMARBETSAVTAL\nMellan\nAlby kommun (värdkommun)\nOch\nBorsta kommun\nKils kommun\nDalby kommun\nINNEHÅLL\n1 Syfte';
    for (const found of partyNamesBothReadings(sv, 'sv'))
      expect(found).toEqual(['Alby kommun', 'Borsta kommun', 'Kils kommun', 'Dalby kommun']);
    // A head-first name ("Högskolan Dalarna") before another of the same head is no repeated tail.
    const heads = 'Avtalet gäller samarbete med Alby universitet, Högskolan Dalby och Högskolan i Kil.';
    for (const found of partyNamesBothReadings(heads, 'sv')) expect(found).toContain('Högskolan Dalby');
  });
});

describe('party names, round 12: headlines', () => {
  it('headline-subject: a lead list run on from the headline does not make the headline a party', () => {
    const no =
      'Politiråd i Alby\n\nPolitiet og Alby kommune har inngått avtale om etablering av et politiråd i Alby.\n\nPolitirådet skal møtes to ganger i året.';
    for (const found of partyNamesBothReadings(no, 'no')) expect(found).toEqual(['Politiet', 'Alby kommune']);
    const en =
      'Joint Community Safety Board\n\nAlby Police and Alby Borough Council have signed an agreement to set up a joint community safety board.\n\nThe board will meet twice a year.';
    for (const found of partyNamesBothReadings(en, 'en'))
      expect(found).toEqual(['Alby Police', 'Alby Borough Council']);
    const sv =
      'Brottsförebyggande råd i Alby\n\nPolisen och Alby kommun har tecknat ett avtal om att inrätta ett brottsförebyggande råd i Alby.';
    for (const found of partyNamesBothReadings(sv, 'sv')) expect(found).toEqual(['Polisen', 'Alby kommun']);
  });
});

describe('party names, round 12: initials', () => {
  it('own-initials-apart: two names defined with their own initials are two parties', () => {
    const cases: [string, 'sv' | 'no' | 'en', string[]][] = [
      [
        'SAMARBETSAVTAL mellan Alby Konsthall (AK) och Alby Konsthall Ungdom (AKU)\n1. Bakgrund\nAvtalet reglerar samarbetet.',
        'sv',
        ['Alby Konsthall', 'Alby Konsthall Ungdom'],
      ],
      [
        'SAMARBEIDSAVTALE mellom Alby Turn (AT) og Alby Turn Elite (ATE)\n1. Bakgrunn\nAvtalen regulerer samarbeidet.',
        'no',
        ['Alby Turn', 'Alby Turn Elite'],
      ],
      [
        'MEMORANDUM OF UNDERSTANDING between Brixham Rowing Club (BRC) and Brixham Rowing Club Juniors (BRCJ)\n1. Purpose\nThe clubs agree to share boats.',
        'en',
        ['Brixham Rowing Club', 'Brixham Rowing Club Juniors'],
      ],
    ];
    for (const [text, language, expected] of cases)
      for (const found of partyNamesBothReadings(text, language)) expect(found).toEqual(expected);
  });
});

describe('party names, round 12: units', () => {
  it('unit-after-place: a place and a unit type after it ("Vestby Politidistrikt") is a name', () => {
    const no =
      'Samarbeidsavtale Vestby Politidistrikt og Alby kommune\n\nArbeidet med reformen foregår for fullt.';
    for (const found of partyNamesBothReadings(no, 'no'))
      expect(found).toEqual(['Vestby Politidistrikt', 'Alby kommune']);
    const sv =
      'Samverkansöverenskommelse Alby Lokalpolisområde och Borsta kommun\n\nArbetet med avtalet har pågått sedan i våras.';
    for (const found of partyNamesBothReadings(sv, 'sv'))
      expect(found).toEqual(['Alby Lokalpolisområde', 'Borsta kommun']);
    // The type alone is still no name.
    const alone = 'Avtal mellan Lokalpolisområde och Borsta kommun om trygghet.';
    for (const found of partyNamesBothReadings(alone, 'sv')) expect(found).not.toContain('Lokalpolisområde');
  });
});
