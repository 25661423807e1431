import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

/** The signatories (name, title and party) read from a text, as written and flattened. */
const signers = (text: string, language: 'sv' | 'no' | 'en') =>
  both(text, language).map((reading) =>
    reading.fields.signatories.map((signatory) => [signatory.name, signatory.title, signatory.party]),
  );

describe('signatories, round 11', () => {
  it('clause-subject: a caption\'s titled subject signs in "… når de signerer" (no)', () => {
    const text =
      'Vennskapsavtale fornyet\n\n______\nFoto: Ordfører Kari Holm, Alby og Ordfører Per Olav Dal, Borg kommune markerer samarbeidet når de signerer den nye avtalen.\n______\n\nDelegasjonen ble tatt godt imot.';
    for (const found of signers(text, 'no'))
      expect(found).toEqual([
        ['Kari Holm', 'Ordfører', 'Alby'],
        ['Per Olav Dal', 'Ordfører', 'Borg kommune'],
      ]);
  });

  it('clause-subject in Swedish ("när de undertecknar") and English ("as they sign")', () => {
    const sv =
      'Nytt avtal\n\nBild: Rektor Anna Berg och kommunstyrelsens ordförande Lars Ek skakar hand när de undertecknar avtalet.';
    for (const found of signers(sv, 'sv'))
      expect(found.map(([name, title]) => [name, title])).toEqual([
        ['Anna Berg', 'Rektor'],
        ['Lars Ek', 'kommunstyrelsens ordförande'],
      ]);
    const en =
      'A new partnership\n\nMayor Jane Doe, City of Alby, and President John Smith, Borg College, shake hands as they sign the agreement.';
    for (const found of signers(en, 'en'))
      expect(found).toEqual([
        ['Jane Doe', 'Mayor', 'City of Alby'],
        ['John Smith', 'President', 'Borg College'],
      ]);
  });

  it('clause-subject near misses: a person in the verb phrase, or a subject that does not open the sentence', () => {
    // The person greeted is no part of the subject that "de" stands for.
    const greeted =
      'Ny avtale\n\nOrdfører Kari Holm og rektor Per Dal hilser på rådmann Eva Li når de signerer avtalen.';
    for (const found of signers(greeted, 'no'))
      expect(found.map(([name]) => name)).toEqual(['Kari Holm', 'Per Dal']);
    // "de andre": other people sign, not the ones named.
    const others =
      'Ny avtale\n\nSamarbeidet ble presentert av ordfører Kari Holm. Rådmann Per Dal var til stede da de andre signerte avtalen.';
    for (const found of signers(others, 'no')) expect(found).toEqual([]);
    // The titled person stands after the verb: the sentence's subject is not named.
    const adverb =
      'New deal\n\nThe city and the college will work together on housing.\n\nToday the council welcomed Mayor Jane Doe to the town hall as they sign the agreement.';
    for (const found of signers(adverb, 'en')) expect(found).toEqual([]);
  });

  it('caption-not-credit: "Foto: Ordfører …" is a caption, the titled name after it no photographer', () => {
    const text =
      'Foto: Ordfører Kari Holm og rektor Per Dal signerer avtalen.\n\nAlby kommune og Borg høgskole har inngått en samarbeidsavtale.';
    for (const found of signers(text, 'no'))
      expect(found.map(([name, title]) => [name, title])).toEqual([
        ['Kari Holm', 'Ordfører'],
        ['Per Dal', 'rektor'],
      ]);
  });

  it('caption-lead: "(f.v.)", "fra venstre", "(from left)" after the signing verb is no part of a title (sv/no/en)', () => {
    const lead =
      'Ny avtale\n\nAlby kommun och Borg högskola har kommit överens om ett samarbete kring forskning.\n\n';
    const sv = `${lead}Avtalet undertecknades av (fr.v.) rektor Anna Berg och kommunstyrelsens ordförande Per Holm.`;
    for (const found of signers(sv, 'sv'))
      expect(found.map(([name, title]) => [name, title])).toEqual([
        ['Anna Berg', 'rektor'],
        ['Per Holm', 'kommunstyrelsens ordförande'],
      ]);
    const no = `${lead}Avtalen ble signert av, fra venstre, ordfører Kari Holm og rektor Per Dal.`;
    for (const found of signers(no, 'no'))
      expect(found.map(([name, title]) => [name, title])).toEqual([
        ['Kari Holm', 'ordfører'],
        ['Per Dal', 'rektor'],
      ]);
    const en = `${lead}The agreement was signed by (from left) Mayor Jane Doe, City of Alby, and President John Smith.`;
    for (const found of signers(en, 'en'))
      expect(found.map(([name, title, party]) => [name, title, party])).toEqual([
        ['Jane Doe', 'Mayor', 'City of Alby'],
        ['John Smith', 'President', null],
      ]);
  });

  it('caption-lead before an untitled list: "undertecknades av (f.v.) A, B och C" (the lead ends no sentence)', () => {
    const sv =
      'Nytt avtal\n\nKommunerna Alby och Borsta samverkar om turism.\n\nAvtalet undertecknades av (f.v.) Anna Berg, Per Holm och Eva Lund.';
    for (const found of signers(sv, 'sv'))
      expect(found.map(([name]) => name)).toEqual(['Anna Berg', 'Per Holm', 'Eva Lund']);
    const no =
      'Ny avtale\n\nKommunene Alby og Borg samarbeider om turisme.\n\nAvtalen ble signert av (f.v.) Kari Holm, Per Dal og Eva Li.';
    for (const found of signers(no, 'no'))
      expect(found.map(([name]) => name)).toEqual(['Kari Holm', 'Per Dal', 'Eva Li']);
  });

  it('quoted-not-signer: a name after a speech verb in the signing sentence is a quote, not a signer (sv/no/en)', () => {
    const sv =
      'Nytt avtal\n\nAlby kommun och Borg högskola samverkar.\n\nI dag skrev parterna under avtalet – Det känns bra, säger Anna Berg, rektor vid Borg högskola.';
    for (const found of signers(sv, 'sv')) expect(found).toEqual([]);
    const no =
      'Ny avtale\n\nAlby kommune og Borg høgskole samarbeider.\n\nAvtalen ble signert i dag – Dette er viktig, sier ordfører Kari Holm.';
    for (const found of signers(no, 'no')) expect(found).toEqual([]);
    const en =
      'New deal\n\nAlby and Borg College will cooperate.\n\nThe agreement was signed today – This matters, said Mayor Jane Doe of Alby.';
    for (const found of signers(en, 'en')) expect(found).toEqual([]);
    // The signers named before the quote still sign.
    const named =
      'Ny avtale\n\nAlby kommune og Borg høgskole samarbeider.\n\nAvtalen ble signert av ordfører Kari Holm og rektor Per Dal – Dette er viktig, sier rådmann Eva Li.';
    for (const found of signers(named, 'no'))
      expect(found.map(([name]) => name)).toEqual(['Kari Holm', 'Per Dal']);
  });
});
