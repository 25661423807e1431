import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

describe('rules found on unseen documents', () => {
  it('cuts a descriptive apposition off a party name and keeps a quoted short name', () => {
    const text =
      'This MoU is entered into by and between:\n\nAcme University of Science, a Danish state university with corporate identity number 202100-2841 ("Acme"); and\n\nThe Nordic Institute of Water, with organisation number 974 767 880 ("NIW").';
    const parties = extract(text, 'en').fields.parties;
    expect(parties.map((party) => [party.name, party.abbreviation])).toEqual([
      ['Acme University of Science', 'Acme'],
      ['Nordic Institute of Water', 'NIW'],
    ]);
  });

  it('reads a bulleted list after a "samarbeide om følgende:" lead-in', () => {
    const text =
      'Formål\nFormålet er å styrke samarbeidet innen forskning og utdanning.\n\nPartene vil samarbeide om følgende:\n• felles laboratorier\n• studentutveksling\n';
    expect(extract(text, 'no').fields.cooperationAreas).toEqual(['felles laboratorier', 'studentutveksling']);
  });

  it('splits an inline list after a colon, with an Oxford comma', () => {
    const text = 'The parties will cooperate in the following areas: wind power, grids, and storage.';
    expect(extract(text, 'en').fields.cooperationAreas).toEqual(['wind power', 'grids', 'storage']);
  });

  it('reads references with letter prefixes and other labels, keeping only a cited label ("Dnr")', () => {
    expect(extract('Diarienummer: ABC.ua.2020.1.2-77\n\nText.', 'sv').fields.reference).toBe(
      'ABC.ua.2020.1.2-77',
    );
    expect(extract('Vårt dnr 2020/1234-5\n\nText.', 'sv').fields.reference).toBe('Vårt dnr 2020/1234-5');
    expect(extract('Ref. no. 2019/44\n\nText.', 'en').fields.reference).toBe('2019/44');
  });

  it('takes the place from "Signed in …", "Undertecknat i …", "Done at … this" and a news dateline', () => {
    const cases: [string, 'sv' | 'no' | 'en', string, string][] = [
      ['Signed in Bergen on 4 October 2023.', 'en', 'Bergen', '2023-10-04'],
      ['Undertecknat i Kiruna den 3 mars 2020', 'sv', 'Kiruna', '2020-03-03'],
      ['Signert i Bodø 4. mai 2021.', 'no', 'Bodø', '2021-05-04'],
      ['Done at Oslo this 12th day of February 2019.', 'en', 'Oslo', '2019-02-12'],
      [
        'BERGEN, 3 March 2020 — The university and the company have signed an agreement.',
        'en',
        'Bergen',
        '2020-03-03',
      ],
    ];
    for (const [text, language, place, date] of cases) {
      const fields = extract(text, language).fields;
      expect([fields.place, fields.date], text).toEqual([place, date]);
    }
  });

  it('keeps a responsibility verb in the mandate and drops a coordinated meeting clause', () => {
    const text =
      'En gemensam styrgrupp med två ledamöter från varje part ansvarar för uppföljningen och sammanträder två gånger per år.';
    const governance = extract(text, 'sv').fields.governance;
    expect(governance.bodies).toEqual([{ name: 'styrgrupp', mandate: 'ansvarar för uppföljningen' }]);
    expect(governance.responsible).toEqual(['gemensam styrgrupp']);
    expect(governance.meetingsPerYear).toBe(2);
  });

  it('reads a duration written as an adjective ("a five-year agreement", "treårigt avtal")', () => {
    expect(
      extract('The parties signed a five-year research agreement.', 'en').fields.validity.durationMonths,
    ).toBe(60);
    expect(extract('Parterna tecknade ett treårigt avtal.', 'sv').fields.validity.durationMonths).toBe(36);
  });

  it('never takes a labelled reference or date line as a cooperation area', () => {
    const text =
      'LETTER OF INTENT\n\nDate: 21 June 2018\nReference: LOI-2018-07\n\nThe Parties will meet twice a year.\n';
    const fields = extract(text, 'en').fields;
    expect(fields.reference).toBe('LOI-2018-07');
    expect(fields.cooperationAreas).toEqual([]);
  });

  it('reads a clause opening with "Between", in document order, and leaves a foreign business ID out', () => {
    const text =
      'Between Alpha University (Business ID 2228357-4), Espoo, Finland, and Beta Institute of Technology (org. no. 202100-3054), Stockholm, Sweden, hereinafter jointly referred to as the "Parties".';
    const parties = extract(text, 'en').fields.parties;
    expect(parties.map((party) => [party.name, party.abbreviation, party.orgNumber])).toEqual([
      ['Alpha University', null, null],
      ['Beta Institute of Technology', null, '202100-3054'],
    ]);
  });

  it('takes "The Parties intend to …" as a purpose but not as a list lead-in', () => {
    const text =
      'The Parties intend to explore a joint degree programme.\n\nThe Parties intend to cooperate in the following areas:\n- wind\n- grids\n';
    expect(extract(text, 'en').fields.purposes).toEqual([
      'The Parties intend to explore a joint degree programme.',
    ]);
  });

  it('reads a capitalised dateline place before a date and a dash', () => {
    const fields = extract(
      'Pressemelding\n\nTromsø, 2. september 2021 – UiT og Equinor ASA har signert en rammeavtale.',
      'no',
    ).fields;
    expect([fields.place, fields.date]).toEqual(['Tromsø', '2021-09-02']);
  });

  it('splits an inline list after "skal blant annet omfatte"', () => {
    const text = 'Samarbeidet skal blant annet omfatte havvind, karbonfangst og utdanning av ingeniører.';
    expect(extract(text, 'no').fields.cooperationAreas).toEqual([
      'havvind',
      'karbonfangst',
      'utdanning av ingeniører',
    ]);
  });

  it('takes the agent of a passive follow-up sentence as responsible', () => {
    const text = 'Samarbetet följs upp årligen av en gemensam styrgrupp.';
    expect(extract(text, 'sv').fields.governance.responsible).toEqual(['gemensam styrgrupp']);
  });

  it('reads a party clause whose first line wraps after two commas (a scan) as one paragraph', () => {
    const text =
      'LETTER OF INTENT\n\nBetween Alpha University (Business ID 2228357-4), Espoo, Finland, and KTH\nRoyal Institute of Technology (org. no. 202100-3054), Stockholm, Sweden.\n';
    expect(extract(text, 'en').fields.parties.map((party) => party.name)).toEqual([
      'Alpha University',
      'KTH Royal Institute of Technology',
    ]);
  });

  it('ends a news dateline at a hyphen read for its dash', () => {
    const text =
      'Pressemelding\n\nTromsø, 2. september 2021 - UiT Norges arktiske universitet og Equinor ASA har signert en rammeavtale.';
    expect(extract(text, 'no').fields.parties.map((party) => party.name)).toEqual([
      'UiT Norges arktiske universitet',
      'Equinor ASA',
    ]);
  });
});
