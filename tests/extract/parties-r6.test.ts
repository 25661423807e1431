import { describe, expect, it } from 'vitest';
import { extract, partyNamesBothReadings } from './helpers.ts';

/** The party names read from a text as written (for rules that read the line layout). */
const names = (text: string, language: 'sv' | 'no' | 'en') =>
  extract(text, language).fields.parties.map((party) => party.name);

describe('party names, round 6 (documents nobody here wrote)', () => {
  it('ampersand-in-name: "Harbour Board of Alfa & Beta" is one name, "and" joins two', () => {
    const text =
      'The Harbour Board of Alfa & Beta and the Port of Gammaby have reached an agreement to share data on emissions.';
    for (const found of partyNamesBothReadings(text, 'en'))
      expect(found).toEqual(['Harbour Board of Alfa & Beta', 'Port of Gammaby']);
  });

  it('country-inside-name: "Frisk Norge", "Bredband Sverige AB" keep their country; a state opens a college name', () => {
    const no = 'Frisk Norge og KS signerte en ny samarbeidsavtale i Oslo i dag.';
    for (const found of partyNamesBothReadings(no, 'no')) expect(found).toEqual(['Frisk Norge', 'KS']);
    const sv = 'Ett avtal har tecknats mellan Bredband Sverige AB och Alby kommun om utbyggnad av fiber.';
    for (const found of partyNamesBothReadings(sv, 'sv'))
      expect(found).toEqual(['Bredband Sverige AB', 'Alby kommun']);
  });

  it('signing-verb-ends-name and caps-heading-phrase: a headline in title case after a headline in capitals', () => {
    const text =
      'TRANSFERS MADE EASY\nNVU, East Ohio Community College Sign Pact for Students\n\nThe two colleges signed a memorandum of understanding on Monday.';
    expect(names(text, 'en')).toEqual(['NVU', 'East Ohio Community College']);
  });

  it('caps-heading-phrase: a subheading in capitals is no party; a name spelt in mixed case elsewhere is', () => {
    const text =
      'Som første kommune har Fjellby kommune inngått en intensjonsavtale med Forsvarslaget.\n\nOGSÅ ANDRE, ALVORLIGE HENDELSER\nAvtalen kan også være nyttig ved andre hendelser, sier rådmannen.';
    for (const found of partyNamesBothReadings(text, 'no')) {
      expect(found).not.toContain('OGSÅ ANDRE');
      expect(found).not.toContain('ALVORLIGE HENDELSER');
    }
  });

  it('document-noun-tail: a headline ending in "Agreement" or "MoU" is no party', () => {
    const text =
      'FAST TRACK WITH NEW AGREEMENT\nNVU, East Ohio Community College Sign Pact\n\nNVU and East Ohio Community College signed an agreement on Monday.';
    for (const found of partyNamesBothReadings(text, 'en'))
      expect(found).not.toContain('FAST TRACK WITH NEW AGREEMENT');
  });

  it('run-in-section: numbered sections with run-in headings after a party lead-in are no parties', () => {
    const text =
      '1. Parties. This Agreement is by and among the following parties:\n2. Purpose. This Agreement is to state the terms on which the parties work together.\n3. Term. This Agreement shall be in force for a term of one year from signing.\n4. Costs. Each party shall bear its own costs of the work under it.';
    for (const found of partyNamesBothReadings(text, 'en')) {
      expect(found).not.toContain('Purpose');
      expect(found).not.toContain('Term');
    }
  });

  it('house-number-street: a street after a house number is an address, not a party', () => {
    const text =
      'This Agreement is by and among the following Town of Alfa 12 W. Pine Ave. Alfa, Ohio 40001 Village of Beta P.O. Box 9 Beta, Ohio 40002.';
    for (const found of partyNamesBothReadings(text, 'en')) expect(found).not.toContain('W. Pine Ave');
  });

  it('letterhead-line-run: letterhead lines, one pair joined by a comma, are no list of parties', () => {
    const text =
      'County of Alfa\nBoard of Governors\nMinute Order\nHall of Justice, Room 12\nMay 3, 2022\n\nApprove and authorize the Chairman to execute a Memorandum of Understanding with Beta College for student placements.';
    const found = names(text, 'en');
    for (const junk of ['Board of Governors', 'Minute Order', 'Hall of Justice', 'Room'])
      expect(found).not.toContain(junk);
  });

  it('title-person-of-org and prefixed-verb: "generalsekretær Kari Berg i Frisk Norge", "KS re-signerte"', () => {
    const text =
      'Frisk Norge og KS re-signerte samarbeidsplattform\n\nGeneralsekretær Kari Berg Dahl i Frisk Norge sammen med styreleder i KS Per Lie.';
    expect(names(text, 'no')).toEqual(['Frisk Norge', 'KS']);
  });

  it('fuller-name-elsewhere: "Bredbandia" where the parties are named takes "Bredbandia Sverige AB" from the lead', () => {
    const text =
      'Alby kommun tecknar samverkansavtal med Bredbandia om fiber\n\nBredbandia Sverige AB har aviserat intresse av att bygga ut fiber i Alby kommun. Därför har Bredbandia och Alby kommun tecknat ett samverkansavtal om utbyggnaden.';
    for (const found of partyNamesBothReadings(text, 'sv'))
      expect([...found].sort()).toEqual(['Alby kommun', 'Bredbandia Sverige AB']);
  });

  it('fuller-name-elsewhere: "Statsforvalteren" in the headline is "Statsforvalteren i Sogn og Fjordane"', () => {
    const text =
      'HVL og Statsforvalteren fornyer samarbeidsavtale\n\nDerfor fornyes samarbeidsavtalen med Statsforvalteren i Sogn og Fjordane for tre nye år.';
    for (const found of partyNamesBothReadings(text, 'no'))
      expect(found).toEqual(['HVL', 'Statsforvalteren i Sogn og Fjordane']);
  });

  it('a military unit is an organisation: "Försvarsmakten Norra skånska regementet" stays whole', () => {
    const text =
      'Samverkansavtal mellan Alby kommun och Försvarsmakten Norra skånska regementet\n\nAlby kommun och Försvarsmakten ska samverka om krisberedskap.';
    for (const found of partyNamesBothReadings(text, 'sv'))
      expect(found).toEqual(['Alby kommun', 'Försvarsmakten Norra skånska regementet']);
  });

  it('count-opens-sentence: a caption run into a headline ("… med Försvarsmakten Två män …") ends the name', () => {
    const text =
      'Alby kommun ingår samverkan med Försvarsmakten\nTvå män skakar hand vid ett bord.\nAlby kommun och Försvarsmakten ska samverka om krisberedskap, enligt en avsiktsförklaring.';
    for (const found of partyNamesBothReadings(text, 'sv'))
      expect(found).toEqual(['Alby kommun', 'Försvarsmakten']);
  });

  it('count-group-phrase: "Between the Two Colleges" is no party and no part of one', () => {
    const text =
      'Alfa College and Beta Community College Sign Memorandum of Understanding\nAgreement Creates Sister College Relationship Between the Two Colleges\nAlfa College and Beta Community College (BCC) signed a memorandum of understanding (MOU).';
    for (const found of partyNamesBothReadings(text, 'en'))
      expect(found).toEqual(['Alfa College', 'Beta Community College']);
  });

  it('name-after-conjunction: after "och" the name starts at once; later capitals are prose', () => {
    const text =
      'Idag skrevs avtalet mellan Export Alfa och Business Region Betaborg under i Gammasalen på Deltahuset. Det skedde vid ett av Kommunalförbundets möten.';
    for (const found of partyNamesBothReadings(text, 'sv'))
      expect(found).toEqual(['Export Alfa', 'Business Region Betaborg']);
  });

  it('office-of-organisation: "Vegdirektør i Statens kartverk" names the organisation after the office', () => {
    const text =
      'Vegdirektør i Statens kartverk, Ola Berg, og NLF signerte den nye samarbeidsavtalen mandag.';
    for (const found of partyNamesBothReadings(text, 'no'))
      expect(found).toEqual(['Statens kartverk', 'NLF']);
  });

  it('a title after a genitive ("Kari Berg, kommunstyrelsens ordf") makes a person, not a party', () => {
    const text =
      'Avtal tecknat\nSamarbetsavtalet har tecknats av Anna Berg ordf Alby Näringsliv, Per Lund, kommunstyrelsens ordf, och Eva Ek vd Alby Sparbank.';
    for (const found of partyNamesBothReadings(text, 'sv')) expect(found).not.toContain('Per Lund');
  });

  it('honorific-person: "Ms Jo Hale" after a list of officials is no party', () => {
    const text =
      'They are seen with the Leader of Alfa City Council, Councillor Bo Ray (right), and Ms Jo Hale, the Head of Relations at Beta University. Chief Executive of Alfa City Council Al Poe and the Vice-Chancellor of Beta University sign the Memorandum of Understanding.';
    for (const found of partyNamesBothReadings(text, 'en')) expect(found).not.toContain('Ms Jo Hale');
  });

  it('country-alone and between-lone-name: "mellan länen i Norge, Sverige och Finland" names no parties', () => {
    const text =
      'Samarbetsavtal mellan Alby läns landsting och Beta fylkeskommune\n\n1.4 Parterna stödjer det samarbete som uppstått mellan de nordliga länen i Norge, Sverige och Finland och uppmanar sina Brysselkontor till samarbete.';
    for (const found of partyNamesBothReadings(text, 'sv'))
      expect(found).toEqual(['Alby läns landsting', 'Beta fylkeskommune']);
  });

  it('genitive-body-same: "Alfaregionen (AR)" and "Alfaregionens kommunalförbund" are one party', () => {
    const text =
      'Samverkansavtal mellan Alfaregionen (AR) och Beta & Co\n\nParter\nDetta avtal har ingåtts mellan Alfaregionens kommunalförbund och Beta & Co AB.';
    for (const found of partyNamesBothReadings(text, 'sv')) expect(found).toHaveLength(2);
  });
});
