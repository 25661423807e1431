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
});
