import { readdirSync, readFileSync } from 'node:fs';
import { eld } from 'eld/medium';
import { describe, expect, it } from 'vitest';
import profile from '../../src/language/data/eld-ngrams.json' with { type: 'json' };
import { type EldLanguage, eldScores } from '../../src/language/eld.ts';

const LANGUAGES: readonly EldLanguage[] = ['sv', 'no', 'da', 'en'];
/** The port does the same float operations in the same order, so only rounding noise may differ. */
const TOLERANCE = 1e-9;
/** Snippet lengths of the language snippet set. */
const SNIPPET_LENGTHS = [20, 50, 100, 300];
/** Snippets per text and length, spread over the text. */
const SNIPPETS_PER_LENGTH = 3;

const textsDir = new URL('../../fixtures/language/texts/', import.meta.url);
const texts = readdirSync(textsDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, text: readFileSync(new URL(name, textsDir), 'utf8') }));

/** Snippets cut at fixed offsets (not word boundaries, so words are cut too), with and without diacritics. */
function snippets(): { label: string; text: string }[] {
  const out: { label: string; text: string }[] = [];
  for (const { name, text } of texts) {
    for (const length of SNIPPET_LENGTHS) {
      for (let k = 0; k < SNIPPETS_PER_LENGTH; k++) {
        const start = Math.floor(((text.length - length) * k) / SNIPPETS_PER_LENGTH);
        const snippet = text.slice(Math.max(0, start), Math.max(0, start) + length);
        out.push({ label: `${name}@${start}+${length}`, text: snippet });
        // OCR often loses diacritics; the stripped text exercises other n-grams and byte widths.
        out.push({
          label: `${name}@${start}+${length} stripped`,
          text: snippet.normalize('NFD').replace(/\p{M}/gu, ''),
        });
      }
    }
  }
  return out;
}

const longText = texts.map((t) => t.text).join('\n');
const EDGE_CASES: { label: string; text: string }[] = [
  { label: 'empty', text: '' },
  { label: 'spaces only', text: ' \n\t ' },
  { label: 'digits only', text: '2024 12 31 556677-8899' },
  { label: 'one word', text: 'Örebro' },
  { label: 'capital city', text: 'ÖREBRO KOMMUN' },
  { label: 'url', text: 'Se https://www.umu.se/forskning/ och www.example.com för mer.' },
  { label: 'email', text: 'Kontakt: ola.nordmann@uio.no, tel. +47 22 85 50 50' },
  { label: 'apostrophe', text: "Don't sign the parties' letter yet" },
  { label: 'typographic apostrophe', text: 'Lars’ bil och l’avtal’ ’t' },
  { label: 'trailing apostrophe run', text: "words ' and `quotes` ending in '" },
  { label: 'Danish', text: 'Vi glæder os til samarbejdet og håber på et godt resultat.' },
  { label: 'nynorsk', text: 'Vi ønskjer å styrkje samarbeidet mellom partane.' },
  {
    label: 'word over 70 bytes',
    text: 'kommunalförbundsstyrelseledamotsarvodesbestämmelseutredningskommittédirektivsförslagen i år',
  },
  { label: 'dotted capital I (lower-cases to two characters)', text: 'İstanbul İzmir' },
  { label: 'other scripts', text: 'Привет мир 你好世界 γειά σου' },
  { label: 'astral characters', text: 'Avtal 😀 signerat 𝐀𝐁 🇸🇪 idag' },
  { label: 'surrogate pair cut at 1000', text: `${'a'.repeat(999)}😀 slut` },
  { label: 'control characters', text: 'avtal\u0000mellan\u00adparterna\u200bom' },
  { label: '2000 characters', text: longText.slice(0, 2000) },
  { label: '2000 characters from the middle', text: longText.slice(30_000, 32_000) },
  // Bytes 66–69 are 'tion': eld's last n-gram of a word over 70 bytes still runs to the word's end.
  { label: 'last n-gram past 70 bytes', text: `${'a'.repeat(66)}tionsavtalen gäller` },
  { label: 'words after 1000 units', text: `${'1'.repeat(995)} avtalet gäller` },
  // A space at every byte count around eld's 350-byte cut, followed by words not seen before it.
  ...[8, 9, 10, 11, 12, 13].map((offset) => ({
    label: `space cut, offset ${offset}`,
    text: `${'x'.repeat(340 + offset)} och det nya avtalet gäller`,
  })),
  // Leading punctuation becomes a space that eld trims before counting bytes.
  { label: 'space cut after trimmed punctuation', text: `(${'x'.repeat(350)} och det nya avtalet` },
  // A word that crosses eld's 380-byte cut, cut at every byte count around it.
  ...[0, 1, 2, 3, 4, 5].map((offset) => ({
    label: `word cut, offset ${offset}`,
    text: `${'x'.repeat(345 + offset)} samarbetsavtalsförhandlingarnasresultat`,
  })),
];

describe('eldScores, the port of eld', () => {
  const reference = eld.newInstance();
  reference.setLanguageSubset([...LANGUAGES]);

  function mismatches(cases: readonly { label: string; text: string }[]): string[] {
    const out: string[] = [];
    for (const { label, text } of cases) {
      const expected = reference.detect(text).getScores();
      const actual = eldScores(text);
      for (const language of LANGUAGES) {
        const want = expected[language] ?? 0;
        if (!(Math.abs(actual[language] - want) <= TOLERANCE)) {
          out.push(`${label}: ${language} ${actual[language]} ≠ eld ${want}`);
        }
      }
    }
    return out;
  }

  it('gives eld’s scores on hundreds of snippets of the snippet texts', () => {
    const cases = snippets();
    expect(cases.length).toBeGreaterThan(600);
    expect(mismatches(cases)).toEqual([]);
  });

  it('gives eld’s scores on edge cases (empty, digits, URLs, apostrophes, long and odd texts)', () => {
    expect(mismatches(EDGE_CASES)).toEqual([]);
  });

  it('scores something and tells the languages apart on real text', () => {
    const sv = eldScores('Parterna är överens om att fördjupa samarbetet inom forskning och utbildning.');
    expect(sv.sv).toBeGreaterThan(Math.max(sv.no, sv.da, sv.en));
    const en = eldScores('The parties intend to deepen their cooperation in research and education.');
    expect(en.en).toBeGreaterThan(Math.max(en.sv, en.no, en.da));
    expect(eldScores('2024 12 31')).toEqual({ sv: 0, no: 0, da: 0, en: 0 });
  });
});

describe('the eld port at run time', () => {
  it('does not import eld', () => {
    const source = readFileSync(new URL('../../src/language/eld.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(
      /(?:from|import)\s*\(?\s*['"](?:eld(?:\/[^'"]*)?|[^'"]*node_modules[^'"]*)['"]/,
    );
    expect(source).toMatch(/from '\.\/data\/eld-ngrams\.json'/);
  });

  it('ships a small, attributed profile of the four languages', () => {
    const json = readFileSync(new URL('../../src/language/data/eld-ngrams.json', import.meta.url));
    expect(json.length).toBeLessThan(400_000);
    expect(profile.languages).toEqual(LANGUAGES);
    expect(profile.source).toMatch(/eld 2\.1\.0.*Nito T\.M\./);
    expect(profile.license).toMatch(/^Apache-2\.0/);
    expect(profile.dictionary).toHaveLength(256);
    expect(Object.keys(profile.ngrams).length).toBeGreaterThan(10_000);
  });
});
