import { describe, expect, it } from 'vitest';
import { partyNamesBothReadings } from './helpers.ts';

describe('party names, round 11', () => {
  it('unit-noun-name: a lower-case unit noun and the place after it are one name', () => {
    const sv =
      'Trygghet i fokus\n\nI går undertecknades en överenskommelse mellan Borsta kommun och lokalpolisområde Alby om ökad trygghet.';
    for (const found of partyNamesBothReadings(sv, 'sv'))
      expect(found.map((name) => name.toLowerCase())).toEqual(['borsta kommun', 'lokalpolisområde alby']);
    const no =
      'Ny avtale\n\nI dag ble det inngått en samarbeidsavtale mellom Nordby kommune og politidistrikt Sørvik om forebygging.';
    for (const found of partyNamesBothReadings(no, 'no'))
      expect(found.map((name) => name.toLowerCase())).toEqual(['nordby kommune', 'politidistrikt sørvik']);
    // The unit's type alone, or in the definite form, names nothing.
    const generic = 'Avtal om trygghet mellan kommunen och polisområdet undertecknades i går.';
    for (const found of partyNamesBothReadings(generic, 'sv')) expect(found).toEqual([]);
  });

  it('slash-place-in-name: after an organisation or unit noun a slash joins the places of one name', () => {
    const sv = 'Överenskommelse mellan Alby kommun och Lokalpolisområde Borsta/Kil för 2016';
    for (const found of partyNamesBothReadings(sv, 'sv'))
      expect(found).toEqual(['Alby kommun', 'Lokalpolisområde Borsta/Kil']);
    const twins =
      'Om vänskapliga förbindelser mellan Dals Kommun / Värmland, Sverige, och Dals Kommun / Tirol, Österrike.';
    for (const found of partyNamesBothReadings(twins, 'sv'))
      expect(found).toEqual(['Dals Kommun / Värmland', 'Dals Kommun / Tirol']);
  });

  it('preposition-article-name: "for the", "of the" before a capitalised word stay inside an English name', () => {
    const en = 'Memorandum of Understanding\n\nBetween Coastal Rail and Transport for the West\n\nMarch 2019';
    for (const found of partyNamesBothReadings(en, 'en'))
      expect(found).toEqual(['Coastal Rail', 'Transport for the West']);
    const of = 'This agreement is made between Alfa College and the University of the Highlands.';
    for (const found of partyNamesBothReadings(of, 'en'))
      expect(found).toEqual(['Alfa College', 'University of the Highlands']);
  });

  it('correlative-opener: "både", "both" open the coordination, not the first name', () => {
    const sv = 'Nytt avtal\n\nBåde Alby kommun och Borsta universitet har undertecknat avtalet.';
    for (const found of partyNamesBothReadings(sv, 'sv'))
      expect(found).toEqual(['Alby kommun', 'Borsta universitet']);
    const en = 'New partnership\n\nBoth Alfa College and Beta University have signed the agreement.';
    for (const found of partyNamesBothReadings(en, 'en'))
      expect(found).toEqual(['Alfa College', 'Beta University']);
    // A definite generic noun after "både" is no name: "Både fylkeskommunen" is not a party.
    const no =
      'Avtale med politiet\n\nBåde fylkeskommunen og politiet har ønsket å formalisere samarbeidet gjennom en avtale.';
    for (const found of partyNamesBothReadings(no, 'no')) {
      expect(found.some((name) => /både|fylkeskommunen/iu.test(name))).toBe(false);
    }
  });

  it('group-noun-subject: "Kommunerna A, B och C har …" in the lead names each place as a party', () => {
    const sv =
      'Samarbete för besöksnäringen\n\nKommunerna Alby, Borsta, Kil och Dalby har i samverkan handlat upp turismtjänster. Avtalet gäller i fyra år.';
    for (const found of partyNamesBothReadings(sv, 'sv'))
      expect(found).toEqual(['Alby', 'Borsta', 'Kil', 'Dalby']);
    const no =
      'Felles reiseliv\n\nKommunene Alfa, Beta og Gamma har gått sammen om et felles vertskap for turisme. Avtalen varer i tre år.';
    for (const found of partyNamesBothReadings(no, 'no')) expect(found).toEqual(['Alfa', 'Beta', 'Gamma']);
    const en =
      'Tourism deal\n\nThe municipalities Alfa, Beta and Gamma have jointly procured tourism services. The agreement runs for four years.';
    for (const found of partyNamesBothReadings(en, 'en')) expect(found).toEqual(['Alfa', 'Beta', 'Gamma']);
    // Parties already named in a party clause are not replaced by a group mentioned later.
    const named =
      'Avtal mellan Alby kommun och Borsta universitet\n\nKommunerna Kil och Dalby deltar som observatörer i arbetet.';
    for (const found of partyNamesBothReadings(named, 'sv'))
      expect(found).toEqual(['Alby kommun', 'Borsta universitet']);
  });
});
