import { describe, expect, it } from 'vitest';
import { extract, flatten } from './helpers.ts';

// Invented phrasings (issue #11): the place of signing further on in the signing clause.
const placeOf = (text: string, language: 'sv' | 'no' | 'en') => extract(text, language).fields.place;
const readings = (text: string) => [text, flatten(text)];

describe('signed-in-clause', () => {
  it('reads the place after the occasion of the signing ("undertegnet under årsmøtet i Fjellby")', () => {
    const text =
      'Ny avtale om kulturskole\n\nAvtalen ble undertegnet under regionrådets årsmøte i Fjellby i går. Den gjelder i fire år.';
    for (const reading of readings(text)) expect(placeOf(reading, 'no')).toBe('Fjellby');
  });

  it('reads the place after what was signed and its weekday ("signed two agreements on Friday in Lakeside")', () => {
    const text =
      'Colleges join forces\n\nThe Northfield College of Nursing has signed two exchange agreements on Friday in Lakeside with the city hospital.';
    for (const reading of readings(text)) expect(placeOf(reading, 'en')).toBe('Lakeside');
  });

  it('reads "undertecknades i dag på Storby" past "i dag" in Swedish', () => {
    const text =
      'Kommunerna samverkar\n\nÖverenskommelsen undertecknades i dag på Storby slott av båda ordförandena.';
    // The building signed in is part of the place (signed-in-building, round 13).
    for (const reading of readings(text)) expect(placeOf(reading, 'sv')).toBe('Storby slott');
  });

  it('takes no place after a topic, a partner or the signers ("an agreement on cooperation in Europe")', () => {
    expect(placeOf('The two ports signed an agreement on cooperation in Europe last year.', 'en')).toBeNull();
    expect(
      placeOf('Kommunen har undertecknat ett avtal med föreningen i Mellby om drift av badet.', 'sv'),
    ).toBeNull();
    expect(placeOf('Avtalen ble signert av ordføreren i Fjellby kommune og rektor.', 'no')).toBeNull();
  });
});
