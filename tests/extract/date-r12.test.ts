import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/extract/text.ts';
import { both } from './helpers.ts';

const dates = (text: string, language: 'sv' | 'no' | 'en') =>
  both(text, language).map((reading) => reading.fields.date);

describe('date and line structure, round 12', () => {
  it('wrapped-sentence: a short line over a long lower-case line is no heading; the signing phrase runs on', () => {
    const text =
      'MEMORANDUM OF UNDERSTANDING BETWEEN ALBY COUNTY AND BORG CITY\nThis Memorandum of Understanding ("MOU"), dated for\nidentification this 3 day of May , 1994, is entered\ninto by and between Alby County and Borg City.\nWHEREAS, the parties share a road;';
    for (const found of dates(text, 'en')) expect(found).toBe('1994-05-03');
  });

  it('wrapped-sentence in Swedish and Norwegian: the block runs on over the lower-case line', () => {
    const sv = buildDoc([
      {
        number: 1,
        text: 'Avtal\n\nDetta avtal har träffats den\nfemte maj mellan kommunen och högskolan om\nforskning och utbildning i regionen.\n',
      },
    ]);
    expect(sv.blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph']);
    const no = buildDoc([
      {
        number: 1,
        text: 'Avtale\n\nPartene har inngått\nen avtale om samarbeid om forskning og utdanning i regionen\nfra og med i år.\n',
      },
    ]);
    expect(no.blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph']);
  });

  it('wrapped-sentence near miss: a heading over its short lower-case end stays a heading', () => {
    const doc = buildDoc([
      { number: 1, text: 'RAMMEAVTALE\nom samarbeid\n\nPartene er enige om følgende.\n' },
    ]);
    expect(doc.blocks[0]?.kind).toBe('heading');
    expect(doc.blocks[0]?.norm.text).toBe('RAMMEAVTALE om samarbeid');
  });

  it('governing-document: a date of the agreement this one is made under is not its date (en, sv, no)', () => {
    const en =
      'LETTER OF UNDERSTANDING\nThis Letter of Understanding is made by Alby Schools and the City of Alby pursuant to the authority granted in the Interlocal Agreement between the parties dated May 3, 1998.\nThe parties agree to share a gym.';
    for (const found of dates(en, 'en')) expect(found).toBeNull();
    const sv =
      'Avtal om skolbibliotek\n\nDetta avtal gäller i enlighet med ramavtalet mellan kommunen och regionen, undertecknat den 3 maj 2015.\nParterna delar på kostnaden.';
    for (const found of dates(sv, 'sv')) expect(found).toBeNull();
    const no =
      'Avtale om skolebibliotek\n\nDenne avtalen gjelder i henhold til rammeavtalen mellom kommunen og fylket, signert 3. mai 2015.\nPartene deler kostnadene.';
    for (const found of dates(no, 'no')) expect(found).toBeNull();
  });

  it('governing-document near miss: a law named with "pursuant to" does not hide the signing date', () => {
    const en =
      'MEMORANDUM OF UNDERSTANDING\nThis Memorandum, made pursuant to state law, is entered into on May 3, 2001 by Alby County and Borg City.\nThe parties agree to share a road.';
    for (const found of dates(en, 'en')) expect(found).toBe('2001-05-03');
  });
});
