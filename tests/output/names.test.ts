import { describe, expect, it } from 'vitest';
import { outputBaseName, uniqueNames } from '../../src/output/names.ts';

describe('outputBaseName', () => {
  it.each([
    ['scans/seed-004.pdf', 'seed-004'],
    ['a b/Avsiktsförklaring Luleå.tiff', 'Avsiktsförklaring Luleå'],
    ['-', 'stdin'],
    ['../x', 'x'],
    ['..', 'document'],
    ['.hidden.txt', 'hidden'],
    ['dir\\evil..\\..\\name.pdf', 'name'],
  ])('%s → %s', (input, expected) => {
    const name = outputBaseName(input);
    expect(name).toBe(expected);
    expect(name).not.toMatch(/[/\\]/);
  });
});

describe('uniqueNames', () => {
  it('gives inputs with the same file name distinct output names', () => {
    const names = uniqueNames(['pdf/a.pdf', 'scanned/a.pdf', 'b.txt', 'png/A.png']);
    expect([...names.values()]).toEqual(['a', 'a-2', 'b', 'A-3']);
  });
});
