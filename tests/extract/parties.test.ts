import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

describe('parties', () => {
  it('reads a numbered Swedish party list with org numbers and defined abbreviations', () => {
    const text = [
      'Avsiktsförklaring',
      '',
      'Denna avsiktsförklaring har ingåtts mellan',
      '',
      '(1) Den ideella föreningen Norrbottens Kommuner, org. nr 222000-0653, och',
      '(2) Luleå tekniska universitet, org. nr 202100-2841.',
      '',
      'Luleå tekniska universitet (LTU) och Norrbottens Kommuner (NoK) benämns nedan "Parterna".',
    ].join('\n');
    expect(extract(text, 'sv').fields.parties).toEqual([
      { name: 'Norrbottens Kommuner', abbreviation: 'NoK', orgNumber: '222000-0653', orgNumberValid: true },
      {
        name: 'Luleå tekniska universitet',
        abbreviation: 'LTU',
        orgNumber: '202100-2841',
        orgNumberValid: true,
      },
    ]);
  });

  it('flags a Norwegian org number that fails mod 11, and keeps "og" inside a name', () => {
    const text =
      'Samarbeidsavtale mellom Høgskulen på Vestlandet og Sogn og Fjordane fylkeskommune\n\nPartar i denne avtalen er Høgskulen på Vestlandet (HVL), org.nr. 974 767 881, og Sogn og Fjordane fylkeskommune.';
    const { fields, warnings } = extract(text, 'no');
    expect(fields.parties.map((p) => p.name)).toEqual([
      'Høgskulen på Vestlandet',
      'Sogn og Fjordane fylkeskommune',
    ]);
    expect(fields.parties[0]).toMatchObject({
      abbreviation: 'HVL',
      orgNumber: '974 767 881',
      orgNumberValid: false,
    });
    expect(warnings.some((w) => w.includes('974 767 881'))).toBe(true);
  });

  it('reads "by and between" with hereinafter-defined abbreviations', () => {
    const text =
      'Memorandum of Understanding\n\nThis MOU is made by and between Michigan State University, hereinafter "MSU", and the Norwegian University of Science and Technology, hereinafter "NTNU".';
    expect(extract(text, 'en').fields.parties).toEqual([
      { name: 'Michigan State University', abbreviation: 'MSU', orgNumber: null, orgNumberValid: null },
      {
        name: 'Norwegian University of Science and Technology',
        abbreviation: 'NTNU',
        orgNumber: null,
        orgNumberValid: null,
      },
    ]);
  });

  it('merges an acronym in a headline with the full name in the text (one entry per organisation)', () => {
    const text =
      'Historiskt avtal mellan LTU och LKAB\n\nLuleå tekniska universitet och LKAB stärker samarbetet. – Bra, säger rektor Anna Ek.';
    expect(extract(text, 'sv').fields.parties).toEqual([
      { name: 'Luleå tekniska universitet', abbreviation: 'LTU', orgNumber: null, orgNumberValid: null },
      { name: 'LKAB', abbreviation: null, orgNumber: null, orgNumberValid: null },
    ]);
  });

  it('finds the parties of a news article from "X and Y have signed"', () => {
    const text =
      'New cooperation\n\nAalto University and Wärtsilä have signed a strategic agreement. "Great", says Ilkka Niemelä.';
    expect(extract(text, 'en').fields.parties.map((p) => p.name)).toEqual(['Aalto University', 'Wärtsilä']);
  });

  it('says nothing when no party is named', () => {
    expect(extract('Minnesanteckningar\n\nVi träffades och diskuterade läget.', 'sv').fields.parties).toEqual(
      [],
    );
  });

  it('reads a numbered party list with Finnish business IDs and addresses, with or without line breaks', () => {
    const lines = [
      'Parterna i detta avtal är',
      '1. Västra Skärgårdens välfärdsområde (FO-nummer 1234567-1) Exempelgatan 4',
      '21100 Åbo',
      '2. Kimito kommun (FO-nummer 7654321-2) Byvägen 1',
      '25700 Kimito',
      'Parterna benämns nedan gemensamt ”Parterna”.',
    ];
    for (const text of [lines.join('\n'), lines.join(' ')]) {
      expect(extract(text, 'sv').fields.parties).toEqual([
        {
          name: 'Västra Skärgårdens välfärdsområde',
          abbreviation: null,
          orgNumber: '1234567-1',
          orgNumberValid: true,
        },
        { name: 'Kimito kommun', abbreviation: null, orgNumber: '7654321-2', orgNumberValid: true },
      ]);
    }
  });

  it('reads an org number written with an en dash', () => {
    const text =
      'Detta avtal har träffats mellan:\n(1) Exempelinstitutet, org. nr. 202100–2841, å ena sidan, samt\n(2) Region Exempel, org. nr. 232100–0016, å andra sidan.';
    expect(extract(text, 'sv').fields.parties.map((p) => p.orgNumber)).toEqual([
      '202100-2841',
      '232100-0016',
    ]);
  });

  it('starts the next name after "; and" when a text layer keeps both parties in one paragraph', () => {
    const text =
      'This MoU is entered into by and between:\nRiverside University of Technology, a state university with corporate identity number 202100-2841 ("Riverside"); and\nThe Lakeland University of Science and Technology, with organisation number\n974 767 880 ("LUST").\n';
    expect(extract(text, 'en').fields.parties.map((party) => party.name)).toEqual([
      'Riverside University of Technology',
      'Lakeland University of Science and Technology',
    ]);
  });
});
