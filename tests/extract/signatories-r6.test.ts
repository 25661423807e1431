import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '../../src/schema/letter-of-intent.ts';
import { extract, flatten } from './helpers.ts';

// Invented phrasings modelled on news texts that name who signed (round 6): each holds with the text's line
// breaks and with them flattened to spaces.
const signers = (text: string, language: LanguageCode) =>
  [text, flatten(text)].map((reading) =>
    extract(reading, language).fields.signatories.map((s) => [s.name, s.title, s.party]),
  );
const names = (text: string, language: LanguageCode) =>
  signers(text, language).map((found) => found.map(([name]) => name));

/** A short news text: headline, lead, then the paragraph under test. */
const news = (paragraph: string, lead = 'Alby kommun och Alby universitet fördjupar sitt samarbete.') =>
  `Nytt samarbete i Alby\n\n${lead}\n\n${paragraph}\n\nSamarbetet ska följas upp varje år.`;

describe('signatories named in news prose (round 6)', () => {
  it('lead-trim: adverbials between the verb and "av" are no part of the first signer\'s title', () => {
    const text = news(
      'Avtalet undertecknades vid en ceremoni i Alby rådhus av Högskolans rektor Anna Berg, Alby kommuns kommunchef Per Holm och kommunstyrelsens ordförande Eva Lind.',
    );
    for (const found of signers(text, 'sv'))
      expect(found.map(([name, title]) => [name, title])).toEqual([
        ['Anna Berg', 'rektor'],
        ['Per Holm', 'kommunchef'],
        ['Eva Lind', 'kommunstyrelsens ordförande'],
      ]);
  });

  it('lead-trim: a "då" clause before the title leaves the title and its organisation', () => {
    const text = news(
      'Avtalet undertecknades på fredagen då rektorn vid Alby universitet Anna Berg och kommunstyrelsens ordförande Per Holm undertecknade det nya avtalet.',
    );
    for (const found of signers(text, 'sv'))
      expect(found).toEqual([
        ['Anna Berg', 'rektorn', 'Alby universitet'],
        ['Per Holm', 'kommunstyrelsens ordförande', null],
      ]);
  });

  it('a military rank before a name is a title, not part of the name', () => {
    const text = news(
      'Detta undertecknades i en avsiktsförklaring vid ett möte i veckan mellan kommunstyrelseordförande Per Holm och Överste Karl Lund, chef på Alby regemente.',
    );
    for (const found of names(text, 'sv')) expect(found).toEqual(['Per Holm', 'Karl Lund']);
  });

  it('title-after-name: "har tecknats av Name ordf Org, Name title, Name vice VD Org" gives three signers', () => {
    const text = news(
      'Ett nytt avtal har tecknats av Anna Berg ordf Alby Företagarförening, Per Holm kommunstyrelsens ordf, Eva Lind vice VD Alby Sparbank.',
    );
    for (const found of signers(text, 'sv'))
      expect(found).toEqual([
        ['Anna Berg', 'ordf', 'Alby Företagarförening'],
        ['Per Holm', 'kommunstyrelsens ordf', null],
        ['Eva Lind', 'vice VD', 'Alby Sparbank'],
      ]);
  });

  it('split verb with an adverbial: "ordfører X skrev torsdag 3. juni under på avtalen"', () => {
    const text = news(
      'Styreledere på frivilligsentralene og ordfører Kari Holm skrev torsdag 3. juni under på avtalen.',
      'Fjellby kommune og frivilligsentralene har en ny avtale.',
    );
    for (const found of signers(text, 'no')) expect(found).toEqual([['Kari Holm', 'ordfører', null]]);
  });

  it('passive "ble skrevet under av" with a party affiliation after the name', () => {
    const text = news(
      'Avtalen ble skrevet under av ordfører Kari Holm (Ap) og rektor Ola Dahl.',
      'Fjellby kommune og Fjellby høgskole har en ny avtale.',
    );
    for (const found of names(text, 'no')) expect(found).toEqual(['Kari Holm', 'Ola Dahl']);
  });

  it('party-affiliation: "Name (S), title" reads the title after the bracket', () => {
    const text = news(
      'Avtalet undertecknades av Anna Berg (S), kommunstyrelsens ordförande, och Per Holm, rektor.',
    );
    for (const found of signers(text, 'sv'))
      expect(found.map(([name, title]) => [name, title])).toEqual([
        ['Anna Berg', 'kommunstyrelsens ordförande'],
        ['Per Holm', 'rektor'],
      ]);
  });

  it('title-org-not-signer: "Name, VD för Org" does not make the organisation a signer', () => {
    const text = news(
      'Avtalet skrevs under av Anna Berg, rektor vid Alby universitet, och Eva Lind, VD för Alby Energi AB.',
    );
    for (const found of names(text, 'sv')) expect(found).toEqual(['Anna Berg', 'Eva Lind']);
  });

  it('people pictured or quoted are no signers when the signing sentence names none', () => {
    const text = news(
      'På bilden syns rektor Anna Berg och kommunalråd Per Holm. Avtalet undertecknades i veckan av parterna.',
    );
    for (const found of names(text, 'sv')) expect(found).toEqual([]);
  });

  it('English: "signed on DAY at PLACE by Mayor X and Chancellor Y"', () => {
    const text =
      'New partnership\n\nThe City of Alby and Beta University agree to work together.\n\nThe memorandum was signed on Tuesday at City Hall by Mayor John Smith and Chancellor Mary Jones.\n\nMore follows.';
    for (const found of names(text, 'en')) expect(found).toEqual(['John Smith', 'Mary Jones']);
  });
});
