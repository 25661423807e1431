import { describe, expect, it } from 'vitest';
import { extract, flatten } from './helpers.ts';

// Invented phrasings modelled on news about signings (issue #11): where an agreement is or was signed.
const placeOf = (text: string, language: 'sv' | 'no' | 'en') => extract(text, language).fields.place;

describe('signed-in-place', () => {
  it('reads "skal signeres i Fjellby" as the place of signing, with and without line breaks', () => {
    const text =
      'Tre høgskoler går sammen\n\nTre høgskoler danner en ny allianse for regionene. Avtalen skal signeres i Fjellby. Det skjer under et møte i regionrådet, sier rektor Ola Berg.';
    for (const reading of [text, flatten(text)]) expect(placeOf(reading, 'no')).toBe('Fjellby');
  });

  it('reads "undertecknade i Norrby" in a Swedish headline', () => {
    const text =
      'Nya överenskommelser undertecknade i Norrby\n\nPolisen och kommunen har undertecknat en ny samverkansöverenskommelse.';
    for (const reading of [text, flatten(text)]) expect(placeOf(reading, 'sv')).toBe('Norrby');
  });

  it('takes no place from "signerte i dag" or from an organisation ("undertecknades i Alby kommun")', () => {
    expect(placeOf('Ordføreren og rektor signerte i dag en ny avtale om samarbeid.', 'no')).toBeNull();
    expect(
      placeOf('Avtalet undertecknades i Alby kommun i går av kommunstyrelsens ordförande.', 'sv'),
    ).toBeNull();
  });
});
