import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/extract/context.ts';
import type { Extraction } from '../../src/extract/index.ts';
import { listsAfterOpeningBetween } from '../../src/extract/party-lists.ts';
import { contentCuts } from '../../src/extract/segment.ts';
import { buildDoc } from '../../src/extract/text.ts';
import type { LanguageCode } from '../../src/schema/letter-of-intent.ts';
import { extract, pagesOf } from './helpers.ts';

/**
 * Rules that read structure from the words, so a text gives the same fields with its line breaks and with
 * them flattened to spaces (a line break is at most a hint that agrees with the content). Each text is an
 * invented phrasing that mirrors a real one of ../shared/corpus.
 */
const flatten = (text: string) => text.replace(/[^\S\n]*\r?\n\s*/gu, ' ');

/** Extracts a text as written and flattened: both readings. */
function both(text: string, language: LanguageCode): [Extraction, Extraction] {
  return [extract(text, language), extract(flatten(text), language)];
}

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
