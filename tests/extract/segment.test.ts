import { describe, expect, it } from 'vitest';
import { contentCuts } from '../../src/extract/segment.ts';
import { buildDoc } from '../../src/extract/text.ts';
import { extract } from './helpers.ts';

/** The rule names of the cuts in a one-line text, with the text each cut starts. */
function cuts(text: string, unitsBefore = 0): [string, string][] {
  return contentCuts(text, 0, text.length, unitsBefore).map((cut) => [
    cut.rule,
    text.slice(cut.at).split(/\s+/u).slice(0, 2).join(' '),
  ]);
}

/** The blocks of a text as [kind, text]. */
function blocks(text: string): [string, string][] {
  return buildDoc([{ number: 1, text }]).blocks.map((block) => [block.kind, block.norm.text]);
}

const flatten = (text: string) => text.replace(/\s*\n\s*/gu, ' ');

// Each rule's shape comes from a real text of ../shared/corpus (other names and words here).
describe('segmentation from content (texts without line breaks)', () => {
  it('cuts at section numbers and after a numbered heading, not at "punkt 3" or "1. januar"', () => {
    const text =
      'SAMVERKANSAVTAL 1. Parter 1. Alfa kommun 2. Beta region 2. Inriktning Parterna har sedan den 1. januar 2019 samarbetat enligt punkt 3. Detta fortsätter.';
    expect(cuts(text)).toEqual([
      ['section-number', '1. Parter'],
      ['section-number', '1. Alfa'],
      ['section-number', '2. Beta'],
      ['section-number', '2. Inriktning'],
      ['heading-end', 'Parterna har'],
    ]);
  });

  it('ends a heading in capitals where mixed-case text starts, but not after a short acronym', () => {
    expect(cuts('3. BAKGRUND OCH SYFTE Samhället står inför stora förändringar.')).toEqual([
      ['caps-heading-end', 'Samhället står'],
    ]);
    expect(cuts('2. NORD Research Institute of Norway AS, org.nr 912 345 678')).toEqual([]);
  });

  it('ends a title where a sentence starts, but not inside a name joined by "och"/"mellan"', () => {
    expect(
      cuts(
        'Samarbetsavtal mellan Alfa läns landsting, Sverige och Beta fylkeskommune, Norge I enlighet med avtalet',
      ),
    ).toEqual([['title-end', 'I enlighet']]);
    expect(cuts('Omega kommun och Region Delta fördjupar samverkan Omega kommun och högskolan har')).toEqual([
      ['title-end', 'Omega kommun'],
    ]);
    // Only the first units of a document can be a title.
    expect(
      cuts('Omega kommun och Region Delta fördjupar samverkan Omega kommun och högskolan har', 5),
    ).toEqual([]);
  });

  it('sets a dateline apart: a labelled date, a date with a time, a date between headline and text', () => {
    expect(cuts('Nytt avtal signert Publisert 03.04.2021 10:15 Kommunen og universitetet')).toEqual([
      ['dateline', 'Publisert 03.04.2021'],
      ['dateline', 'Kommunen og'],
    ]);
    expect(cuts('Avtal om samverkan för tillväxt 4 mars 2018 Rektor Ann Ek och')).toEqual([
      ['dateline', '4 mars'],
      ['dateline', 'Rektor Ann'],
    ]);
    // A place before the date makes it a place-and-date line; "sedan den" makes it part of a sentence.
    expect(cuts('Kiruna 2016 09 23')).toEqual([]);
    expect(cuts('Parterna har sedan den 1 september 1997 samarbetat')).toEqual([]);
  });

  it('cuts at bullets, at a dash list, at a page number, at furniture words and at a repeated header', () => {
    expect(cuts('Målet är att: • Bidra till utveckling • Stärka kompetensen')).toEqual([
      ['bullet', '• Bidra'],
      ['bullet', '• Stärka'],
    ]);
    expect(cuts('Områden: - Arktis - Smart industri - Hälsa')).toEqual([
      ['dash-list', '- Arktis'],
      ['dash-list', '- Smart'],
      ['dash-list', '- Hälsa'],
    ]);
    expect(cuts('RISE – Research Institutes of Sweden – ett nätverk')).toEqual([]);
    expect(cuts('1 SAMVERKANSAVTAL 1. Parter')).toEqual([
      ['page-number', 'SAMVERKANSAVTAL 1.'],
      ['section-number', '1. Parter'],
    ]);
    expect(cuts('Alfa och Beta avger avsiktsförklaring Pressmeddelande Alfa har')).toEqual([
      ['furniture', 'Pressmeddelande Alfa'],
      ['furniture', 'Alfa har'],
    ]);
    expect(cuts('AVTAL OM SAMARBETE AVTAL OM SAMARBETE Gamma kommun och Delta stad')).toEqual([
      ['repeated-heading', 'AVTAL OM'],
      ['caps-heading-end', 'Gamma kommun'],
    ]);
  });

  it('gives a flattened text the blocks of its laid-out original', () => {
    const laidOut = [
      'SAMVERKANSAVTAL',
      '',
      '1. Parter',
      '1. Alfa kommun',
      '2. Beta region',
      '',
      '2. Syfte',
      'Syftet med samverkan är att stärka den regionala utvecklingen.',
    ].join('\n');
    expect(blocks(flatten(laidOut))).toEqual(blocks(laidOut));
  });
});

describe('title, document type and date without line breaks', () => {
  it('reads the title of a one-line agreement up to its first section', () => {
    const text =
      'SAMVERKANSAVTAL 1. Parter 1. Alfa kommun 2. Beta region 2. Syfte Syftet med samverkan är att växa.';
    expect(extract(text, 'sv').fields.title).toBe('Samverkansavtal');
  });

  it('ends a one-line title at its first sentence end', () => {
    const text =
      'Signering av samarbeidsavtale med kommunen. Ordføreren og rektor signerte avtalen i dag, sier rådmannen.';
    expect(extract(text, 'no').fields.title).toBe('Signering av samarbeidsavtale med kommunen');
  });

  it('reads a news headline that starts with a document-type word as news when a sign is in the headline', () => {
    const text =
      'Intensjonsavtale om samarbeid signert\n\nKommunen og høgskolen har i dag inngått en avtale om et nytt senter.';
    expect(extract(text, 'no').fields.documentType).toBe('news-article');
    expect(extract(flatten(text), 'no').fields.documentType).toBe('news-article');
  });

  it('files a memorandum of understanding and an "avtal om samverkan" with the agreements', () => {
    expect(
      extract('MEMORANDUM OF UNDERSTANDING\n\nbetween Alpha College and Beta City', 'en').fields.documentType,
    ).toBe('cooperation-agreement');
    expect(
      extract('AVTAL OM SAMVERKAN\n\n1. PARTER\n\nAlfa kommun och Beta stad', 'sv').fields.documentType,
    ).toBe('cooperation-agreement');
  });

  it('reads a publication date from a flattened dateline', () => {
    const text =
      'Nytt samarbeid mellom Alfa og Beta Publisert 12.03.2019 Alfa og Beta har signert en avtale.';
    expect(extract(text, 'no').fields.date).toBe('2019-03-12');
  });

  it('reads "the 1st day of July , 2005" with a space before the comma', () => {
    const text =
      'This MEMORANDUM OF UNDERSTANDING DATED the 3rd day of May , 2011.\n\nBETWEEN:\n\nALPHA COLLEGE';
    expect(extract(text, 'en').fields.date).toBe('2011-05-03');
  });

  it('keeps a date after a validity phrase in its title and reads a reference under a date column', () => {
    const title =
      'Samverkansavtal för Alfa och Beta kommuner gällande fr o m 2012-01-01 INNEHÅLLSFÖRTECKNING 1. Parter';
    expect(extract(title, 'sv').fields.title).toBe(
      'Samverkansavtal för Alfa och Beta kommuner gällande fr o m 2012-01-01',
    );
    const table =
      'Tjänsteskrivelse\n\nDatum Diarienummer 2017-03-04 AB170304\n\nAvsiktsförklaring om en ny station';
    expect(extract(table, 'sv').fields.reference).toBe('AB170304');
  });
});
