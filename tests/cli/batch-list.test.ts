import { describe, expect, it } from 'vitest';
import { parsePathList } from '../../src/cli/inputs.ts';

describe('parsePathList (--from)', () => {
  it('reads one path a line, LF or CRLF, skipping empty lines and keeping spaces', () => {
    expect(parsePathList('a.pdf\r\n\n dir/b c.txt \nÖst/ä.png\n')).toEqual([
      'a.pdf',
      ' dir/b c.txt ',
      'Öst/ä.png',
    ]);
  });

  it('reads NUL-separated paths (find -print0), where a name may hold a line break', () => {
    expect(parsePathList('a.pdf\0odd\nname.txt\0')).toEqual(['a.pdf', 'odd\nname.txt']);
  });
});
