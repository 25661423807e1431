import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

/**
 * Where a title ends when a cover page sets its parts apart, when a period stands after it, and where a news
 * headline ends when the text lost its line breaks. Each text is an invented phrasing of a form seen in real
 * agreements and news pages, read as written and flattened.
 */

describe('rule cover-between-line: a capitalised "Between …" line under a bare document type', () => {
  it('names the parties in the title (en, sv, no)', () => {
    const en =
      'Memorandum of Understanding\n\nBetween Alby Harbour Board and Council of the Borby Coast\n\nMarch 2020\n\n1. The Parties\n\nThe Board and the Council share the harbour.';
    for (const reading of both(en, 'en'))
      expect(reading.fields.title).toBe(
        'Memorandum of Understanding Between Alby Harbour Board and Council of the Borby Coast',
      );
    const sv =
      'Samarbetsavtal\n\nMellan Alby kommun och Borby kommun\n\n1. Bakgrund\n\nKommunerna har länge samarbetat om skolskjutsar.';
    expect(both(sv, 'sv')[0].fields.title).toBe('Samarbetsavtal Mellan Alby kommun och Borby kommun');
    const no =
      'Samarbeidsavtale\n\nMellom Alby kommune og Borby kommune\n\n1. Bakgrunn\n\nKommunene har lenge samarbeidet om skoleskyss.';
    expect(both(no, 'no')[0].fields.title).toBe('Samarbeidsavtale Mellom Alby kommune og Borby kommune');
  });

  it('keeps "Between" when a running header repeats the type and a month closes a linked name (en)', () => {
    const en =
      'Memorandum of Understanding\n\nBetween Alby Port and Transport for the North\n\nSeptember 2018\n\nMemorandum of Understanding – Alby Port and Transport for the North September 2018\n\n1. The Parties\n\nThe Port and the Authority share a rail link.';
    for (const reading of both(en, 'en'))
      expect(reading.fields.title).toBe(
        'Memorandum of Understanding Between Alby Port and Transport for the North',
      );
  });

  it('leaves a sentence that opens with "Between" out', () => {
    const en =
      'Memorandum of Understanding\n\nBetween 2015 and 2019 the towns shared one harbour master.\n\nThe towns now agree to share a pilot service.';
    expect(both(en, 'en')[0].fields.title).toBe('Memorandum of Understanding');
  });
});

describe('rule caps-cover-lines: a title in capitals over lines set apart by blank lines', () => {
  it('runs on over its lines in capitals up to the text (en, sv)', () => {
    const en =
      'MEMORANDUM OF UNDERSTANDING\n\nBETWEEN THE COASTAL TOWNS OF THE NORTH\n\nSETTING UP A JOINT FERRY SERVICE\n\nThe present Memorandum continues the towns’ work on ferries.';
    for (const reading of both(en, 'en'))
      expect(reading.fields.title).toBe(
        'Memorandum of understanding between the coastal towns of the north setting up a joint ferry service',
      );
    const sv =
      'AVSIKTSFÖRKLARING\n\nMELLAN KUSTKOMMUNERNA I NORR\n\nOM EN GEMENSAM FÄRJELINJE\n\nDenna avsiktsförklaring gäller kommunernas arbete med färjor.';
    expect(both(sv, 'sv')[0].fields.title).toBe(
      'Avsiktsförklaring mellan kustkommunerna i norr om en gemensam färjelinje',
    );
  });

  it('stops at a section heading in capitals', () => {
    const en =
      'MEMORANDUM OF UNDERSTANDING\n\nBETWEEN ALBY TOWN AND BORBY TOWN\n\nRECITALS\n\nThe towns share a ferry.';
    expect(both(en, 'en')[0].fields.title).toBe(
      'Memorandum of understanding between alby town and borby town',
    );
  });
});

describe('rule title-period: the years an agreement runs, under its title', () => {
  it('close the title, also before a second print of it (sv, no, en)', () => {
    const sv =
      'Samverkansavtal\nmellan Alby kommun och Borby polisområde\n2020-2023\nSamverkansavtal\nmellan Alby kommun och Borby polisområde\nBakgrund\nKommunen och polisen har samverkat sedan 2012.';
    for (const reading of both(sv, 'sv'))
      expect(reading.fields.title).toBe('Samverkansavtal mellan Alby kommun och Borby polisområde 2020-2023');
    const no =
      'Samarbeidsavtale mellom Alby kommune og Borby idrettslag\n\n2021–2024\n\n1. Formål\n\nPartene skal samarbeide om drift av idrettshallen.';
    expect(both(no, 'no')[0].fields.title).toBe(
      'Samarbeidsavtale mellom Alby kommune og Borby idrettslag 2021–2024',
    );
    const en =
      'Partnership Agreement between Alby College and Borby Council\n2019-22\nThe College and the Council agree to share their libraries.';
    expect(both(en, 'en')[0].fields.title).toBe(
      'Partnership Agreement between Alby College and Borby Council 2019-22',
    );
  });

  it('leaves a date or a backwards range out', () => {
    const sv =
      'Samverkansavtal mellan Alby kommun och Borby polisområde\n2020-03-01\nKommunen och polisen har samverkat sedan 2012.';
    expect(both(sv, 'sv')[0].fields.title).toBe('Samverkansavtal mellan Alby kommun och Borby polisområde');
    const en =
      'Partnership Agreement between Alby College and Borby Council\n2019-2012\nThe College and the Council agree to share their libraries.';
    expect(both(en, 'en')[0].fields.title).toBe(
      'Partnership Agreement between Alby College and Borby Council',
    );
  });
});

describe('rule lead-in-capitals: a paper sets the lead’s first word in capitals', () => {
  it('starts the lead after a headline in sentence case (en, sv, no)', () => {
    const en =
      'Towns agree on ferry plan as harbour fees rise\n\nCOUNCIL leaders from both sides of the bay have met to discuss a shared ferry service.';
    for (const reading of both(en, 'en'))
      expect(reading.fields.title).toBe('Towns agree on ferry plan as harbour fees rise');
    const sv =
      'Ny överenskommelse om trygghet i centrum\n\nPOLISEN och kommunen ska tillsammans arbeta för ett tryggare centrum.';
    for (const reading of both(sv, 'sv'))
      expect(reading.fields.title).toBe('Ny överenskommelse om trygghet i centrum');
    const no =
      'Ny avtale om trygghet i sentrum\n\nPOLITIET og kommunen skal sammen arbeide for et tryggere sentrum.';
    for (const reading of both(no, 'no'))
      expect(reading.fields.title).toBe('Ny avtale om trygghet i sentrum');
  });

  it('keeps an acronym inside the headline', () => {
    const en =
      'Councils sign agreement with NHSTRUST partners on care\n\nThe two councils and the trust will share staff from May.';
    for (const reading of both(en, 'en'))
      expect(reading.fields.title).toBe('Councils sign agreement with NHSTRUST partners on care');
  });
});

describe('rules caption-two-part-headline and date-opening: a caption over a headline in two parts', () => {
  it('takes the headline, up to a lead that opens with its day and month (no, sv)', () => {
    const no =
      'Rektor Kari Lund og direktør Per Berg signerer avtalen.\n\nNy samarbeidsavtale mellom Alby og Borby:\n– Skal gi studentene mer praksis\n\n20. november signerte Alby og Borby en ny avtale for de neste to årene. Studentene får praksisplass i bedriftene.';
    for (const reading of both(no, 'no'))
      expect(reading.fields.title).toBe(
        'Ny samarbeidsavtale mellom Alby og Borby: – Skal gi studentene mer praksis',
      );
    const sv =
      'Rektor Eva Ek och vd Per Berg skriver under avtalet.\n\nNytt samarbetsavtal mellan Alby och Borby:\n– Ska ge studenterna mer praktik\n\n20 november skrev Alby och Borby under ett nytt avtal för de kommande två åren. Studenterna får praktikplatser i företagen.';
    for (const reading of both(sv, 'sv'))
      expect(reading.fields.title).toBe(
        'Nytt samarbetsavtal mellan Alby och Borby: – Ska ge studenterna mer praktik',
      );
  });
});

describe('rule no-headline: a text that opens with its first paragraph', () => {
  it('has no title, rather than a sentence or a subheading further down (no, en)', () => {
    const no =
      'Alby kommune og Borby kommune inngår en samarbeidsavtale med det formål å utvikle et langsiktig vennskap mellom kommunene. Samarbeidet skal omfatte skole, kultur og næringsliv, og det skal bygge på frivillighet mellom lag, foreninger og bedrifter i begge kommunene. Kommunene vil utveksle erfaringer om drift av skoler og barnehager, og ungdom fra begge steder skal få tilbud om sommerjobb.\n\nTreårig samarbeidsavtale\n\nAvtalen gjelder i tre år og kan forlenges.';
    for (const reading of both(no, 'no')) expect(reading.fields.title).toBeNull();
    const en =
      'Alby Council and Borby Council have agreed a partnership to share their harbour services. The partnership covers pilotage, moorings and the upkeep of the breakwater, and it builds on ten years of informal help between the two harbour masters. Both councils will put money into a joint fund, and a board with members from each council will decide how it is spent each year.\n\nThree-year partnership agreement\n\nThe agreement runs for three years.';
    for (const reading of both(en, 'en')) expect(reading.fields.title).toBeNull();
  });
});
