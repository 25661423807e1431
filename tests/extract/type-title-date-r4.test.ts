import { describe, expect, it } from 'vitest';
import { extract, flatten } from './helpers.ts';

// Invented phrasings modelled on the kinds of page met in the tuning pools p7/p8 (session 7, round r4).
const both = (text: string, language: 'sv' | 'no' | 'en') => [
  extract(text, language).fields,
  extract(flatten(text), language).fields,
];

describe('document type, round r4', () => {
  it('reads a council legislation record (File #, In control, Final action) as a case document', () => {
    const text =
      'File #: 21-104 Version: 1 Name:\nType: Consent Item Status: Passed\nFile created: 3/2/2021 In control: City Council\nOn agenda: 4/6/2021 Final action: 4/6/2021\nTitle: SUBJECT: Approval of Memorandum of Understanding Between the City of Riverton and Lakeside School District\nAttachments: 1. Memorandum of Understanding';
    for (const fields of both(text, 'en')) expect(fields.documentType).toBe('other');
  });

  it("reads a staff report's labels as a case document in a text that lost its line breaks", () => {
    const text =
      'CITY OF RIVERTON COUNCIL COMMUNICATION AGENDA TITLE: Adopt Resolution Authorizing City Manager to Sign a Memorandum of Understanding with Lakeside County MEETING DATE: May 4, 2011 PREPARED BY: Public Works Director RECOMMENDED ACTION: That the City Council adopt a resolution authorizing the City Manager to sign the MOU.';
    for (const fields of both(text, 'en')) expect(fields.documentType).toBe('other');
  });

  it('reads a Swedish page that says the agreement "har träffats" or "har signerats" as news', () => {
    const text =
      'Avsiktsförklaring godkänd av kommunstyrelsen\n\nEn avsiktsförklaring har träffats mellan Region Alfa, Betabostäder och Gamla kommun om att bygga ett nytt äldreboende.\n\nNu har Gamla kommun godkänt sin del av avsiktsförklaringen.';
    for (const fields of both(text, 'sv')) expect(fields.documentType).toBe('news-article');
  });

  it('keeps "Mellan A och B har träffats följande avtal" an agreement', () => {
    const text =
      'Samarbetsavtal\n\nMellan Alby kommun och Borby kommun har träffats följande avtal om samverkan kring räddningstjänst.\n\n1. Parter';
    for (const fields of both(text, 'sv')) expect(fields.documentType).toBe('cooperation-agreement');
  });

  it('reads "Överenskommelse gällande samverkan" as a cooperation agreement', () => {
    const text =
      'Överenskommelse gällande samverkan inom hemsjukvård i Alfa län 2020–2023\n\nInledning\n\nDenna överenskommelse reglerar ansvar och samverkan mellan Region Alfa och kommunerna i länet.';
    for (const fields of both(text, 'sv')) expect(fields.documentType).toBe('cooperation-agreement');
  });
});

describe('title, round r4', () => {
  it("reads a record page's labelled title (title-label), up to the next label in capitals", () => {
    const text =
      'Title: Memorandum of understanding between Riverton College and Lakeside Hospital, Inc.\nCITATION PDF VIEWER THUMBNAILS\nFull Citation\nPermanent Link: http://example.org/record/0001\n\nMEMORANDUM OF UNDERSTANDING\nBETWEEN\nRIVERTON COLLEGE\nAND\nLAKESIDE HOSPITAL, INC.';
    for (const fields of both(text, 'en'))
      expect(fields.title).toBe(
        'Memorandum of understanding between Riverton College and Lakeside Hospital, Inc',
      );
  });

  it("reads a staff report's 'AGENDA TITLE:' inside a line that lost its breaks", () => {
    const text =
      'CITY OF RIVERTON COUNCIL COMMUNICATION AGENDA TITLE: Adopt Resolution Authorizing City Manager to Sign a Memorandum of Understanding with Lakeside County PREPARED BY: Public Works Director';
    for (const fields of both(text, 'en'))
      expect(fields.title).toBe(
        'Adopt Resolution Authorizing City Manager to Sign a Memorandum of Understanding with Lakeside County',
      );
  });

  it('skips an advertisement label, a logo alt text and an empty search result above the headline', () => {
    const sv =
      'Annons\n\nFoU: Alfa AB och Högskolan Beta i ny forskningssatsning\n\nEn avsiktsförklaring mellan Högskolan Beta och Alfa AB har signerats.';
    expect(extract(sv, 'sv').fields.title).toBe('FoU: Alfa AB och Högskolan Beta i ny forskningssatsning');
    const no =
      'logo Fjellbygg\n\nInngår avtale med Høgskolen\n\nFjellbygg og Høgskolen har inngått en samarbeidsavtale.';
    expect(extract(no, 'no').fields.title).toBe('Inngår avtale med Høgskolen');
    const search =
      '• No results found\n\nÖverenskommelse gällande samverkan inom hemsjukvård i Alfa län\n\nInledning\n\nDenna överenskommelse reglerar ansvar och samverkan.';
    expect(extract(search, 'sv').fields.title).toBe(
      'Överenskommelse gällande samverkan inom hemsjukvård i Alfa län',
    );
  });

  it('drops a bullet sign before the title', () => {
    const text =
      '• Interpellationssvar: Regionens samverkan med universitetet\n\nFrågor:\n\n• Vad har samverkansavtalet resulterat i';
    for (const fields of both(text, 'sv'))
      expect(fields.title?.startsWith('Interpellationssvar: Regionens samverkan med universitetet')).toBe(
        true,
      );
  });
});

describe('title in a text without line breaks, round r4', () => {
  it('ends a headline at a capitalised weekday before a date (weekday-dateline)', () => {
    const text =
      'Markavtal möjliggör utveckling av det nya Alfaområdet\nTisdag, 3 mars 2020\nAlby kommun och Beta universitet har ingått en överenskommelse om mark.';
    for (const fields of both(text, 'sv')) {
      expect(fields.title).toBe('Markavtal möjliggör utveckling av det nya Alfaområdet');
      expect(fields.date).toBe('2020-03-03');
    }
  });

  it('ends a headline where a day and month open the news text (date-opening)', () => {
    const text =
      'Samarbeidsavtale for bedre kompetanse\n12. mars ble det inngått en samarbeidsavtale mellom Høgskolen i Nordby og Fjellby kommune.';
    for (const fields of both(text, 'no')) expect(fields.title).toBe('Samarbeidsavtale for bedre kompetanse');
  });
});

describe('title after a notice or list-led lead, round r4', () => {
  it('ends a headline where a list of names opens the news text (list-opening)', () => {
    const text =
      'Styrker samarbeid om næringsutvikling\nFylkeskommunene, Innovasjon Norge og Siva inngikk 4. mai en samarbeidsavtale om næringsutvikling.';
    for (const fields of both(text, 'no')) expect(fields.title).toBe('Styrker samarbeid om næringsutvikling');
  });

  it('reads the headline after a notice sentence in a line that lost its breaks (headline-after-caption in one line)', () => {
    const text =
      'På grund av tekniska problem kan svar från myndigheten bli försenade.\nNya trygghetsavtal undertecknade i Alby\nNu har både polisen och kommunen i Alby undertecknat ett nytt avtal.';
    for (const fields of both(text, 'sv'))
      expect(fields.title).toBe('Nya trygghetsavtal undertecknade i Alby');
  });
});

describe('date, round r4', () => {
  it('reads a publication stamp with its clock time as the date (date-with-clock-time)', () => {
    const text =
      'Samverkan mellan fyra regioner utökas\n\nPressmeddelande\n•\nMar 3, 2016 09:30 CET\n\nDe ledande politikerna i regionerna har beslutat att utveckla sitt samarbete.';
    for (const fields of both(text, 'sv')) expect(fields.date).toBe('2016-03-03');
  });

  it('reads "Sidan uppdaterad:" as a date label in a text without line breaks', () => {
    const text =
      'Avtal om samverkan godkänt\n\nKommunen och regionen har tecknat ett avtal om samverkan. Beslutet fattades i kommunstyrelsen.\n\nInformationsägare: Kommunförvaltningen\nSidan uppdaterad: 2018-04-11\n\nNytt från kommunen';
    for (const fields of both(text, 'sv')) expect(fields.date).toBe('2018-04-11');
  });
});
