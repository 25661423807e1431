import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

/** Layouts the first fixtures lacked: signature tables, prose signers, numbered and wrapped party lists. */
describe('signature tables', () => {
  it('reads a table with a header row of labels, one signatory a row, in any column order', () => {
    const text = [
      'Avsiktsförklaring mellan Alfa kommun och Beta universitet',
      '',
      'Parterna avser att samverka.',
      '',
      '| Part | Namn | Titel |',
      '|---|---|---|',
      '| Beta universitet | Anna Berg | Rektor |',
      '| Alfa kommun | Per Holm | Kommunstyrelsens ordförande |',
    ].join('\n');
    expect(extract(text, 'sv').fields.signatories).toEqual([
      { name: 'Anna Berg', title: 'Rektor', party: 'Beta universitet' },
      { name: 'Per Holm', title: 'Kommunstyrelsens ordförande', party: 'Alfa kommun' },
    ]);
  });

  it('reads a table of side-by-side columns with labelled cells, and the later of two signing dates', () => {
    const text = [
      'Agreement between Alpha University (AU) and Beta Council (BC)',
      '',
      'The parties have signed this agreement.',
      '',
      '| For AU | For BC |',
      '| Name: Jane Smith | Name: John Brown |',
      '| Title: Rector | Title: Chair |',
      '| Date: 15 May 2019 | Date: 20 May 2019 |',
    ].join('\n');
    const fields = extract(text, 'en').fields;
    expect(fields.signatories).toEqual([
      { name: 'Jane Smith', title: 'Rector', party: 'Alpha University' },
      { name: 'John Brown', title: 'Chair', party: 'Beta Council' },
    ]);
    expect(fields.date).toBe('2019-05-20');
  });
});

describe('signers named in news prose', () => {
  it('reads "X, Rector of A, and Y, President and CEO of B" (title after the name)', () => {
    const text = [
      'Alpha and Beta join forces',
      '',
      'Alpha University and Beta Metals ASA have signed a letter of intent.',
      '',
      'The letter was signed by Jane Smith, Rector of Alpha University, and John Brown, President and CEO of Beta Metals, at a ceremony on Monday.',
      '',
      '"A great day," said Professor Ann Lee, Dean of Science.',
    ].join('\n');
    expect(extract(text, 'en').fields.signatories).toEqual([
      { name: 'Jane Smith', title: 'Rector', party: 'Alpha University' },
      { name: 'John Brown', title: 'President and CEO', party: 'Beta Metals ASA' },
    ]);
  });

  it('reads a possessive organisation before the title, and gives a rector the one university party', () => {
    const text = [
      'University of Alpha and Betacorp sign agreement',
      '',
      'The University of Alpha and Betacorp have signed a research agreement.',
      '',
      "The agreement was signed by Rector Jane Smith and Betacorp's Chief Technology Officer John Brown in Oslo.",
    ].join('\n');
    expect(extract(text, 'en').fields.signatories).toEqual([
      { name: 'Jane Smith', title: 'Rector', party: 'University of Alpha' },
      { name: 'John Brown', title: 'Chief Technology Officer', party: 'Betacorp' },
    ]);
  });

  it('reads Swedish genitive organisations before the titles ("Alfa universitets rektor X")', () => {
    const text = [
      'Alfa universitet och Region Beta fördjupar samarbetet',
      '',
      'Alfa universitet och Region Beta har tecknat ett nytt avtal.',
      '',
      'Avtalet undertecknades på fredagen av Alfa universitets rektor Anna Berg Lind och Region Betas regiondirektör Per Holm.',
    ].join('\n');
    expect(extract(text, 'sv').fields.signatories).toEqual([
      { name: 'Anna Berg Lind', title: 'rektor', party: 'Alfa universitet' },
      { name: 'Per Holm', title: 'regiondirektör', party: 'Region Beta' },
    ]);
  });

  it('reads Norwegian titles before names, words between verb and "av", and "fra <org>" after the name', () => {
    const text = [
      'Alfa og Betanett inngår samarbeid',
      '',
      'Tromsø, 3.3.2023 – Alfa universitet og Betanett SF har inngått en intensjonsavtale.',
      '',
      'Avtalen ble undertegnet i Tromsø fredag av rektor Kari Dahl og konserndirektør Ola Nordmann fra Betanett.',
      '',
      '– Dette er viktig, sier prorektor for utdanning Eva Lie ved Alfa.',
    ].join('\n');
    const fields = extract(text, 'no').fields;
    expect(fields.parties.map((party) => party.name)).toEqual(['Alfa universitet', 'Betanett SF']);
    expect(fields.date).toBe('2023-03-03');
    expect(fields.signatories).toEqual([
      { name: 'Kari Dahl', title: 'rektor', party: 'Alfa universitet' },
      { name: 'Ola Nordmann', title: 'konserndirektør', party: 'Betanett SF' },
    ]);
  });

  it('separates an organisation written between the title and the name', () => {
    const text =
      'Avtale signert\n\nNord universitet og Sykehuset Vest signerte i dag en avtale.\n\nAvtalen ble signert av administrerende direktør Sykehuset Vest Ola Stene.';
    expect(extract(text, 'no').fields.signatories).toEqual([
      { name: 'Ola Stene', title: 'administrerende direktør', party: 'Sykehuset Vest' },
    ]);
  });
});

describe('party lists', () => {
  it('orders the parties as the numbered list does, not as the title names them, with wrapped items', () => {
    const text = [
      'AVSIKTSFÖRKLARING',
      '',
      'om samverkan mellan Alfa kommun, Beta universitet och Gamma Institute AB',
      '',
      'Denna avsiktsförklaring ingås mellan följande parter:',
      '',
      '1. Beta universitet, organisationsnummer 202100-2874, nedan kallat',
      '   BU, med säte i Umeå',
      '2. Gamma Institute AB, organisationsnummer',
      '   556464-6874, nedan kallat GIAB',
      '3. Alfa kommun, organisationsnummer 212000-2742, nedan',
      '   kallad kommunen',
    ].join('\n');
    expect(
      extract(text, 'sv').fields.parties.map((party) => [party.name, party.abbreviation, party.orgNumber]),
    ).toEqual([
      ['Beta universitet', 'BU', '202100-2874'],
      ['Gamma Institute AB', 'GIAB', '556464-6874'],
      ['Alfa kommun', null, '212000-2742'],
    ]);
  });

  it('joins an item line that stops at an org-number label or a defined-term cue (a text layer, no indent)', () => {
    const text = [
      'Avsiktsförklaring',
      '',
      'Denna avsiktsförklaring ingås mellan följande parter:',
      '1. Beta universitet, organisationsnummer 202100-2874, nedan kallat',
      'BU, med säte i Umeå',
      '2. Gamma Institute AB, organisationsnummer',
      '556464-6874, nedan kallat GIAB',
    ].join('\n');
    expect(
      extract(text, 'sv').fields.parties.map((party) => [party.name, party.abbreviation, party.orgNumber]),
    ).toEqual([
      ['Beta universitet', 'BU', '202100-2874'],
      ['Gamma Institute AB', 'GIAB', '556464-6874'],
    ]);
  });

  it('takes full names from the lead when a text layer joins it to a short headline', () => {
    const text =
      'Pressemelding\nAlfa og Betanor inngår samarbeidsavtale om arktisk teknologi i nord\nTromsø, 2. september 2021 – Alfa Nordlige universitet og Betanor ASA\nhar signert en rammeavtale.';
    expect(extract(text, 'no').fields.parties.map((party) => party.name)).toEqual([
      'Alfa Nordlige universitet',
      'Betanor ASA',
    ]);
  });

  it('reads "(1) … (2) …" items after "is made on <date> between:", with a quoted short name', () => {
    const text = [
      'MEMORANDUM OF UNDERSTANDING',
      '',
      'between the University of Bergen and Chalmers University of Technology',
      '',
      'This MoU is made on March 3rd, 2023 between:',
      '',
      '(1) Chalmers University of Technology, corporate identity number 556479-5598, having its principal office in Gothenburg ("Chalmers"); and',
      '',
      '(2) the University of Bergen, organisation number 874 789 542 ("UiB").',
    ].join('\n');
    const fields = extract(text, 'en').fields;
    expect(fields.parties.map((party) => [party.name, party.abbreviation])).toEqual([
      ['Chalmers University of Technology', 'Chalmers'],
      ['University of Bergen', 'UiB'],
    ]);
    expect(fields.date).toBe('2023-03-03');
  });
});

describe('validity and follow-up phrasings', () => {
  it('reads nynorsk "tek til å gjelde når han er underskriven … fram til han blir sagd opp"', () => {
    const text =
      'Avtalen tek til å gjelde når han er underskriven av alle partar, og gjeld fram til han blir sagd opp.';
    expect(extract(text, 'no').fields.validity).toMatchObject({
      start: 'on-signature',
      end: 'until-terminated',
    });
  });

  it('reads a start date after a duration ("gäller i fem år från den 1 april 2023")', () => {
    expect(extract('Avtalet gäller i fem år från den 1 april 2023.', 'sv').fields.validity).toMatchObject({
      start: '2023-04-01',
      durationMonths: 60,
    });
  });

  it('takes the subject of a follow-up sentence as responsible, in sv, no and en', () => {
    expect(
      extract('Enligt avtalet ska en gemensam ledningsgrupp följa upp samarbetet.', 'sv').fields.governance
        .responsible,
    ).toEqual(['gemensam ledningsgrupp']);
    expect(
      extract('Fylkeskommunen har ansvar for sekretariatet og for den årlege oppfølginga av avtalen.', 'no')
        .fields.governance.responsible,
    ).toEqual(['Fylkeskommunen']);
    expect(
      extract(
        'The contact persons shall be responsible for the implementation and follow-up of this MoU.',
        'en',
      ).fields.governance.responsible,
    ).toEqual(['contact persons']);
  });
});
