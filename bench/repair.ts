import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { preloadLexicons, repairDocument } from '../src/repair/index.ts';
import { addLegacyNoise, addOcrNoise } from '../src/repair/synthetic-noise.ts';
import { matchedReferenceWords, wordErrorRate } from '../src/repair/word-error-rate.ts';

/**
 * OCR-repair benchmark: word error rate before and after repair on (1) seed 003 against the hand-made
 * reading, (2) synthetic noise at several rates on clean sv/no/en texts, plus load and repair times.
 * Run alone: npx tsx -e "import('./bench/repair.ts').then(m=>m.run())"
 */

const FIXTURES_DIR = new URL('../fixtures/repair/', import.meta.url);
/** Noise rates (share of words garbled): light scan, typical old OCR (seed 003 is ~10 %), bad scan. */
const RATES = [0.02, 0.05, 0.1, 0.2] as const;
/** Seeds per (text, rate): enough to smooth the PRNG's luck without making the run slow. */
const RUNS = 3;

type Lang = 'sv' | 'no' | 'en';

/** A seed as the repository carries it (`fixtures/text/seed-NNN.txt`). */
function seedText(number: string): string {
  return readFileSync(`fixtures/text/seed-${number}.txt`, 'utf8');
}

function fixture(name: string): string {
  return readFileSync(join(FIXTURES_DIR.pathname, name), 'utf8');
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)} %`;
}

/** Prints the benchmark tables to stdout. */
export async function run(): Promise<void> {
  for (const language of ['sv', 'no', 'en'] as const) {
    const started = performance.now();
    await preloadLexicons([language]);
    console.log(`lexicon ${language}: loaded in ${(performance.now() - started).toFixed(0)} ms`);
  }

  // Seed 003: real OCR noise against the careful reading.
  const noisy = seedText('003');
  const reference = fixture('seed-003.reference.txt');
  const started = performance.now();
  const repaired = await repairDocument([{ number: 1, text: noisy }], { language: 'sv' });
  const elapsed = performance.now() - started;
  const before = wordErrorRate(reference, noisy);
  const after = wordErrorRate(reference, repaired.pages[0]?.text ?? '');
  console.log('\nSeed 003 (real OCR noise) against fixtures/repair/seed-003.reference.txt');
  console.table([
    {
      words: before.words,
      'WER before': percent(before.rate),
      'WER after': percent(after.rate),
      'errors before': before.errors,
      'errors after': after.errors,
      repairs: repaired.repairs.length,
      'repair ms': Math.round(elapsed),
    },
  ]);

  const output = repaired.pages[0]?.text ?? '';
  const words = (text: string): string[] => text.split(/\s+/).filter((word) => word.length > 0);
  const missed = words(reference).filter((_, index) => !matchedReferenceWords(reference, output).has(index));
  const produced = words(output).filter((_, index) => !matchedReferenceWords(output, reference).has(index));
  console.log(`still wrong (reference words): ${missed.join(' | ')}`);
  console.log(`what the repair left there:    ${produced.join(' | ')}`);

  // Throughput: a 10-page document (seed 003 on every page).
  const tenPages = Array.from({ length: 10 }, (_, index) => ({ number: index + 1, text: noisy }));
  const tenStarted = performance.now();
  const tenResult = await repairDocument(tenPages, { language: 'sv' });
  console.log(
    `10-page document: ${(performance.now() - tenStarted).toFixed(0)} ms, ${tenResult.repairs.length} repairs`,
  );

  // Synthetic noise on clean texts.
  const texts: { name: string; language: Lang; text: string }[] = [
    { name: 'seed 000', language: 'sv', text: seedText('000') },
    { name: 'seed 004', language: 'sv', text: seedText('004') },
    { name: 'seed 003 ref', language: 'sv', text: reference },
    { name: 'clean-sv', language: 'sv', text: fixture('clean-sv.txt') },
    { name: 'seed 001', language: 'no', text: seedText('001') },
    { name: 'clean-no', language: 'no', text: fixture('clean-no.txt') },
    { name: 'seed 002', language: 'en', text: seedText('002') },
    { name: 'clean-en', language: 'en', text: fixture('clean-en.txt') },
  ];
  const rows: Record<string, string | number>[] = [];
  for (const language of ['sv', 'no', 'en'] as const) {
    for (const rate of RATES) {
      let words = 0;
      let errorsBefore = 0;
      let errorsAfter = 0;
      let broken = 0;
      let repairs = 0;
      let milliseconds = 0;
      for (const { text } of texts.filter((item) => item.language === language)) {
        for (let seed = 1; seed <= RUNS; seed++) {
          const garbled = addOcrNoise(text, { language, rate, seed });
          const begin = performance.now();
          const result = await repairDocument([{ number: 1, text: garbled }], { language });
          milliseconds += performance.now() - begin;
          const counts = repairCounts(text, garbled, result.pages[0]?.text ?? '');
          words += counts.words;
          errorsBefore += counts.before;
          errorsAfter += counts.after;
          broken += counts.broken;
          repairs += result.repairs.length;
        }
      }
      rows.push({
        lang: language,
        rate: percent(rate),
        words,
        'WER before': percent(errorsBefore / words),
        'WER after': percent(errorsAfter / words),
        'errors removed': percent(1 - errorsAfter / Math.max(1, errorsBefore)),
        repairs,
        'correct words broken': broken,
        'ms / doc': (
          milliseconds /
          (RUNS * texts.filter((item) => item.language === language).length)
        ).toFixed(1),
      });
    }
  }
  console.log(
    `\nSynthetic OCR noise (${RUNS} seeds per text and rate; 70 % table confusions, 20 % shape, 10 % splits)`,
  );
  console.table(rows);
  const pooled = (key: 'WER before' | 'WER after'): string =>
    percent(
      rows.reduce((sum, row) => sum + (Number(row.words) * Number.parseFloat(String(row[key]))) / 100, 0) /
        rows.reduce((sum, row) => sum + Number(row.words), 0),
    );
  console.log(`pooled over languages and rates: WER ${pooled('WER before')} → ${pooled('WER after')}`);

  await legacyNoise(texts);
  await cleanText(texts);
}

/** One repaired text against its reference: its words, word errors before and after, correct words broken. */
function repairCounts(
  text: string,
  garbled: string,
  output: string,
): { words: number; before: number; after: number; broken: number } {
  const raw = wordErrorRate(text, garbled);
  // Correct words broken: right in the garbled text, wrong after repair (by word alignment).
  const rightAfter = matchedReferenceWords(text, output);
  const broken = [...matchedReferenceWords(text, garbled)].filter((index) => !rightAfter.has(index)).length;
  return { words: raw.words, before: raw.errors, after: wordErrorRate(text, output).errors, broken };
}

/** Legacy rates: half the Nordic words read by an English model, and all of them (a real legacy layer). */
const LEGACY_RATES = [0.5, 1] as const;

/** Synthetic legacy noise (an English model's å/ä/ö/ø/æ) on the clean sv/no texts, before and after. */
async function legacyNoise(texts: readonly { name: string; language: Lang; text: string }[]): Promise<void> {
  const rows: Record<string, string | number>[] = [];
  for (const language of ['sv', 'no'] as const) {
    for (const rate of LEGACY_RATES) {
      let words = 0;
      let before = 0;
      let after = 0;
      let broken = 0;
      for (const { text } of texts.filter((item) => item.language === language)) {
        for (let seed = 1; seed <= RUNS; seed++) {
          const garbled = addLegacyNoise(text, { language, rate, seed });
          const result = await repairDocument([{ number: 1, text: garbled }], { language });
          const counts = repairCounts(text, garbled, result.pages[0]?.text ?? '');
          words += counts.words;
          before += counts.before;
          after += counts.after;
          broken += counts.broken;
        }
      }
      rows.push({
        lang: language,
        'Nordic words garbled': percent(rate),
        words,
        'WER before': percent(before / words),
        'WER after': percent(after / words),
        'correct words broken': broken,
      });
    }
  }
  console.log(
    `\nSynthetic legacy noise (English-model letters for å/ä/ö/ø/æ; ${RUNS} seeds per text and rate)`,
  );
  console.table(rows);
}

/** Clean texts through the repair: every changed word is a false repair. */
async function cleanText(texts: readonly { name: string; language: Lang; text: string }[]): Promise<void> {
  let words = 0;
  let changed = 0;
  for (const { text, language } of texts) {
    const result = await repairDocument([{ number: 1, text }], { language });
    words += wordErrorRate(text, text).words;
    changed += wordErrorRate(text, result.pages[0]?.text ?? '').errors;
  }
  console.log(
    `\nClean text: ${changed} of ${words} words changed (${((changed / words) * 100).toFixed(2)} %)`,
  );
}
