/**
 * Where the real corpus sits beside the repository (absent on a fresh clone), and the quarter of it set aside:
 * scored only in aggregate, never shown or read per document. One list for `npm run eval` and the tests;
 * this module imports nothing heavy, so a test can take it without the renderers of real-corpus.ts.
 */
import { join } from 'node:path';

export const REAL_CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'real');

export const SET_ASIDE: ReadonlySet<string> = new Set([
  'a04',
  'a08',
  'a12',
  'a16',
  'a20',
  'a24',
  't04',
  't08',
  't12',
  't16',
  't20',
  't24',
  't28',
  't32',
]);
