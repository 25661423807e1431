import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

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
