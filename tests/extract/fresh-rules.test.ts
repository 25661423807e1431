import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

/** Rules learned from fresh public documents (issue 11); every phrasing here is invented, with other names. */
describe('signatories from fresh documents', () => {
  const names = (text: string, language: 'sv' | 'no' | 'en') =>
    extract(text, language).fields.signatories.map((signer) => signer.name);

  it('reads passive "signerats av" / "skrevs under av" and a name joined by "och" to a titled signer', () => {
    const passive =
      'Högskolan och regionerna i nytt avtal\n\nSamverkansavtalet som signerats av rektor Lena Ström, Norrbys och Söderbys båda regiondirektörer Olof Berg och Maja Lind, gäller i fyra år.';
    expect(names(passive, 'sv')).toEqual(['Lena Ström', 'Olof Berg', 'Maja Lind']);
    const skrevs =
      'Samarbetsavtal Ekby kommun\n\nAvtalet förnyades i juni när det nya avtalet skrevs under av rektor Nils Grön och kommunalråd Sara Vik.';
    expect(names(skrevs, 'sv')).toEqual(['Nils Grön', 'Sara Vik']);
  });

  it('keeps a name particle and a compound title ("universitetsrektorn Karl von Berg")', () => {
    const text =
      'Nytt avtal i Ekby\n\nAvtalet undertecknades på tisdagen av kommunstyrelsens ordförande Anna Falk och universitetsrektorn Karl von Berg vid en ceremoni.';
    expect(names(text, 'sv')).toEqual(['Anna Falk', 'Karl von Berg']);
  });

  it('leaves out honorifics and takes no article as a title ("signed a Memorandum of Understanding (MoU)")', () => {
    const text =
      'Lakeside, Canada. Monday:—Lakeside University signed a Memorandum of Understanding (MoU) with Hill College at a ceremony today. The agreement, which was signed by Dr. Ann Lee, President of Lakeside University, and Prof. Tom Hall, Dean of Hill College, on behalf of both, opens exchanges.';
    expect(names(text, 'en')).toEqual(['Ann Lee', 'Tom Hall']);
  });

  it('takes no quoted person named earlier in the sentence as the subject of a signing verb', () => {
    const text =
      'Nye intensjonsavtaler\n\nIfølge dekan Ola Dahl er det viktig at avtalene gir rom for samarbeid mellom de to institusjonene som inngår avtalen.\n\nAvtalen ble undertegnet av instituttdirektør Kari Holm og dekan Ola Dahl i desember.';
    expect(names(text, 'no')).toEqual(['Kari Holm', 'Ola Dahl']);
  });

  it('prefers the sentence naming every signer to a caption naming one', () => {
    const text =
      'Ordföranden Eva Lund och rektor Per von Ek skrev under avtalet i stadshuset.\n\nNytt avtal\n\nAvtalet undertecknades i går av kommunstyrelsens ordförande Eva Lund, rektor Per von Ek och regiondirektör Ulla Berg.';
    expect(names(text, 'sv')).toEqual(['Eva Lund', 'Per von Ek', 'Ulla Berg']);
  });
});

describe('titles from fresh documents', () => {
  const title = (text: string, language: 'sv' | 'no' | 'en') => extract(text, language).fields.title;

  it('skips a photo caption that carries a credit, and a caption sentence over the headline', () => {
    const credit =
      'Rektor Eva Lund och ordförande Per Ek undertecknade avtalet i stadshuset. Foto: Kim Berg\n\nNytt avtal stärker samarbetet\n\nEkby Kommunen och högskolan har slutit ett nytt avtal.';
    expect(title(credit, 'sv')).toBe('Nytt avtal stärker samarbetet');
    const caption =
      'Kari Holm, rektor ved Fjellby universitet, signerer avtalen.\n\nFylket og universitetet går sammen\n\nI dag ble avtalen signert.';
    expect(title(caption, 'no')).toBe('Fylket og universitetet går sammen');
  });

  it('skips web-page leftovers: a lone quoted or lower-case word, a menu line', () => {
    const text =
      '"True"\nprinticon\nMeny\nPublicerad: 2012-03-04\n\nAvtal för regional utveckling undertecknat\n\nUniversitetet och länsstyrelsen har undertecknat en överenskommelse.';
    expect(title(text, 'sv')).toBe('Avtal för regional utveckling undertecknat');
  });

  it('gives no title when the text opens with a long paragraph instead of a headline', () => {
    const text =
      'To open research options of shared interest in both regions, Lakeside University signed a Memorandum of Understanding with Hill College, at a ceremony held today on the Lakeside campus, with staff and students of both institutions present at the signing.';
    expect(title(text, 'en')).toBeNull();
  });
});

describe('places from fresh documents', () => {
  const fields = (text: string, language: 'sv' | 'no' | 'en') => extract(text, language).fields;

  it('takes no weekday or date label for a place', () => {
    const weekday =
      'City and college reach agreement\n\n(Lakeside, OR)\nFriday, May 3, 2013\n\nBoth sides called the memorandum of understanding signed Friday a big step, says the mayor.';
    expect(fields(weekday, 'en').place).toBe('Lakeside');
    expect(fields(weekday, 'en').date).toBe('2013-05-03');
    const label =
      'Samverkansavtal mellan Ekby kommun och Norrby universitet\n\nParterna ska samverka.\n\nSenast uppdaterad den 3 maj 2019';
    expect(fields(label, 'sv').place).toBeNull();
    const dated =
      'This MEMORANDUM OF UNDERSTANDING DATED the 3rd day of May, 2011, between Alpha College and Beta City.';
    expect(fields(dated, 'en').place).toBeNull();
  });

  it('reads news datelines without a year: "Place, Region. Weekday:—", "Place (Agency) –", "PLACE, 3 March –"', () => {
    const region =
      'Lakeside, Canada. Monday:—Lakeside University signed a Memorandum of Understanding with Hill College at a ceremony held today, said the dean.';
    expect(fields(region, 'en').place).toBe('Lakeside');
    const agency =
      'Kommun och högskola i nytt avtal\n\nEkby (TT) – Ekby kommun och Norrby högskola har tecknat ett samarbetsavtal, säger kommunalrådet Eva Lund.';
    expect(fields(agency, 'sv').place).toBe('Ekby');
    const caps =
      'Universities sign agreement\n\nLAKE CITY, 3 March – Alpha University and Beta College have signed a cooperation agreement, said the rector.';
    expect(fields(caps, 'en').place).toBe('Lake City');
  });

  it('keeps the date of a line whose label is no place ("Meny 10 jan 2018")', () => {
    const text =
      'Meny 4 mar 2016\n\nPressmeddelande\n\nStärkt samarbete mellan kommunen och högskolan\n\nEkby kommun och Norrby högskola har tecknat ett avtal, säger ordföranden.';
    const found = fields(text, 'sv');
    expect(found.date).toBe('2016-03-04');
    expect(found.place).toBeNull();
  });

  it('takes no headline of a text without line breaks for a caption', () => {
    const text =
      'Nya avsiktsförklaringar Under kort tid har fakulteten ingått två avsiktsförklaringar med Ekby institut och Norrby högskola, och planerar tre till. Foto: Ekby universitet Möjligheter för alla Enligt dekanen är avtalen öppna för samarbete mellan enskilda forskare och forskargrupper vid de två lärosätena. – Vi har fått många signaler från medarbetare som vill att det samarbete som redan finns ska formaliseras, säger dekanen. Ekby institut först Först ut var avtalet med Ekby institut, som undertecknades i december.';
    expect(extract(text, 'sv').fields.title).not.toBeNull();
  });

  it('takes a dateline place only in news, not from an agreement heading', () => {
    const agreement =
      'SAMARBEIDSAVTALE\n\nEKBY: Avtalen gjelder samarbeid mellom Ekby kommune og Fjellby idrettsråd.\n\nPartene skal møtes to ganger i året.';
    expect(fields(agreement, 'no').place).toBeNull();
  });
});

describe('document types from fresh documents', () => {
  const type = (text: string, language: 'sv' | 'no' | 'en') => extract(text, language).fields.documentType;

  it('reads a press release with a dateline and quotes as news', () => {
    const text =
      'Alpha And Beta Sign Memorandum Of Understanding\n\nLAKE CITY, May 3, 2012 – Alpha College and the Beta Agency today signed a Memorandum of Understanding.\n\n“This opens new doors,” said Alpha President Ann Lee at a signing ceremony held in her office.';
    expect(type(text, 'en')).toBe('news-article');
  });

  it('reads a council memo or case document about an agreement as "other"', () => {
    const memo =
      'Commission Memorandum\nREPORT TO: Honorable Mayor and City Commission\nFROM: Jane Roe, Planning Director\nSUBJECT: Memorandum of Understanding between Lakeside College and the City\nMEETING DATE: May 6, 2019\nRECOMMENDATION: Authorize the City Manager to sign the Memorandum of Understanding.';
    expect(type(memo, 'en')).toBe('other');
    const sak =
      'EKBY KOMMUNE Utvalg: FORMANNSKAPET Møtested: Rådhuset SAKSLISTE Saksnr. 12/20 SAMARBEIDSAVTALE MED EKBY IL\n\nSak 12/20 SAMARBEIDSAVTALE MED EKBY IL Saksbehandler: Ola Dahl Rådmannens innstilling: 1. Ekby kommune vedtar vedlagte samarbeidsavtale mellom Ekby kommune og Ekby IL.';
    expect(type(sak, 'no')).toBe('other');
  });
});

describe('more rules from fresh documents', () => {
  it('takes no list lead-in ending with a colon for a title', () => {
    const text =
      'Ekby idrettsråd og Ekby kommune har underteikna samarbeidsavtale\n\nSamarbeidsavtala skal vere med å:\n\n- Fremje felles mål om idrett for alle.';
    expect(extract(text, 'no').fields.title).toBe(
      'Ekby idrettsråd og Ekby kommune har underteikna samarbeidsavtale',
    );
  });

  it('reads a council resolution about an MOU as "other" and a date written 2025/01/14', () => {
    const text =
      '2021/03/09 City Council Resolution 2021-017 RESOLUTION NO. 2021-017 A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF LAKESIDE AUTHORIZING A MEMORANDUM OF UNDERSTANDING WITH HILL COLLEGE';
    const fields = extract(text, 'en').fields;
    expect(fields.documentType).toBe('other');
    expect(fields.date).toBe('2021-03-09');
  });

  it('takes no titled person for a party, and cuts a recital off the last party', () => {
    const news =
      'Kommunen har signert ny avtale med Fjellby idrettsråd\n\nTorsdag signerte ordfører Ola Berg og leder i idrettsrådet Kari Dahl ny avtale.\n\nPå bildet ser vi Kari Dahl og Ola Berg som signerer avtalen.';
    const parties = extract(news, 'no').fields.parties.map((party) => party.name);
    expect(parties).not.toContain('Ola Berg');
    expect(parties).not.toContain('Kari Dahl');
    const recital =
      'MEMORANDUM OF UNDERSTANDING BY AND BETWEEN HILL STATE UNIVERSITY, THE CITY OF LAKESIDE AND THE CITY OF RIVERTON WHEREAS, the parties wish to cooperate.';
    expect(extract(recital, 'en').fields.parties.map((party) => party.name)).toContain('CITY OF RIVERTON');
  });
});

describe('labelled signature lines', () => {
  it('reads "Signert av: Name, title, party" and "Undertecknat av: …"', () => {
    const no =
      'Samarbeidsavtale mellom Ekby kommune og Fjellby idrettsråd\n\nPartene skal møtes to ganger i året.\n\nSignert av: Kari Nordmann, ordfører, Ekby kommune\nSignert av: Ola Dahl, leder, Fjellby idrettsråd';
    expect(extract(no, 'no').fields.signatories).toEqual([
      { name: 'Kari Nordmann', title: 'ordfører', party: 'Ekby kommune' },
      { name: 'Ola Dahl', title: 'leder', party: 'Fjellby idrettsråd' },
    ]);
    const sv =
      'Samarbetsavtal mellan Ekby kommun och Norrby universitet\n\nParterna ska samverka kring utbildning.\n\nUndertecknat av: Anna Berg, kommundirektör, Ekby kommun\nUndertecknat av: Per Holm, rektor, Norrby universitet';
    expect(extract(sv, 'sv').fields.signatories.map((signer) => signer.name)).toEqual([
      'Anna Berg',
      'Per Holm',
    ]);
  });
});
