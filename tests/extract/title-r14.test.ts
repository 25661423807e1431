import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

const titles = (text: string, language: 'sv' | 'no' | 'en') =>
  both(text, language).map((reading) => reading.fields.title);

describe('title, round 14', () => {
  it('dated-lead: a capitalised weekday or "Den" before a day and month without year opens the lead', () => {
    const no =
      'Signering av avtale med Borsta IL\n\nFredag 7. mars ble avtalen mellom Alby kommune og Borsta IL signert. Avtalen gjelder i tre år.';
    for (const found of titles(no, 'no')) expect(found).toBe('Signering av avtale med Borsta IL');
    const sv =
      'Alby kommun förlänger avtal med Borsta AB\n\nDen 12 maj undertecknade Alby kommun ett nytt avtal med Borsta AB. Avtalet gäller i två år.';
    for (const found of titles(sv, 'sv')) expect(found).toBe('Alby kommun förlänger avtal med Borsta AB');
    const en =
      'Alby Council extends partnership with Borsta Port\n\nOn May 12 the council signed a new agreement with the port. The agreement runs for two years.';
    for (const found of titles(en, 'en'))
      expect(found).toBe('Alby Council extends partnership with Borsta Port');
  });

  it('near miss: a date the headline itself holds after "den" stays in it', () => {
    const sv =
      'Avtalet med Borsta AB undertecknas den 12 maj i Alby\n\nDet blir ett avtal om turism och handel.';
    for (const found of titles(sv, 'sv'))
      expect(found).toBe('Avtalet med Borsta AB undertecknas den 12 maj i Alby');
  });

  it('memo-header: the first words in mixed case after a memo header in capitals are its heading', () => {
    const no =
      'SAK NR: 12/2020 ALBY UNIVERSITET SAKSANSVARLIG: KARI BERG SAKSBEHANDLER: OLA NORD\nAvtale om felles kantine med Borsta samskipnad Dokumenter: a) Saksframlegg b) Vedlegg\nForslag til vedtak: Styret godkjenner avtalen.';
    for (const found of titles(no, 'no'))
      expect(found).toBe('Avtale om felles kantine med Borsta samskipnad');
    const en =
      'TO: ALBY CITY COUNCIL FROM: CITY MANAGER DATE: MAY 4, 2021\nShared library services with Borsta County Attachments: a) Draft agreement\nThe council is asked to approve the agreement.';
    for (const found of titles(en, 'en')) expect(found).toBe('Shared library services with Borsta County');
  });

  it('near miss: one label in capitals is no memo header (with line breaks; flattened the other rules read it)', () => {
    const no =
      'SAK: 12/2020\nSamarbeidsavtale mellom Alby universitet og Borsta kommune\n\nPartene er enige om følgende.';
    const [withBreaks] = titles(no, 'no');
    expect(withBreaks).toBe('Samarbeidsavtale mellom Alby universitet og Borsta kommune');
  });

  it('release-date, dated-headline, echo-abbreviation: a release headline over its date and contact', () => {
    const en =
      'Alby College Forms Partnership with the Borby Marine Lab at Corran State Univ.\nMay 4, 2021\nAnn Lee, Director of Communications\n555.123.4567 (office)\n\nALBY – Alby College has formed a partnership with the Borby Marine Laboratory at Corran State University. The pact supports joint research.';
    for (const found of titles(en, 'en'))
      expect(found).toBe('Alby College Forms Partnership with the Borby Marine Lab at Corran State Univ');
  });

  it('near miss: a date after "on" is the headline\'s own', () => {
    const en =
      'Alby College Signs Port Agreement on May 4, 2021 With Borby Port\n\nThe college signed the agreement in the town hall.';
    for (const found of titles(en, 'en'))
      expect(found).toBe('Alby College Signs Port Agreement on May 4, 2021 With Borby Port');
  });

  it('caption-lead-after: a caption naming people from the left under the headline ends it', () => {
    const en =
      'Alby Institute key in Borby Coastal Partnership\nFrom left, Ann Lee, director of the Alby Institute, and Tom Berg, dean at Borby.\n\nThe two institutes signed a memorandum of understanding last week.';
    for (const found of titles(en, 'en'))
      expect(found).toBe('Alby Institute key in Borby Coastal Partnership');
    const no =
      'Alby kommune og Borsta IL i nytt samarbeid\nFra venstre: Kari Holm og Per Ness signerer avtalen.\n\nKommunen og klubben har inngått en avtale om bruk av hallen.';
    for (const found of titles(no, 'no')) expect(found).toBe('Alby kommune og Borsta IL i nytt samarbeid');
  });

  it('agency-credit: a picture agency credited between the caption and the headline is no part of it', () => {
    const no =
      'Illustrasjon: Folk rundt et bord. Foto: iStock\nSamarbeid for bedre helse i Alby\nI 2020 består samarbeidet av tolv kommuner og fire lag i regionen. Målet er å samordne arbeidet for bedre helse i hele fylket og å bidra til at alle innbyggere får like muligheter. Partene møtes flere ganger i året for å dele erfaringer og for å heve kompetansen i kommunene. Hver kommune har en fast kontaktperson for samarbeidet.';
    for (const found of titles(no, 'no')) expect(found).toBe('Samarbeid for bedre helse i Alby');
    const sv =
      'Bild: Två personer skakar hand. Foto: TT\nNytt avtal för Alby hamn\nI dag undertecknade Alby kommun och Borsta AB ett avtal om hamnens drift. Avtalet gäller i fem år och ger bolaget ansvar för underhållet av kajerna. Kommunen behåller ägandet av marken och ansvarar för gatorna runt hamnen. Parterna ska träffas två gånger om året för att följa upp avtalet och planera kommande arbeten.';
    for (const found of titles(sv, 'sv')) expect(found).toBe('Nytt avtal för Alby hamn');
  });

  it("contact-lines: a release's contact block over the headline is no title", () => {
    const en =
      'FOR IMMEDIATE RELEASE\nMay 4, 2021\nContact: Ann Lee, Alby College\n555.123.4567 (office)\nann.lee@alby.edu\n\nALBY COLLEGE AND BORBY PORT JOIN FORCES ON TRAINING\n\nALBY, May 4, 2021 – Alby College and Borby Port have signed a memorandum of understanding on training.';
    const [withBreaks] = titles(en, 'en');
    expect(withBreaks).toBe('Alby college and borby port join forces on training');
    const no =
      'Kontakt: Kari Holm, Alby kommune\nTelefon: 22 33 44 55\n\nAlby kommune og Borsta IL signerer avtale\n\nKommunen og klubben har inngått en avtale om bruk av hallen i tre år.';
    const [withBreaksNo] = titles(no, 'no');
    expect(withBreaksNo).toBe('Alby kommune og Borsta IL signerer avtale');
  });

  it('caps-subtitle-over-blank: a title in capitals naming its part goes on over a blank line', () => {
    const no =
      'Side 1 av 4\n\nSAMARBEIDSAVTALE DEL 2\n\nSÆRSKILT DEL\n\n1. Parter. Avtalen er inngått mellom Alby kommune og Borsta helseforetak.';
    for (const found of titles(no, 'no')) expect(found).toBe('Samarbeidsavtale del 2 særskilt del');
  });

  it('near miss: a section heading in capitals under a part number stays out', () => {
    const sv = 'SAMVERKANSAVTAL DEL 2\n\nPARTER\n\nAlby kommun och Borsta region ingår detta avtal.';
    const [withBreaks] = titles(sv, 'sv');
    expect(withBreaks).toBe('Samverkansavtal del 2');
  });
});
