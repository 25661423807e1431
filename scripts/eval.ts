/**
 * `npm run eval`: extracts every fixture that has an expected file, from every rendering that exists
 * (clean text, text-layer PDF, scanned PDF via OCR), and scores it field by field against
 * `fixtures/expected/<id>.json`. Prints one score table per rendering kind and group, then the misses.
 * Exits 1 when an output fails schema validation or a field's score is below its floor.
 *
 *   npm run eval                 all renderings (the scanned ones run OCR: a few minutes)
 *   npm run eval -- --no-ocr     skip the scanned renderings
 *   npm run eval -- --direct     call extractFields on the text files only (no loader, no repair)
 *   npm run eval -- --only ID    one fixture
 *
 * When `../shared/corpus/real` exists, the real documents are scored too (see `real-corpus.ts`), with the
 * definitions of `../shared/tools/score.py`:
 *   npm run eval -- --real-pdf        also as text-layer and scanned PDFs rendered into a temp dir (minutes)
 *   npm run eval -- --real-dev-only   leave the set-aside quarter out entirely
 *   npm run eval -- --no-real         fixtures only
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  compareExtraction,
  LIST_F1,
  NAME_SIMILARITY,
  SCORED_FIELDS,
  type ScoredField,
  TEXT_SIMILARITY,
} from '../src/extract/compare.ts';
import { extractFields } from '../src/extract/index.ts';
import { extractFiles } from '../src/index.ts';
import { detectLanguage } from '../src/language/index.ts';
import { ExpectedExtraction, ExtractedFields, LetterOfIntent } from '../src/schema/letter-of-intent.ts';
import { evaluateRealCorpus, hasRealCorpus, type RealKind } from './real-corpus.ts';

const FIXTURES = 'fixtures';
type Kind = 'text' | 'pdf' | 'scanned';
const RENDERINGS: { kind: Kind; dir: string; ext: string }[] = [
  { kind: 'text', dir: 'text', ext: '.txt' },
  { kind: 'pdf', dir: 'pdf', ext: '.pdf' },
  { kind: 'scanned', dir: 'scanned', ext: '.pdf' },
];

/**
 * Fixtures kept out of development: written with the others but not looked at while tuning the cues, so
 * their score estimates how the extractor does on documents it has not seen.
 */
const HELD_OUT = new Set(['sv-loi-04', 'no-rammeavtale-05', 'en-agreement-06']);

/**
 * The lowest acceptable share of passing documents per field and rendering kind, over all fixtures.
 * Set a little below the measured scores (see the report in the issue) so a regression fails CI while OCR
 * noise on a single document does not. Fields not listed use the kind's default.
 */
const FLOORS: Record<Kind, { default: number } & Partial<Record<ScoredField, number>>> = {
  // Measured 99.8 % (35 documents). Signatories measured 32/33 (was 24/27 before signature tables and prose
  // signers were read); the one known miss is listed in tests/extract/golden.test.ts.
  text: { default: 0.94, signatories: 0.9 },
  // Measured 99.0 %; PDF layout (wrapped titles, collapsed columns) can cost a field here and there.
  // Signatories measured 30/33 (side-by-side signature columns collapse in the text layer).
  pdf: { default: 0.88, signatories: 0.84 },
  // Measured 98.1 % overall; OCR misreads names and titles in signature blocks most (signatories 26/33).
  scanned: { default: 0.8, signatories: 0.7 },
};

interface Scored {
  id: string;
  kind: Kind;
  fields: Map<ScoredField, boolean>;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const noOcr = args.includes('--no-ocr');
  const direct = args.includes('--direct');
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  const ids = readdirSync(join(FIXTURES, 'expected'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .filter((id) => only === undefined || id === only)
    .sort();
  const expected = new Map<string, ExpectedExtraction>();
  let failures = 0;
  for (const id of ids) {
    const parsed = ExpectedExtraction.safeParse(
      JSON.parse(readFileSync(join(FIXTURES, 'expected', `${id}.json`), 'utf8')),
    );
    if (!parsed.success) {
      process.stderr.write(
        `expected/${id}.json fails the ExpectedExtraction schema: ${parsed.error.message}\n`,
      );
      failures++;
      continue;
    }
    expected.set(id, parsed.data);
  }

  const scored: Scored[] = [];
  for (const rendering of RENDERINGS) {
    if (direct && rendering.kind !== 'text') continue;
    if (noOcr && rendering.kind === 'scanned') continue;
    const present = [...expected.keys()].filter((id) =>
      existsSync(join(FIXTURES, rendering.dir, `${id}${rendering.ext}`)),
    );
    if (present.length === 0) continue;
    const started = Date.now();
    if (direct) {
      for (const id of present) {
        const text = readFileSync(join(FIXTURES, 'text', `${id}.txt`), 'utf8');
        const pages = text.split('\f').map((pageText, index) => ({ number: index + 1, text: pageText }));
        const language = detectLanguage(text).language;
        const extraction = extractFields(pages, language);
        const fields = ExtractedFields.safeParse({ language, ...extraction.fields });
        if (!fields.success) {
          process.stderr.write(`${id} (${rendering.kind}): schema: ${fields.error.message}\n`);
          failures++;
          continue;
        }
        scored.push({
          id,
          kind: rendering.kind,
          fields: compareExtraction(expected.get(id) as ExpectedExtraction, fields.data),
        });
      }
    } else {
      const inputs = present.map((id) => ({ path: join(FIXTURES, rendering.dir, `${id}${rendering.ext}`) }));
      let index = 0;
      for await (const { result } of extractFiles(inputs, { jobs: 2 })) {
        const id = present[index++] as string;
        if (!result.ok) {
          process.stderr.write(
            `${id} (${rendering.kind}): failed: ${result.diagnostics.map((d) => d.message).join('; ')}\n`,
          );
          failures++;
          continue;
        }
        const valid = LetterOfIntent.safeParse(result.document);
        if (!valid.success) {
          process.stderr.write(`${id} (${rendering.kind}): schema: ${valid.error.message}\n`);
          failures++;
          continue;
        }
        scored.push({
          id,
          kind: rendering.kind,
          fields: compareExtraction(expected.get(id) as ExpectedExtraction, valid.data),
        });
      }
    }
    process.stdout.write(
      `${rendering.kind}: ${present.length} documents in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
  }

  process.stdout.write(
    `\nComparison: free text at similarity ≥ ${TEXT_SIMILARITY}, names ≥ ${NAME_SIMILARITY} or containment, ` +
      `lists pass at item F1 ≥ ${LIST_F1}; unsure fields are not scored.\n`,
  );
  for (const kind of ['text', 'pdf', 'scanned'] as Kind[]) {
    const ofKind = scored.filter((s) => s.kind === kind);
    if (ofKind.length === 0) continue;
    const groups: [string, Scored[]][] = [
      ['seeds', ofKind.filter((s) => s.id.startsWith('seed-'))],
      ['extra', ofKind.filter((s) => !s.id.startsWith('seed-') && !HELD_OUT.has(s.id))],
      ['held-out', ofKind.filter((s) => HELD_OUT.has(s.id))],
      ['all', ofKind],
    ];
    process.stdout.write(`\n== ${kind} ==\n`);
    process.stdout.write(
      `${'field'.padEnd(30)}${groups.map(([name]) => name.padStart(12)).join('')}${'floor'.padStart(8)}\n`,
    );
    let total = 0;
    let passed = 0;
    for (const field of SCORED_FIELDS) {
      const cells = groups.map(([, members]) => {
        const values = members.flatMap((s) => (s.fields.has(field) ? [s.fields.get(field) === true] : []));
        return { pass: values.filter(Boolean).length, count: values.length };
      });
      const all = cells.at(-1) ?? { pass: 0, count: 0 };
      const floor = FLOORS[kind][field] ?? FLOORS[kind].default;
      const share = all.count === 0 ? 1 : all.pass / all.count;
      const below = share < floor;
      if (below) failures++;
      total += all.count;
      passed += all.pass;
      const text = cells.map((c) => (c.count === 0 ? '-' : `${c.pass}/${c.count}`).padStart(12)).join('');
      process.stdout.write(
        `${field.padEnd(30)}${text}${floor.toFixed(2).padStart(8)}${below ? '  BELOW FLOOR' : ''}\n`,
      );
    }
    const groupTotals = groups.map(([, members]) => {
      const values = members.flatMap((s) => [...s.fields.values()]);
      return `${((values.filter(Boolean).length / Math.max(1, values.length)) * 100).toFixed(1)}%`.padStart(
        12,
      );
    });
    process.stdout.write(`${'all fields'.padEnd(30)}${groupTotals.join('')}   (${passed}/${total})\n`);
    const misses = ofKind.flatMap((s) =>
      [...s.fields].filter(([, ok]) => !ok).map(([field]) => `${s.id}:${field}`),
    );
    if (misses.length > 0) process.stdout.write(`misses: ${misses.join(', ')}\n`);
  }
  if (!args.includes('--no-real') && only === undefined) {
    if (hasRealCorpus()) {
      const kinds: RealKind[] = args.includes('--real-pdf') ? ['text', 'pdf', 'scanned'] : ['text'];
      failures += await evaluateRealCorpus(
        kinds,
        (text) => process.stdout.write(text),
        !args.includes('--real-dev-only'),
      );
    } else process.stdout.write('\nreal corpus: ../shared/corpus/real is absent, not scored\n');
  }
  return failures > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
