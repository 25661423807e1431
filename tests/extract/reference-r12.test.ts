import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

// Registration numbers under the labels records systems also use (round 12). Each text is invented and read as
// written and with its line breaks flattened to spaces.
type Lang = 'sv' | 'no' | 'en';

describe('reference, round 12', () => {
  it('reads the number after the other labels of a records system', () => {
    const cases: [string, Lang, string][] = [
      ['Diarie nr 2019/44\n\nAvsiktsförklaring om samverkan kring kollektivtrafiken.', 'sv', '2019/44'],
      ['Er referens: 2020-118\n\nSamarbetsavtal mellan Alby kommun och Borsta kommun.', 'sv', '2020-118'],
      ['Arkivsaksnr.: 19/1234\n\nSamarbeidsavtale mellom Alfa kommune og Beta idrettslag.', 'no', '19/1234'],
      ['Deres ref.: 20/55\n\nIntensjonsavtale om felles legevakt.', 'no', '20/55'],
      ['Journalpostnr. 2021/33-4\n\nAvtale om samarbeid.', 'no', '2021/33-4'],
      ['Your ref: AB-2019-7\n\nLetter of intent on a shared data centre.', 'en', 'AB-2019-7'],
    ];
    for (const [text, language, reference] of cases)
      for (const extraction of both(text, language))
        expect(extraction.fields.reference, text).toBe(reference);
  });

  it('keeps a numbered council instrument with its label, as it is cited', () => {
    const cases: [string, string][] = [
      [
        'Ordinance No. 2018-12\n\nAn ordinance approving a memorandum of understanding with the county.',
        'Ordinance No. 2018-12',
      ],
      [
        'MOU No. 21-07\n\nMemorandum of understanding between the City and the school district.',
        'MOU No. 21-07',
      ],
    ];
    for (const [text, reference] of cases)
      for (const extraction of both(text, 'en')) expect(extraction.fields.reference, text).toBe(reference);
  });

  it('takes no number from prose that only mentions a reference or a journal', () => {
    const cases: [string, Lang][] = [
      ['Parterna ska lämna er referens till kommunen senast 2021.', 'sv'],
      ['Saken ble journalført i 2019 og behandlet i 12 møter.', 'no'],
    ];
    for (const [text, language] of cases)
      for (const extraction of both(text, language)) expect(extraction.fields.reference, text).toBeNull();
  });
});
