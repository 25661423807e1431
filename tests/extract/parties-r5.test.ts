import { describe, expect, it } from 'vitest';
import { partyNamesBothReadings } from './helpers.ts';

// Invented phrasings modelled on real news about agreements (round 5 of party rules): each rule holds with
// the text's line breaks and with them flattened to spaces.

describe('party names, round 5', () => {
  it('subject-and-partner: "X signerte … avtale med Y IL Fotball …" after a headline naming only Y', () => {
    const text =
      'Signerte sponsoravtale med Fjellby IL Fotball\n\nFjellby kommune signerte fredag 3. mars en treårig sponsoravtale med Fjellby IL Fotball på totalt 300 000 kroner. Avtalen gjelder fra i år.';
    for (const found of partyNamesBothReadings(text, 'no'))
      expect(found).toEqual(['Fjellby kommune', 'Fjellby IL Fotball']);
  });

  it('capitals-form-not-stop: "Fjordhub AS" is no name ending in the function word "as"', () => {
    const text =
      'Partnarskapsavtale\n\nNordfjord fylkeskommune og Fjordhub AS skal samarbeide om næringsutvikling i regionen. Samarbeidsavtalen gjeld i tre år.';
    for (const found of partyNamesBothReadings(text, 'no'))
      expect(found).toEqual(['Nordfjord fylkeskommune', 'Fjordhub AS']);
  });

  it('idrettskrets is an organisation noun: "Vidda fylkeskommune og Vidda idrettskrets"', () => {
    const text =
      'Vidda fylkeskommune og Vidda idrettskrets har hatt et nært samarbeid i mange år. Samarbeidsavtalen gjelder fra 2021 til 2023.';
    for (const found of partyNamesBothReadings(text, 'no'))
      expect(found).toEqual(['Vidda fylkeskommune', 'Vidda idrettskrets']);
  });

  it('IKS closes a name with a lower-case word: "Arkivsenter nord IKS"', () => {
    const text =
      'Samarbeidsavtale mellom Arkivsenter nord IKS og Fjellby kommune\n\n1. Formål\nPartene skal samarbeide om arkiv.';
    for (const found of partyNamesBothReadings(text, 'no'))
      expect(found).toEqual(['Arkivsenter nord IKS', 'Fjellby kommune']);
  });
});
