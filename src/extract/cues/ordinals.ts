/**
 * Day ordinals written as words, 1–31, for dates like "den första januari 2018", "fra første januar 2019" or "the
 * first of January 2020". The compound ordinals 21–29 and 31 are a tens word joined to the ordinals 1–9
 * ("tjugo" + "första", "tjue" + "første", "twenty-" + "first"): `compounds` writes them out.
 */
export function compounds(
  tens: readonly string[],
  value: number,
  units: Readonly<Record<string, number>>,
  upTo = 9,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const prefix of tens)
    for (const [word, unit] of Object.entries(units))
      if (unit <= upTo) out[`${prefix}${word}`] = value + unit;
  return out;
}
