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

/** Weights of the Finnish business ID (FO-nummer, Y-tunnus) check digit, modulus 11. */
const FINNISH_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

/** Modulus-11 check of a Finnish business ID's seven digits and check digit (eight digits in all). */
export function finnishIdValid(digits: string): boolean {
  if (!/^\d{8}$/u.test(digits)) return false;
  const sum = FINNISH_ID_WEIGHTS.reduce((total, weight, index) => total + weight * Number(digits[index]), 0);
  const remainder = sum % 11;
  // Remainder 1 gives no check digit: such numbers are never issued.
  if (remainder === 1) return false;
  return (remainder === 0 ? 0 : 11 - remainder) === Number(digits[7]);
}
