import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/extract/context.ts';
import { isOrgWord } from '../../src/extract/party-lists.ts';
import { capitalised, gather } from '../../src/extract/patterns.ts';
import type { LanguageCode } from '../../src/schema/letter-of-intent.ts';
import { extract } from './helpers.ts';

/** The party names of a text, read with its line breaks and with them flattened to spaces (both must agree). */
function partyNames(text: string, language: LanguageCode): { raw: string[]; flat: string[] } {
  const names = (input: string) => extract(input, language).fields.parties.map((party) => party.name);
  return { raw: names(text), flat: names(text.replace(/\s*\n\s*/gu, ' ')) };
}

function expectParties(text: string, language: LanguageCode, expected: string[]): void {
  const { raw, flat } = partyNames(text, language);
  expect(raw).toEqual(expected);
  expect(flat).toEqual(expected);
}

// Each case has the shape of a real document's phrasing (corpus documents), with other names.
describe('party lists read on the whole text, with or without line breaks', () => {
  it('reads a numbered list after a "Parter" heading that runs inline into the next section', () => {
    expectParties(
      '1 SAMVERKANSAVTAL 1. Parter 1. Länsstyrelsen i Exempels län 2. Exempels läns landsting 3. Kommunförbundet Exempel 4. Region Exempel 2. Inriktning Parterna har sedan 2001 bedrivit samarbete i projektet.',
      'sv',
      [
        'Länsstyrelsen i Exempels län',
        'Exempels läns landsting',
        'Kommunförbundet Exempel',
        'Region Exempel',
      ],
    );
  });

  it('reads a comma list after PARTER with redacted empty items and a suspended compound in a name', () => {
    expectParties(
      '2 AVTAL OM SAMVERKAN 1. PARTER Holmlands landskapsregering, , Strandhamns stad, , Holmlands hälso- och sjukvård, och Holmlands kommunförbund, har kommit överens om att samverka.',
      'sv',
      [
        'Holmlands landskapsregering',
        'Strandhamns stad',
        'Holmlands hälso- och sjukvård',
        'Holmlands kommunförbund',
      ],
    );
  });

  it('reads bare municipality names after a "Samverkande kommuner:" label', () => {
    expectParties(
      'Kommunalt samverkansavtal om gymnasieutbildning\nSamverkande kommuner: Alby, Bergsjö, Dalsta och Ekeby\n\nInledning\nKommunerna har beslutat att samverka.',
      'sv',
      ['Alby', 'Bergsjö', 'Dalsta', 'Ekeby'],
    );
  });

  it('gives the singular of a plural after the list to each name ("A, B och Cs kommuner")', () => {
    expectParties(
      'Samverkansavtal för gemensam IT-organisation\n\nArbetet med en fördjupad samverkan mellan Alsta, Brunna och Ekerös kommuner har pågått sedan 2008.',
      'sv',
      ['Alsta kommun', 'Brunna kommun', 'Ekerös kommun'],
    );
  });

  it('reads a capitalised "MELLOM" title list up to its topic, keeping "og" inside a county name', () => {
    expectParties(
      'SAMARBEIDSAVTALE MELLOM NORDLAND FYLKESKOMMUNE, TROMS FYLKESKOMMUNE OG MØRE OG ROMSDAL FYLKESKOMMUNE OM FORVALTNINGA AV REGIONALT FOND\nFylkesutvalet gjorde slikt vedtak.',
      'no',
      ['NORDLAND FYLKESKOMMUNE', 'TROMS FYLKESKOMMUNE', 'MØRE OG ROMSDAL FYLKESKOMMUNE'],
    );
  });

  it('reads "by and between X ("City") and Y ("LSU")" without the defined term "Parties" as a party', () => {
    const { raw } = partyNames(
      'MEMORANDUM OF UNDERSTANDING\n\nThis Memorandum of Understanding ("MOU") is by and between the City of Riverton ("City") and Lakeside State University ("LSU"); each entity referred to as a "Party" to this MOU, and together these entities are referred to as the "Parties." NOW THEREFORE THE PARTIES AGREE AS FOLLOWS: 1. Term. This MOU will commence on signing. 2. Project Plans. Each Project will be described.',
      'en',
    );
    expect(raw).toEqual(['City of Riverton', 'Lakeside State University']);
  });

  it('reads names on lines of their own after "BETWEEN:", and the same names run together in capitals', () => {
    expectParties(
      'This MEMORANDUM OF UNDERSTANDING DATED the 1st day of May, 2010.\n\nBETWEEN:\n\nHILLCREST UNIVERSITY\nNORTHERN PLAINS UNIVERSITY OF CANADA\nTHE UNIVERSITY OF LAKELAND\n\nWHEREAS:\n\nThe parties wish to cooperate.',
      'en',
      ['HILLCREST UNIVERSITY', 'NORTHERN PLAINS UNIVERSITY OF CANADA', 'UNIVERSITY OF LAKELAND'],
    );
  });

  it('splits a run of "<place> kommune" names that lost their line breaks', () => {
    expectParties(
      'Avtale om samarbeid om Fjordbyen skole mellom Aby kommune Bakke kommune Dalen kommune og Elv kommune (vertskommune) Ovennevnte kommuner eier skolen.',
      'no',
      ['Aby kommune', 'Bakke kommune', 'Dalen kommune', 'Elv kommune'],
    );
  });

  it('skips a plural group noun before the names and leaves out titled people', () => {
    expectParties(
      'Intensjonsavtale signert\n\nOrdførarane i Alvdal, Berdal og Cedal signerte i dag intensjonsavtale for samarbeid.\n\nIntensjonsavtale mellom kommunane Alvdal, Berdal og Cedal for utvida interkommunalt samarbeid.',
      'no',
      ['Alvdal', 'Berdal', 'Cedal'],
    );
  });

  it('reads a ministry written in lower case as a suspended compound', () => {
    expectParties(
      'Intensjonsavtale om nasjonalt senter\nDet er inngått avtale mellom nærings- og fiskeridepartementet og Austre Dal kommune om etablering av eit senter.',
      'no',
      ['nærings- og fiskeridepartementet', 'Austre Dal kommune'],
    );
  });

  it('news: takes the organisations of a lead sentence about an agreement, with "X … med A, B och C"', () => {
    expectParties(
      'Nytt samarbete mellan fem lärosäten\n\nABU skrev den 3 maj på en överenskommelse om ett fördjupat samarbete med Norrby universitet, Söderby högskola, Högskolan Väst och Högskolan i Österby. Överenskommelsen undertecknades vid ett möte.',
      'sv',
      ['ABU', 'Norrby universitet', 'Söderby högskola', 'Högskolan Väst', 'Högskolan i Österby'],
    );
  });

  it('news: a list of people with titles before the signing verb is not the parties', () => {
    expectParties(
      'Universitet och region befäster sitt samarbete\n\nRektor Anna Berg och regionstyrelsens ordförande Per Lind har idag undertecknat en avsiktsförklaring om samarbete mellan Norrby universitet och Region Österby.',
      'sv',
      ['Norrby universitet', 'Region Österby'],
    );
  });

  it('keeps two names apart that share a long noun ("Nordland fylkeskommune", "Nordmark fylkeskommune")', () => {
    expectParties(
      'Samarbeidsavtale mellom Nordland fylkeskommune og Nordmark fylkeskommune om forsking.',
      'no',
      ['Nordland fylkeskommune', 'Nordmark fylkeskommune'],
    );
  });
});

describe('isOrgWord', () => {
  /** The rule as a walk over the noun list, as it was written before the nouns were indexed (issue 12). */
  function byListWalk(nouns: readonly string[], word: string): boolean {
    const lower = word.toLowerCase();
    for (const noun of nouns) {
      if (/^[a-z]{2,3}$/u.test(noun)) {
        if (word === noun.toUpperCase() || word === capitalised(noun)) return true;
      } else if (lower === noun || (lower.endsWith(noun) && lower.length > noun.length + 2)) return true;
      else if (lower === `${noun}s` && /^[a-z]{4,}$/u.test(noun)) return true;
    }
    return false;
  }

  it.each(['sv', 'no', 'en'] as const)(
    'answers as the walk over the organisation nouns does (%s)',
    (language) => {
      const ctx = buildContext([{ number: 1, text: 'x' }], language);
      const nouns = gather(ctx.sets, (cues) => cues.orgNouns).map((noun) => noun.toLowerCase());
      const words = nouns.flatMap((noun) => [
        noun,
        noun.toUpperCase(),
        capitalised(noun),
        `${noun}s`,
        `${capitalised(noun)}s`,
        `ab${noun}`,
        `abc${noun}`,
        `Fylkes${noun}`,
        noun.slice(1),
        `${noun}x`,
      ]);
      words.push(
        'AB',
        'Ab',
        'ab',
        'AS',
        'as',
        'Inc',
        'INC',
        'inc',
        'Hospitals',
        'kommunförbund',
        'Alby',
        '',
        'x',
      );
      for (const word of words) expect([word, isOrgWord(ctx, word)]).toEqual([word, byListWalk(nouns, word)]);
    },
  );
});
