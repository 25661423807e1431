import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

// Invented phrasings (issue 11): a term told by its two ends, an end told as a time after the start, force on signing.
const validity = (text: string, language: 'sv' | 'no' | 'en') =>
  both(text, language).map((reading) => reading.fields.validity);

describe('validity, round 13', () => {
  it('range-ends: "beginning DATE and ending DATE" gives the start and the end (en)', () => {
    const text =
      'Memorandum of Understanding\n\n1. Term\nThe term of this MOU shall be one year, beginning March 1, 2021 and\nending February 28, 2022.';
    for (const found of validity(text, 'en')) {
      expect(found.start).toBe('2021-03-01');
      expect(found.end).toBe('2022-02-28');
    }
  });

  it('range-ends near miss: two dates in a sentence about something else give no range', () => {
    const text =
      'Memorandum of Understanding\n\nThe exhibition, beginning March 1, 2021 and ending May 2, 2021, was a success.';
    for (const found of validity(text, 'en')) {
      expect(found.start).toBeNull();
      expect(found.end).toBeNull();
    }
  });

  it('into-force-after-signing: "comes into force after the signatures of the parties" starts on signature', () => {
    const text =
      'Letter of Intent\n\n4.1 This Letter of Intent comes into force after the signatures of both parties.';
    for (const found of validity(text, 'en')) expect(found.start).toBe('on-signature');
    const news =
      'Alby and Borg sign agreement\n\nAfter signing the agreement, the mayor of Alby thanked the college.';
    for (const found of validity(news, 'en')) expect(found.start).toBeNull();
  });

  it('ending-after-start: "shall terminate five (5) years thereafter" is a term of 60 months', () => {
    const text =
      'Memorandum of Agreement\n\nTerm: This Agreement shall commence upon adoption by the City Council and shall terminate five (5) years thereafter.';
    for (const found of validity(text, 'en')) expect(found.durationMonths).toBe(60);
    const from = 'Agreement\n\nThis Agreement expires three years from the Effective Date unless renewed.';
    for (const found of validity(from, 'en')) expect(found.durationMonths).toBe(36);
  });

  it('ending-after-start near miss: a termination on notice is no term', () => {
    const text =
      'Agreement\n\nEither party may terminate this Agreement, and it shall terminate 30 days after written notice.';
    for (const found of validity(text, 'en')) expect(found.durationMonths).toBeNull();
  });

  it('start and end wordings: "take effect on", "gjeld i fire år frå", signed by all, "til den blir sagt opp", notice', () => {
    for (const found of validity('Agreement\n\nThis agreement shall take effect on 1 July 2021.', 'en'))
      expect(found.start).toBe('2021-07-01');
    for (const found of validity('Avtale\n\nAvtala gjeld i fire år frå 1. januar 2022.', 'no')) {
      expect(found.start).toBe('2022-01-01');
      expect(found.durationMonths).toBe(48);
    }
    for (const found of validity(
      'Avtal\n\nAvtalet träder i kraft när båda parter har undertecknat det.',
      'sv',
    ))
      expect(found.start).toBe('on-signature');
    for (const found of validity('Avtale\n\nAvtalen løper til den blir sagt opp av en av partene.', 'no'))
      expect(found.end).toBe('until-terminated');
    const en =
      'Agreement\n\nThis MOU shall remain in effect until either party gives written notice of termination.';
    for (const found of validity(en, 'en')) expect(found.end).toBe('until-terminated');
  });

  it('start and end near misses: an event that takes effect, a report told off, say nothing', () => {
    for (const found of validity('News\n\nThe new parking rules take effect in the spring.', 'en')) {
      expect(found.start).toBeNull();
      expect(found.end).toBeNull();
    }
  });

  it('more wordings: "gäller till och med den", "löper ut den", "Avtaleperioden er", "in effect for", signed by all', () => {
    for (const found of validity('Avtal\n\nAvtalet gäller till och med den 31 december 2023.', 'sv'))
      expect(found.end).toBe('2023-12-31');
    for (const found of validity('Avtal\n\nAvtalet löper ut den 31 december 2023.', 'sv'))
      expect(found.end).toBe('2023-12-31');
    for (const found of validity('Avtale\n\nAvtaleperioden er tre år.', 'no'))
      expect(found.durationMonths).toBe(36);
    for (const found of validity('Avtale\n\nAvtalen gjelder i to år fra den er underskrevet.', 'no')) {
      expect(found.start).toBe('on-signature');
      expect(found.durationMonths).toBe(24);
    }
    for (const found of validity('Avtale\n\nAvtalen trer i kraft når begge parter har signert.', 'no'))
      expect(found.start).toBe('on-signature');
    for (const found of validity('Avtale\n\nAvtalen gjelder fra dato for signering.', 'no'))
      expect(found.start).toBe('on-signature');
    for (const found of validity(
      'Agreement\n\nThis Agreement shall remain in effect for three (3) years.',
      'en',
    ))
      expect(found.durationMonths).toBe(36);
    for (const found of validity(
      'Agreement\n\nThis Agreement shall be effective as of the date last signed below.',
      'en',
    ))
      expect(found.start).toBe('on-signature');
  });

  it('more wordings, near misses: a lease that runs out, a period of something else', () => {
    for (const found of validity('Nyhet\n\nHyreskontraktet för lokalen löper snart ut.', 'sv'))
      expect(found.end).toBeNull();
    for (const found of validity('Agreement\n\nThe grant remains in effect for the whole project.', 'en'))
      expect(found.durationMonths).toBeNull();
  });
});
