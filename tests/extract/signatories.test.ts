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
});
