import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '../../src/schema/letter-of-intent.ts';
import { extract, flatten } from './helpers.ts';

// Invented phrasings that mirror real press texts the rules had not seen (issue #11, fresh set
// fresh-parties): each rule holds with the text's line breaks and with them flattened to spaces.
const signers = (text: string, language: LanguageCode) =>
  [text, flatten(text)].map((reading) =>
    extract(reading, language).fields.signatories.map((s) => [s.name, s.title, s.party]),
  );

describe('signatories on unseen sources (fresh-parties)', () => {
  it('split-signing-verb: "skriver X och Y under ett avtal" names the signers between verb and particle', () => {
    const text =
      'Pressinbjudan: Norrby kommun och Högskolan i Norrby fördjupar sin samverkan\n\nNorrby kommun och Högskolan i Norrby vill samarbeta mer.\n\nDen 12 mars skriver kommunstyrelsens ordförande i Norrby kommun, Eva Lind och Högskolan i Norrbys rektor, Per Holm, under ett samverkansavtal.\n\nMedia hälsas välkomna.';
    for (const found of signers(text, 'sv'))
      expect(found).toEqual([
        ['Eva Lind', 'kommunstyrelsens ordförande', 'Norrby kommun'],
        ['Per Holm', 'rektor', 'Högskolan i Norrby'],
      ]);
  });

  it('role-before-comma: "rektor ved X, Name" in a signing sentence gives the title and party', () => {
    const text =
      'Ny avtale signert\n\nI dag signerte ordfører i Fjellby kommune, Kari Dahl og rektor ved Fjellby høgskole, Ola Berg, avtalen.\n\nAvtalen gjelder i fire år.';
    for (const found of signers(text, 'no'))
      expect(found).toEqual([
        ['Kari Dahl', 'ordfører', 'Fjellby kommune'],
        ['Ola Berg', 'rektor', 'Fjellby høgskole'],
      ]);
  });

  it('leaves people named in a sentence without a signing verb alone', () => {
    const text =
      'Kommunen og høgskolen samarbeider\n\nFor mer informasjon, kontakt ordfører i Fjellby kommune, Kari Dahl og rektor ved Fjellby høgskole, Ola Berg.';
    for (const found of signers(text, 'no')) expect(found).toEqual([]);
  });

  it('inline-signature-label: "For <party>: Name, title" reads the same with and without line breaks', () => {
    const en =
      'MEMORANDUM OF UNDERSTANDING\nbetween Alder University and City of Brook\n\nThe parties agree to cooperate.\n\nFor Alder University:\n\nJane Moss, President\n\nFor City of Brook:\n\nRobert Lake, Mayor\n';
    for (const found of signers(en, 'en'))
      expect(found).toEqual([
        ['Jane Moss', 'President', 'Alder University'],
        ['Robert Lake', 'Mayor', 'City of Brook'],
      ]);
    const sv =
      'AVSIKTSFÖRKLARING\nmellan Alby kommun och Bety AB\n\nParterna avser att samverka.\n\nFör Alby kommun\n\nAnna Berg\nKommunstyrelsens ordförande\n\nFör Bety AB\n\nPer Lind\nVerkställande direktör\n';
    for (const found of signers(sv, 'sv'))
      expect(found).toEqual([
        ['Anna Berg', 'Kommunstyrelsens ordförande', 'Alby kommun'],
        ['Per Lind', 'Verkställande direktör', 'Bety AB'],
      ]);
    // A "for" phrase in prose names no signer: the word after the party is no capitalised name.
    const prose = 'AVTALE\nmellom Nordby kommune og Sørby høgskole\n\nFor Nordby kommune er avtalen viktig.';
    for (const found of signers(prose, 'no')) expect(found).toEqual([]);
  });

  it('middle-initial: "Mayor John A. Smith" keeps the initial in the name', () => {
    const text =
      'Council and college sign agreement\n\nThe agreement was signed by Mayor Peter J. Holt and College President Anna Wells on Monday.\n\nIt runs for five years.';
    for (const found of signers(text, 'en'))
      expect(found.map(([name]) => name)).toEqual(['Peter J. Holt', 'Anna Wells']);
  });

  it('honorific-not-title: "President Dr. Mary Vale" gives the title without the honorific', () => {
    const text =
      'Council and college sign agreement\n\nThe agreement was signed by Mayor Peter Holt and College President Dr. Mary Vale on Monday.';
    for (const found of signers(text, 'en'))
      expect(found.map(([name, title]) => [name, title])).toEqual([
        ['Peter Holt', 'Mayor'],
        ['Mary Vale', 'College President'],
      ]);
  });

  it('bracket-group: a party tag in brackets after a name ends the name ("Anne Bakke (Ap)")', () => {
    const text =
      'Signerte avtale\n\nAvtalen ble signert av fylkesordfører Liv Anne Berg (Sp) og rektor Per Ole Lie torsdag.';
    for (const found of signers(text, 'no'))
      expect(found.map(([name]) => name)).toEqual(['Liv Anne Berg', 'Per Ole Lie']);
  });

  it('org-noun-closes-org: "rektor X ved Fjellby høgskole" gives the whole organisation', () => {
    const text =
      'Signerte avtale\n\nAvtalen ble signert av ordfører Kari Dahl og rektor Per Lie ved Fjellby høgskole torsdag.';
    for (const found of signers(text, 'no'))
      expect(found[1]).toEqual(['Per Lie', 'rektor', 'Fjellby høgskole']);
  });

  it('unnamed-cosigner: "Ordfører X og styreleder i idrettsrådet undertegnet" keeps the named signer', () => {
    const text =
      'Partnerskapsavtalen\n\nPartnerskapsavtalen mellom idrettsrådet og kommunen er undertegnet.\n\nOrdfører Kari Holm og styreleder i idrettsrådet undertegnet 3. mars partnerskapsavtalen.';
    for (const found of signers(text, 'no')) expect(found).toEqual([['Kari Holm', 'Ordfører', null]]);
  });

  it('caption-label-not-title: "Bilete: leiar i X Per Ness" gives the title without the label', () => {
    const text =
      'Signerte avtale med idretten\n\nBilete: leiar i Nordby idrettsråd Per Ness og ordførar Kari Holm signerer avtalen.\n\nAvtalen skal evaluerast kvart fjerde år.';
    for (const found of signers(text, 'no')) expect(found[0]?.[1]).toBe('leiar');
  });
});
