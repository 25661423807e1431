import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

/**
 * A council memo that reports a signing, and a news report of parties agreeing to form an agreement. Each text is
 * an invented phrasing of a form seen in real documents, read as written and flattened.
 */

describe('rule case-over-news: a memo with its case headings reports a signing', () => {
  it('is a case document, not news (sv)', () => {
    const sv =
      'Överenskommelse mellan Alby kommun och Borby polisområde\n\nKommunstyrelsen\n\nFörslag till beslut\n\nKommunstyrelsen föreslås besluta\n\natt godkänna överenskommelsen enligt bilaga 1\n\nÄrendet\n\nAlby kommun har tecknat avtal med polisen sedan 2012. Den nya överenskommelsen gäller för 2021.';
    for (const reading of both(sv, 'sv')) expect(reading.fields.documentType).toBe('other');
  });

  it('keeps a news page with more news signs than case words news (sv)', () => {
    const sv =
      'Alby och polisen tecknar ny överenskommelse\n\nPublicerad 2021-03-04\n\nAlby kommun har tecknat en ny överenskommelse med polisen, säger kommunalrådet Eva Lind. Förslaget till beslut godkändes i tisdags.';
    for (const reading of both(sv, 'sv')) expect(reading.fields.documentType).toBe('news-article');
  });
});

describe('news sign: an agreement told of as agreed to be formed, in the past', () => {
  it('reads as news (en, sv, no)', () => {
    const en =
      'MOU planned as towns look for better ferries\n\nCouncil leaders from the coast have met in Alby. The group agreed to form a Memorandum of Understanding to press for a new ferry contract.';
    for (const reading of both(en, 'en')) expect(reading.fields.documentType).toBe('news-article');
    const sv =
      'Kustkommuner vill ha bättre färjor\n\nKommunalråden från kusten träffades i Alby. Kommunerna kom överens om att teckna en avsiktsförklaring om en ny färjelinje.';
    for (const reading of both(sv, 'sv')) expect(reading.fields.documentType).toBe('news-article');
    const no =
      'Kystkommuner vil ha bedre ferjer\n\nOrdførerne fra kysten møttes i Alby. Kommunene ble enige om å inngå en intensjonsavtale om en ny ferjerute.';
    for (const reading of both(no, 'no')) expect(reading.fields.documentType).toBe('news-article');
  });

  it('leaves an agreement that agrees to this memorandum alone (en)', () => {
    const en =
      'Memorandum of Understanding between Alby Town and Borby Town\n\n1. Purpose\n\nThe Parties agree to form this Memorandum of Understanding to share a ferry service. The Parties shall meet twice a year.';
    expect(both(en, 'en')[0].fields.documentType).not.toBe('news-article');
  });
});
