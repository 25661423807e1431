/**
 * Identifier repair: organisation numbers, dates and Dnr numbers where OCR read a digit as a letter
 * (`284I` for `2841`). A repair is made only when the repaired form passes its checksum or format, so a
 * number that was already wrong on paper, or is not an identifier, is never "corrected" into another.
 */

import { DIGIT_LOOKALIKES } from '../identifiers/digit-lookalikes.ts';
import { luhnValid, mod11Valid } from '../identifiers/org-number.ts';

/** A character class of a digit or one of its look-alikes, for the identifier patterns. */
const D = `[0-9${Object.keys(DIGIT_LOOKALIKES).join('').replace('|', '\\|')}]`;

export interface IdentifierEdit {
  start: number;
  end: number;
  from: string;
  to: string;
  rule: string;
}

function toDigits(text: string): string {
  return [...text].map((char) => DIGIT_LOOKALIKES[char] ?? char).join('');
}

/** Luhn check of a Swedish organisation or personal number (10 digits, separators ignored). */
export function isValidSwedishOrgNumber(value: string): boolean {
  const digits = value.replace(/\D/g, '');
  return digits.length === 10 && digits.length === value.replace(/[\s-]/g, '').length && luhnValid(digits);
}

/** Modulus-11 check of a Norwegian organisation number (9 digits, separators ignored). */
export function isValidNorwegianOrgNumber(value: string): boolean {
  const digits = value.replace(/\D/g, '');
  return digits.length === 9 && digits.length === value.replace(/[\s-]/g, '').length && mod11Valid(digits);
}

/** Years a letter of intent can plausibly be dated in; a wider range would accept misread page numbers. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2099;

/** True when the numbers form a real calendar date. */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

interface IdentifierPattern {
  rule: string;
  pattern: RegExp;
  valid: (repaired: string) => boolean;
}

const IDENTIFIER_PATTERNS: readonly IdentifierPattern[] = [
  {
    rule: 'orgnumber-checksum',
    pattern: new RegExp(`(?<![\\p{L}\\d])${D}{6}-${D}{4}(?![\\p{L}\\d])`, 'gu'),
    valid: (repaired) => isValidSwedishOrgNumber(repaired),
  },
  {
    rule: 'orgnumber-checksum-no',
    pattern: new RegExp(`(?<![\\p{L}\\d])${D}{3} ${D}{3} ${D}{3}(?![\\p{L}\\d])`, 'gu'),
    valid: (repaired) => isValidNorwegianOrgNumber(repaired),
  },
  {
    rule: 'date-format',
    pattern: new RegExp(`(?<![\\p{L}\\d])(${D}{4})([-./ ])(${D}{2})\\2(${D}{2})(?![\\p{L}\\d])`, 'gu'),
    valid: (repaired) => {
      const [year, month, day] = repaired.split(/[-./ ]/).map(Number);
      return isValidDate(year ?? 0, month ?? 0, day ?? 0);
    },
  },
  {
    // Registration numbers such as `Dnr 3763-16`: the number is free-form, so only its shape is checked.
    rule: 'dnr-format',
    pattern: new RegExp(`(?<=\\bDnr\\.?:?\\s?)${D}{1,6}-${D}{2,4}(?![\\p{L}\\d])`, 'gu'),
    valid: (repaired) => /^\d{1,6}-\d{2,4}$/.test(repaired),
  },
];

/** A candidate must contain real digits mostly; `IIIIII-IIII` is not an org number. */
const MIN_REAL_DIGIT_SHARE = 0.6;

/** Finds identifiers with letters where digits belong and returns the repairs that make them valid. */
export function findIdentifierRepairs(text: string): IdentifierEdit[] {
  const edits: IdentifierEdit[] = [];
  for (const { rule, pattern, valid } of IDENTIFIER_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const from = match[0];
      const to = toDigits(from);
      if (to === from) continue;
      const realDigits = from.replace(/\D/g, '').length;
      if (realDigits / to.replace(/\D/g, '').length < MIN_REAL_DIGIT_SHARE) continue;
      if (!valid(to)) continue;
      const start = match.index;
      if (edits.some((edit) => start < edit.end && edit.start < start + from.length)) continue;
      edits.push({ start, end: start + from.length, from, to, rule });
    }
  }
  return edits.sort((a, b) => a.start - b.start);
}
