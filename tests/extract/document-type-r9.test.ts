import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

/**
 * News signs seen in local papers' pages nobody here wrote: a past passive after a fronted date, a quote's
 * attribution inverted after it, reported speech. Each text is an invented phrasing of the same form, read as
 * written and flattened.
 */

describe('news signs told in the past or as reported speech', () => {
  it('reads a fronted date with "ble … undertegnet" as news (no)', () => {
    const no =
      'Samarbeidsavtale mellom Vestby Skiklubb og Nordli IL\n\nTorsdag 12.05.2022 ble avtalen om felles trenere undertegnet i klubbhuset.\n\nAvtalen skal gjøre det lettere for unge løpere å trene hele året.';
    for (const reading of both(no, 'no')) expect(reading.fields.documentType).toBe('news-article');
  });

  it('reads an inverted attribution after a quote as news (no, sv)', () => {
    const no =
      'Det sa ordfører Kari Lund da formannskapet fikk lagt fram en intensjonsavtale mellom Nordli kommune og Fjordlaks AS.\n\nKommunen skal bygge ut kaia og leie den ut over tjue år.';
    for (const reading of both(no, 'no')) expect(reading.fields.documentType).toBe('news-article');
    const sv =
      'Det sa kommunalrådet Eva Lind när kommunstyrelsen fick se avsiktsförklaringen mellan Alby kommun och Borby energi.\n\nKommunen ska bygga ut hamnen och hyra ut den i tjugo år.';
    for (const reading of both(sv, 'sv')) expect(reading.fields.documentType).toBe('news-article');
  });

  it('reads reported speech with "seier at" as news (nynorsk)', () => {
    const no =
      'Arbeider for avtale med Vestlandsuniversitetet\n\nHøgskulen i Nordfjord vil ha eit forslag til samarbeidsavtale klart til hausten. Rektor Ola Vik seier at det viktigaste er felles forsking.';
    for (const reading of both(no, 'no')) expect(reading.fields.documentType).toBe('news-article');
  });

  it('keeps an agreement that says "det sier seg selv" an agreement', () => {
    const no =
      'Samarbeidsavtale mellom Nordli kommune og Vestby IL\n\n1. Parter\n\nAvtalen er inngått mellom Nordli kommune og Vestby IL. Det sier seg selv at partene skal informere hverandre.\n\n2. Formål\n\nPartene skal samarbeide om drift av idrettshallen.';
    expect(both(no, 'no')[0].fields.documentType).toBe('cooperation-agreement');
  });
});

describe('a council resolution with its number before its maker', () => {
  it('is a case document, titled from its capitals', () => {
    const en =
      'RESOLUTION 2019-112 OF THE COUNCIL OF THE TOWN OF LAKESIDE AUTHORIZING THE MAYOR TO ENTER INTO A COOPERATION AGREEMENT WITH THE HARBOUR BOARD FOR FERRY SERVICES\n\nWHEREAS, the Town and the Harbour Board have shared the ferry pier since 2001; and\n\nWHEREAS, this Agreement sets out how the costs of the pier are shared.';
    for (const reading of both(en, 'en')) {
      expect(reading.fields.documentType).toBe('other');
      expect(reading.fields.title).toMatch(/^Resolution 2019-112 of the council of the town of lakeside/u);
    }
  });

  it('keeps an agreement that recites the resolution behind it an agreement', () => {
    const en =
      'COOPERATION AGREEMENT\n\nThis Agreement is made between the Town of Lakeside and the Harbour Board. The Town enters into it under Resolution 2019-112 of the Council of the Town.\n\n1. Purpose\n\nThe parties shall share the costs of the ferry pier.';
    expect(both(en, 'en')[0].fields.documentType).toBe('cooperation-agreement');
  });
});
