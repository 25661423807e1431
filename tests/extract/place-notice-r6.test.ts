import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extract/index.ts';
import type { LanguageCode } from '../../src/schema/letter-of-intent.ts';
import { extract, flatten } from './helpers.ts';

/**
 * Place and notice-period forms seen in documents nobody here wrote (a regional partnership's news item, a club's
 * post, a municipal contract). Each text is an invented phrasing modelled on a real one, read as written and
 * flattened.
 */

function both(text: string, language: LanguageCode): [Extraction, Extraction] {
  return [extract(text, language), extract(flatten(text), language)];
}

describe('place where the parties were gathered when they signed', () => {
  it('takes the place of the gathering in the signing clause', () => {
    const no =
      'Ny partnerskapsavtale for grønn vekst\n\nAvtalen, som ble signert da partene var samlet til et arbeidsmøte på Røros, skal styrke næringslivet i regionen.';
    for (const reading of both(no, 'no')) expect(reading.fields.place).toBe('Røros');
    const en =
      'New partnership for coastal research\n\nThe agreement was signed when the partners met for a workshop in Bodø, and runs for three years.';
    for (const reading of both(en, 'en')) expect(reading.fields.place).toBe('Bodø');
  });

  it('takes no organisation the meeting was held at', () => {
    const no =
      'Ny avtale med kommunen\n\nAvtalen ble signert etter et møte i Næringsforeningen i går, og gjelder fra nyttår.';
    for (const reading of both(no, 'no')) expect(reading.fields.place).toBeNull();
    const sv =
      'Nytt avtal om praktik\n\nAvtalet undertecknades vid ett möte på Norrby högskola förra veckan.';
    for (const reading of both(sv, 'sv')) expect(reading.fields.place).toBeNull();
  });
});

describe('notice period with its digits between dashes', () => {
  it('reads "tre – 3 – måneder" as one number', () => {
    const no =
      'Samarbeidsavtale\n\n6. Oppsigelse\n\nAvtalen har en gjensidig oppsigelsesfrist på tre – 3 – måneder. Oppsigelsen skal være skriftlig.';
    for (const reading of both(no, 'no')) expect(reading.fields.validity.noticePeriodMonths).toBe(3);
    const sv =
      'Samverkansavtal\n\n7. Uppsägning\n\nAvtalet kan sägas upp med en uppsägningstid om fyra - 4 - månader.';
    for (const reading of both(sv, 'sv')) expect(reading.fields.validity.noticePeriodMonths).toBe(4);
  });
});
