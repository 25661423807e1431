/**
 * Checksums of organisation numbers, shared by the repair stage (which repairs a misread digit only into a
 * number that passes) and the parties extractor (which reports `orgNumberValid`).
 */

/** Luhn check used for Swedish organisation numbers (all ten digits). */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Weights of the Norwegian organisation-number check digit (Brønnøysundregistrene, modulus 11). */
const MOD11_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

/** Modulus-11 check of a nine-digit Norwegian organisation number. */
export function mod11Valid(digits: string): boolean {
  if (!/^\d{9}$/u.test(digits)) return false;
  const sum = MOD11_WEIGHTS.reduce((total, weight, index) => total + weight * Number(digits[index]), 0);
  const check = 11 - (sum % 11);
  const expected = check === 11 ? 0 : check;
  return expected !== 10 && expected === Number(digits[8]);
}
