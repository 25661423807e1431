import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

// Invented phrasings (round 13) of how sv/no/en writers state what an agreement is for: the agreement as subject with
// what it shall do, the agreement as a declaration of will, a purpose clause that opens a sentence about the
// cooperation, the parties' desire or shared commitment, joint work "to" an end, and an aim told in passing. Each holds
// with the text's line breaks and with them flattened to spaces.
const purposesOf = (text: string, language: 'sv' | 'no' | 'en') =>
  both(text, language).map((extraction) => extraction.fields.purposes);

describe('purposes, round 13: what the agreement shall do', () => {
  it('sv: the plural subject and a verb that makes the work clearer ("Överenskommelserna ska ge struktur åt …")', () => {
    const text =
      'Ny samverkan i Alby\n\nVart tredje år tar Alby kommun och Borsta brandkår fram en plan. Avtalen ska ge struktur åt det gemensamma arbetet och tydliggöra vem som gör vad. Planen följs upp varje höst.';
    for (const found of purposesOf(text, 'sv'))
      expect(found).toEqual([
        'Avtalen ska ge struktur åt det gemensamma arbetet och tydliggöra vem som gör vad.',
      ]);
  });

  it('sv: "ge" names no purpose when it gives one party a right ("Avtalet ska ge kommunen rätt att …")', () => {
    const text =
      'Ny samverkan i Alby\n\nAlby kommun och Borsta IF har tecknat ett avtal. Avtalet ska ge kommunen rätt att hyra hallen på kvällar. Avtalet gäller i två år.';
    for (const found of purposesOf(text, 'sv')) expect(found).toEqual([]);
  });

  it('no: the agreement clarifies ("Avtalene skal klargjøre …")', () => {
    const text =
      'Nytt samarbeid i Fjellby\n\nFjellby kommune og Dalen idrettsråd har signert to avtaler. Avtalene skal klargjøre hvem som har ansvar for banene. De gjelder i fire år.';
    for (const found of purposesOf(text, 'no'))
      expect(found).toEqual(['Avtalene skal klargjøre hvem som har ansvar for banene.']);
  });
});

describe('purposes, round 13: the agreement as a declaration of will', () => {
  it('sv: "Överenskommelsen är en gemensam viljeyttring för …"', () => {
    const text =
      'Överenskommelse i Alby\n\nFöreningslivet i Alby är viktigt för orten. Överenskommelsen är en gemensam viljeyttring för dialog och ansvar. Den gäller tills vidare.';
    for (const found of purposesOf(text, 'sv'))
      expect(found).toEqual(['Överenskommelsen är en gemensam viljeyttring för dialog och ansvar.']);
  });

  it('no: "Avtalen er en felles viljeerklæring om …"', () => {
    const text =
      'Avtale i Fjellby\n\nLaga i Fjellby er viktige for bygda. Avtalen er en felles viljeerklæring om samarbeid og dugnad. Den gjelder til den sies opp.';
    for (const found of purposesOf(text, 'no'))
      expect(found).toEqual(['Avtalen er en felles viljeerklæring om samarbeid og dugnad.']);
  });

  it('en: "This MOU is a joint statement of intent …"', () => {
    const text =
      'Alfa and Beta\n\nThe City of Alfa and Beta College met in May. This MOU is a joint statement of intent between the two bodies. It runs for two years.';
    for (const found of purposesOf(text, 'en'))
      expect(found).toEqual(['This MOU is a joint statement of intent between the two bodies.']);
  });
});

describe('purposes, round 13: a purpose clause opening a sentence about the cooperation', () => {
  it('sv: "För att stärka … har ledningarna tagit initiativ till ett samarbete"', () => {
    const text =
      'Pressmeddelande\n\nFör att stärka turismen i dalen har Alby kommun och Borsta kommun tagit initiativ till ett fördjupat samarbete. Ett första möte hålls i mars.';
    for (const found of purposesOf(text, 'sv'))
      expect(found).toEqual([
        'För att stärka turismen i dalen har Alby kommun och Borsta kommun tagit initiativ till ett fördjupat samarbete.',
      ]);
  });

  it('sv: a purpose clause before a main clause about something else is no purpose', () => {
    const text =
      'Pressmeddelande\n\nFör att hinna klart har Alby kommun flyttat mötet till april. Ett första möte hålls i mars.';
    for (const found of purposesOf(text, 'sv')) expect(found).toEqual([]);
  });

  it('no: "For å styrke … har kommunene startet et samarbeid"', () => {
    const text =
      'Pressemelding\n\nFor å styrke reiselivet i dalen har Fjellby kommune og Dalen kommune startet et tettere samarbeid. Første møte er i mars.';
    for (const found of purposesOf(text, 'no'))
      expect(found).toEqual([
        'For å styrke reiselivet i dalen har Fjellby kommune og Dalen kommune startet et tettere samarbeid.',
      ]);
  });
});

describe("purposes, round 13: the parties' desire, shared commitment and joint work", () => {
  it('en: "It is the desire of the parties to …"', () => {
    const text =
      'MEMORANDUM OF UNDERSTANDING\n\nThis MOU is made between the City of Alfa and Beta College. It is the desire of the parties to jointly improve safety on the campus and in the city. The MOU runs for two years.';
    for (const found of purposesOf(text, 'en'))
      expect(found).toEqual([
        'It is the desire of the parties to jointly improve safety on the campus and in the city.',
      ]);
  });

  it('en: "… will collaborate to develop …" and "a shared commitment between A and B to …"', () => {
    const text =
      'Alfa and Beta sign accord\n\nThe document outlines how the two bodies will collaborate to develop new housing in Alfa. It sets out a shared commitment between the city and the college to plan together. Readers can comment below.';
    for (const found of purposesOf(text, 'en'))
      expect(found).toEqual([
        'The document outlines how the two bodies will collaborate to develop new housing in Alfa.',
        'It sets out a shared commitment between the city and the college to plan together.',
      ]);
  });

  it('en: "The proposed MOU clarifies the duties of …"', () => {
    const text =
      'STAFF REPORT\n\nANALYSIS:\nThe proposed MOU clarifies the duties of the Alfa Police Department on the campus of Beta College. Staff recommends approval.';
    for (const found of purposesOf(text, 'en'))
      expect(found).toEqual([
        'The proposed MOU clarifies the duties of the Alfa Police Department on the campus of Beta College.',
      ]);
  });
});

describe('purposes, round 13: an aim told in passing', () => {
  it('en: "a joint commitment aiming to …" when nothing is stated by name', () => {
    const text =
      'Alfa and Beta sign accord\n\nThe deal was signed on Monday. A joint commitment aiming to develop skills in the city has been made by Alfa Council and Beta College. Readers can comment below.';
    for (const found of purposesOf(text, 'en'))
      expect(found).toEqual([
        'A joint commitment aiming to develop skills in the city has been made by Alfa Council and Beta College.',
      ]);
  });

  it('sv: "med målet att" gives way to a purpose stated by name', () => {
    const text =
      'AVSIKTSFÖRKLARING\n\nSyftet med samarbetet är att stärka besöksnäringen i Alby. Kansliet flyttas till Borsta med målet att vara nära medlemmarna.';
    for (const found of purposesOf(text, 'sv'))
      expect(found).toEqual(['Syftet med samarbetet är att stärka besöksnäringen i Alby.']);
  });

  it('no: "med mål om å" stands when nothing is stated by name', () => {
    const text =
      'Nytt samarbeid\n\nFjellby kommune og Dalen IL har signert en avtale med mål om å få flere barn i aktivitet. Avtalen gjelder i tre år.';
    for (const found of purposesOf(text, 'no'))
      expect(found).toEqual([
        'Fjellby kommune og Dalen IL har signert en avtale med mål om å få flere barn i aktivitet.',
      ]);
  });
});

describe('purposes, round 13: a purpose heading the layout did not set apart', () => {
  it('no: "§2.   FORMÅL OG OPPGAVER" (a wide gap after the number) opens with the purpose', () => {
    const text =
      'Samarbeidsavtale for Dalen friluftsråd\n\n§1.   NAVN\n\nRådets navn er Dalen friluftsråd.\n\n§2.   FORMÅL OG OPPGAVER\n\nFriluftsrådet skal sammen med kommunene fremme friluftsliv i Dalen til beste for folkehelsen.\n\nFriluftsrådet kan uttale seg i saker om friluftsliv.';
    for (const found of purposesOf(text, 'no'))
      expect(found).toEqual([
        'Friluftsrådet skal sammen med kommunene fremme friluftsliv i Dalen til beste for folkehelsen.',
      ]);
  });

  it('sv: a pair with background ("§2.   SYFTE OCH BAKGRUND") does not open with the purpose', () => {
    const text =
      'Samverkansavtal för Alby friluftsråd\n\n§1.   NAMN\n\nRådets namn är Alby friluftsråd.\n\n§2.   SYFTE OCH BAKGRUND\n\nRådet bildades år 1990 av tre kommuner i dalen kring Alby.\n\nRådet kan yttra sig i frågor om friluftsliv.';
    for (const found of purposesOf(text, 'sv')) expect(found).toEqual([]);
  });
});

describe('purposes, round 13: the parties and what they shall do together', () => {
  it('sv: "Alby kommun och Borsta IF ska stödja …" opening the sentence', () => {
    const text =
      'Ny överenskommelse om idrott\n\nAlby kommun och Borsta IF ska stödja idrotten för unga i hela kommunen. Avtalet gäller i tre år.';
    for (const found of purposesOf(text, 'sv'))
      expect(found).toEqual(['Alby kommun och Borsta IF ska stödja idrotten för unga i hela kommunen.']);
  });

  it('sv: a duty of one party is no such sentence ("Alby kommun ska betala …")', () => {
    const text =
      'Ny överenskommelse om idrott\n\nAlby kommun ska betala hyran för hallen. Avtalet gäller i tre år.';
    for (const found of purposesOf(text, 'sv')) expect(found).toEqual([]);
  });

  it('no: "Fjellby kommune og Dalen IL skal i fellesskap fremme …", but not "Partene skal fremme …"', () => {
    const text =
      'Samarbeidsavtale\n\nAvtalen ble signert i går. Fjellby kommune og Dalen IL skal i fellesskap fremme fysisk aktivitet for alle. Partene skal fremme søknader om midler. Avtalen gjelder i tre år.';
    for (const found of purposesOf(text, 'no'))
      expect(found).toEqual([
        'Fjellby kommune og Dalen IL skal i fellesskap fremme fysisk aktivitet for alle.',
      ]);
  });

  it('en: "The City of Alfa and Beta College will jointly promote …"', () => {
    const text =
      'Alfa and Beta sign accord\n\nThe deal was signed on Monday. The City of Alfa and Beta College will jointly promote cycling on the campus. The MOU runs for two years.';
    for (const found of purposesOf(text, 'en'))
      expect(found).toEqual([
        'The City of Alfa and Beta College will jointly promote cycling on the campus.',
      ]);
  });
});

describe("purposes, round 13: one party's own aim", () => {
  it('no: "Fjellby fylkeskommune har som målsetning å …" is that party\'s goal; the agreement\'s stays', () => {
    const text =
      'Samarbeidsavtale\n\nFormålet med avtalen er å styrke samarbeidet mellom høgskolen og fylket. Fjellby fylkeskommune har som målsetning å samle aktører om felles mål.';
    for (const found of purposesOf(text, 'no'))
      expect(found).toEqual(['Formålet med avtalen er å styrke samarbeidet mellom høgskolen og fylket.']);
  });

  it('sv: "Samarbetet har som mål att …" is the agreement\'s aim, not one party\'s', () => {
    const text =
      'Avsiktsförklaring\n\nAlby kommun och Borsta högskola har tecknat en avsiktsförklaring. Samarbetet har som mål att stärka forskningen i Alby.';
    for (const found of purposesOf(text, 'sv'))
      expect(found).toEqual(['Samarbetet har som mål att stärka forskningen i Alby.']);
  });
});
