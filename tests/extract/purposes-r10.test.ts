import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

// Invented phrasings of the purpose-statement grammar (round 10): a purpose noun, any preposition phrase, a copula in any
// tense and the infinitive marker. Each holds with the text's line breaks and with them flattened to spaces.
const purposesOf = (text: string, language: 'sv' | 'no' | 'en') =>
  both(text, language).map((extraction) => extraction.fields.purposes);

describe('purposes, round 10: the purpose-copula rule', () => {
  it('sv: an adjective before the noun and "för" as the preposition ("Det samlade målet för nätverket är att …")', () => {
    const text =
      'Samverkan kring fjällräddning\n\nÅsby kommun och Norrviks region har kommit överens om samverkan. Det samlade målet för nätverket är att korta tiden till första insats i fjällen. Parterna träffas varje vår.';
    for (const found of purposesOf(text, 'sv'))
      expect(found).toEqual([
        'Det samlade målet för nätverket är att korta tiden till första insats i fjällen.',
      ]);
  });

  it('sv: a possessive before the noun and the future copula ("Samverkans syfte kommer att vara att …")', () => {
    const text =
      'AVSIKTSFÖRKLARING\n\nÅsby kommun och Norrviks region avser att samverka. Samverkans syfte kommer att vara att samla kunskap om fjällräddning. Parterna träffas varje vår.';
    for (const found of purposesOf(text, 'sv'))
      expect(found).toEqual(['Samverkans syfte kommer att vara att samla kunskap om fjällräddning.']);
  });

  it('a part\'s or a member\'s own aim is no purpose of the agreement ("Labbets övergripande mål är att …")', () => {
    const text =
      'AVSIKTSFÖRKLARING\n\nSyftet med avsiktsförklaringen är att samordna fjällräddningen. Labbets övergripande mål är att pröva nya larmsystem.';
    for (const found of purposesOf(text, 'sv'))
      expect(found).toEqual(['Syftet med avsiktsförklaringen är att samordna fjällräddningen.']);
  });

  it('no: the past tense ("Hensikten med samarbeidsavtalen var å …")', () => {
    const text =
      'Nytt samarbeid om beredskap\n\nFjellby kommune og Dalen brannvesen signerte i går en avtale. Hensikten med samarbeidsavtalen var å gi innbyggerne raskere hjelp ved flom. Avtalen gjelder i tre år.';
    for (const found of purposesOf(text, 'no'))
      expect(found).toEqual(['Hensikten med samarbeidsavtalen var å gi innbyggerne raskere hjelp ved flom.']);
  });

  it('no (nynorsk): a possessive after the noun ("Føremålet vårt vert å …")', () => {
    const text =
      'Intensjonsavtale\n\nFjellby kommune og Dalen kommune vil samarbeide om skuleskyss. Føremålet vårt vert å gje elevane kortare reisetid. Partane møtest kvar haust.';
    for (const found of purposesOf(text, 'no'))
      expect(found).toEqual(['Føremålet vårt vert å gje elevane kortare reisetid.']);
  });

  it('en: any phrase after "of" and the past tense ("The aim of the X-2 pilot was to …")', () => {
    const text =
      'Memorandum of Understanding\n\nRivertown and the Lowland Water Board agree to share flood data. The aim of the X-2 pilot was to test river sensors in the old town. The parties will meet twice a year.';
    for (const found of purposesOf(text, 'en'))
      expect(found).toEqual(['The aim of the X-2 pilot was to test river sensors in the old town.']);
  });

  it('an event\'s aim is no purpose of the agreement ("Målet med besöket var att …", "The purpose of the visit was to …")', () => {
    const sv =
      'Besök i vänorten\n\nKommunalrådet reste i maj till vänorten. Målet med besöket var att skriva under ett nytt avtal för åren 2024 och 2025.';
    for (const found of purposesOf(sv, 'sv')) expect(found).toEqual([]);
    const en =
      'Mayor visits sister city\n\nThe mayor travelled to the sister city in May. The purpose of the visit was to sign a new agreement for 2024 and 2025.';
    for (const found of purposesOf(en, 'en')) expect(found).toEqual([]);
  });

  it('a company\'s own object is no purpose of the agreement ("Bolagets ändamål ska vara att …")', () => {
    const text =
      'AVTAL\n\nSyftet med avtalet är att samordna kommunernas it-drift. Bolagets ändamål ska vara att driva de gemensamma systemen.';
    for (const found of purposesOf(text, 'sv'))
      expect(found).toEqual(['Syftet med avtalet är att samordna kommunernas it-drift.']);
  });
});

describe('purposes, round 10: purposes in passing', () => {
  it('en: an "in order to" sentence yields to a purpose stated by name', () => {
    const text =
      'Memorandum of Understanding\n\nThe Board founded the Safe Rivers programme in 2015 in order to work with towns along the river. The purpose of Safe Rivers is to give each town a flood plan of its own. The parties will meet twice a year.';
    for (const found of purposesOf(text, 'en'))
      expect(found).toEqual(['The purpose of Safe Rivers is to give each town a flood plan of its own.']);
  });

  it('en: without a purpose stated by name, the "in order to" sentence stays', () => {
    const text =
      'MEMORANDUM OF UNDERSTANDING\n\nThis memorandum is made between Rivertown and the Lowland Water Board. The parties will share their river gauges in order to warn residents of floods sooner.';
    for (const found of purposesOf(text, 'en'))
      expect(found).toEqual([
        'The parties will share their river gauges in order to warn residents of floods sooner.',
      ]);
  });
});

describe('purposes, round 10: intent-statement', () => {
  it('a possessive, the intent noun and an infinitive state a purpose, whatever the verb (sv, no, en)', () => {
    const texts: [string, 'sv' | 'no' | 'en', string][] = [
      [
        'AVSIKTSFÖRKLARING\n\nÅsby kommun och Norrviks region har enats. Dokumentet uttalar parternas avsikt att minska matsvinnet i skolorna.',
        'sv',
        'Dokumentet uttalar parternas avsikt att minska matsvinnet i skolorna.',
      ],
      [
        'INTENSJONSAVTALE\n\nFjellby kommune og Dalen kommune er enige. Avtalen uttrykker partenes intensjon om å bygge en felles brannstasjon.',
        'no',
        'Avtalen uttrykker partenes intensjon om å bygge en felles brannstasjon.',
      ],
      [
        'LETTER OF INTENT\n\nRivertown and Hillcrest have met twice. The towns hereby state their intent to apply jointly for a river grant.',
        'en',
        'The towns hereby state their intent to apply jointly for a river grant.',
      ],
    ];
    for (const [text, language, purpose] of texts)
      for (const found of purposesOf(text, language)) expect(found).toEqual([purpose]);
  });

  it('an intent to end something states no purpose ("their intent to terminate …")', () => {
    const text =
      'NOTICE\n\nRivertown and Hillcrest have met twice. The towns hereby state their intent to terminate the old bus contract.';
    for (const found of purposesOf(text, 'en')) expect(found).toEqual([]);
  });
});
