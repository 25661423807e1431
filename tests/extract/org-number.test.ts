import { describe, expect, it } from 'vitest';
import { parseOrgNumber } from '../../src/extract/org-number.ts';
import { finnishIdValid, luhnValid, mod11Valid } from '../../src/identifiers/org-number.ts';

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

  it('checks Finnish business IDs (FO-nummer) with modulus 11 and reads an en dash as the hyphen', () => {
    expect(finnishIdValid('12345671')).toBe(true);
    expect(finnishIdValid('12345672')).toBe(false);
    expect(parseOrgNumber('7654321-2')).toEqual({ value: '7654321-2', valid: true, country: 'fi' });
    expect(parseOrgNumber('202100–2841')).toEqual({ value: '202100-2841', valid: true, country: 'se' });
    // Eight digits without the check-digit hyphen are not an organisation number.
    expect(parseOrgNumber('12345671')).toBeNull();
  });
});
