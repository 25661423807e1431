import { describe, expect, it } from 'vitest';
import { contentCuts } from '../../src/extract/segment.ts';
import { buildDoc } from '../../src/extract/text.ts';
import { extract, flatten } from './helpers.ts';

/**
 * Rules that make a text with its line breaks and the same text flattened give the same units. Each shape comes
 * from a real text of ../shared/corpus (other names and words here).
 */

/** The blocks of a text as [kind, text]. */
function blocks(text: string): [string, string][] {
  return buildDoc([{ number: 1, text }]).blocks.map((block) => [block.kind, block.norm.text]);
}

/** The rule names of the cuts in a one-line text, with the text each cut starts. */
function cuts(text: string): [string, string][] {
  return contentCuts(text, 0, text.length, 0).map((cut) => [
    cut.rule,
    text.slice(cut.at).split(/\s+/u).slice(0, 2).join(' '),
  ]);
}

describe('the same units with and without line breaks', () => {
  it('ends a paragraph that stops without a period before a line opening with a clause number', () => {
    const text =
      '2.1 Idag arbetar de två laboratorierna var för sig och utan gemensam plan\n2.2 Parterna vill därför samordna sina prover.';
    expect(blocks(text)).toEqual(blocks(flatten(text)));
    expect(blocks(text).map(([, value]) => value.slice(0, 8))).toEqual(['2.1 Idag', '2.2 Part']);
  });

  it('sets apart a dateline whose label follows a word saying which date ("Senast uppdaterad den …")', () => {
    expect(cuts('Telefon: 018-12 34 56 Senast uppdaterad den 3 april 2020 Dela sidan')).toEqual([
      ['dateline', 'Senast uppdaterad'],
      ['dateline', 'Dela sidan'],
    ]);
    expect(cuts('Avtalet gäller från den 3 april 2020 och framåt.')).toEqual([]);
  });

  it('reads a labelled date as no place, with or without its line breaks', () => {
    const text =
      'Samverkan mellan Alfa stad och Betahögskolan\n\nKontakt: Eva Ek\nSenast uppdaterad den 3 april 2020\n';
    for (const version of [text, flatten(text)]) {
      const { fields } = extract(version, 'sv');
      expect(fields.date).toBe('2020-04-03');
      expect(fields.place).toBeNull();
    }
  });

  it('ends a party named in a headline where furniture follows it, with or without the line break', () => {
    const text =
      'Samverkansavtal tecknas mellan Norrby högskola och Region Söderland\n\nPressmeddelande • Mar 4, 2021 10:30 CET\n\nPå fredag undertecknar Norrby högskola och Region Söderland ett avtal.';
    for (const version of [text, flatten(text)])
      expect(extract(version, 'sv').fields.parties.map((party) => party.name)).toEqual([
        'Norrby högskola',
        'Region Söderland',
      ]);
  });

  it('reads a numbered line as a section when it follows the bare number before it', () => {
    expect(
      cuts(
        '1 Medlemsavtal Deltagande i nätverket Lärcentrum.se 2 Avtalsparter Lärcentrum.se och Norrdalens kommunförbund',
      ),
    ).toEqual([
      ['page-number', 'Medlemsavtal Deltagande'],
      ['section-number', '2 Avtalsparter'],
    ]);
    expect(cuts('Vi har 2 Representanter i styrelsen.')).toEqual([]);
  });

  it('does not end a headline inside a sentence that opens with "An"', () => {
    const text =
      'Landmark agreement will help families across the Northvale district\n\nAn historic Memorandum of Understanding has been signed by Northvale College and the council.';
    for (const version of [text, flatten(text)])
      expect(extract(version, 'en').fields.title).toBe(
        'Landmark agreement will help families across the Northvale district',
      );
  });

  it('takes a block as reported speech from its own start, not from a dash earlier in a flattened text', () => {
    const text =
      'Avtale om samarbeid – Nordby kommune\n\n2 FORMÅL\nDenne avtalen har som formål å styrke samarbeidet mellom partene.';
    for (const version of [text, flatten(text)])
      expect(extract(version, 'no').fields.purposes).toEqual([
        'Denne avtalen har som formål å styrke samarbeidet mellom partene.',
      ]);
  });

  it('starts a unit at a sentence after a colon, but keeps a label and its value together', () => {
    expect(cuts('Avtalen byggjer på følgjande lover: Avtalen gjev rammer for samarbeidet.')).toEqual([
      ['colon-sentence', 'Avtalen gjev'],
    ]);
    expect(cuts('Parter: Nordby kommune og Sørvik sjukehus')).toEqual([]);
  });

  it('ends the last bullet item where a sentence starts, not at a name after a link or a determiner', () => {
    expect(
      cuts('Tenestene skal vere: • trygge • rettferdig fordelte Kommunen og sjukehuset har ansvar.'),
    ).toEqual([
      ['bullet', '• trygge'],
      ['bullet', '• rettferdig'],
      ['item-end', 'Kommunen og'],
    ]);
    expect(
      cuts(
        '• samarbeid med Høgskolen i Sørvik om praksis • fremmet gjennom this Memorandum of Understanding',
      ),
    ).toEqual([['bullet', '• fremmet']]);
  });

  it('ends a title closed by a number where the subtitle starts', () => {
    expect(
      cuts('Felles samarbeidsavtale og delavtale 2 Felles rammer for arbeidet i helsenettverket.'),
    ).toEqual([['title-end', 'Felles rammer']]);
  });

  it('ends a one-word headline where the text repeats it inflected', () => {
    expect(cuts('Vennskapsby Vennskapsbyen Nordvik 2.0 er et samarbeid mellom to byer.')).toEqual([
      ['repeated-heading', 'Vennskapsbyen Nordvik'],
    ]);
  });

  it('sets apart a month and year between a headline ending in a name and the text', () => {
    expect(
      cuts(
        'Letter of Intent between Town of Millbrook and Millbrook Public Library March 2014 LETTER OF INTENT The aim of this letter is to agree.',
      ),
    ).toEqual([
      ['dateline', 'March 2014'],
      ['dateline', 'LETTER OF'],
      ['caps-heading-end', 'The aim'],
    ]);
  });

  it('ends a headline where a caption opens with a job title and a name', () => {
    expect(
      cuts('Avtale signert med høgskolen Ordfører Kari Nordvik og rektor Per Lien signerte avtalen i går.'),
    ).toEqual([['title-end', 'Ordfører Kari']]);
  });

  it('ends a headline naming "A, B och C" where the text opens a new list of names', () => {
    expect(
      cuts(
        'Avsiktsförklaring om samverkan mellan Norrby och Söderby kommuner, Studentkåren och Högskolan Norrby kommun, Söderby kommun och högskolan lägger fram ett förslag.',
      ),
    ).toEqual([['title-end', 'Norrby kommun,']]);
  });

  it('sets apart a short heading between two sentences when the next sentence opens with an article', () => {
    expect(
      cuts('Planen har tydelige tiltak. Forankret hos styret En styringsgruppe skal følge opp arbeidet.'),
    ).toEqual([
      ['inline-heading', 'Forankret hos'],
      ['inline-heading', 'En styringsgruppe'],
    ]);
    expect(cuts('Planen har tydelige tiltak. Avtalen signeres av rektor.')).toEqual([]);
  });

  it('reads "; and 4." as the start of a list entry', () => {
    const text =
      'This agreement will promote:\n1. the exchange of staff;\n2. joint research; and\n3. the sharing of teaching materials.';
    const areas = (version: string) =>
      extract(version, 'en').fields.cooperationAreas.map((area) => area.replace(/\.$/u, ''));
    expect(areas(flatten(text))).toEqual(areas(text));
    expect(areas(flatten(text))).toHaveLength(3);
  });

  it('starts a unit at each recital, also after "; and"', () => {
    expect(
      cuts('WHEREAS, the club was founded in 1950; and WHEREAS, both parties wish to cooperate.'),
    ).toEqual([['recital', 'WHEREAS, both']]);
  });

  it('ends page furniture in title case where a heading in capitals starts', () => {
    expect(
      cuts('Internal Draft Only LETTER OF INTENT HARBOUR CITY MARINE CENTRE The parties agree.'),
    ).toEqual([
      ['title-end', 'LETTER OF'],
      ['caps-heading-end', 'The parties'],
    ]);
    expect(cuts('University of Nordland (NU) and its partners sign a letter.')).toEqual([]);
  });

  it('ends a headline before a dateline with its place in parentheses or capitals, with or without line breaks', () => {
    const paren =
      'Lakeside, College Reach "Landmark" Pact\nShare | (Lakeside, OR) Monday, May 4, 2009\nBoth sides called the memorandum of understanding a landmark.';
    const caps =
      'Harbor College And Port Authority Sign Memorandum Of Understanding To Train Future Engineers Together In The Region\nPORT ELLEN, May 4, 2009 – Harbor College and the Port Authority today signed a memorandum of understanding on training.';
    for (const text of [paren, caps]) {
      const raw = extract(text, 'en').fields.title;
      expect(raw).toBe(text.split('\n')[0]);
      expect(extract(flatten(text), 'en').fields.title).toBe(raw);
    }
  });

  it('ends a headline before a bullet that follows it on the same line', () => {
    const text =
      'Samarbeidsavtale for Vestre fjellråd interkommunalt samarbeid • godkjent av alle kommuner 01.02.2021\nKommunene Alnes og Brekke har vedtatt å samarbeide.';
    expect(extract(flatten(text), 'no').fields.title).toBe(
      'Samarbeidsavtale for Vestre fjellråd interkommunalt samarbeid',
    );
  });

  it('ends a Swedish or Norwegian headline where a capitalised sentence opener or its own first word starts the lead', () => {
    const opener =
      'Samarbete med Högskolan Norr\nDe 9 kommunerna i länet och Högskolan Norr har slutit en överenskommelse om samverkan.';
    const repeated =
      'Fördjupat samarbete mellan staden och Högskolan i Ekby\nFördjupat samarbete med Högskolan i Ekby var en fråga på nämndens möte.';
    const linked =
      'Bergvik idrottsråd och Bergvik kommun har skrivit under avtal\nBergvik kommun och idrottsrådet ska ses två gånger om året.';
    expect(extract(flatten(opener), 'sv').fields.title).toBe('Samarbete med Högskolan Norr');
    expect(extract(flatten(repeated), 'sv').fields.title).toBe(
      'Fördjupat samarbete mellan staden och Högskolan i Ekby',
    );
    expect(extract(flatten(linked), 'sv').fields.title).toBe(
      'Bergvik idrottsråd och Bergvik kommun har skrivit under avtal',
    );
    for (const text of [opener, repeated, linked])
      expect(extract(flatten(text), 'sv').fields.title).toBe(extract(text, 'sv').fields.title);
  });
});
