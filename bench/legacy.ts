import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectLanguage } from '../src/language/index.ts';
import { preloadLexicons, repairDocument } from '../src/repair/index.ts';
import { matchedReferenceWords, wordErrorRate } from '../src/repair/word-error-rate.ts';

/**
 * Legacy-OCR benchmark: word error rate of Swedish and Norwegian scans read by native Tesseract with the
 * English model (`../shared/corpus/legacy-ocr/ID.eng-ocr.txt`), raw and after `repair`, against the clean
 * originals (`../shared/corpus/real/raw/ID.txt`). The corpus stays in ../shared; without it the benchmark
 * says so and skips.
 *
 * The 18 examples are split once, before any tuning: the repair was developed on READ_IDS only and
 * HELD_OUT_IDS are only ever scored. The held-out set includes the lead's set-aside documents, whose texts
 * nobody on the team reads: only their pooled figure is printed, never a per-document line.
 *
 * Run alone: npm run bench -- legacy   (LEGACY_DOCS=1 adds per-document lines of the read part;
 * LEGACY_READ_ONLY=1 scores the read part alone, for tuning without peeking at the held-out figure)
 */

const CORPUS = join(process.cwd(), '..', 'shared', 'corpus');
/** The documents the repair was tuned on. */
const READ_IDS = ['a01', 'a02', 'a05', 'a06', 'a09', 'a11', 'a13', 'a15', 'a17'] as const;
/** Scored only: picked before any repair work, plus the set-aside a04/a08/a12/a16 (never read). */
const HELD_OUT_IDS = ['a03', 'a07', 'a10', 'a14', 'a18', 'a04', 'a08', 'a12', 'a16'] as const;

interface Score {
  words: number;
  rawErrors: number;
  repairedErrors: number;
  /** Words right in the raw OCR that the repair made wrong. */
  broken: number;
  repairs: number;
  milliseconds: number;
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)} %`;
}

async function scoreDocument(id: string): Promise<Score | undefined> {
  const ocrFile = join(CORPUS, 'legacy-ocr', `${id}.eng-ocr.txt`);
  const cleanFile = join(CORPUS, 'real', 'raw', `${id}.txt`);
  if (!existsSync(ocrFile) || !existsSync(cleanFile)) return undefined;
  const ocr = readFileSync(ocrFile, 'utf8');
  const clean = readFileSync(cleanFile, 'utf8');
  const started = performance.now();
  // The language as `repair --lang auto` finds it: the benchmark measures what a user gets.
  const language = detectLanguage(ocr).language;
  const repaired = await repairDocument([{ number: 1, text: ocr }], { language });
  const milliseconds = performance.now() - started;
  const output = repaired.pages[0]?.text ?? '';
  const rightAfter = matchedReferenceWords(clean, output);
  return {
    words: wordErrorRate(clean, ocr).words,
    rawErrors: wordErrorRate(clean, ocr).errors,
    repairedErrors: wordErrorRate(clean, output).errors,
    broken: [...matchedReferenceWords(clean, ocr)].filter((index) => !rightAfter.has(index)).length,
    repairs: repaired.repairs.length,
    milliseconds,
  };
}

function row(name: string, scores: readonly Score[]): Record<string, string | number> {
  const sum = (key: keyof Score): number => scores.reduce((total, score) => total + score[key], 0);
  const words = sum('words');
  return {
    set: name,
    docs: scores.length,
    words,
    'WER raw': percent(sum('rawErrors') / words),
    'WER repaired': percent(sum('repairedErrors') / words),
    'right words broken': sum('broken'),
    repairs: sum('repairs'),
    'ms / doc': (sum('milliseconds') / scores.length).toFixed(1),
  };
}

/** Prints the legacy-OCR table: the read part, the held-out part, and per-document lines of the read part. */
export async function run(): Promise<void> {
  if (!existsSync(join(CORPUS, 'legacy-ocr'))) {
    console.log(
      'skipped: ../shared/corpus/legacy-ocr is not here (the corpus is not part of the repository)',
    );
    return;
  }
  await preloadLexicons(['sv', 'no', 'en']);
  const read: Score[] = [];
  const perDocument: Record<string, string | number>[] = [];
  for (const id of READ_IDS) {
    const score = await scoreDocument(id);
    if (!score) continue;
    read.push(score);
    perDocument.push({ ...row(id, [score]), docs: 1 });
  }
  const heldOut: Score[] = [];
  for (const id of process.env.LEGACY_READ_ONLY ? [] : HELD_OUT_IDS) {
    const score = await scoreDocument(id);
    if (score) heldOut.push(score);
  }
  console.log('Legacy OCR (English-model Tesseract on sv/no scans), WER against the clean originals');
  const rows = [row('read (tuned on)', read)];
  if (heldOut.length > 0) rows.push(row('held out', heldOut), row('all', [...read, ...heldOut]));
  console.table(rows);
  if (process.env.LEGACY_DOCS) console.table(perDocument);
}
