import { describe, expect, it } from 'vitest';
import { extract, flatten, partyNamesBothReadings } from './helpers.ts';

// Invented phrasings modelled on real agreements and news the rules had not read (issue #11, round 3 of
// party and signatory rules): each rule holds with the text's line breaks and with them flattened to spaces.

describe('party names, round 3', () => {
  it('agreement-self-reference: "This Agreement" after a title that ends on "AND" is not a party', () => {
    const text =
      'RESOLUTION\nINTERLOCAL AGREEMENT BY AND BETWEEN THE CITY OF MAPLETON AND\nThis Agreement entered into this 3rd day of MAY, 2001, by and between the CITY OF MAPLETON, a Home Rule Municipal Corporation (hereinafter called "City of Mapleton") and OAK COUNTY, a County (hereinafter called "Oak County").\nWHEREAS, the parties desire to study a road.';
    for (const found of partyNamesBothReadings(text, 'en'))
      expect(found).toEqual(['CITY OF MAPLETON', 'OAK COUNTY']);
  });

  it('agreement-label-prefix: a headline ending on "Letter of Intent" does not run into the first party', () => {
    const text =
      'Nordvik kommun och KLMN undertecknar Letter of Intent\nNordvik kommun och KLMN Nordic AB har idag undertecknat ett gemensamt Letter of Intent. Avsiktsförklaringen är ett viktigt steg mot ett avtal om kommunens köp av fastigheten Smeden 4.';
    // acronym-in-pair (round 14): the lead writes the acronym in full beside its partner, "KLMN Nordic AB".
    for (const found of partyNamesBothReadings(text, 'sv'))
      expect(found).toEqual(['Nordvik kommun', 'KLMN Nordic AB']);
  });

  it('assistant-title (en): a memo header "FROM: Ann Lee, Assistant to the City Manager" names a person, not parties', () => {
    const text =
      'City of Ridgeton MEMORANDUM\nTO: City Council Members\nFROM: Ann Lee, Assistant to the City Manager\nRE: Letter of Intent on the New School Site\nAttached is a signed Letter of Intent between the City and the School District on the streets serving the school site.';
    for (const found of partyNamesBothReadings(text, 'en')) {
      expect(found).not.toContain('Ann Lee');
      expect(found).not.toContain('Assistant');
    }
  });
});

describe('signatories, round 3', () => {
  it('title-starts-with-number: "on Nov. 12 voted 4-1 to have Town Manager X sign" reports a vote, no signer', () => {
    const text =
      'Town and school sign lease memo\nFARMTON — The town and the Farmton Village School have a new memorandum of understanding.\nSelectmen on Nov. 12 voted 4-1 to have Town Manager Lisa Gray sign the document.\nThe memo was written to clear up questions about the school lease.';
    for (const reading of [text, flatten(text)])
      expect(extract(reading, 'en').fields.signatories).toEqual([]);
  });
});
