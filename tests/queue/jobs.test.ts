import { describe, expect, it } from 'vitest';
import { documentJobId, pageJobId, pagesOfJobId } from '../../src/queue/jobs.ts';

const data = {
  file: '/archive/a.pdf',
  sha256: 'a'.repeat(64),
  out: '/archive-json',
  name: 'a',
  options: {
    ocr: 'auto' as const,
    lang: 'auto' as const,
    repair: true,
    includeText: false,
    maxPages: 500,
    maxTextChars: 1_000_000,
    renderDpi: 300,
    maxPixels: 60_000_000,
  },
};

describe('job ids', () => {
  it('are the input hash plus an options hash: the same input and options give the same id', () => {
    const id = documentJobId(data);
    expect(id).toMatch(/^a{64}-[0-9a-f]{16}$/);
    expect(documentJobId({ ...data, options: { ...data.options } })).toBe(id);
    // The file's path is not part of it: the same bytes under another path are the same document.
    expect(documentJobId({ ...data, file: '/elsewhere/a.pdf' })).toBe(id);
  });

  it('differ when anything that shapes the output differs', () => {
    const id = documentJobId(data);
    expect(documentJobId({ ...data, options: { ...data.options, lang: 'sv' } })).not.toBe(id);
    expect(documentJobId({ ...data, out: '/other' })).not.toBe(id);
    expect(documentJobId({ ...data, name: 'a-2' })).not.toBe(id);
    expect(documentJobId({ ...data, sha256: 'b'.repeat(64) })).not.toBe(id);
  });

  it('name a page job by its document, pages and models, and give the pages back', () => {
    const id = pageJobId(documentJobId(data), [2, 3, 4], ['swe', 'eng']);
    expect(id).toMatch(/-p2\.3\.4-swe\+eng$/);
    expect(id).not.toContain(':');
    expect(pagesOfJobId(`bull:loi-extract-pages:${id}`)).toEqual([2, 3, 4]);
    expect(pagesOfJobId(documentJobId(data))).toEqual([]);
  });
});
