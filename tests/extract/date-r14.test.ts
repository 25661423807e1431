import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

const dates = (text: string, language: 'sv' | 'no' | 'en') =>
  both(text, language).map((reading) => reading.fields.date);

describe('date, round 14', () => {
  it('wire-dateline: a wire tag between the dateline\'s date and its double-hyphen dash ("/Newswire/ --")', () => {
    const en =
      'ALFAVILLE, Mar. 4, 2022 /Metro Newswire/ -- Alfa College and Borsta Health have renewed their partnership through 2030.\n\n"We are proud to go on," said Jane Roe, president of Alfa College.';
    for (const found of dates(en, 'en')) expect(found).toBe('2022-03-04');
  });

  it('wire-dateline: an agency in brackets before the dash ("(NTB) –")', () => {
    const no =
      'ALBY, 3. mars 2021 (NTB) – Alby kommune og Borsta høgskole har signert en samarbeidsavtale.\n\n– Dette er en stor dag, sier ordfører Kari Lund.';
    for (const found of dates(no, 'no')) expect(found).toBe('2021-03-03');
  });
});
