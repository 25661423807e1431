import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '../../src/schema/letter-of-intent.ts';
import { extract, flatten } from './helpers.ts';

// Invented phrasings modelled on real news the purpose cues had not read (issue #11, round 3): each rule holds
// with the text's line breaks and with them flattened to spaces.
function purposes(text: string, language: LanguageCode): string[][] {
  return [text, flatten(text)].map((reading) => extract(reading, language).fields.purposes);
}

describe('purposes, round 3', () => {
  it('agreement-drafted-to: "The new memorandum was drafted to clarify …" says what the memorandum is for', () => {
    const text =
      'Town and school sign lease memo\nFARMTON — The town and the Farmton Village School have a new memorandum of understanding.\nThe new memorandum was drafted to clear up questions about the school lease of the town field.\nSelectmen approved it last week.';
    for (const found of purposes(text, 'en'))
      expect(found).toEqual([
        'The new memorandum was drafted to clear up questions about the school lease of the town field.',
      ]);
  });

  it('agreement-step-toward (sv): "Avsiktsförklaringen är ett viktigt steg i processen att …"', () => {
    const text =
      'Nordvik kommun och KLMN undertecknar avsiktsförklaring\nNordvik kommun och KLMN Nordic AB har idag undertecknat en gemensam avsiktsförklaring. Avsiktsförklaringen är ett viktigt steg i processen att nå ett avtal om kommunens köp av fastigheten Smeden 4 i centrala Nordvik.\nNästa steg är en kostnadsberäkning.';
    for (const found of purposes(text, 'sv'))
      expect(found).toEqual([
        'Avsiktsförklaringen är ett viktigt steg i processen att nå ett avtal om kommunens köp av fastigheten Smeden 4 i centrala Nordvik.',
      ]);
  });

  it('agreement-step-toward (no): "Intensjonsavtalen er et viktig steg på veien mot …"', () => {
    const text =
      'Dalby kommune og Fjordkraft Nord signerte intensjonsavtale\nDalby kommune og Fjordkraft Nord AS signerte i dag en intensjonsavtale. Intensjonsavtalen er et viktig steg på veien mot en endelig avtale om nytt kraftverk ved Elvestad.\nArbeidet fortsetter i høst.';
    for (const found of purposes(text, 'no'))
      expect(found).toEqual([
        'Intensjonsavtalen er et viktig steg på veien mot en endelig avtale om nytt kraftverk ved Elvestad.',
      ]);
  });
});
