import { describe, expect, it } from 'vitest';
import { cueSets } from '../../src/extract/cues/index.ts';
import { findDates } from '../../src/extract/dates.ts';
import { both } from './helpers.ts';

const dates = (text: string, language: 'sv' | 'no' | 'en') =>
  both(text, language).map((reading) => reading.fields.date);

describe('date, round 13', () => {
  it('reads a day glued to its month ("4.desember 2023") and a resolution\'s era ("A.D.")', () => {
    expect(findDates('møte 4.desember 2023 i Alby', cueSets('no')).map((d) => d.iso)).toEqual(['2023-12-04']);
    expect(findDates('on the 21st day of May, A.D., 2015.', cueSets('en')).map((d) => d.iso)).toEqual([
      '2015-05-21',
    ]);
    // A version number is no date.
    expect(findDates('versjon 4.2 2023', cueSets('no'))).toEqual([]);
  });

  it('adopted-on: a note of adoption under the title dates the agreement', () => {
    const no =
      'Alby friluftsråd Samarbeidsavtale\nVedtatt i Albyrådet 4. mai 2023\n\n§ 1 Navn\nAlby friluftsråd er et samarbeid mellom kommunene.';
    for (const found of dates(no, 'no')) expect(found).toBe('2023-05-04');
    const sv =
      'Avtal om gemensam nämnd\nAntaget av kommunfullmäktige den 3 maj 2021 § 12.\n\nMellan Alby kommun och Borsta kommun.';
    for (const found of dates(sv, 'sv')) expect(found).toBe('2021-05-03');
  });

  it("adopted-on: a resolution's formula for itself dates it", () => {
    const en =
      'RESOLUTION RE: APPROVE MEMORANDUM OF UNDERSTANDING WITH BORSTA COLLEGE\nNOW, THEREFORE, BE IT RESOLVED by the Board that the MOU is approved. The above Resolution was, on motion duly made and seconded, adopted by the following vote on the 21st day of May, A.D., 2015.';
    for (const found of dates(en, 'en')) expect(found).toBe('2015-05-21');
  });

  it('near miss: another plan adopted on a date, told in lower case after its name, dates nothing', () => {
    const no =
      'Partnerskapsavtale for folkehelse\n\n1. Forankring\nPartnerskapet ble opprettet i henhold til Handlingsplan for folkehelse 2006 – 2010, vedtatt i fylkestinget 24.10.2006.';
    for (const found of dates(no, 'no')) expect(found).toBeNull();
  });

  it('a contract "effective as of" a date is known by that date', () => {
    const en =
      'INTERLOCAL AGREEMENT\nThis Interlocal Agreement effective as of August 17, 2020 is made by and between Alfa College and Borsta School District.';
    for (const found of dates(en, 'en')) expect(found).toBe('2020-08-17');
  });
});
