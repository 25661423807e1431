/**
 * OCR confusion patterns as data: `noisy` is what OCR wrote, `clean` what the page said. The table is a
 * generalisation of the errors seen in old OCR of Scandinavian letters (diacritics read as `ii`, `ti`,
 * `fi`, `ü`, `ô`; `rn` merged into `m`; `cl` for `d`; `k` split into `l<`; `1`/`I`/`l` swapped) and of the
 * classic tesseract/FineReader confusions in English.
 *
 * `cost` orders candidates (lower is more likely). Any confusion can turn one real word into another
 * (`for`/`för`), so on words the lexicon accepts only the common ones are used, and only when the
 * document itself shows that confusion elsewhere (see the repairer).
 */
export interface Confusion {
  noisy: string;
  clean: string;
  cost: number;
}

/** A frequent, well-attested confusion. */
const COMMON = 1;
/** Attested but rarer, or a shape confusion needing two characters to change. */
const RARE = 2;

const CONFUSIONS_LOWER: readonly Confusion[] = [
  // ö read as two narrow glyphs or as a foreign diacritic.
  ...['ii', 'ti', 'fi', 'íi', 'ìi', 'ïi', 'Ìi', 'ü', 'ô', 'ò', 'ó', 'õ', 'o', 'ä'].map((noisy) => ({
    noisy,
    clean: 'ö',
    cost: COMMON,
  })),
  ...['ri', 'li', '6'].map((noisy) => ({ noisy, clean: 'ö', cost: RARE })),
  { noisy: 'fti', clean: 'ö', cost: RARE },
  // ä
  ...['a', 'â', 'à', 'á', 'ã', '?i', '¿i', 'ii', 'å', 'ü'].map((noisy) => ({
    noisy,
    clean: 'ä',
    cost: COMMON,
  })),
  // å
  ...['a', 'â', 'à', 'á', 'ã', 'ä'].map((noisy) => ({ noisy, clean: 'å', cost: COMMON })),
  // ø and æ (Norwegian)
  ...['o', '0', 'ö', 'ó', 'ò', 'ô'].map((noisy) => ({ noisy, clean: 'ø', cost: COMMON })),
  ...['ae', 'a', 'ä', 'œ'].map((noisy) => ({ noisy, clean: 'æ', cost: COMMON })),
  // Plain letters given a diacritic they do not have, or a digit for a letter.
  ...[
    ['ü', 'u'],
    ['â', 'a'],
    ['ô', 'o'],
    ['0', 'o'],
    ['1', 'l'],
    ['1', 'i'],
    ['5', 's'],
    ['8', 'B'],
  ].map(([noisy, clean]) => ({ noisy: noisy as string, clean: clean as string, cost: RARE })),
  // Glyph merges and splits.
  { noisy: 'rn', clean: 'm', cost: COMMON },
  { noisy: 'm', clean: 'rn', cost: COMMON },
  { noisy: 'cl', clean: 'd', cost: COMMON },
  { noisy: 'il', clean: 'd', cost: RARE },
  { noisy: 'li', clean: 'h', cost: COMMON },
  { noisy: 'lc', clean: 'k', cost: COMMON },
  { noisy: 'l<', clean: 'k', cost: COMMON },
  { noisy: 'lr', clean: 'kr', cost: RARE },
  { noisy: 'vv', clean: 'w', cost: COMMON },
  { noisy: 'w', clean: 'vr', cost: RARE },
  { noisy: 'w', clean: 'ur', cost: RARE },
  { noisy: 'w', clean: 'tv', cost: RARE },
  { noisy: 'ii', clean: 'li', cost: RARE },
  { noisy: 'ii', clean: 'il', cost: RARE },
  { noisy: 'nr', clean: 'ru', cost: RARE },
  { noisy: 'tn', clean: 'm', cost: RARE },
  { noisy: 'fir', clean: 'm', cost: RARE },
  { noisy: 'rr', clean: 'rn', cost: RARE },
  { noisy: 'l', clean: 't', cost: RARE },
  { noisy: 'l', clean: 'k', cost: RARE },
  { noisy: 'f', clean: 't', cost: RARE },
  { noisy: 'I', clean: 'l', cost: RARE },
  { noisy: '|', clean: 'l', cost: COMMON },
  { noisy: '|', clean: 'I', cost: COMMON },
  { noisy: 'l', clean: 'I', cost: RARE },
];

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The table with capitalised twins (`Ii`→`Ö` is not a thing, but `O`→`Ö`, `A`→`Å`, `Rn`→`M` are): a
 * pattern whose both sides change under capitalisation gets an upper-case entry at the same cost.
 */
export const CONFUSIONS: readonly Confusion[] = (() => {
  const seen = new Set<string>();
  const all: Confusion[] = [];
  for (const entry of CONFUSIONS_LOWER) {
    for (const variant of [
      entry,
      { ...entry, noisy: upperFirst(entry.noisy), clean: upperFirst(entry.clean) },
    ]) {
      const key = `${variant.noisy}>${variant.clean}`;
      // A twin only where capitalisation changes what OCR wrote: `?i` has no capital, so no `?i`→`Ä`.
      if (variant !== entry && variant.noisy === entry.noisy) continue;
      if (seen.has(key)) continue;
      seen.add(key);
      all.push(variant);
    }
  }
  return all;
})();

/** Letters each language writes; a confusion whose clean side needs others is not used for it. */
export const ALPHABETS: Record<'sv' | 'no' | 'en', string> = {
  sv: 'abcdefghijklmnopqrstuvwxyzåäöéABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖÉ',
  no: 'abcdefghijklmnopqrstuvwxyzæøåéôABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅÉ',
  en: 'abcdefghijklmnopqrstuvwxyzéABCDEFGHIJKLMNOPQRSTUVWXYZ',
};

/** The confusions usable for a language: those whose clean side is written in it. */
export function confusionsFor(language: 'sv' | 'no' | 'en'): Confusion[] {
  const alphabet = ALPHABETS[language];
  return CONFUSIONS.filter((entry) =>
    [...entry.clean].every((char) => alphabet.includes(char) || /\d/.test(char)),
  );
}

/** The rule name recorded for a confusion, e.g. `confusion:ii>ö`. */
export function confusionRule(entry: Confusion): string {
  return `${entry.noisy}>${entry.clean}`;
}

/**
 * Letters OCR mistakes for one another by shape (thin verticals; arches; rounds; diagonals). The one-letter
 * fallback substitutes only within a group, so `telmik` cannot become `termik`.
 */
export const SHAPE_GROUPS: readonly string[] = ['iljtf', 'rn', 'nmu', 'hb', 'ceo', 'aäå', 'oöø', 'vy'];
