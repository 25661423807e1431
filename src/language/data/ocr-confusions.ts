/**
 * How OCR engines commonly misread the letters that tell the Scandinavian languages apart. The detector
 * uses this table to derive the mangled spellings of its cue words (Swedish `för` read as `fiir`, `ftir`,
 * `für`), so that a noisy page keeps most of its evidence. The forms come from the SPEC's confusion list
 * and from what tesseract does to Swedish and Norwegian scans (`ö` split into two narrow glyphs, diacritics
 * dropped or swapped for a neighbouring accent).
 */
export const OCR_LETTER_CONFUSIONS: Readonly<Record<string, readonly string[]>> = {
  ö: ['ii', 'ti', 'fi', 'ü', 'o', 'ó', 'fü', 'fì', 'ô'],
  ä: ['a', 'ii', 'ti', 'â', 'á', 'à'],
  å: ['a', 'â', 'ä', 'á'],
  ø: ['o', 'ö', 'ó', '0'],
  æ: ['ae', 'a', 'ce'],
};

/**
 * Characters that OCR leaves in place of a letter it could not read (`?ir` for `är`). They are kept inside
 * words so the mangled word stays one token instead of being split.
 */
export const OCR_PLACEHOLDER_CHARS = '?¿¡|';

/**
 * The other direction: what OCR output may have been, for looking up an unknown word in the lexicon
 * (`tva` was `två`, `glaclje` was `gladje`, `sorn` was `som`). One repair at one place is tried at a time.
 */
export const OCR_REPAIRS: readonly (readonly [seen: string, meant: readonly string[]])[] = [
  ['a', ['ä', 'å']],
  ['o', ['ö', 'ø']],
  ['ii', ['ö']],
  ['ti', ['ö']],
  ['fi', ['ö']],
  ['?i', ['ä']],
  ['ae', ['æ']],
  ['cl', ['d']],
  ['rn', ['m']],
  ['m', ['rn']],
];
