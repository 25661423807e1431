import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

/**
 * Place, reference, notice-period and responsible forms seen in documents nobody here wrote (a regional partnership's news item, a club's
 * post, a municipal contract). Each text is an invented phrasing modelled on a real one, read as written and
 * flattened.
 */

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

describe('reference of a numbered instrument', () => {
  it('cites "Resolution No." and "Agreement No." with the number', () => {
    const resolution =
      'RESOLUTION NO. 2019-44\n\nA RESOLUTION OF THE CITY COUNCIL OF THE CITY OF LAKESIDE APPROVING AN INTERLOCAL COOPERATION AGREEMENT WITH LAKESIDE COUNTY.';
    for (const reading of both(resolution, 'en'))
      expect(reading.fields.reference).toBe('RESOLUTION NO. 2019-44');
    const agreement =
      'INTERLOCAL AGREEMENT\n\nAgreement No. 21-107\n\nThis Agreement is entered into by the City of Lakeside and the Lakeside Water District.';
    for (const reading of both(agreement, 'en'))
      expect(reading.fields.reference).toBe('Agreement No. 21-107');
  });

  it('takes no reference from an agreement that is not numbered', () => {
    const text =
      'MEMORANDUM OF AGREEMENT\n\nThis agreement now sets out how the City of Lakeside and Lakeside College cooperate from 2021.';
    for (const reading of both(text, 'en')) expect(reading.fields.reference).toBeNull();
  });
});

describe('responsible named in a relative clause', () => {
  it('takes the noun the relative pronoun refers to, not the clause', () => {
    const text =
      'Samarbeidsavtale mellom Nordby kommune og Nordby høgskole\n\nHver part utpeker en koordinator som har ansvar for oppfølging av avtalen.';
    for (const reading of both(text, 'no'))
      expect(reading.fields.governance.responsible).toEqual(['koordinator']);
  });
});
