import { describe, expect, it } from 'vitest';
import { extract, flatten } from './helpers.ts';

// Invented phrasings that mirror real public documents the rules had not seen (issue #11, fresh set fa2).
const documentType = (text: string) => extract(text, 'en').fields.documentType;

describe('document type on unseen layouts', () => {
  it('reads a council order that authorizes an MOU as a case document, not the agreement', () => {
    const text =
      'ORDER NO. 212 A MUNICIPAL ORDER AUTHORIZING THE MAYOR TO ENTER INTO A MEMORANDUM OF UNDERSTANDING BETWEEN THE CITY OF RIVERTON AND RIVERTON STATE COLLEGE WHEREAS, the City wishes to widen access to courses; BE IT HEREBY ORDERED BY THE CITY OF RIVERTON: SECTION 1. The Mayor is authorized to sign the Memorandum of Understanding.';
    expect(documentType(text)).toBe('other');
  });

  it('reads a byline with a publication stamp as news, even under a headline that starts with "MoU"', () => {
    const text =
      'MoU to widen student exchange\n\nValley Courier Mar - 3 - 2022 , 09:15\n\nRiverton College and Lakeside University have signed a Memorandum of Understanding (MoU) to widen student exchange.\n\nThe signing of the MoU took place on the Riverton campus.';
    expect(documentType(text)).toBe('news-article');
  });

  it('reads a quote with the speaker between quote and verb as news ("…,” Cr Lee said")', () => {
    const text =
      'Lake River and Dunmore Shire councils sign Memorandum of Understanding By Ann Page COUNCILS on both sides of the river have signed a Memorandum of Understanding. “It is a special day for both councils,” Cr Lee said. Dunmore Shire mayor Tom Hill said the councils would work together.';
    expect(documentType(text)).toBe('news-article');
  });

  it('reads a Norwegian page with a photo credit and "har fornya" as news', () => {
    const text =
      'Samarbeid mellom idrett og kommune\n\nSamarbeider. Kari Lie, leiar i Fjellby idrettsråd, og ordførar Per Dahl fornyar samarbeidsavtalen. Foto: Fjellby kommune\n\nFjellby idrettsråd og Fjellby kommune har fornya samarbeidsavtala si. Avtala skal vare i fire år.';
    expect(extract(text, 'no').fields.documentType).toBe('news-article');
  });

  // Blind set b3 (first half): a passive signing sentence, a headline ending on its participle, and a
  // publication line that lost its line break. Both readings: with line breaks and flattened to one line.
  const bothReadings = (text: string) => [text, text.replace(/\s+/gu, ' ')];

  it('reads "skrevs … under av" under a headline ending on "undertecknat" as Swedish news', () => {
    const text =
      'Trygghetsöverenskommelse för 2021-2024 undertecknat\n\nVart tredje år tar kommunen och polisen fram en gemensam plan.\n\nDen 14 januari skrevs en ny trygghetsöverenskommelse under av kommundirektör Eva Berg och lokalpolisområdeschef Jan Ek.';
    for (const reading of bothReadings(text))
      expect(extract(reading, 'sv').fields.documentType).toBe('news-article');
  });

  it('reads "Publisert Oppdatert" inside a flattened page as a Norwegian news sign', () => {
    const text =
      'samarbeidsavtale Tre høgskoler går sammen Tre høgskoler danner en ny allianse for regionene. Publisert Oppdatert Tre høgskoler går sammen og danner en ny allianse. – Vi har felles utfordringer, sier rektor Ola Berg.';
    expect(extract(text, 'no').fields.documentType).toBe('news-article');
  });

  it('keeps an agreement that is signed in its own words an agreement ("undertecknat" mid-sentence)', () => {
    const text =
      'Samverkansavtal\n\nMellan Alfa kommun och Beta kommun har följande avtal undertecknat av båda parter.\n\n1. Syfte\n\nSyftet med avtalet är att samordna räddningstjänsten.';
    for (const reading of bothReadings(text))
      expect(extract(reading, 'sv').fields.documentType).toBe('cooperation-agreement');
  });
});

// Fresh sets (issue #11): news signs weighed against the agreement's own structure signs. Both readings.
describe('document type: news signs against agreement-structure signs', () => {
  const bothReadings = (text: string) => [text, text.replace(/\s+/gu, ' ')];

  it('reads a typed headline over one news sign and no clause as news ("er undertegnet")', () => {
    const text =
      'Samarbeidsavtalen\n\nSamarbeidsavtalen mellom Åsby kommune og Åsby musikkråd er undertegnet.\n\nOrdføreren og lederen i musikkrådet ser fram til å bruke avtalen i arbeidet.';
    for (const reading of bothReadings(text))
      expect(extract(reading, 'no').fields.documentType).toBe('news-article');
  });

  it('reads a caption glued to its photo credit as a Norwegian news sign ("… BergFoto: Ola Dal")', () => {
    const text =
      'Rektor Kari Berg og ordfører Per LundFoto: Ola Dal\n\nPartnerskapsavtalen\n\nHøgskolen og kommunen skal samarbeide om praksisplasser.';
    for (const reading of bothReadings(text))
      expect(extract(reading, 'no').fields.documentType).toBe('news-article');
  });

  it('reads an agreement page with a publication line as the agreement when its clauses outnumber the news signs', () => {
    const text =
      'Gå till innehåll\n\nUppsägning\n\n4 § Uppsägning\n\nDetta avtal gäller från 2025-02-01 och tills vidare. Uppsägning skall ske skriftligen.\n\nPublicerad: 2024-11-02';
    for (const reading of bothReadings(text))
      expect(extract(reading, 'sv').fields.documentType).toBe('cooperation-agreement');
  });

  it('reads a treaty chapter with numbered articles as the agreement, not news, despite "Published"', () => {
    const text =
      'Chapter 9: Cooperation\nPublished 3 May 2020\nArticle 9.1: General Provisions\n1. The Parties recognise that cooperation under this Agreement shall support trade.\nArticle 9.2: Areas\n1. The Parties shall cooperate in education.';
    for (const reading of bothReadings(text))
      expect(extract(reading, 'en').fields.documentType).toBe('cooperation-agreement');
  });

  it('reads an agreement with no document-type word in its opening as the agreement from its structure', () => {
    const text =
      'JOINT USE AGREEMENT FOR A RADIO MAST\nTHIS AGREEMENT is entered into by the Town of Elmford (hereinafter "Elmford") and Pine County (hereinafter "the County").\nWHEREAS, both wish to share one mast; and\nWHEREAS, the County shall maintain it.';
    for (const reading of bothReadings(text))
      expect(extract(reading, 'en').fields.documentType).toBe('cooperation-agreement');
  });

  it('keeps a council resolution with "WHEREAS" and "shall" as a case document, not the agreement', () => {
    const text =
      'R-21-07 RESOLUTION R-21-07 ON THE TOWN-COLLEGE COMMITTEE\nWHEREAS, the Council set up the committee in 1990; and\nWHEREAS, a review is due;\nNOW, THEREFORE, BE IT RESOLVED THAT: 1. The committee shall meet twice a year.';
    for (const reading of bothReadings(text))
      expect(extract(reading, 'en').fields.documentType).not.toBe('cooperation-agreement');
  });

  it('reads "recently signed" and "X said the …" as English news without a typed headline', () => {
    const text =
      'State officials recently signed a memorandum of understanding with two technical colleges.\nThe colleges will share training staff. Ann Moe said the memorandum would widen access to courses.';
    for (const reading of bothReadings(text))
      expect(extract(reading, 'en').fields.documentType).toBe('news-article');
  });

  it('reads "a signing ceremony" told from outside as English news', () => {
    const text =
      'The MoU signing ceremony was held at the Hilltown campus in the presence of the Vice Chancellor.\nThe MoU covers exchange of staff and students.';
    for (const reading of bothReadings(text))
      expect(extract(reading, 'en').fields.documentType).toBe('news-article');
  });

  it('reads a Swedish press invitation as news ("Pressinbjudan:")', () => {
    const text =
      'Pressinbjudan: Norrby kommun och Norrby yrkeshögskola fördjupar sitt samarbete\n\nKommunen och skolan vill samarbeta mer. Avtalet skrivs under den 4 mars.';
    for (const reading of bothReadings(text))
      expect(extract(reading, 'sv').fields.documentType).toBe('news-article');
  });

  it('reads "har träffat en överenskommelse" told in the third person as Swedish news', () => {
    const text =
      'Samverkan med Östra högskolan\n\nDe sex kommunerna i länet och Östra högskolan har träffat en överenskommelse om ett fastare samarbete inom utbildning och forskning.';
    for (const reading of bothReadings(text))
      expect(extract(reading, 'sv').fields.documentType).toBe('news-article');
  });
  it('reads a page with a share widget ("Del dette:", "Share this:") and no clause as news', () => {
    const no =
      'Kommunen og fylket med samarbeidsavtale\n\nLeiinga i dei to organisasjonane møtest fire gonger i året.\n\nSamarbeidsavtale mellom Nordfjell kommune og Vestfjell fylkeskommune.\n\nDel dette:\n\nRelaterte lenker';
    for (const reading of bothReadings(no))
      expect(extract(reading, 'no').fields.documentType).toBe('news-article');
    const en =
      'Cooperation agreement between Elmford and Pine County\n\nThe two councils will meet four times a year.\n\nShare this:\n\nRelated links';
    for (const reading of bothReadings(en))
      expect(extract(reading, 'en').fields.documentType).toBe('news-article');
  });

  it("reads a signature table's labelled cells as the agreement's own structure, not news", () => {
    const text =
      'Agreement between Alpha College and Beta Town\n\nThe parties have signed this agreement.\n\n| For Alpha College | For Beta Town |\n| Name: Ann Lee | Name: Tom Hill |\n| Title: President | Title: Mayor |';
    for (const reading of [text, flatten(text)]) expect(documentType(reading)).toBe('cooperation-agreement');
  });
});

// Round 2 (pool9–11): the kinds of miss, each with an invented phrasing, both readings.
describe('document type: agreement names, minutes and told-from-outside news', () => {
  const bothReadings = (text: string) => [text, flatten(text)];
  const typeOf = (text: string, language: 'en' | 'sv' | 'no') =>
    bothReadings(text).map((reading) => extract(reading, language).fields.documentType);

  it('reads an agreement named by a bare or compound agreement word at its head as a cooperation agreement', () => {
    expect(
      typeOf(
        'INTERLOCAL AGREEMENT\n\nBETWEEN\n\nTHE CITY OF ELMFORD\n\nAND\n\nPINE COUNTY\n\nThe City and the County enter into this arrangement to share a road crew.',
        'en',
      ),
    ).toEqual(['cooperation-agreement', 'cooperation-agreement']);
    expect(
      typeOf(
        'Dnr 12/2020 Driftsöverenskommelse 2021\n\nAlfa kommun och Beta förening har kommit överens om driften av badhuset.',
        'sv',
      ),
    ).toEqual(['cooperation-agreement', 'cooperation-agreement']);
  });

  it('keeps a page that names an agreement only further down "other"', () => {
    const filler =
      'Kommunen har många uppdrag och ansvarar för skolor, vård och omsorg i hela länet. '.repeat(4);
    expect(typeOf(`Om kommunen\n\n${filler}\n\nLäs mer om vårt hyresavtal.`, 'sv')).toEqual([
      'other',
      'other',
    ]);
  });

  it('reads minutes (a vote, "Seconded by", "JUSTERARE", "förslaget till beslut") as a case document', () => {
    expect(
      typeOf(
        'Resultat av votering\n\nSamarbeidsavtale mellom Alfa IKS og Beta IKS\n\nFølgende tas til orientering:\n\nFylkestinget behandlet saken i møte, sak 12/25.',
        'no',
      ),
    ).toEqual(['other', 'other']);
    expect(
      typeOf(
        'SPECIAL MEETING PRESENT: Mayor Lee ABSENT: Alderperson Hill\n\nMemorandum of Understanding with Elmford College\n\nBy Alderperson Page: Seconded by Alderperson Ross\n\nWHEREAS, this Memorandum has been drafted;',
        'en',
      ),
    ).toEqual(['other', 'other']);
    expect(
      typeOf(
        'Samarbetsavtal med Alfa förening\n\nSammanfattning av förslaget till beslut\n\nI ärendet föreslås nämnden godkänna ett samarbetsavtal med Alfa förening.',
        'sv',
      ),
    ).toEqual(['other', 'other']);
  });

  it('reads an agreement told from outside in the past as news', () => {
    expect(
      typeOf(
        'Alfa kommune og Beta idrettslag har samarbeidet lenge. Samarbeidsavtalen varer i tre år. Avtalen ble behandlet i formannskapet forrige uke.',
        'no',
      ),
    ).toEqual(['news-article', 'news-article']);
    expect(
      typeOf(
        'Ny avtale med frivilligsentralene\n\nOrdfører Kari Lie og lederne for frivilligsentralene skrev i dag under på samarbeidsavtalen. Den gir et godt rammeverk for videre samarbeid.\n\nSamarbeidsavtalen beskriver rammene for samarbeidet.',
        'no',
      ),
    ).toEqual(['news-article', 'news-article']);
    expect(
      typeOf(
        'Elmford College and Pine Rugby Club signed a Memorandum of Understanding (MOU). This MOU sets a base for joint coaching.\n\nRelated articles',
        'en',
      ),
    ).toEqual(['news-article', 'news-article']);
  });
});

describe('title: web page furniture above the headline', () => {
  it('skips a skip link and a bare publication label ("Länk till startsidan", "Publicerad")', () => {
    const text =
      'Länk till startsidan\n\nPublicerad\n\nAlfa och Beta siktar på en gemensam nämnd\n\nIdag samarbetar grannkommunerna Alfa och Beta i ett nätverk för tillsynsfrågor.';
    // With line breaks: the furniture is told by its line (a flattened page has no headline line to pick).
    expect(extract(text, 'sv').fields.title).toBe('Alfa och Beta siktar på en gemensam nämnd');
  });
});
