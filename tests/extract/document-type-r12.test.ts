import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

const types = (text: string, language: 'sv' | 'no' | 'en') =>
  both(text, language).map((reading) => reading.fields.documentType);

describe('document type, round 12', () => {
  it('signed-participle: an agreement told of with its indefinite article and its signers is news', () => {
    const sv =
      'Samverkan för trygghet\n\nKommunen deltar i ett projekt. Arbetet bygger på en överenskommelse, undertecknad av kommunalrådet och polischefen.';
    for (const found of types(sv, 'sv')) expect(found).toBe('news-article');
    const no =
      'Samarbeid for trygghet\n\nKommunen er med i et prosjekt. Arbeidet bygger på en avtale, undertegnet av ordføreren og politimesteren.';
    for (const found of types(no, 'no')) expect(found).toBe('news-article');
    const en =
      'Working together for safety\n\nThe town takes part in a project. The work rests on an agreement signed by the mayor and the police chief.';
    for (const found of types(en, 'en')) expect(found).toBe('news-article');
  });

  it('photo credits ("Foto privat", "Bild: …", "Photo: …") are news signs', () => {
    const sv =
      'Samverkan i Alby\n\nKommun och polis i möte. Foto privat.\n\nKommunen och polisen arbetar tillsammans.';
    for (const found of types(sv, 'sv')) expect(found).toBe('news-article');
    const en =
      'Alby and Borg work together\n\nPhoto: Jane Berg\n\nThe town and the college will share a lab.';
    for (const found of types(en, 'en')) expect(found).toBe('news-article');
  });

  it('near miss: the agreement itself ("detta avtal … undertecknat av parterna") is no news', () => {
    const sv =
      'SAMARBETSAVTAL\n\n§ 1 Parter\nAlby kommun och Borg högskola.\n\n§ 2 Giltighet\nDetta avtal gäller från den dag det är undertecknat av båda parter.';
    for (const found of types(sv, 'sv')) expect(found).toBe('cooperation-agreement');
  });
});
