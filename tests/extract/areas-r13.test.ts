import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

const areas = (text: string, language: 'sv' | 'no' | 'en') =>
  both(text, language).map((reading) => reading.fields.cooperationAreas);

describe('cooperation areas, round 13: a lead restated before the list', () => {
  it('no: "… områder der …, herunder blant annet innen områder som A, B og C"', () => {
    const text =
      'SAMARBEIDSAVTALE\n\nPartene skal samarbeide innen de områder der de har felles interesser, herunder blant annet innen områder som økonomi, trening og drift av baner. Avtalen gjelder i to år.';
    for (const found of areas(text, 'no')) expect(found).toEqual(['økonomi', 'trening', 'drift av baner']);
  });

  it('sv: "… i flera områden, bland annat inom områden som A, B och C"', () => {
    const text =
      'SAMVERKANSAVTAL\n\nParterna ska samverka i flera områden, bland annat inom områden som kultur, idrott och friluftsliv. Avtalet gäller i två år.';
    for (const found of areas(text, 'sv')) expect(found).toEqual(['kultur', 'idrott', 'friluftsliv']);
  });

  it('en: "… in several areas, including in areas such as A, B and C"', () => {
    const text =
      'MEMORANDUM OF UNDERSTANDING\n\nThe parties will cooperate in several areas, including in areas such as housing, transit and parks. The MOU runs for two years.';
    for (const found of areas(text, 'en')) expect(found).toEqual(['housing', 'transit', 'parks']);
  });
});

describe('cooperation areas, round 13: a field label in the next sentence opens no list', () => {
  it('sv: "Varje profilområde har en ordförande:" over "Näringsliv: Eva Berg (M), Alby" names people, not areas', () => {
    const text =
      'Pressmeddelande\n\nArbetet bedrivs inom tre profilområden. Varje profilområde har en ordförande:\nNäringsliv: Eva Berg (M), Alby\n\nMedia är välkomna.';
    for (const found of areas(text, 'sv')) expect(found).toEqual([]);
  });
});

describe('cooperation areas, round 13: "Term – description" entries run together', () => {
  it('en: a page that lost its list layout, under "The agreement focuses on three themes:"', () => {
    const text =
      'Alfa and Beta sign accord\n\nThe deal was signed on Monday.\n\nThe agreement focuses on three themes:\n\nSafer streets – fewer burglaries and better lighting in Alfa Greener parks – more trees and cleaner ponds Stronger clubs – support for sport and culture\n\nReaders can comment below.';
    for (const found of areas(text, 'en'))
      expect(found).toEqual(['Safer streets', 'Greener parks', 'Stronger clubs']);
  });

  it('sv: a dash inside one description splits nothing when no term stands before it', () => {
    const text =
      'Ny överenskommelse\n\nParterna har valt två områden:\n\n  • Trygghet – färre inbrott – och bättre belysning\n  • Idrott – fler platser för unga\n\nLäs mer på webben.';
    for (const found of areas(text, 'sv')) expect(found).toEqual(['Trygghet', 'Idrott']);
  });
});

describe('cooperation areas, round 13: tasks or services within fields', () => {
  it('no: "… kjøp av oppgaver innenfor A og B" (sv, en the same)', () => {
    const no =
      'RAMMEAVTALE\n\nAvtalen gjelder samarbeidet mellom partene ved kjøp av definerte oppgaver innenfor snørydding og strøing fra Fjellby kommune.';
    // Rule named-source-ends-list (round 14): who the tasks come from ends the list.
    for (const found of areas(no, 'no')) expect(found).toEqual(['snørydding', 'strøing']);
    const sv =
      'RAMAVTAL\n\nAvtalet gäller köp av tjänster inom snöröjning och sandning. Avtalet gäller i två år.';
    for (const found of areas(sv, 'sv')) expect(found).toEqual(['snöröjning', 'sandning']);
    const en =
      'FRAMEWORK AGREEMENT\n\nThe agreement concerns the purchase of services within snow clearing and gritting. It runs for two years.';
    for (const found of areas(en, 'en')) expect(found).toEqual(['snow clearing', 'gritting']);
  });

  it('sv: "uppgifter inom ramen för avtalet" names no field', () => {
    const text = 'RAMAVTAL\n\nKommunen utför uppgifter inom ramen för avtalet. Avtalet gäller i två år.';
    for (const found of areas(text, 'sv')) expect(found).toEqual([]);
  });
});

describe('cooperation areas, round 13: term headings run into their descriptions', () => {
  it('en: "… the following priority areas: Housing Build more homes … . Transit Make buses …"', () => {
    const text =
      'MEMORANDUM OF UNDERSTANDING\n\nThe Parties will explore ways to cooperate in the following priority areas: Housing Build more homes for young people in Alfa. Transit Make buses run more often between the towns. Parks Plant trees along the river.';
    for (const found of areas(text, 'en')) expect(found).toEqual(['Housing', 'Transit', 'Parks']);
  });

  it('en: ordinary sentences after the colon are no such entries ("The City will …")', () => {
    const text =
      'MEMORANDUM OF UNDERSTANDING\n\nThe Parties have agreed on the following areas: The City will build homes in Alfa. The College will train staff.';
    for (const found of areas(text, 'en')) expect(found).not.toContain('The');
  });
});
