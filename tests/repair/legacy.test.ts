import { describe, expect, it } from 'vitest';
import { type RepairedDocument, repairDocument } from '../../src/repair/index.ts';
import type { LanguageCode } from '../../src/schema/letter-of-intent.ts';
import { LETTER_LEGACY_LAYER, NORWEGIAN_LEGACY_LAYER } from '../helpers/legacy-letter.ts';

/**
 * The legacy confusions of an English OCR model on Swedish and Norwegian text, each from the shape of a
 * real example (other words): every case sits in a document that shows the same losses elsewhere, as a
 * real legacy text layer does.
 */
async function repair(text: string, language: LanguageCode): Promise<RepairedDocument> {
  return repairDocument([{ number: 1, text }], { language });
}

async function repairedText(text: string, language: LanguageCode): Promise<string> {
  return (await repair(text, language)).pages[0]?.text ?? '';
}

/** A Swedish legacy document with `sentence` appended as its own paragraph. */
function swedish(sentence: string): string {
  return `${LETTER_LEGACY_LAYER}\n\n${sentence}`;
}

function norwegian(sentence: string): string {
  return `${NORWEGIAN_LEGACY_LAYER}\n\n${sentence}`;
}

describe('legacy OCR repair (Swedish)', () => {
  it('restores the letter of the test: lost a/o, é and 6 for ö, a capital O for ö mid-sentence', async () => {
    const text = await repairedText(LETTER_LEGACY_LAYER, 'sv');
    expect(text).toContain('Avsiktsförklaring om samarbete mellan Länsstyrelsen');
    expect(text).toContain('Målet är att stärka samarbetet');
    expect(text).toContain('kompetensförsörjning');
    expect(text).toContain('minst två gånger per år för att följa upp');
    expect(text).toContain('löper i tre år');
    expect(text).toContain('Parterna är överens om');
  });

  it('names each confusion in the audit list with its page and offset', async () => {
    const result = await repair(LETTER_LEGACY_LAYER, 'sv');
    const rules = new Set(result.repairs.map((repair) => repair.rule));
    for (const rule of ['legacy:é>ö', 'legacy:6>ö+o>ö', 'legacy:a>ä', 'legacy:a>å', 'legacy:O>ö']) {
      expect(rules, rule).toContain(rule);
    }
    const text = result.pages[0]?.text ?? '';
    for (const repair of result.repairs) {
      expect(text.slice(repair.offset, repair.offset + repair.to.length)).toBe(repair.to);
    }
  });

  it('reads `ar` as `år` after a counting word and as `är` elsewhere (neighbouring words)', async () => {
    const text = await repairedText(swedish('Varje ar gors en plan. Planen ar klar om fyra ar.'), 'sv');
    expect(text).toContain('Varje år');
    expect(text).toContain('Planen är klar om fyra år.');
  });

  it('reads `d` for `ö` (hdgsta → högsta) in a word the lexicon rejects', async () => {
    const text = await repairedText(swedish('Samarbetet har stdrre betydelse an tidigare.'), 'sv');
    expect(text).toContain('större betydelse');
  });

  it('splits words an English model joined with a mark (att-starka, Avtalet.galler)', async () => {
    const result = await repair(swedish('Vi vill-bidra till arbetet. Avtalet.galler i tva ar.'), 'sv');
    const text = result.pages[0]?.text ?? '';
    expect(text).toContain('Vi vill bidra');
    expect(text).toContain('Avtalet gäller');
    expect(result.repairs).toContainEqual(
      expect.objectContaining({ from: '-', to: ' ', rule: 'legacy:joined-words' }),
    );
  });

  it('keeps hyphenated compounds, abbreviations and addresses', async () => {
    const kept = 'Se bl.a. svensk-norsk forskning pa www.exempel.se och info@exempel.se.';
    const text = await repairedText(swedish(kept), 'sv');
    expect(text).toContain('bl.a. svensk-norsk');
    expect(text).toContain('www.exempel.se och info@exempel.se');
  });

  it('turns list bullets read as ¢ or * back into bullets', async () => {
    const text = await repairedText(swedish('Parterna ska:\n¢ dela kunskap\n* stdtta varandra'), 'sv');
    expect(text).toContain('\n• dela kunskap\n• stötta varandra');
  });
});

describe('legacy OCR repair (Norwegian)', () => {
  it('restores ø read as g, e or o, æ read as ee, and å read as a', async () => {
    const text = await repairedText(NORWEGIAN_LEGACY_LAYER, 'no');
    expect(text).toContain('Høgskolen i Nordby');
    expect(text).toContain('samarbeid på helseområdet');
    expect(text).toContain('møtes to ganger i året for å følge opp');
    expect(text).toContain('bærekraftig');
    expect(text).toContain('næringsliv');
    expect(text).toContain('løper i tre år');
    expect(text).toContain('ønskelig å styrke');
  });

  it('reads 0g as og, a lone 4 after `for` as å, and p& as på', async () => {
    const text = await repairedText(
      norwegian('Kommunen 0g hogskolen arbeider for 4 utvikle tilbudet p& sikt.'),
      'no',
    );
    expect(text).toContain('Kommunen og høgskolen arbeider for å utvikle tilbudet på sikt.');
  });

  it('keeps a two-letter initial inside a name (`Anne-Lise Aa. Berg`), which no lost letter explains', async () => {
    const text = await repairedText(
      norwegian('Direktør Anne-Lise Aa. Berg signerte avtalen for Nordby.'),
      'no',
    );
    expect(text).toContain('Anne-Lise Aa. Berg');
  });

  it('keeps numbers: a 4 that counts is not å', async () => {
    const text = await repairedText(norwegian('Prosjektet har 4 deltakere og varer i 4 ar.'), 'no');
    expect(text).toContain('har 4 deltakere');
    expect(text).toContain('i 4 år');
  });
});

describe('legacy OCR repair leaves clean text alone', () => {
  it('does not touch real words in a clean Swedish text that writes its å/ä/ö', async () => {
    const clean =
      'Han for till Umeå för att starka band skulle knytas. Centre for Research and Development har ' +
      'sitt säte där. Parterna är överens om att arbetet ska följas upp varje år och att målet är nått.';
    const result = await repair(clean, 'sv');
    expect(result.repairs).toEqual([]);
  });

  it('keeps a shortened month between a day and a year (`15 mar 2016`), in clean and in legacy text', async () => {
    const stamp = '15 mar 2016 08:30\n\nAvsiktsförklaring ska presenteras på måndag i fullmäktige.';
    expect(await repairedText(stamp, 'sv')).toContain('15 mar 2016');
    expect(await repairedText(swedish('Avtalet skrevs 3 mar. 2016 och gäller i tva ar.'), 'sv')).toContain(
      '3 mar. 2016',
    );
    // A word that is no month, between other numbers, is still read.
    expect(await repairedText(swedish('Avtalet gäller i tva ar fran 2016.'), 'sv')).toContain('två år');
  });
});
