import { DIGIT_LOOKALIKES } from '../identifiers/digit-lookalikes.ts';
import { luhnValid, mod11Valid } from '../identifiers/org-number.ts';

/** A normalised organisation number and its checksum result. */
export interface OrgNumber {
  value: string;
  valid: boolean;
  country: 'se' | 'no';
}

/** Regex source for an organisation number as written, OCR look-alikes allowed: `NNNNNN-NNNN` or `NNN NNN NNN`. */
export const ORG_NUMBER_SOURCE =
  '(?<![\\d])(?:[\\dIlO]{6}\\s?-\\s?[\\dIlO]{4}|\\d[\\dIlO]{2}\\s?[\\dIlO]{3}\\s?[\\dIlO]{3})(?![\\d])';

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
