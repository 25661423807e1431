import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

/** The signatories (name and party) read from a text, as written and flattened. */
const signers = (text: string, language: 'sv' | 'no' | 'en') =>
  both(text, language).map((reading) =>
    reading.fields.signatories.map((signatory) => [signatory.name, signatory.party]),
  );

describe('signatories, round 9', () => {
  it('represented-by: "Alby kommune ved Kari Holm og Borgvik IL ved Per Olav Dal signert …" (no)', () => {
    const text =
      'Samarbeidsavtale signert\n\nI dag har Alby kommune ved Kari Holm og Borgvik IL ved Per Olav Dal signert en samarbeidsavtale om bruk av idrettshallen.';
    for (const found of signers(text, 'no'))
      expect(found).toEqual([
        ['Kari Holm', 'Alby kommune'],
        ['Per Olav Dal', 'Borgvik IL'],
      ]);
    // The person is no part of the party's name.
    for (const reading of both(text, 'no'))
      expect(reading.fields.parties.map((party) => party.name)).toEqual(['Alby kommune', 'Borgvik IL']);
  });

  it('represented-by in Swedish ("genom") and English (", represented by")', () => {
    const sv =
      'Samarbetsavtal klart\n\nIdag har Alby kommun genom Anna Berg och Borsta IF genom Lars Ek undertecknat ett samarbetsavtal om idrottshallen.';
    for (const found of signers(sv, 'sv'))
      expect(found).toEqual([
        ['Anna Berg', 'Alby kommun'],
        ['Lars Ek', 'Borsta IF'],
      ]);
    const en =
      'Sports hall agreement\n\nThe City of Alby, represented by Jane Doe, and Borg College, represented by John Smith, signed an agreement on the use of the sports hall.';
    for (const found of signers(en, 'en'))
      expect(found).toEqual([
        ['Jane Doe', 'City of Alby'],
        ['John Smith', 'Borg College'],
      ]);
  });

  it('represented-by near miss: a person after "ved" with no party before it does not sign', () => {
    const text =
      'Ny avtale om idrettshallen\n\nAlby kommune og Borgvik IL har signert en samarbeidsavtale om idrettshallen. Avtalen ble presentert ved Kari Holm på et møte i rådhuset.';
    for (const found of signers(text, 'no')) expect(found).toEqual([]);
  });

  it('untitled-list: "Avtalet undertecknades av A (S), B (M) och C (C)." names the signers, not parties (sv/no/en)', () => {
    const sv =
      'Nytt avtal för fem kommuner\n\nNu har kommunråden i Alby, Borsta och Cevik skrivit på ett avtal om samverkan.\n\nAvtalet undertecknades av Anna Berg (S), Per Holm (M) och Eva Lund (C). Foto: Lars Ek';
    for (const reading of both(sv, 'sv')) {
      expect(reading.fields.signatories.map((signatory) => signatory.name)).toEqual([
        'Anna Berg',
        'Per Holm',
        'Eva Lund',
      ]);
      expect(reading.fields.parties.map((party) => party.name)).not.toContain('Anna Berg');
    }
    const no =
      'Ny avtale for tre kommuner\n\nAvtalen ble signert av Kari Holm (Ap), Per Olav Dal (H) og Eva Li (Sp).';
    for (const reading of both(no, 'no'))
      expect(reading.fields.signatories.map((signatory) => signatory.name)).toEqual([
        'Kari Holm',
        'Per Olav Dal',
        'Eva Li',
      ]);
    const en = 'Three towns sign agreement\n\nThe agreement was signed by Jane Doe, John Smith and Mary Poe.';
    for (const reading of both(en, 'en'))
      expect(reading.fields.signatories.map((signatory) => signatory.name)).toEqual([
        'Jane Doe',
        'John Smith',
        'Mary Poe',
      ]);
  });

  it('untitled-list near misses: no agreement as the subject, or more than names before the sentence ends', () => {
    const order = 'Order issued\n\nThe plan follows an Executive Order signed by John Smith and Mary Poe.';
    for (const reading of both(order, 'en')) expect(reading.fields.signatories).toEqual([]);
    const runOn =
      'Ny avtale for tre kommuner\n\nAvtalen ble signert av Kari Holm (Ap), Per Olav Dal (H) og Eva Li (Sp) under et møte i Alby.';
    for (const reading of both(runOn, 'no')) expect(reading.fields.signatories).toEqual([]);
  });
});
