import { describe, expect, it } from 'vitest';
import { cueSets } from '../../src/extract/cues/index.ts';
import { findDates } from '../../src/extract/dates.ts';
import type { Extraction } from '../../src/extract/index.ts';
import { both } from './helpers.ts';

// Validity and date forms written as grammar (round 11). Each text is invented and read as written and with its line
// breaks flattened to spaces.
const validity = (extraction: Extraction) => extraction.fields.validity;
type Lang = 'sv' | 'no' | 'en';

describe('validity, round 11', () => {
  it('day-ordinal-word: a day written as an ordinal word is a day number', () => {
    const dates: [string, Lang, string][] = [
      ['Mötet hölls den tjugoandra mars 2021 i Luleå.', 'sv', '2021-03-22'],
      ['Den förste maj 2019 träffades parterna.', 'sv', '2019-05-01'],
      ['Møtet blei halde den trettiførste august 2020.', 'no', '2020-08-31'],
      ['fra fjortende februar 2017', 'no', '2017-02-14'],
      ['signed on the twenty-third of June 2015 in Bergen', 'en', '2015-06-23'],
      ['signed on the 3rd of June 2015 in Bergen', 'en', '2015-06-03'],
      ['dated September thirtieth, 2011', 'en', '2011-09-30'],
    ];
    for (const [text, language, iso] of dates)
      expect(findDates(text, cueSets(language)).map((date) => date.iso)).toEqual([iso]);
  });

  it('day-ordinal-word: an ordinal without a month and year is no date', () => {
    const texts: [string, Lang][] = [
      ['Den andra parten ska svara inom tre veckor 2020.', 'sv'],
      ['The second meeting of 2020 was in May.', 'en'],
      ['den trettiende mai', 'no'],
    ];
    for (const [text, language] of texts) expect(findDates(text, cueSets(language))).toEqual([]);
  });

  it('agreement-begins: the agreement as the subject of a start verb gives the start date', () => {
    const texts: [string, Lang, string][] = [
      [
        'Nytt avtal\n\nAvtalet med bussbolaget, som vann anbudet, inleds den tredje mars 2021.',
        'sv',
        '2021-03-03',
      ],
      ['Nytt avtal\n\nSamarbetsavtalet börjar gälla 2022-09-01 och varar i tre år.', 'sv', '2022-09-01'],
      ['Ny avtale\n\nAvtalen med fergeselskapet starter første april 2020.', 'no', '2020-04-01'],
      ['Ny avtale\n\nSamarbeidsavtala tek til den 1. juni 2019.', 'no', '2019-06-01'],
      [
        'New agreement\n\nThe agreement with the operator begins on the first of July 2022.',
        'en',
        '2022-07-01',
      ],
      [
        'New agreement\n\nThe partnership will start on 4 May 2020 and run for two years.',
        'en',
        '2020-05-04',
      ],
    ];
    for (const [text, language, iso] of texts)
      for (const reading of both(text, language)) expect(validity(reading).start).toBe(iso);
  });

  it('agreement-begins: a project or a course that begins is no start of the agreement', () => {
    const texts: [string, Lang][] = [
      ['Nytt projekt\n\nProjektet inleds den första mars 2021.', 'sv'],
      ['Nytt prosjekt\n\nKurset starter første april 2020.', 'no'],
      ['New course\n\nThe course begins on the first of July 2022.', 'en'],
    ];
    for (const [text, language] of texts)
      for (const reading of both(text, language)) expect(validity(reading).start).toBeNull();
  });
});

describe('validity, round 11: durations', () => {
  it('agreement-adjective: a length in years on the agreement noun is its duration', () => {
    const texts: [string, Lang, number][] = [
      ['Nytt avtal\n\nGenom det fyraåriga samverkansavtalet ska kommunerna dela på kostnaderna.', 'sv', 48],
      ['Tvåårig avsiktsförklaring\n\nKommunerna har tecknat en avsiktsförklaring.', 'sv', 24],
      ['Ny avtale\n\nFylket og byen har inngått en treårig samarbeidsavtale om kollektivtrafikk.', 'no', 36],
      ['Ny avtale\n\nDei har skrive under ei toårig intensjonserklæring.', 'no', 24],
      ['New agreement\n\nThe city and the port signed a 3-year MOU on shore power.', 'en', 36],
    ];
    for (const [text, language, months] of texts)
      for (const reading of both(text, language)) expect(validity(reading).durationMonths).toBe(months);
  });

  it('agreement-adjective: a project, a lease or an additional period is no duration of the agreement', () => {
    const texts: [string, Lang][] = [
      ['Nytt avtal\n\nAvtalet gör det möjligt att starta ett treårigt forskningsprojekt.', 'sv'],
      ['Nytt avtal\n\nKommunen har sedan tidigare ett femårigt hyresavtal med bolaget.', 'sv'],
      ['Ny avtale\n\nAvtalen gir rom for et treårig samarbeidsprosjekt.', 'no'],
      ['Ny avtale\n\nAvtalen kan forlenges med ytterligere en toårig avtale.', 'no'],
      ['New agreement\n\nThe agreement funds a three-year research project.', 'en'],
    ];
    for (const [text, language] of texts)
      for (const reading of both(text, language)) expect(validity(reading).durationMonths).toBeNull();
  });
});

describe('validity, round 11: periods of years', () => {
  it('year-period: the agreement with its years runs from the first day of the first to the last day of the last', () => {
    const texts: [string, Lang, string, string][] = [
      ['Nytt avtal\n\nAvtalet gäller för 2020–2022 och kan förlängas.', 'sv', '2020-01-01', '2022-12-31'],
      [
        'Nytt avtal\n\nAvsiktsförklaringen, som undertecknades i dag, gäller för 2021-2023.',
        'sv',
        '2021-01-01',
        '2023-12-31',
      ],
      [
        'Nytt avtal\n\nRiktlinjer för samverkan under perioden 2011-2014 antogs i maj.',
        'sv',
        '2011-01-01',
        '2014-12-31',
      ],
      ['Ny avtale\n\nAvtaleperioden er 2019 – 2023.', 'no', '2019-01-01', '2023-12-31'],
      [
        'Ny avtale\n\nKommunene skal signere en ny samarbeidsavtale for 2015 - 2016.',
        'no',
        '2015-01-01',
        '2016-12-31',
      ],
      ['New agreement\n\nThe partnership runs for the years 2021-2024.', 'en', '2021-01-01', '2024-12-31'],
      [
        'Nytt förslag\n\nEn ny överenskommelse som avses gälla för 2016 läggs fram.',
        'sv',
        '2016-01-01',
        '2016-12-31',
      ],
    ];
    for (const [text, language, start, end] of texts)
      for (const reading of both(text, language)) {
        expect(validity(reading).start).toBe(start);
        expect(validity(reading).end).toBe(end);
        expect(validity(reading).durationMonths).toBeNull();
      }
  });

  it("year-period: a plan's years, a year of the work or a date is no period of the agreement", () => {
    const texts: [string, Lang][] = [
      ['Nytt avtal\n\nAvtalet bygger på kommunens handlingsplan 2020–2030.', 'sv'],
      ['Nytt avtal\n\nSamarbetet under 2016 gällde främst skolan.', 'sv'],
      ['Ny avtale\n\nAvtalen bygger på Kommuneplanen 2020 – 2032 og strategien.', 'no'],
      ['New agreement\n\nThe agreement supports the Climate Plan 2021-2030.', 'en'],
      ['Nytt avtal\n\nAvtalet 2016-05-12 gav kommunerna mer ansvar.', 'sv'],
    ];
    for (const [text, language] of texts)
      for (const reading of both(text, language)) {
        expect(validity(reading).start).toBeNull();
        expect(validity(reading).end).toBeNull();
      }
  });

  it('title-years: a title that names the agreement and ends with its years, on its line or the next', () => {
    const texts: [string, Lang][] = [
      [
        'Samarbetsavtal mellan Alby kommun och Borby kommun\n2021-2023\n\nBakgrund\n\nKommunerna samarbetar.',
        'sv',
      ],
      [
        'Samarbeidsavtale mellom Alby kommune og Borby kommune 2021–2023\n\nBakgrunn\n\nKommunene samarbeider.',
        'no',
      ],
      [
        'Memorandum of Understanding between Alby and Borby\n2021 - 2023\n\nBackground\n\nThe towns work together.',
        'en',
      ],
    ];
    for (const [text, language] of texts)
      for (const reading of both(text, language)) {
        expect(validity(reading).start).toBe('2021-01-01');
        expect(validity(reading).end).toBe('2023-12-31');
      }
  });

  it("title-years: a title with a topic gives the topic's years", () => {
    const texts: [string, Lang][] = [
      ['Avtal om handlingsplan för skolan\n2021-2023\n\nBakgrund\n\nKommunerna samarbetar.', 'sv'],
      ['Agreement on the Climate Strategy 2021-2030\n\nBackground\n\nThe towns work together.', 'en'],
    ];
    for (const [text, language] of texts)
      for (const reading of both(text, language)) expect(validity(reading).start).toBeNull();
  });

  it('end-before-start: a date of an earlier agreement gives way to the period read as one', () => {
    const text =
      'Förslag\n\nKommunen har tidigare godkänt avtal om samverkan till och med 31 dec 2019. Föreliggande förslag är en ny överenskommelse som avses gälla för 2020.';
    for (const reading of both(text, 'sv')) {
      expect(validity(reading).start).toBe('2020-01-01');
      expect(validity(reading).end).toBe('2020-12-31');
    }
  });

  it('coordinated verbs: the agreement that begins and lasts gives both its start and its duration', () => {
    const texts: [string, Lang][] = [
      ['Nytt avtal\n\nAvtalet med rederiet inleds den första mars 2021 och varar i tre år.', 'sv'],
      ['Ny avtale\n\nAvtalen med rederiet starter første mars 2021 og varer i tre år.', 'no'],
      [
        'New agreement\n\nThe agreement with the operator begins on the first of March 2021 and lasts three years.',
        'en',
      ],
    ];
    for (const [text, language] of texts)
      for (const reading of both(text, language)) {
        expect(validity(reading).start).toBe('2021-03-01');
        expect(validity(reading).durationMonths).toBe(36);
      }
  });
});

describe('validity, round 11: the end of a year', () => {
  it('year-end: the agreement that runs to the end of a year ends on its last day', () => {
    const texts: [string, Lang][] = [
      ['Nytt avtal\n\nDet nya avtalet, som ersätter det gamla, gäller till och med 2025.', 'sv'],
      ['Ny avtale\n\nDen nye samarbeidsavtalen, som ble signert i går, varer ut 2025.', 'no'],
      ['New agreement\n\nThe new partnership agreement runs through the end of 2025.', 'en'],
    ];
    for (const [text, language] of texts)
      for (const reading of both(text, language)) expect(validity(reading).end).toBe('2025-12-31');
  });

  it('year-end: a plan or a project that runs to a year ends no agreement', () => {
    const texts: [string, Lang][] = [
      ['Nytt avtal\n\nKommunerna har skrivit avtal. Projektet pågår till och med 2025.', 'sv'],
      ['Ny avtale\n\nKommunene har skrevet avtale. Strategien gjelder ut 2025.', 'no'],
      ['New agreement\n\nThe towns signed an agreement. The grant runs through 2025.', 'en'],
    ];
    for (const [text, language] of texts)
      for (const reading of both(text, language)) expect(validity(reading).end).toBeNull();
  });
});
