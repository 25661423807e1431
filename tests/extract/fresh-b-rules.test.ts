import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

// Invented phrasings that mirror real documents the rules had not seen (issue #11).
describe('content rules for documents nobody tuned for', () => {
  it('reads a purpose after "signed a Memorandum of Understanding (MOU) to"', () => {
    const text =
      'Harbour City and the Coastal Institute have signed a Memorandum of Understanding (MOU) to strengthen joint work on flood risk.';
    expect(extract(text, 'en').fields.purposes).toEqual([text]);
  });

  it('reads a Norwegian signing sentence "inngått en avtale for i fellesskap å …" as a purpose', () => {
    const text =
      'Fjordby kommune og Nordhøgskolen har i dag inngått en avtale for i fellesskap å styrke etterutdanningen.';
    expect(extract(text, 'no').fields.purposes).toEqual([text]);
  });

  it('reads a second purpose "har også som mål å" after the first', () => {
    const text =
      'Avtalen har som formål å styrke næringslivet i regionen. Avtalen har også som mål å gi bedre dialog med staten.';
    expect(extract(text, 'no').fields.purposes).toEqual([
      'Avtalen har som formål å styrke næringslivet i regionen.',
      'Avtalen har også som mål å gi bedre dialog med staten.',
    ]);
  });

  it('reads "Ambitionen med avsiktsförklaringen är att …" and "ett avtal om att …" as purposes', () => {
    expect(
      extract('Ambitionen med avsiktsförklaringen är att ta fram ett gemensamt avtal.', 'sv').fields.purposes,
    ).toEqual(['Ambitionen med avsiktsförklaringen är att ta fram ett gemensamt avtal.']);
    expect(
      extract('Norrby kommun och Sjöhögskolan har tecknat ett avtal om att samverka kring praktik.', 'sv')
        .fields.purposes,
    ).toEqual(['Norrby kommun och Sjöhögskolan har tecknat ett avtal om att samverka kring praktik.']);
  });

  it('takes the sentence after a numbered "Purpose." clause heading in text without line breaks', () => {
    const text =
      'INTERLOCAL AGREEMENT 1. Parties. The City of Elmdale and the Town of Brookfield. 2. Purpose. This Agreement sets the terms on which the parties will share one animal shelter. 3. Term. This Agreement runs for two (2) years.';
    expect(extract(text, 'en').fields.purposes).toEqual([
      'This Agreement sets the terms on which the parties will share one animal shelter.',
    ]);
  });

  it('reads a date range right after "Term of Agreement" without "from"', () => {
    const text =
      'MEMORANDUM OF UNDERSTANDING between the Shire of Eastvale and the Shire of Westvale Term of Agreement 1 July 2021 – 30 June 2024 1. DEFINITIONS';
    const validity = extract(text, 'en').fields.validity;
    expect([validity.start, validity.end]).toEqual(['2021-07-01', '2024-06-30']);
  });

  it('reads "a five-year renewable term" as the duration, but not "additional two-year terms"', () => {
    expect(
      extract('The agreement is built around a five-year renewable term and starts in May.', 'en').fields
        .validity.durationMonths,
    ).toBe(60);
    expect(
      extract('This MOU ends on 30 June 2022. It may be extended for additional two-year terms.', 'en').fields
        .validity.durationMonths,
    ).toBeNull();
  });

  it('reads the areas after "working together on" and stops at "to name a few"', () => {
    expect(
      extract(
        'The staff found chances for working together on road maintenance, library services and tourism.',
        'en',
      ).fields.cooperationAreas,
    ).toEqual(['road maintenance', 'library services', 'tourism']);
    expect(
      extract(
        'The MOU will address issues related to housing, parking and student life, to name a few.',
        'en',
      ).fields.cooperationAreas,
    ).toEqual(['housing', 'parking', 'student life']);
  });

  it('ends an area list before "or other areas"', () => {
    const text =
      'Avtalen er en rammeavtale om samarbeid innen utdanning, forskning og innovasjon eller på andre områder av felles interesse.';
    expect(extract(text, 'no').fields.cooperationAreas).toEqual(['utdanning', 'forskning', 'innovasjon']);
  });

  it('drops a list entry cut off at the end of the text after described entries', () => {
    const text = [
      'Avtalet fokuserar på tre huvudområden:',
      '- Grön omställning:',
      'Parterna ska verka för klimatarbete.',
      '- Livslångt lärande:',
      'Parterna ska verka för fortbildning.',
      '- Kulturliv:',
      'Parterna ska verka för ett rikt kulturliv.',
      '- Stadens fra',
    ].join('\n');
    expect(extract(text, 'sv').fields.cooperationAreas).toEqual([
      'Grön omställning',
      'Livslångt lärande',
      'Kulturliv',
    ]);
  });

  it('does not take a "NAME" clause heading for a topic', () => {
    const text = [
      'MEMORANDUM OF UNDERSTANDING',
      'This Memorandum of Understanding is between the Shire of Eastvale and the Shire of Westvale.',
      '1. DEFINITIONS',
      '"Act" means the Local Government Act.',
      '2. NAME',
      'The name of the group is the Vale Councils Group.',
    ].join('\n');
    expect(extract(text, 'en').fields.cooperationAreas).toEqual([]);
  });

  it('reads the lead role as responsible: "will serve as Lead City", "er vertskommune"', () => {
    expect(
      extract('One of the party Cities will serve as Lead City and act as agent for the Cities.', 'en').fields
        .governance.responsible,
    ).toEqual(['Lead City']);
    expect(
      extract('Nordby kommune er vertskommune for samarbeidet om barnevern.', 'no').fields.governance
        .responsible,
    ).toEqual(['Nordby kommune']);
  });
  it('reads the signers of "skrevs … under av" with the particle far from its verb', () => {
    const text =
      'Tisdagen den 3 mars skrevs en ny samverkansöverenskommelse mellan polisen och Norrby kommun under av polisområdeschef Karin Ek och kommunstyrelsens ordförande Per Lind.';
    expect(extract(text, 'sv').fields.signatories.map((signer) => signer.name)).toEqual([
      'Karin Ek',
      'Per Lind',
    ]);
  });

  it('reads a duration from "sträcker sig över fyra år" and "strekker seg over tre år"', () => {
    expect(
      extract('Överenskommelsen är långsiktig och sträcker sig över fyra år.', 'sv').fields.validity
        .durationMonths,
    ).toBe(48);
    expect(extract('Avtalen strekker seg over tre år.', 'no').fields.validity.durationMonths).toBe(36);
  });
  it('reads a range "for the period beginning … through …"', () => {
    const text =
      'Authorize the Chair to execute a Memorandum of Understanding with Lake County for the period beginning March 1, 2010 through June 30, 2012.';
    const validity = extract(text, 'en').fields.validity;
    expect([validity.start, validity.end]).toEqual(['2010-03-01', '2012-06-30']);
  });

  it('reads the entries of a numbered paragraph that ends in "seek to:" as purposes', () => {
    const text =
      '1. The College and the Borough work in partnership. 2. In signing this Agreement, the College and the Borough seek to: • widen access to courses; • support local employers. 3. The College already runs many local projects.';
    expect(extract(text, 'en').fields.purposes).toEqual([
      'widen access to courses;',
      'support local employers.',
    ]);
  });

  it('does not read a plan to widen an existing agreement "… avtalet för att …" as a purpose', () => {
    const text =
      'Ordföranden sade att man hade för avsikt att utöka samverkansavtalet för att få en tydligare struktur.';
    expect(extract(text, 'sv').fields.purposes).toEqual([]);
  });

  it('keeps "och slutligen" out of the last area', () => {
    const text =
      'I bilagan angavs tre insatsområden: regional utveckling, forskning och slutligen kartläggning.';
    expect(extract(text, 'sv').fields.cooperationAreas).toEqual([
      'regional utveckling',
      'forskning',
      'kartläggning',
    ]);
  });

  it('reads the signers of a caption "Avtalesignering med …"', () => {
    const text = 'Avtalesignering med rektor Kari Nordmann og fylkesordfører Ola Hansen.';
    expect(extract(text, 'no').fields.signatories.map((signer) => signer.name)).toEqual([
      'Kari Nordmann',
      'Ola Hansen',
    ]);
  });

  it('reads each person who handles the practical follow-up, without caption kicker or affiliation', () => {
    const text =
      'I KONTROLL: Anne Lie fra Nordby kommune og seniorrådgiver Per Dahl ved Fjordhøgskolen ivaretar den praktiske oppfølgingen av avtalen.';
    expect(extract(text, 'no').fields.governance.responsible).toEqual([
      'Anne Lie',
      'seniorrådgiver Per Dahl',
    ]);
  });

  it('reads the contact persons named for an agreement as responsible', () => {
    const text =
      'Kontaktpersoner for avtalen er Kari Lund, rektor ved Nordhøgskolen, og Ola Berg, ordfører i Nordby.';
    expect(extract(text, 'no').fields.governance.responsible).toEqual(['Kari Lund', 'Ola Berg']);
  });
  it('reads an inline list after "følgende områder" without a colon', () => {
    const text =
      'Samarbeidet skal knyttes til ett eller flere av følgende områder reiseliv, havbruk og kultur.';
    expect(extract(text, 'no').fields.cooperationAreas).toEqual(['reiseliv', 'havbruk', 'kultur']);
  });

  it('reads "the partnership … is set to …" and "Tanken med dokumentet är att …" as purposes', () => {
    const text =
      'The new partnership between the council and the college is set to double the number of local apprentices.';
    expect(extract(text, 'en').fields.purposes).toEqual([text]);
    expect(
      extract('Tanken med dokumentet är att skapa ett närmare samarbete.', 'sv').fields.purposes,
    ).toEqual(['Tanken med dokumentet är att skapa ett närmare samarbete.']);
  });

  it('does not read a photo caption as a purpose', () => {
    const text =
      'Karin Ek visar avtalet, ett dokument som ska främja samarbetet mellan kommunen och föreningarna. Foto: Per Lind\n\nTanken med dokumentet är att skapa ett närmare samarbete.';
    expect(extract(text, 'sv').fields.purposes).toEqual([
      'Tanken med dokumentet är att skapa ett närmare samarbete.',
    ]);
  });

  it('reads the end date the agreement is extended to', () => {
    const text = 'The councillor agreed to extend the current arrangement to August 31, 2016.';
    expect(extract(text, 'en').fields.validity.end).toBe('2016-08-31');
  });
  it('leaves a caption kicker out of the title of a signer', () => {
    const text =
      'SAMARBEIDER: Rektor Kari Nordmann og ordfører Ola Hansen skrev under på en ny intensjonsavtale tirsdag.';
    expect(extract(text, 'no').fields.signatories.map((signer) => [signer.name, signer.title])).toEqual([
      ['Kari Nordmann', 'Rektor'],
      ['Ola Hansen', 'ordfører'],
    ]);
  });
});
