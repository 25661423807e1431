import { describe, expect, it } from 'vitest';
import { both, extract } from './helpers.ts';

/**
 * Place-and-date lines that are no such line, seen in documents nobody here wrote (a local paper's web page, a
 * wrapped US agreement). Each text is an invented phrasing of the same form; the layout is the point, so each
 * is read as written.
 */

describe('a section label before a publication stamp', () => {
  it('is no place, and the stamp still dates the page', () => {
    const sv =
      'KULTUR 2023-11-14 KL. 09:40\n\nBiblioteken i tre kommuner samverkar\n\nAv Eva Holm\n\nTre kommuner har tecknat ett avtal om gemensamma bibliotek.';
    const reading = extract(sv, 'sv');
    expect(reading.fields.place).toBeNull();
    expect(reading.fields.date).toBe('2023-11-14');
  });

  it('keeps the place of a place-and-date line without a clock time', () => {
    const sv =
      'Avtal om bibliotekssamverkan\n\nParterna är överens om gemensamma lånekort.\n\nVästerås 2023-11-14\n';
    expect(extract(sv, 'sv').fields.place).toBe('Västerås');
  });
});

describe('a status label before a date', () => {
  it('is no place', () => {
    const en =
      'DRAFT 4/2/2019\n\nMemorandum of Understanding between the Town of Alby and the Harbour Network\n';
    const reading = extract(en, 'en');
    expect(reading.fields.place).toBeNull();
    expect(reading.fields.date).toBe('2019-04-02');
  });
});

describe('a date line that carries on a wrapped sentence', () => {
  it('takes no place from the word that starts the line', () => {
    const en =
      'Cooperation Agreement\n\n1. The Harbour Network was set up as part of a program of the State Office for Coastal\nTowns and the Lake District, under a decision that was signed by Governor Alan\nPrice on June 3, 2014.\n';
    expect(extract(en, 'en').fields.place).toBeNull();
  });

  it('keeps the place of a line under a paragraph that stops short of the margin', () => {
    const sv =
      'Avtal om samverkan\n\nParterna ska samverka om utbildning och forskning inom vården i hela länet under flera år.\nAvtalet gäller från undertecknandet till dess att det sägs upp\nVästerås 2023-11-14\n';
    expect(extract(sv, 'sv').fields.place).toBe('Västerås');
  });

  it('keeps the place of a line after a finished sentence', () => {
    const en =
      'Cooperation Agreement\n\nThe parties agree to share the cost of the harbour survey in equal parts.\nPortland, June 3, 2014\n';
    expect(extract(en, 'en').fields.place).toBe('Portland');
  });
});

describe('a caption kicker in capitals before a colon', () => {
  const article = (kicker: string) =>
    `Universitetet og kommunen inngår samarbeid\n\nUniversitetet og kommunen skal samarbeide på flere områder.\n\n${kicker}: Rektor Kari Berg og ordfører Ola Dal signerte avtalen torsdag.\n\n– Dette er viktig for regionen, sier Berg.\n`;

  it('is no place when it is a word of the language', () => {
    for (const reading of both(article('SIGNERTE'), 'no')) expect(reading.fields.place).toBeNull();
  });

  it('is the place when it is a name', () => {
    expect(extract(article('ÅRDAL'), 'no').fields.place).toBe('Årdal');
  });
});
