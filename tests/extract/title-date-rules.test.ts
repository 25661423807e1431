import { describe, expect, it } from 'vitest';
import { both, extract, flatten } from './helpers.ts';

/**
 * Title, document-type, date and place rules learned from a fresh set of public documents (city records,
 * municipality and newspaper pages). Each text is an invented phrasing modelled on a real one, read as written
 * and with its line breaks flattened to spaces.
 */

describe('titles', () => {
  it('reads an HTML line break a web archive left in the text as a line break', () => {
    const text =
      'Records Portal\nMEMORANDUM OF UNDERSTANDING BETWEEN <br />THE TOWNS OF ALDER AND BIRCHFIELD <br />FOR SHARED SNOW REMOVAL <br />This Memorandum of Understanding is entered into by the Towns of Alder and Birchfield. <br />';
    for (const reading of both(text, 'en'))
      expect(reading.fields.title).toBe(
        'Memorandum of understanding between the towns of alder and birchfield for shared snow removal',
      );
  });

  it('goes on over the lines in capitals under a title in capitals', () => {
    const text =
      'MEMORANDUM OF UNDERSTANDING BETWEEN THE COUNTY OF ALDER\nAND THE CITY OF BRIGHTWATER REGARDING SHARED PARK MAINTENANCE\nAT LAKE FIELD\nThis Memorandum of Understanding ("MOU") is entered into by and between the COUNTY OF ALDER and the CITY OF BRIGHTWATER.';
    for (const reading of both(text, 'en'))
      expect(reading.fields.title).toBe(
        'Memorandum of understanding between the county of alder and the city of brightwater regarding shared park maintenance at lake field',
      );
  });

  it('takes a Letter of Understanding for a document type', () => {
    const text =
      'TOWN <br /> LETTER OF UNDERSTANDING <br /> THIS LETTER OF UNDERSTANDING is made by and between <br /> ALDER SCHOOLS, hereinafter the "District" and the TOWN OF ALDER, <br /> hereinafter the "Town".';
    for (const reading of both(text, 'en')) {
      expect(reading.fields.title).toBe('Letter of understanding');
      expect(reading.fields.documentType).toBe('cooperation-agreement');
    }
  });
  it('keeps acronyms listed with commas in a headline', () => {
    const text =
      'NSC, EU, Town of Alder sign agreement\nThe Town of Alder, North State College and Eastern University have agreed to work together on projects that benefit the town.';
    for (const reading of both(text, 'en'))
      expect(reading.fields.title).toBe('NSC, EU, Town of Alder sign agreement');
  });

  it('skips a skip link and a search box above the headline', () => {
    const text =
      'Gå till innehållet\nSök\n\nHögskolan i Alfa och Beta kommun tecknar samverkansavtal\n\nHögskolan i Alfa\n\nGenom samverkan stärker vi forskningen och utvecklingen i kommunen, säger rektor Anna Berg.';
    for (const reading of both(text, 'sv'))
      expect(reading.fields.title).toBe('Högskolan i Alfa och Beta kommun tecknar samverkansavtal');
  });

  it('joins a headline in two parts, the first ending with a colon', () => {
    const text =
      'Nytt samarbeid for næringslivet i kysten:\n\nKystby Næringsforening og Fjordvik kommune signerer samarbeidsavtale\n\nAvtalen gir næringsforeninga både inntekter og nye oppgaver.';
    for (const reading of both(text, 'no'))
      expect(reading.fields.title).toBe(
        'Nytt samarbeid for næringslivet i kysten: Kystby Næringsforening og Fjordvik kommune signerer samarbeidsavtale',
      );
  });

  it("skips an image's alt text in lower case above the headline", () => {
    const text =
      'rådhuset fasad och skylt\nAlfa stad och Betahögskolan blir partners\nAlfa stad och Betahögskolan blir strategiska partners. Avtalet undertecknas vid kommunfullmäktiges sammanträde.';
    for (const reading of both(text, 'sv'))
      expect(reading.fields.title).toBe('Alfa stad och Betahögskolan blir partners');
  });
});

describe('council documents and news datelines', () => {
  it('reads a resolution approving a letter of intent as a council document, titled by its capitals run', () => {
    const text =
      'Resolution 2011-14 STATE OF OREGON ) COUNTY OF ALDER ) RESOLUTION NO. 2011 - RESOLUTION APPROVING A LETTER OF INTENT FOR REPAIR OF THE BALL FIELDS ON MILL ROAD WHEREAS, the Council of the Town of Alder has considered a Letter of Intent with Alder School District #7; and WHEREAS, a copy of said Letter of Intent is attached; and NOW THEREFORE, the Letter of Intent is hereby approved. Passed by the Town Council of the Town of Alder this 9 day of March, 2011.';
    for (const reading of both(text, 'en')) {
      expect(reading.fields.documentType).toBe('other');
      expect(reading.fields.title).toBe(
        'Resolution approving a letter of intent for repair of the ball fields on mill road',
      );
    }
  });

  it("reads a staff memo's TO and FROM lines as a council document", () => {
    const text =
      'Town of Alder\nMEMORANDUM\nDATE: May 4, 1991\nTO: Town Council Members\nFROM: Ann Lee, Assistant to the Town Manager\nRE: Letter of Intent on the New School Site\nAttached is a signed Letter of Intent between the Town and the School District.';
    for (const reading of both(text, 'en')) expect(reading.fields.documentType).toBe('other');
  });

  // Rule bare-wire-dateline (round 14): the dateline without a day is where the story was filed, no place of signing.
  it('reads a wire-style dateline as news, and its lead as no headline', () => {
    const text =
      'LAKESIDE — The Lakeside City Council tonight will review a letter of intent with the Lakeside School District on the planned pool project.\n\nThe letter of intent says both sides will work in good faith towards a sharing agreement.';
    for (const reading of both(text, 'en')) {
      expect(reading.fields.documentType).toBe('news-article');
      expect(reading.fields.title).toBeNull();
      expect(reading.fields.place).toBeNull();
    }
  });
});

describe('places', () => {
  it("takes no place from a photo caption's kicker in capitals", () => {
    const text =
      'Kystby Næringsforening og Fjordvik kommune signerer samarbeidsavtale\n\nAvtalen gir næringsforeninga både inntekter og nye oppgaver, og kommunen får en fast partner i arbeidet med næringsutvikling, rekruttering og nye arbeidsplasser i hele regionen de neste årene. Samarbeidet har pågått lenge, men nå blir det formelt.\n\nSAMMEN: Kari Holm (rådgiver, Fjordvik kommune) og Per Dahl (daglig leder) skal samarbeide tettere.  Foto: Ola Berg\n\nNyheter\n\nSKJÆRVIK: Avtaleinngåelsen ble kunngjort på en pressekonferanse i Skjærvik onsdag formiddag.\n\n– Samarbeidet har vært godt, men nå tar vi et steg videre, sier rådgiveren.';
    expect(extract(text, 'no').fields.place).toBe('Skjærvik');
    expect(extract(flatten(text), 'no').fields.place).not.toBe('Sammen');
  });

  it('takes no place from a list item that names a topic before its dash', () => {
    const text =
      'Gå till innehållet\nSök\n\nBetahögskolan och Alfa kommun tecknar samverkansavtal\n\nBetahögskolan\n\nGenom samverkan stärker vi forskningen i kommunen, säger rektor Anna Berg.\n\nTvå områden\n\n  • Tillväxt – en levande region för alla som bor här\n\nHela regionen växer när företagen hittar rätt kompetens.\n\n  • Kompetens\n\nFler ska kunna utbilda sig på hemmaplan.';
    for (const reading of both(text, 'sv')) expect(reading.fields.place).toBeNull();
  });
});

describe('dates', () => {
  it('reads the date an agreement is dated for identification', () => {
    const text =
      'MEMORANDUM OF UNDERSTANDING BETWEEN THE COUNTY OF ALDER AND THE CITY OF BRIGHTWATER\nThis Memorandum of Understanding, dated for identification this 3 day of May , 1994, is entered into by the County of Alder and the City of Brightwater.';
    for (const reading of both(text, 'en')) expect(reading.fields.date).toBe('1994-05-03');
  });

  it('reads a signing date after the signers ("signert av ordfører og rektor <date>")', () => {
    const text =
      'Kunnskapskommune\n\nKunnskapskommunen Fjordvik er et samarbeid mellom Fjordvik kommune og Fjordvik universitet.\n\nAvtalen ble signert av ordfører og rektor 12. februar 2019 og gjelder i fire år.';
    for (const reading of both(text, 'no')) expect(reading.fields.date).toBe('2019-02-12');
  });

  it('takes no date from the signing of an earlier agreement this one replaces', () => {
    const text =
      'Samarbeidsavtale om helsetenester\n\nAvtalen er inngått mellom kommunane i Fjordvik og Fjordvik sjukehus HF.\n\nAvtalen gjeld frå 01.03.2021 og erstattar tidlegare samarbeidsavtale inngått 01.05.2013 og tenesteavtale 2 inngått 01.05.2013.';
    for (const reading of both(text, 'no')) expect(reading.fields.date).toBeNull();
  });
});

describe('signatories', () => {
  it('reads no signature block from the wrapped lines of a preamble', () => {
    const text =
      'Records Portal\n• B-1994-22 <br />MEMORANDUM OF UNDERSTANDING BETWEEN THE COUNTY OF ALDER <br />AND THE CITY OF BRIGHTWATER ON PATROLS <br />IN HARBOUR PARK <br />This Memorandum of Understanding ("MOU"), signed <br />on the 3 day of May , 1994, is made <br />by the COUNTY OF ALDER, a subdivision of <br />the State of Oregon (called "COUNTY"), and the CITY OF BRIGHTWATER, <br />a city under the laws of the State of <br />Oregon (called "CITY"); <br />WHEREAS, in this MOU, the words "Harbour Park area" mean <br />the land outside the halls, in the City of <br />Brightwater, Oregon, between Mill Street on the West, <br />Elm Street on the East, Bay Road on the South, and <br />Harbour Park Drive on the North; and <br />WHEREAS, CITY and COUNTY both wish to keep a <br />suitable number of officers on patrol in the Harbour Park <br />area; and <br />WHEREAS, CITY and COUNTY jointly hold, and may spend <br />from, the account called the Harbour Park <br />Parking Account (called "the Account"), which Account is <br />filled by the fees of the parking garages in the Harbour <br />Park area that CITY and <br />COUNTY run together; and <br />WHEREAS, the parties intend that CITY, <br />through its police department, will keep a set level of <br />KLM\\512 1.\n';
    for (const reading of both(text, 'en')) expect(reading.fields.signatories).toEqual([]);
  });
});
