import { describe, expect, it } from 'vitest';
import { cueSets } from '../../src/extract/cues/index.ts';
import { dateRegex, findDates } from '../../src/extract/dates.ts';
import { extract } from './helpers.ts';

const all = cueSets('und');
const isoOf = (text: string) => findDates(text, all).map((d) => d.iso);

describe('dates', () => {
  it('reads Swedish, Norwegian and English written dates', () => {
    expect(isoOf('2016-09-23')).toEqual(['2016-09-23']);
    expect(isoOf('Luleå 2016 09 23')).toEqual(['2016-09-23']);
    expect(isoOf('den 23 september 2016')).toEqual(['2016-09-23']);
    expect(isoOf('Oslo, 15. juni 2001')).toEqual(['2001-06-15']);
    expect(isoOf('Publisert 12.03.2019')).toEqual(['2019-03-12']);
    expect(isoOf('Published: 15 August 2017')).toEqual(['2017-08-15']);
    expect(isoOf('on the 12th day of February 2019')).toEqual(['2019-02-12']);
    expect(isoOf('March 3, 2020')).toEqual(['2020-03-03']);
  });

  it('rejects impossible dates', () => {
    expect(isoOf('2019-02-30')).toEqual([]);
    expect(isoOf('31 juni 2001')).toEqual([]);
  });

  it('takes the date and place from a place-and-date line, not from the body', () => {
    const text =
      'Avsiktsförklaring\n\nRegion Norrbotten bildas 1 januari 2017.\n\nLuleå 2016 09 23\n\nMaria Stenberg\nOrdförande';
    const { fields, evidence } = extract(text, 'sv');
    expect(fields.date).toBe('2016-09-23');
    expect(fields.place).toBe('Luleå');
    expect(evidence.place?.[0]?.snippet).toBe('Luleå');
  });

  it('prefers a labelled publication date and reads a reference after its label', () => {
    const text =
      'Ny avtale signert\n\nPublisert 12.03.2019\n\nSaksnummer: 19/02231\n\nAvtalen gjelder fra 1. januar 2020.';
    const { fields } = extract(text, 'no');
    expect(fields.date).toBe('2019-03-12');
    expect(fields.place).toBeNull();
    expect(fields.reference).toBe('19/02231');
  });

  it('reads the signing date from "entered into on the … day of …"', () => {
    const text =
      'MEMORANDUM OF UNDERSTANDING\n\nThis MOU is entered into on the 3rd day of May 2018 by and between A University and B College.';
    expect(extract(text, 'en').fields.date).toBe('2018-05-03');
  });
});

describe('findDates on the shared date regex', () => {
  it('finds what matchAll on a copy finds, again on a second call and for another text in between', () => {
    const text = 'Signert 3 mars 2016, gäller från 2016-04-01 till den 31 december 2018 (12/31/2018).';
    const copy = new RegExp(dateRegex(all));
    const byCopy = [...text.matchAll(copy)].map((match) => [match.index, match[0]]);
    const first = findDates(text, all);
    expect(first.map((date) => [date.start, text.slice(date.start, date.end)])).toEqual(byCopy);
    expect(isoOf('Oslo, 15. juni 2001')).toEqual(['2001-06-15']);
    expect(findDates(text, all)).toEqual(first);
  });
});
