import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareExtraction } from '../../src/extract/compare.ts';
import { extractDocument } from '../../src/index.ts';
import { ExpectedExtraction, type LetterOfIntent } from '../../src/schema/letter-of-intent.ts';

/**
 * A text must give the same fields with its line breaks and with them flattened to spaces (texts from web
 * stores and `pdftotext -raw` are one long line). Every real document in `../shared/corpus` is extracted both
 * ways and compared with the golden comparison's notion of "the same". Failures name the fields only, never
 * their values: a quarter of the corpus is set aside and its outputs must not be read.
 */
const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'real', 'raw');
const ids = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => name.slice(0, -'.txt'.length))
      .sort()
  : [];

/**
 * Development documents whose fields still differ once flattened, with the fields; the test fails when one of
 * these starts to agree, so the list stays current. Titles: a headline over a subtitle or a body that opens
 * with a name ("… Linnéuniversitetet Kalmar kommun, …") has no end the words show. Signatories, parties,
 * purposes, areas: the blocks differ where a paragraph break was the only boundary (see the issue 11 report).
 * Recorded on the merged extractors (segmentation, party lists and content rules together): 21 of 42
 * development documents still differed in some field (17 after the WHEREAS recital split and the speech-mark fix).
 */
const KNOWN_DIFFERENCES: Record<string, string[]> = {
  a05: ['purposes'],
  a06: ['parties'],
  a10: ['title'],
  a13: ['purposes'],
  a14: ['title'],
  a15: ['title'],
  a17: ['governance.responsible'],
  a21: ['purposes', 'cooperationAreas'],
  a23: ['title'],
  t05: ['parties'],
  t06: ['date'],
  t13: ['title', 'purposes'],
  t17: ['parties'],
  t23: ['title', 'signatories'],
  t25: ['cooperationAreas'],
  t27: ['title', 'parties', 'purposes'],
  t31: ['title'],
};

/**
 * Set-aside documents that still differ: which fields is not recorded (their outputs are not to be read), only
 * that some do, so the test notices when one starts to agree.
 */
const KNOWN_DIFFERING_ASIDE = new Set(['a04', 'a20', 't04', 't08', 't12', 't20', 't28']);
const SET_ASIDE = new Set([
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

/** Every line break, with the spaces around it, becomes one space. */
function flatten(text: string): string {
  return text.replace(/[^\S\n]*\r?\n\s*/gu, ' ');
}

async function fieldsOf(id: string, text: string): Promise<LetterOfIntent> {
  const result = await extractDocument({ name: `${id}.txt`, bytes: new TextEncoder().encode(text) });
  if (!result.ok)
    throw new Error(`${id}: extraction failed (${result.diagnostics.map((d) => d.rule).join(', ')})`);
  return result.document;
}

/** The fields of one reading as an expected file, so the other reading can be compared with it. */
function asExpected(document: LetterOfIntent): ExpectedExtraction {
  return ExpectedExtraction.parse({
    ...document,
    governance: { ...document.governance, bodies: document.governance.bodies.map((body) => body.name) },
    unsure: [],
  });
}

describe.skipIf(ids.length === 0)('line structure: real documents with and without line breaks', () => {
  for (const id of ids) {
    it(`${id}: the same fields when the line breaks are flattened`, async () => {
      const raw = readFileSync(join(CORPUS, `${id}.txt`), 'utf8');
      const withBreaks = await fieldsOf(id, raw);
      const flattened = await fieldsOf(id, flatten(raw));
      const differing = [...compareExtraction(asExpected(withBreaks), flattened)]
        .filter(([, same]) => !same)
        .map(([field]) => field);
      if (SET_ASIDE.has(id))
        expect(differing.length > 0, `${id} (set aside): some field differs once flattened`).toBe(
          KNOWN_DIFFERING_ASIDE.has(id),
        );
      else expect(differing, `${id}: fields that differ once flattened`).toEqual(KNOWN_DIFFERENCES[id] ?? []);
    });
  }
});

describe.skipIf(ids.length > 0)('line structure: no corpus', () => {
  it.skip('skipped: ../shared/corpus/real/raw is absent (a fresh clone has no corpus)', () => {});
});
