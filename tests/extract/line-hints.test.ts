import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/extract/context.ts';
import type { Extraction } from '../../src/extract/index.ts';
import { listsAfterOpeningBetween } from '../../src/extract/party-lists.ts';
import { contentCuts } from '../../src/extract/segment.ts';
import { buildDoc } from '../../src/extract/text.ts';
import type { LanguageCode } from '../../src/schema/letter-of-intent.ts';
import { both, extract, pagesOf } from './helpers.ts';

/**
 * Rules that read structure from the words, so a text gives the same fields with its line breaks and with
 * them flattened to spaces (a line break is at most a hint that agrees with the content). Each text is an
 * invented phrasing that mirrors a real one of ../shared/corpus.
 */

/** Extracts a text as written and flattened: both readings. */
function names(extraction: Extraction): string[] {
  return extraction.fields.parties.map((party) => party.name);
}

/** The rule names of the cuts in a one-line text, with the text each cut starts. */
function cuts(text: string): [string, string][] {
  return contentCuts(text, 0, text.length, 0).map((cut) => [
    cut.rule,
    text.slice(cut.at).split(/\s+/u).slice(0, 2).join(' '),
  ]);
}

describe('structure read from content, the same with and without line breaks', () => {
  it('joins a subtitle in capitals to a bare document type in capitals', () => {
    const text =
      'Confidential\n\nMEMORANDUM OF UNDERSTANDING\n\nNORTH HARBOUR MARINE AND TRAINING CENTRE\n\nMemorandum of Understanding – North Harbour\n\nThe parties wish to cooperate.';
    for (const reading of both(text, 'en'))
      expect(reading.fields.title).toBe(
        'Memorandum of understanding north harbour marine and training centre',
      );
    // A section heading under the document type is no subtitle.
    expect(extract('AVSIKTSFÖRKLARING\n\nBAKGRUND\n\nParterna vill samverka.', 'sv').fields.title).toBe(
      'Avsiktsförklaring',
    );
  });

  it('reads no parties from a run of cover headings that holds the document type', () => {
    const text =
      '1\n\nConfidential\n\nMEMORANDUM OF UNDERSTANDING\n\nNORTH HARBOUR MARINE AND TRAINING CENTRE\n\nMemorandum of Understanding – North Harbour\n\n2\n\nHarbour Council 4 Quay Street, Northport 2100 And Delta Boats Pier 2, Southport 3100';
    for (const reading of both(text, 'en')) expect(names(reading)).toEqual([]);
  });

  it('reads names one a line after a "BETWEEN:" label as list entries, not as topic headings', () => {
    const text =
      'This MEMORANDUM OF UNDERSTANDING DATED the 3rd day of May , 2011.\n\nBETWEEN:\n\nALPHA COLLEGE\nTHE UNIVERSITY OF BETA\nTHE UNIVERSITY OF GAMMA\n\nWHEREAS:\n\n  • The colleges wish to review their programs together.';
    const blocks = buildDoc([{ number: 1, text }]).blocks;
    expect(blocks.filter((block) => block.kind === 'heading').map((block) => block.norm.text)).not.toContain(
      'THE UNIVERSITY OF GAMMA',
    );
    for (const reading of both(text, 'en')) {
      expect(reading.fields.cooperationAreas).toEqual([]);
      expect(names(reading)).toEqual(['ALPHA COLLEGE', 'UNIVERSITY OF BETA', 'UNIVERSITY OF GAMMA']);
    }
  });

  it('reads "Mellom de fire vennskapskommuner" and "Place, Country" entries one a line as the parties', () => {
    const text =
      'Vennskapsbyer i Norden\n\nMellom de fire vennskapskommuner\n\nAlfaby, Island\n\nBetavik, Finland\n\nGammelvik, Sverige\n\nDeltaby, Norge\n\ner det vedtatt følgende uttalelse om samarbeidet.';
    for (const reading of both(text, 'no'))
      expect(names(reading)).toEqual(['Alfaby', 'Betavik', 'Gammelvik', 'Deltaby']);
    // A lower-case phrase that is not a group of parties opens no list.
    const ctx = buildContext(
      pagesOf('Mellom de to siste møtene Alfaby, Island og Betavik, Finland skjedde lite.'),
      'no',
    );
    expect(listsAfterOpeningBetween(ctx)).toEqual([]);
  });

  it('ends a title at a registration code and starts the text after a lead heading ("RS160607 Ärendet …")', () => {
    expect(
      cuts('12 Avsiktsförklaring Norrby resecentrum KS190411 Ärendet Trafikverket, Norrby kommun och'),
    ).toEqual([
      ['page-number', 'Avsiktsförklaring Norrby'],
      ['reference-code', 'KS190411 Ärendet'],
      ['reference-code', 'Ärendet Trafikverket,'],
      ['lead-heading', 'Trafikverket, Norrby'],
    ]);
    const text =
      '12 Avsiktsförklaring Norrby resecentrum KS190411 Ärendet Trafikverket, Norrby kommun och Region Söderland har tagit fram en avsiktsförklaring för ombyggnad av Norrby resecentrum.\nTJÄNSTESKRIVELSE Utökad trafik planeras mellan Alfaby och Norrby C.';
    for (const reading of both(text, 'sv')) {
      expect(reading.fields.title).toBe('Avsiktsförklaring Norrby resecentrum');
      expect(names(reading)).toEqual(['Trafikverket', 'Norrby kommun', 'Region Söderland']);
    }
  });
});

/** The title of a text as written and flattened. */
function titles(text: string, language: LanguageCode): (string | null)[] {
  return both(text, language).map((reading) => reading.fields.title);
}

describe('where a headline ends when the text lost its line breaks', () => {
  it('skips a breadcrumb trail and a lone navigation word above the headline', () => {
    const no =
      'Forsiden › Nyheter › Aktuelt\nNytt samarbeid mellom Alfa og kommunen\nPublisert 12. mars 2019\nAlfa universitet og Beta kommune har signert en samarbeidsavtale.';
    expect(titles(no, 'no')).toEqual(Array(2).fill('Nytt samarbeid mellom Alfa og kommunen'));
    const sv =
      'Hem\nNyheter\nKommunen och högskolan tecknar avsiktsförklaring\nPublicerad 3 maj 2021\nAlfa kommun och Beta högskola har tecknat en avsiktsförklaring.';
    expect(titles(sv, 'sv')).toEqual(Array(2).fill('Kommunen och högskolan tecknar avsiktsförklaring'));
    expect(cuts('Home > Newsroom City and college sign agreement')).toContainEqual([
      'breadcrumb',
      'City and',
    ]);
  });

  it('ends a photo caption at its credited name, so the headline after it is the title', () => {
    const text =
      'Rektor Eva Lund och ordförande Per Sten skriver under avtalet. Foto: Ola Ek\nHögskola och kommun skriver avsiktsförklaring\nHögskolan och kommunen har i dag skrivit under en avsiktsförklaring.';
    expect(titles(text, 'sv')).toEqual(Array(2).fill('Högskola och kommun skriver avsiktsförklaring'));
    expect(cuts('the agreement on Tuesday. Photo: Ann Lee/AP City and college sign')).toContainEqual([
      'credit',
      'City and',
    ]);
  });

  it('sets a byline apart ("Av Anna Andersson", "By Jane Smith"), but not "Av Alfa kommun" or a lower-case "av"', () => {
    const text =
      'Kommun och högskola i nytt samarbete\nAv Lena Holm\n12 januari 2020\nKommunen och högskolan har tecknat ett samarbetsavtal.';
    expect(titles(text, 'sv')).toEqual(Array(2).fill('Kommun och högskola i nytt samarbete'));
    expect(cuts('Samarbete inlett Av Alfa kommun och Beta högskola')).not.toContainEqual([
      'byline',
      'Av Alfa',
    ]);
    expect(cuts('Avtalet skrivs under av Lena Holm och Per Sten')).toEqual([]);
  });

  it('ends a headline before a page field ("Lesetid: 2 minutter") and a recital in capitals ("WHEREAS,")', () => {
    const news =
      'Universitetet og kommunen signerte ny avtale\nLesetid: 2 minutter\nUniversitetet og kommunen signerte torsdag en ny samarbeidsavtale.';
    expect(titles(news, 'no')).toEqual(Array(2).fill('Universitetet og kommunen signerte ny avtale'));
    const recital =
      'MEMORANDUM OF UNDERSTANDING BETWEEN CITY OF ALPHA AND BETA COLLEGE\nWHEREAS, the City and the College wish to cooperate; and';
    expect(titles(recital, 'en')).toEqual(
      Array(2).fill('Memorandum of understanding between city of alpha and beta college'),
    );
  });

  it('starts a headline after a line in capitals ("FOR IMMEDIATE RELEASE") and ends it before "CITY, St. (date)"', () => {
    const text =
      'FOR IMMEDIATE RELEASE\nAlpha University and Beta City Sign Agreement to Expand Research\nSPRINGFIELD, Ill. (June 3, 2021) – Alpha University and Beta City signed an agreement.';
    expect(titles(text, 'en')).toEqual(
      Array(2).fill('Alpha University and Beta City Sign Agreement to Expand Research'),
    );
    // A label's value is no headline: "AGENDA ITEM TYPE: Consent The council …".
    expect(cuts('AGENDA ITEM TYPE: Consent The council approves')).not.toContainEqual([
      'caps-heading-end',
      'Consent The',
    ]);
  });

  it('ends a title-case title where "This Memorandum of Understanding …" starts the text', () => {
    const text =
      'Memorandum of Understanding Between The City of Alpha and Beta University\nThis Memorandum of Understanding is entered into by the City of Alpha and Beta University.';
    expect(titles(text, 'en')).toEqual(
      Array(2).fill('Memorandum of Understanding Between The City of Alpha and Beta University'),
    );
  });

  it('ends an English title-case headline where "The …" opens the lead, but keeps "UiT The Arctic University"', () => {
    const text =
      'College and County Sign Historic Training Agreement\nThe County of Alpha and Beta College signed a training agreement on Monday.';
    expect(titles(text, 'en')).toEqual(Array(2).fill('College and County Sign Historic Training Agreement'));
    expect(cuts('UiT The Arctic University of Norway signs agreement')).toEqual([]);
  });

  it('takes an agency in capitals as the whole photo credit ("Foto: NTB Kommunen og …")', () => {
    const text =
      'Ordfører Eva Lie og rektor Per Dal signerte avtalen. Foto: NTB\nKommunen og høgskolen signerte avtale\nKommunen og høgskolen har signert en ny avtale.';
    expect(titles(text, 'no')).toEqual(Array(2).fill('Kommunen og høgskolen signerte avtale'));
  });

  it('sets apart a date after a separator sign ("Nyhet • 2019-03-04") and a "Posted:" date', () => {
    const sv =
      'Nyhet • 2020-11-05\nKommun och högskola tecknar avtal\nAlfa kommun och Beta högskola har tecknat ett avtal om samverkan.';
    expect(titles(sv, 'sv')).toEqual(Array(2).fill('Kommun och högskola tecknar avtal'));
    const en =
      'County and college agree to work together\nPosted: 5 April 2021\nThe county and the college have agreed to work together.';
    const [raw, flat] = both(en, 'en');
    expect([raw.fields.title, flat.fields.title]).toEqual(
      Array(2).fill('County and college agree to work together'),
    );
    expect([raw.fields.date, flat.fields.date]).toEqual(['2021-04-05', '2021-04-05']);
  });

  it('ends a title before a section word ("Samarbetsavtal Parter …", "… universitet 1 Bakgrunn …")', () => {
    const sv =
      'Samarbetsavtal\nParter\nAlfa kommun, org.nr 212000-0001\nBeta universitet, org.nr 202100-0002';
    expect(titles(sv, 'sv')).toEqual(['Samarbetsavtal', 'Samarbetsavtal']);
    const no =
      'Intensjonsavtale mellom Alfa kommune og Beta høgskole\n1 Bakgrunn\nKommunen og høgskolen har lenge samarbeidet.';
    expect(titles(no, 'no')).toEqual(Array(2).fill('Intensjonsavtale mellom Alfa kommune og Beta høgskole'));
    expect(
      cuts('Intensjonsavtale mellom Alfa kommune og Beta høgskole 1 Bakgrunn Kommunen og'),
    ).toContainEqual(['section-number', '1 Bakgrunn']);
  });

  it('reads a headline in capitals with a one-letter word ("… HÖGSKOLA I NYTT AVTAL") up to the lead', () => {
    const text =
      'REGION OCH HÖGSKOLA I NYTT AVTAL\nRegion Alfa och Beta högskola har tecknat ett nytt avtal.';
    expect(titles(text, 'sv')).toEqual(Array(2).fill('Region och högskola i nytt avtal'));
  });

  it('keeps a headline followed by "Text: …" and "Foto: …" credits: the credits are no caption of it', () => {
    const text =
      'Högskolan och regionen i nytt samarbete\nText: Lena Holm\nFoto: Per Sten\nHögskolan och regionen har tecknat ett avtal.';
    expect(titles(text, 'sv')).toEqual(Array(2).fill('Högskolan och regionen i nytt samarbete'));
  });
});
