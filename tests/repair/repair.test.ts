import { describe, expect, it } from 'vitest';
import { type RepairedDocument, repairDocument } from '../../src/repair/index.ts';
import { wordErrorRate } from '../../src/repair/word-error-rate.ts';
import type { LanguageCode } from '../../src/schema/letter-of-intent.ts';
import { repairFixture, seedText } from './helpers.ts';

function repairText(text: string, language: LanguageCode): Promise<RepairedDocument> {
  return repairDocument([{ number: 1, text }], { language });
}

/** Undoes the repairs from their recorded offsets: must give back the input exactly. */
function undo(result: RepairedDocument, page: number): string {
  let text = result.pages.find((item) => item.number === page)?.text ?? '';
  const repairs = result.repairs.filter((repair) => repair.page === page).sort((a, b) => b.offset - a.offset);
  for (const repair of repairs) {
    text = text.slice(0, repair.offset) + repair.from + text.slice(repair.offset + repair.to.length);
  }
  return text;
}

describe('repairDocument on seed 003 (real OCR noise)', () => {
  it('brings the word error rate against the careful reading to 2 % or less', async () => {
    const noisy = seedText('003');
    const reference = repairFixture('seed-003.reference.txt');
    const before = wordErrorRate(reference, noisy);
    const result = await repairText(noisy, 'sv');
    const after = wordErrorRate(reference, result.pages[0]?.text ?? '');
    expect(before.rate).toBeGreaterThan(0.05);
    expect(after.rate).toBeLessThanOrEqual(0.02);
  });

  it('repairs the organisation number by its checksum and reports it', async () => {
    const result = await repairText(seedText('003'), 'sv');
    expect(result.pages[0]?.text).toContain('org. nr 202100-2841.');
    expect(result.repairs).toContainEqual(
      expect.objectContaining({ from: '202100-284I', to: '202100-2841', rule: 'orgnumber-checksum' }),
    );
  });

  it('decides Partema/Parterna from the document vocabulary although Hunspell accepts both', async () => {
    const result = await repairText(seedText('003'), 'sv');
    const text = result.pages[0]?.text ?? '';
    expect(text).not.toMatch(/\b[Pp]artema/);
    expect(text).toContain('"Parterna"');
    expect(text).toContain('hur parterna kan');
  });

  it('records offsets where `to` starts in the repaired text, and changes nothing else', async () => {
    const noisy = seedText('003');
    const result = await repairText(noisy, 'sv');
    const text = result.pages[0]?.text ?? '';
    expect(result.repairs.length).toBeGreaterThan(50);
    for (const repair of result.repairs) {
      expect(text.slice(repair.offset, repair.offset + repair.to.length)).toBe(repair.to);
      expect(repair.page).toBe(1);
    }
    expect(undo(result, 1)).toBe(noisy);
  });
});

describe('repairDocument on clean text', () => {
  const clean: [string, string, LanguageCode][] = [
    ['seed 000', seedText('000'), 'sv'],
    ['seed 001', seedText('001'), 'no'],
    ['seed 002', seedText('002'), 'en'],
    ['seed 004', seedText('004'), 'sv'],
    ['clean-sv fixture', repairFixture('clean-sv.txt'), 'sv'],
    ['clean-no fixture', repairFixture('clean-no.txt'), 'no'],
    ['clean-en fixture', repairFixture('clean-en.txt'), 'en'],
  ];
  it.each(clean)('changes no word at all in %s', async (_name, text, language) => {
    const result = await repairText(text, language);
    expect(result.repairs).toEqual([]);
    expect(result.pages[0]?.text).toBe(text);
  });

  it('leaves Swedish "for" (past of fara) and Norwegian "for" alone when the document shows no noise', async () => {
    const sv = await repairText('Rektor for till Bryssel för att skriva under avtalet om samverkan.', 'sv');
    const no = await repairText(
      'Avtalen gjelder for tre år. Før avtalen trer i kraft skal partene møtes.',
      'no',
    );
    expect(sv.repairs).toEqual([]);
    expect(no.repairs).toEqual([]);
  });
});

describe('repairDocument rules', () => {
  it('reads diacritics lost to OCR through the confusion table', async () => {
    const result = await repairText('Denna avsiktsfiirklaring gäller ftir parterna, ?ir det tänkt.', 'sv');
    expect(result.pages[0]?.text).toBe('Denna avsiktsförklaring gäller för parterna, är det tänkt.');
    expect(result.repairs.map((repair) => repair.rule)).toEqual([
      'confusion:ii>ö',
      'confusion:ti>ö',
      'confusion:?i>ä',
    ]);
  });

  it('uses Norwegian and English confusions for those languages', async () => {
    const no = await repairText(
      'Samarbeidet skal styrke forskning og utdanning og bidra til okonomisk vekst i kommunene.',
      'no',
    );
    expect(no.pages[0]?.text).toContain('bidra til økonomisk vekst');
    const en = await repairText(
      'The parties shall cooperate on modem research and the governance of the cornrnittee.',
      'en',
    );
    expect(en.pages[0]?.text).toContain('the committee.');
    expect(en.pages[0]?.text).toContain('on modem research');
  });

  it('joins a word hyphenated at a line end, but keeps a suspended compound', async () => {
    const result = await repairText(
      'Syftet är att tydlig-\ngöras arbete inom hälso-\noch sjukvård ska öka.',
      'sv',
    );
    expect(result.pages[0]?.text).toBe(
      'Syftet är att tydliggöras\narbete inom hälso-\noch sjukvård ska öka.',
    );
    expect(result.repairs).toEqual([
      { from: 'tydlig-\ngöras ', to: 'tydliggöras\n', page: 1, offset: 14, rule: 'hyphenation-join' },
    ]);
  });

  it('joins a word split by a stray space only when neither half is a word', async () => {
    const result = await repairText('inom den kommunala socialtj änst och vård för alla', 'sv');
    expect(result.pages[0]?.text).toBe('inom den kommunala socialtjänst och vård för alla');
  });

  it('leaves everything but checksum-valid identifiers alone for an undetermined language', async () => {
    const text = 'Avsiktsfiirklaring, org. nr 202100-284I, ftir parterna.';
    const result = await repairText(text, 'und');
    expect(result.pages[0]?.text).toBe('Avsiktsfiirklaring, org. nr 202100-2841, ftir parterna.');
    expect(result.repairs).toHaveLength(1);
  });

  it('repairs pages independently and reports the page number', async () => {
    const result = await repairDocument(
      [
        { number: 1, text: 'Inget att laga här.' },
        { number: 2, text: 'Luleå tekniska universitet, 202100-284I.' },
      ],
      { language: 'sv' },
    );
    expect(result.repairs).toEqual([
      { from: '202100-284I', to: '202100-2841', page: 2, offset: 28, rule: 'orgnumber-checksum' },
    ]);
    expect(result.pages.map((page) => page.number)).toEqual([1, 2]);
  });

  it('leaves English loanwords in a noisy Swedish letter alone (life science is not lite science)', async () => {
    const loanwords = '\n\nSyftet är att stärka regionens life science-sektor, e-learning och open access.\n';
    const result = await repairText(seedText('003') + loanwords, 'sv');
    expect(result.pages[0]?.text).toContain('life science-sektor, e-learning och open access');
  });

  it('never changes a name inside a sentence into a reading the document does not use', async () => {
    // Seed 003 is noisy enough for every pass to run; the names are correct and must survive.
    const names =
      '\n\nUmeå kommun                         Sveriges lantbruksuniversitet\nHans Lindberg                       Maria Knutson Wedel\nOch Birgitta Bergvall-Kåreborn talade med Kajsa Myrberg.\n';
    const result = await repairText(seedText('003') + names, 'sv');
    const text = result.pages[0]?.text ?? '';
    expect(text).toContain('Maria Knutson Wedel');
    expect(text).toContain('Kajsa Myrberg');
    expect(result.repairs.map((repair) => repair.from)).not.toContain('Wedel');
  });
});
