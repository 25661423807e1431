import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

describe('signatories', () => {
  it('reads a signature block with party above name and title (sv)', () => {
    const text = [
      'Avsiktsförklaring mellan Luleå tekniska universitet och Norrbottens läns landsting',
      '',
      'Denna avsiktsförklaring gäller från undertecknandet.',
      '',
      'Luleå 2016 09 23',
      '',
      'Norrbottnens läns landsting',
      '',
      'Maria Stenberg',
      'Landstingsstyrelsens ordförande',
      '',
      'Luleå tekniska universitet',
      '',
      'Johan Sterte',
      'Rektor',
    ].join('\n');
    expect(extract(text, 'sv').fields.signatories).toEqual([
      {
        name: 'Maria Stenberg',
        title: 'Landstingsstyrelsens ordförande',
        party: 'Norrbottens läns landsting',
      },
      { name: 'Johan Sterte', title: 'Rektor', party: 'Luleå tekniska universitet' },
    ]);
  });

  it('reads side-by-side columns and "Name, Title, Party" lines (en)', () => {
    const columns = [
      'Agreement between Alpha University and Beta Council',
      '',
      'This agreement is valid until terminated.',
      '',
      'For Alpha University          For Beta Council',
      'Jane Smith                    John Brown',
      'Rector                        Chair',
    ].join('\n');
    expect(extract(columns, 'en').fields.signatories).toEqual([
      { name: 'Jane Smith', title: 'Rector', party: 'Alpha University' },
      { name: 'John Brown', title: 'Chair', party: 'Beta Council' },
    ]);
    const lines =
      'Letter of intent between Alpha University and Beta Council\n\nThe parties agree.\n\nJane Smith, Principal and Vice-Chancellor, Alpha University';
    expect(extract(lines, 'en').fields.signatories).toEqual([
      { name: 'Jane Smith', title: 'Principal and Vice-Chancellor', party: 'Alpha University' },
    ]);
  });

  it('reads who signed from news text (no)', () => {
    const text =
      'Signerte samarbeidsavtale mellom NTNU og NHO\n\nPublisert\n\nFredag signerte NTNU-rektor Anne Borg og NHO-direktør Ole Erik Almlid en samarbeidsavtale.\n\n- Bra, sa Borg.';
    expect(extract(text, 'no').fields.signatories).toEqual([
      { name: 'Anne Borg', title: 'rektor', party: 'NTNU' },
      { name: 'Ole Erik Almlid', title: 'direktør', party: 'NHO' },
    ]);
  });

  it('does not take quoted speakers in news text as signatories', () => {
    const text =
      'A and B sign agreement\n\nPublished 1 May 2020\n\nA and B have signed an agreement. "Great day," says Jane Smith, President of A.';
    expect(extract(text, 'en').fields.signatories).toEqual([]);
  });

  // Shapes of real press releases and agreements, with other names.
  const names = (text: string, language: 'sv' | 'no' | 'en') =>
    extract(text, language).fields.signatories.map((signer) => signer.name);

  it('reads titled signers before the signing verb ("Rektor X och … ordförande Y har idag undertecknat …")', () => {
    const text =
      'Universitet och region befäster sitt samarbete\n\n6 maj 2015\n\nRektor Karin Berg och regionstyrelsens ordförande Lars Holm, har idag undertecknat en avsiktsförklaring om samarbete mellan Norrby universitet och Region Österby.';
    expect(names(text, 'sv')).toEqual(['Karin Berg', 'Lars Holm']);
    expect(names(text.replace(/\n+/gu, ' '), 'sv')).toEqual(['Karin Berg', 'Lars Holm']);
  });

  it('reads "Title of Org Name (aside) and Title of Org Name sign the Memorandum"', () => {
    const text =
      'Town and gown agreement signed\n\nVice-Chancellor of Riverside University Professor Alan Moore (seated left) and Chief Executive of Riverside City Council Jane Doe sign the Memorandum of Understanding at a ceremony this week.';
    expect(names(text, 'en')).toEqual(['Alan Moore', 'Jane Doe']);
  });

  it('gives a signer named by surname alone the full name the text introduced', () => {
    const text =
      'Signerte ny avtale\n\n– Vi er glade, sier rektor Per Olav Dahl ved Høgskolen i Fjellby.\nDen nye samarbeidsavtalen ble signert torsdag av Dahl og fylkesordfører Kari Lie.';
    expect(names(text, 'no')).toEqual(['Per Olav Dahl', 'Kari Lie']);
  });

  it('leaves out a contact block and template text: only people sign', () => {
    const contact =
      'Avtal tecknas\n\nAvtalet skrivs under i dag.\n\nFör mer information, kontakta gärna:\nEva Strand, projektsamordnare, Norrby universitet\nE-post: eva.strand@example.se';
    expect(names(contact, 'sv')).toEqual([]);
    const template =
      'MEMORANDUM OF UNDERSTANDING between Lakeside State University and the City of Riverton. Each Project will be described on a separate Project plan, signed by the Parties, a template of which is attached hereto as Exhibit A.';
    expect(names(template, 'en')).toEqual([]);
  });
});
