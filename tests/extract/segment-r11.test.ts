import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

/**
 * Where a news page's furniture and date end and its headline starts when the text lost its line breaks. Each
 * text is an invented phrasing of a form seen in real news pages, read as written and flattened.
 */

describe('rule furniture-dateline: a date right after a page-furniture word', () => {
  it('stands between the furniture and the headline (sv, no, en)', () => {
    const sv =
      'Nyheter\n\n12 mars 2021\n\nFyra kommuner satsar på turism i skärgården\n\nEn gemensam webbplats och fler båtlinjer är målet för samarbetet.';
    for (const reading of both(sv, 'sv')) {
      expect(reading.fields.title).toBe('Fyra kommuner satsar på turism i skärgården');
      expect(reading.fields.date).toBe('2021-03-12');
    }
    const no =
      'Aktuelt\n\n3. mai 2020\n\nFire kommuner satser på turisme i skjærgården\n\nEn felles nettside og flere båtruter er målet for samarbeidet.';
    for (const reading of both(no, 'no'))
      expect(reading.fields.title).toBe('Fire kommuner satser på turisme i skjærgården');
    const en =
      'News\n\n4 May 2019\n\nFour towns back tourism on the islands\n\nA shared website and more ferry routes are the aim of the partnership.';
    for (const reading of both(en, 'en'))
      expect(reading.fields.title).toBe('Four towns back tourism on the islands');
  });
});
