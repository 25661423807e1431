import { DIGIT_LOOKALIKES } from '../identifiers/digit-lookalikes.ts';
import { finnishIdValid, luhnValid, mod11Valid } from '../identifiers/org-number.ts';

/** A normalised organisation number and its checksum result. */
export interface OrgNumber {
  value: string;
  valid: boolean;
  country: 'se' | 'no' | 'fi';
}

/**
 * Regex source for an organisation number as written, OCR look-alikes allowed: `NNNNNN-NNNN`, `NNN NNN NNN`
 * or the Finnish `NNNNNNN-N`. Word processors often turn the hyphen into an en dash ("202100–2973").
 */
export const ORG_NUMBER_SOURCE =
  '(?<![\\d])(?:[\\dIlO]{6}\\s?[-–]\\s?[\\dIlO]{4}|[\\dIlO]{7}\\s?[-–]\\s?[\\dIlO]|\\d[\\dIlO]{2}\\s?[\\dIlO]{3}\\s?[\\dIlO]{3})(?![\\d])';

/** Normalises an organisation number as written and checks it; `null` when it has the wrong number of digits. */
export function parseOrgNumber(written: string): OrgNumber | null {
  const digits = [...written]
    .map((ch) => DIGIT_LOOKALIKES[ch] ?? ch)
    .join('')
    .replace(/\D/gu, '');
  if (digits.length === 10) {
    return { value: `${digits.slice(0, 6)}-${digits.slice(6)}`, valid: luhnValid(digits), country: 'se' };
  }
  // Eight digits are only read when written as `NNNNNNN-N`: a Finnish business ID.
  if (digits.length === 8 && /[-–]\s?[\dIlO]$/u.test(written.trim())) {
    return {
      value: `${digits.slice(0, 7)}-${digits.slice(7)}`,
      valid: finnishIdValid(digits),
      country: 'fi',
    };
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
