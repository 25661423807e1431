import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '../../src/schema/letter-of-intent.ts';
import { extract } from './helpers.ts';

/**
 * Purpose and validity rules learned from a fresh set of real agreements and news items (sv/no/en). Each text
 * is an invented phrasing modelled on a real one, read as written and with its line breaks flattened.
 */
const flat = (text: string) => text.replace(/\s+/gu, ' ').trim();

function purposes(text: string, language: LanguageCode): string[][] {
  return [text, flat(text)].map((variant) => extract(variant, language).fields.purposes);
}

function validity(text: string, language: LanguageCode) {
  return [text, flat(text)].map((variant) => extract(variant, language).fields.validity);
}

describe('purposes: cues from a fresh set (invented phrasings)', () => {
  it('reads a news lead "… har skrivit under en avsiktsförklaring för att …"', () => {
    const text =
      'Sjöbygden möter framtiden\n\n12 maj 2022\n\nNorrby och Sjöhamn har tecknat en avsiktsförklaring för att gemensamt locka fler besökare till kusten.\n\nNu väntar arbetet med en handlingsplan.';
    for (const found of purposes(text, 'sv'))
      expect(found).toEqual([
        'Norrby och Sjöhamn har tecknat en avsiktsförklaring för att gemensamt locka fler besökare till kusten.',
      ]);
  });

  it('reads what the cooperation shall "till exempel" contribute to', () => {
    const text =
      'Avtalet fördjupar samarbetet.\n\nSamarbetet ska till exempel bidra till kortare handläggningstider för invånarna.';
    for (const found of purposes(text, 'sv'))
      expect(found).toEqual([
        'Samarbetet ska till exempel bidra till kortare handläggningstider för invånarna.',
      ]);
    const norwegian =
      'Avtalen er signert.\n\nSamarbeidet skal blant annet bidra til flere lærlingplasser i regionen.';
    for (const found of purposes(norwegian, 'no'))
      expect(found).toEqual(['Samarbeidet skal blant annet bidra til flere lærlingplasser i regionen.']);
  });

  it('reads "Avsikten med …", and "Målet är att …" opening a sentence', () => {
    const text =
      'AVSIKTSFÖRKLARING\n\nAvsikten med överenskommelsen är att skapa ett gemensamt kunskapscentrum.\n\nMålsättningen är att fler unga ska välja vårdyrken.';
    for (const found of purposes(text, 'sv'))
      expect(found).toEqual([
        'Avsikten med överenskommelsen är att skapa ett gemensamt kunskapscentrum.',
        'Målsättningen är att fler unga ska välja vårdyrken.',
      ]);
  });

  it('reads "Målsetningen med samarbeidet er å …"', () => {
    const text =
      'INTENSJONSAVTALE\n\nMålsetningen med samarbeidet er å styrke rekrutteringen til helsefagene i Fjordby.';
    for (const found of purposes(text, 'no'))
      expect(found).toEqual([
        'Målsetningen med samarbeidet er å styrke rekrutteringen til helsefagene i Fjordby.',
      ]);
  });

  it('reads what an agreement regulates when its defined short name stands between', () => {
    const text =
      'SAMARBEIDSAVTALE\nmellom\nFjordby universitet og Nordlys AS\n1. Innledning\nDenne samarbeidsavtalen («Avtalen») regulerer partenes rettigheter og plikter i prosjektet «Kystens historie».\n2. Prosjektet';
    for (const found of purposes(text, 'no'))
      expect(found).toEqual([
        'Denne samarbeidsavtalen («Avtalen») regulerer partenes rettigheter og plikter i prosjektet «Kystens historie».',
      ]);
  });

  it('reads a WHEREAS recital in which the parties agree that the cooperation serves them', () => {
    const text =
      'RECITALS\nWHEREAS, state law permits public agencies to cooperate; and\nWHEREAS, the Town and the District agree that one shared dispatch center will shorten response times for residents; and\nNOW, THEREFORE, the parties agree as follows:';
    for (const found of purposes(text, 'en'))
      expect(found).toEqual([
        'WHEREAS, the Town and the District agree that one shared dispatch center will shorten response times for residents; and',
      ]);
  });

  it('drops a purpose that is denied ("Syftet är inte att …", "Formålet er ikke å …", "is not to")', () => {
    const swedish =
      'Avsiktsförklaringen syftar till att utreda en gemensam e-tjänstplattform. Syftet är inte att ersätta befintliga nätverk.';
    for (const found of purposes(swedish, 'sv'))
      expect(found).toEqual(['Avsiktsförklaringen syftar till att utreda en gemensam e-tjänstplattform.']);
    for (const found of purposes('Formålet er ikke å etablere et nytt selskap.', 'no'))
      expect(found).toEqual([]);
    for (const found of purposes('The purpose of this MOU is not to create a new agency.', 'en'))
      expect(found).toEqual([]);
  });

  it('keeps one purpose sentence that names its parties at length (over 600 characters)', () => {
    const sentence =
      'This Memorandum of Understanding (the “MOU”) is entered into by and between THE BOARD OF GOVERNORS OF THE NORTHERN STATE COLLEGES on behalf of Lakeside State College, Lakeside and Northern State College, Pine Hill, and THE BOARD OF TRUSTEES OF THE RIVERTON UNIVERSITY SYSTEM on behalf of Riverton University, East Campus and Riverton University, West Campus (institutions hereafter referred to as “LSC”, “NSC”, “RUE” and “RUW”, respectively) in order to establish a joint master program in public health and community nursing that will lead to a degree awarded by RUE in the names of each institution and of their systems.';
    expect(sentence.length).toBeGreaterThan(600);
    const text = `MEMORANDUM OF UNDERSTANDING\n${sentence} The purpose of this MOU is to set out how the program is run.`;
    for (const found of purposes(text, 'en'))
      expect(found).toEqual([sentence, 'The purpose of this MOU is to set out how the program is run.']);
  });
});

describe('purposes: sections, lead-ins and news phrasings (invented phrasings)', () => {
  it('reads the entries of a short lead-in under a purpose heading, also when the heading runs into it', () => {
    const text =
      'SAMVERKANSAVTAL\n\n1. Parter\nNorrby kommun och Sjöhamns högskola.\n\n2. Syfte\nSamverkan ska:\n• öka antalet praktikplatser\n• stärka forskningen om välfärd\n\n3. Avtalstid\nAvtalet gäller i tre år.';
    for (const found of purposes(text, 'sv'))
      expect(found).toEqual(['öka antalet praktikplatser', 'stärka forskningen om välfärd']);
  });

  it('takes no list under a purpose heading whose lead-in is about one party', () => {
    const text =
      'Syfte\n\nKommunen ska inrätta:\n\n • ett nytt kontor för innovation i centrum. \n • en gemensam portal för ansökningar.';
    for (const found of purposes(text, 'sv')) expect(found).toEqual([]);
  });

  it('reads what the parties or the cooperation shall do under a purpose heading', () => {
    const swedish =
      'AVSIKTSFÖRKLARING\n\nSyfte\nParterna vill genom denna avsiktsförklaring fördjupa samarbetet kring kompetensförsörjning.\n\nGiltighet\nAvsiktsförklaringen gäller till och med den 31 december 2024.';
    for (const found of purposes(swedish, 'sv'))
      expect(found).toEqual([
        'Parterna vill genom denna avsiktsförklaring fördjupa samarbetet kring kompetensförsörjning.',
      ]);
    const norwegian = 'Mål\nSamarbeidet skal gi bedre tjenester til innbyggerne i Fjordby.';
    for (const found of purposes(norwegian, 'no'))
      expect(found).toEqual(['Samarbeidet skal gi bedre tjenester til innbyggerne i Fjordby.']);
  });

  it('drops a lead-in that only names the objectives ("The objectives of this MOU are:")', () => {
    const text =
      'MEMORANDUM OF UNDERSTANDING\n\n2. Objectives\nThe objectives of this MOU are:\na) to promote joint research;\nb) to exchange staff and students.';
    expect(extract(text, 'en').fields.purposes).toEqual([
      'to promote joint research;',
      'to exchange staff and students.',
    ]);
  });

  it('reads "Intensjonen er å …" and news that parties "have agreed to work together to …"', () => {
    for (const found of purposes('Intensjonen er å utvikle et felles senter for bærekraft i Fjordby.', 'no'))
      expect(found).toEqual(['Intensjonen er å utvikle et felles senter for bærekraft i Fjordby.']);
    const text =
      'Elmfield and Ridge College have agreed to work together to improve student housing downtown.';
    for (const found of purposes(text, 'en')) expect(found).toEqual([text]);
  });
});

describe('purposes: a second fresh batch (invented phrasings)', () => {
  it('reads "Ett mål med … är", "Et mål med … er" and "ett uttryck för en gemensam vilja att"', () => {
    for (const found of purposes(
      'Ett mål med den nya överenskommelsen är att fler turister ska hitta till Norrby.',
      'sv',
    ))
      expect(found).toEqual([
        'Ett mål med den nya överenskommelsen är att fler turister ska hitta till Norrby.',
      ]);
    for (const found of purposes('Et mål med avtalen er å øke antallet lærlinger i Fjordby.', 'no'))
      expect(found).toEqual(['Et mål med avtalen er å øke antallet lærlinger i Fjordby.']);
    const text =
      'Avsiktsförklaringen är ett uttryck för parternas vilja att bygga en gemensam simhall i Sjölän.';
    for (const found of purposes(text, 'sv')) expect(found).toEqual([text]);
  });

  it('takes no duty or power under a purpose heading ("Each party agrees to …") as a purpose', () => {
    const text =
      '2. Purpose\n2.1 Each party has the power to buy and lend equipment under state law.\n2.2 Each party desires to enter into this agreement to share one training tower in the Lake region.\n2.3 Each party agrees to the following duties to meet the grant terms:\n• The Town agrees to manage the grant reports.\n3. Duration\n3.1 This agreement shall be in effect until terminated.';
    for (const found of purposes(text, 'en'))
      expect(found).toEqual([
        'Each party desires to enter into this agreement to share one training tower in the Lake region.',
      ]);
  });

  it('reads a news sentence "För att … undertecknade parterna …" in the past tense', () => {
    const text =
      'För att korta vårdköerna tecknade kommunerna i maj ett avtal om en gemensam jourmottagning i Sjölän.';
    for (const found of purposes(text, 'sv')) expect(found).toEqual([text]);
  });

  it('reads "Den skal bidra til …" right after a sentence that names the agreement, and not elsewhere', () => {
    const text =
      'Bystyret vedtok i går en avtale mellom Fjordby kommune og Nesvik idrettslag. Den skal bidra til flere treningstider for barn.';
    for (const found of purposes(text, 'no'))
      expect(found).toEqual(['Den skal bidra til flere treningstider for barn.']);
    for (const found of purposes(
      'Kommunen har fått en ny idrettshall. Den ska bidra till ökad folkhälsa.',
      'sv',
    ))
      expect(found).toEqual([]);
  });
});

describe('purposes: possessive and "through the agreement" phrasings (invented phrasings)', () => {
  const cases: [LanguageCode, string][] = [
    ['sv', 'Överenskommelsens mål är att minska utanförskapet i Norrby.'],
    ['no', 'Avtalens formål er å sikre god samhandling mellom Fjordby og Nesvik.'],
    ['no', 'Hensikta med avtala er å styrkje samarbeidet om skulane i Nesvik.'],
    ['sv', 'Genom avtalet får studenterna i Sjöhamn tillgång till fler praktikplatser.'],
    ['no', 'Gjennom avtalen får kommunen tilgang til forskning fra Fjordby universitet.'],
    ['en', 'The collaboration will focus on river safety and will help the town plan for floods.'],
  ];
  for (const [language, text] of cases)
    it(`reads "${text}"`, () => {
      for (const found of purposes(text, language)) expect(found).toEqual([text]);
    });
});

describe('validity: cues from a fresh set (invented phrasings)', () => {
  it('reads a duration written with a digit and a hyphen ("4-åriga", "5-årige")', () => {
    for (const found of validity('Det 4-åriga avtalet undertecknades i Norrby i går.', 'sv'))
      expect(found.durationMonths).toBe(48);
    for (const found of validity('Den 5-årige avtalen ble signert i Fjordby.', 'no'))
      expect(found.durationMonths).toBe(60);
  });

  it('reads a nynorsk start ("er gjeldande frå") and "varer i" as a duration', () => {
    for (const found of validity('Avtala er gjeldande frå 1. mars 2023.', 'no'))
      expect(found.start).toBe('2023-03-01');
    for (const found of validity('Avtalen trer i kraft ved signering og varer i to år.', 'no'))
      expect(found).toMatchObject({ start: 'on-signature', durationMonths: 24 });
  });

  it('reads a range that follows the period word ("under perioden 1 januari … till …")', () => {
    for (const found of validity(
      'Överenskommelsen gäller under perioden 1 januari 2022 till 31 december 2025.',
      'sv',
    ))
      expect(found).toMatchObject({ start: '2022-01-01', end: '2025-12-31' });
    for (const found of validity('This Agreement covers the period 1 July 2020 to 30 June 2023.', 'en'))
      expect(found).toMatchObject({ start: '2020-07-01', end: '2023-06-30' });
  });

  it('reads "until modified or terminated" and "The effective date of this agreement shall be …"', () => {
    const text =
      '3. Duration\n3.1 This MOU stays in effect until amended or terminated under section 7.\n4. Effective date\nThe effective date of this agreement shall be the 1st day of March, 1991.';
    for (const found of validity(text, 'en'))
      expect(found).toMatchObject({ start: '1991-03-01', end: 'until-terminated' });
  });

  it('reads a notice period stated as the subject ("Oppsigelsesfristen er seks måneder")', () => {
    for (const found of validity(
      'Avtalen gjelder til den sies opp. Oppsigelsesfristen er seks måneder.',
      'no',
    ))
      expect(found).toMatchObject({ end: 'until-terminated', noticePeriodMonths: 6 });
    for (const found of validity('Uppsägningstiden är tre månader.', 'sv'))
      expect(found.noticePeriodMonths).toBe(3);
    for (const found of validity('The notice period is ninety (90) days.', 'en'))
      expect(found.noticePeriodMonths).toBe(3);
  });
});
