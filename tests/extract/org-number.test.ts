import { describe, expect, it } from 'vitest';
import { parseOrgNumber } from '../../src/extract/org-number.ts';
import { luhnValid, mod11Valid } from '../../src/identifiers/org-number.ts';

describe('organisation numbers', () => {
  it('checks Swedish numbers with Luhn', () => {
    expect(luhnValid('2021002841')).toBe(true);
    expect(luhnValid('2021002842')).toBe(false);
  });

  it('checks Norwegian numbers with modulus 11', () => {
    expect(mod11Valid('974767880')).toBe(true);
    expect(mod11Valid('974767881')).toBe(false);
  });

  it('normalises the written forms and reads OCR look-alikes as digits', () => {
    expect(parseOrgNumber('202100-284I')).toEqual({ value: '202100-2841', valid: true, country: 'se' });
    expect(parseOrgNumber('974767880')).toEqual({ value: '974 767 880', valid: true, country: 'no' });
    expect(parseOrgNumber('556012-1006')?.valid).toBe(false);
    expect(parseOrgNumber('12345')).toBeNull();
  });
});
