import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

/** The same text with its line breaks flattened to spaces, as a text store or `pdftotext -raw` leaves it. */
function flat(text: string): string {
  return text.replace(/\s*\n\s*/gu, ' ');
}

describe('purposes from real phrasings', () => {
  it('takes "Parternas syfte med avtalet är …" and "Målsättningen med … är …"', () => {
    const text =
      'Avtal\n\nBakgrund text här. Parternas syfte med avtalet är att samordna drift av skolor. Mer text följer.\n\nMålsättningen med partnerskapet är således att skapa en dialog mellan A och B.';
    for (const input of [text, flat(text)])
      expect(extract(input, 'sv').fields.purposes).toEqual([
        'Parternas syfte med avtalet är att samordna drift av skolor.',
        'Målsättningen med partnerskapet är således att skapa en dialog mellan A och B.',
      ]);
  });

  it('takes what the agreement shall do, and "Genom avtalet …" sentences', () => {
    const text =
      'Nyhet\n\nGenom ökad samverkan mellan skola och näringsliv ska tillväxten stärkas. Avtalet ska också bidra till fler praktikplatser. Avtalet undertecknades i dag.';
    expect(extract(text, 'sv').fields.purposes).toEqual([
      'Genom ökad samverkan mellan skola och näringsliv ska tillväxten stärkas.',
      'Avtalet ska också bidra till fler praktikplatser.',
    ]);
  });

  it('takes a sentence-opening purpose clause before the signing ("För att stärka … har A och B tecknat")', () => {
    const text =
      'Samverkan\n\nFör att fördjupa sina relationer har Ystads kommun och Lunds universitet tecknat ett avtal.';
    expect(extract(text, 'sv').fields.purposes).toEqual([
      'För att fördjupa sina relationer har Ystads kommun och Lunds universitet tecknat ett avtal.',
    ]);
  });

  it('takes Norwegian "skal bidra til", "hensikten med … er" and "Avtalen fastsetter …"', () => {
    const text =
      'Avtale\n\nDenne avtalen skal bidra til et tettere samarbeid. Hensikten med partnerskapet er å samordne arbeidet. Avtalen fastsetter rammer for kjøp av tjenester.';
    expect(extract(text, 'no').fields.purposes).toHaveLength(3);
  });

  it('takes English "for the purpose of", "sets out the framework" and "objective is to"', () => {
    const text =
      'MOU\n\nThe city and the college enter this Agreement for the purpose of sharing facilities. This Memorandum of Understanding (MoU) sets out the framework for joint work. The Parties’ objective is to improve transport.';
    expect(extract(text, 'en').fields.purposes).toEqual([
      'The city and the college enter this Agreement for the purpose of sharing facilities.',
      'This Memorandum of Understanding (MoU) sets out the framework for joint work.',
      'The Parties’ objective is to improve transport.',
    ]);
  });

  it('does not take "In order to …" at the start of a sentence about one step', () => {
    const text = 'Letter\n\nIn order to meet the grant criteria, the college must show a budget.';
    expect(extract(text, 'en').fields.purposes).toEqual([]);
  });

  it('takes the entries of a goals list, with or without line breaks, but not the quote after it', () => {
    const text = [
      'Nyhet',
      '',
      'De tre mål som parterna har enats om är:',
      '',
      '  • Öka antalet studenter.',
      '  • Stärka forskningen vid högskolan.',
      '  • Bygga ett nytt bibliotek.',
      '',
      '– Det här är en bra dag, säger rektor Eva Ek.',
    ].join('\n');
    const expected = [
      'Öka antalet studenter.',
      'Stärka forskningen vid högskolan.',
      'Bygga ett nytt bibliotek.',
    ];
    expect(extract(text, 'sv').fields.purposes).toEqual(expected);
    expect(extract(flat(text), 'sv').fields.purposes).toEqual(expected);
  });

  it('takes the entries that complete a purpose ending in "att:", and not those after "will promote:"', () => {
    const sv =
      'Nyhet\n\nMålet med avtalet är att höja kvaliteten, men även att:\n\n • Bidra till tillväxt\n • Underlätta rekrytering\n';
    expect(extract(sv, 'sv').fields.purposes).toEqual([
      'Målet med avtalet är att höja kvaliteten, men även att:',
      'Bidra till tillväxt',
      'Underlätta rekrytering',
    ]);
    const en =
      'MOU\n\nThe parties enter this Agreement for the purpose of joint teaching. This Agreement will promote:\n1. student exchange;\n2. joint research.';
    expect(extract(en, 'en').fields.purposes).toEqual([
      'The parties enter this Agreement for the purpose of joint teaching.',
    ]);
  });

  it('drops clause numbers that lost their line ("3.1 The Parties …")', () => {
    const text =
      'MOU between Alpha College and Beta Council. COLLABORATION 3.1 The Parties’ objective is to share depots.';
    expect(extract(text, 'en').fields.purposes).toEqual(['The Parties’ objective is to share depots.']);
  });
});
