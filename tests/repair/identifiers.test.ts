import { describe, expect, it } from 'vitest';
import {
  findIdentifierRepairs,
  isValidDate,
  isValidNorwegianOrgNumber,
  isValidSwedishOrgNumber,
} from '../../src/repair/identifiers.ts';

describe('checksums', () => {
  it('accepts Swedish organisation numbers with a valid Luhn digit and rejects others', () => {
    expect(isValidSwedishOrgNumber('202100-2841')).toBe(true);
    expect(isValidSwedishOrgNumber('232100-0230')).toBe(true);
    expect(isValidSwedishOrgNumber('202100-2842')).toBe(false);
    expect(isValidSwedishOrgNumber('202100-284I')).toBe(false);
  });

  it('accepts Norwegian organisation numbers with a valid modulus-11 digit and rejects others', () => {
    expect(isValidNorwegianOrgNumber('974 760 673')).toBe(true);
    expect(isValidNorwegianOrgNumber('974 760 674')).toBe(false);
  });

  it('knows real calendar dates', () => {
    expect(isValidDate(2016, 9, 23)).toBe(true);
    expect(isValidDate(2016, 2, 30)).toBe(false);
    expect(isValidDate(2016, 13, 1)).toBe(false);
  });
});

describe('findIdentifierRepairs', () => {
  const repaired = (text: string): string[] => findIdentifierRepairs(text).map((edit) => edit.to);

  it('maps look-alike letters to digits when the result passes the checksum', () => {
    expect(findIdentifierRepairs('org. nr 202100-284I.')).toEqual([
      { start: 8, end: 19, from: '202100-284I', to: '202100-2841', rule: 'orgnumber-checksum' },
    ]);
    expect(repaired('org.nr 974 76O 673')).toEqual(['974 760 673']);
  });

  it('leaves a number alone when the mapped form fails its checksum', () => {
    expect(repaired('org. nr 202100-284S')).toEqual([]);
    expect(repaired('org. nr 202100-2842')).toEqual([]);
  });

  it('repairs dates only to real dates and Dnr numbers only to their digit shape', () => {
    expect(repaired('Luleå 2O16-09-23')).toEqual(['2016-09-23']);
    expect(repaired('Luleå 2O16-13-23')).toEqual([]);
    expect(repaired('Dnr 3763-I6')).toEqual(['3763-16']);
    expect(repaired('avsnitt 3763-I6')).toEqual([]);
  });
});
