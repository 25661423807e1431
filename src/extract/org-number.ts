/** OCR reads these letters inside digit runs; inside an organisation number they can only be digits. */
const DIGIT_LOOKALIKES: Record<string, string> = {
  I: '1',
  l: '1',
  '|': '1',
  i: '1',
  O: '0',
  o: '0',
  S: '5',
  B: '8',
};

/** A normalised organisation number and its checksum result. */
export interface OrgNumber {
  value: string;
  valid: boolean;
  country: 'se' | 'no';
}

/** Regex source for an organisation number as written, OCR look-alikes allowed: `NNNNNN-NNNN` or `NNN NNN NNN`. */
export const ORG_NUMBER_SOURCE =
  '(?<![\\d])(?:[\\dIlO]{6}\\s?-\\s?[\\dIlO]{4}|\\d[\\dIlO]{2}\\s?[\\dIlO]{3}\\s?[\\dIlO]{3})(?![\\d])';

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

/** Normalises an organisation number as written and checks it; `null` when it has the wrong number of digits. */
export function parseOrgNumber(written: string): OrgNumber | null {
  const digits = [...written]
    .map((ch) => DIGIT_LOOKALIKES[ch] ?? ch)
    .join('')
    .replace(/\D/gu, '');
  if (digits.length === 10) {
    return { value: `${digits.slice(0, 6)}-${digits.slice(6)}`, valid: luhnValid(digits), country: 'se' };
  }
  if (digits.length === 9) {
    return {
      value: `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`,
      valid: mod11Valid(digits),
      country: 'no',
    };
  }
  return null;
}
