/**
 * Language detection benchmark on the labelled snippet set (`fixtures/language/snippets.jsonl`): accuracy
 * per snippet length, noise and language, sv↔no confusions and `und` answers, for this detector and for
 * franc alone (same `only` list). Held-out numbers are the honest ones, and `fresh` (texts written after the
 * last tuning, never looked at while tuning) checks that they were not tuned into; train is what was tuned on.
 * Run alone: `npx tsx -e "import('./bench/language.ts').then(m=>m.run())"`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectLanguage, detectWithFrancOnly } from '../src/language/index.ts';

interface Snippet {
  id: string;
  language: 'sv' | 'no' | 'en';
  split: 'train' | 'heldout' | 'fresh';
  length: number | 'whole';
  noise: 'clean' | 'synthetic' | 'real';
  text: string;
}

interface Tally {
  n: number;
  right: number;
  und: number;
  wrong: number;
  svNo: number;
}

const SNIPPETS = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'language',
  'snippets.jsonl',
);

/** Loads the labelled snippet set. */
export function loadSnippets(): Snippet[] {
  return readFileSync(SNIPPETS, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as Snippet);
}

function tally(snippets: Snippet[], detect: (text: string) => string): Tally {
  const t: Tally = { n: 0, right: 0, und: 0, wrong: 0, svNo: 0 };
  for (const s of snippets) {
    const got = detect(s.text);
    t.n++;
    if (got === s.language) t.right++;
    else if (got === 'und') t.und++;
    else {
      t.wrong++;
      if ((got === 'sv' && s.language === 'no') || (got === 'no' && s.language === 'sv')) t.svNo++;
    }
  }
  return t;
}

const pct = (t: Tally): string => (t.n === 0 ? '-' : `${((100 * t.right) / t.n).toFixed(1)} %`);

function row(label: string, ours: Tally, base: Tally): string {
  return [
    label.padEnd(22),
    String(ours.n).padStart(5),
    pct(ours).padStart(8),
    String(ours.wrong).padStart(6),
    String(ours.und).padStart(5),
    String(ours.svNo).padStart(6),
    '  |',
    pct(base).padStart(8),
    String(base.wrong).padStart(6),
    String(base.und).padStart(5),
    String(base.svNo).padStart(6),
  ].join(' ');
}

const HEADER = `${'group'.padEnd(22)}     n  ours %  wrong   und  sv↔no   |  franc %  wrong   und  sv↔no`;

/** Prints the benchmark tables for one split. */
function report(split: Snippet['split'], all: Snippet[]): void {
  const set = all.filter((s) => s.split === split);
  const ours = (text: string): string => detectLanguage(text).language;
  const lines: string[] = [`\nLanguage detection, ${split} split (${set.length} snippets)`, HEADER];
  for (const length of [20, 50, 100, 300, 'whole'] as const) {
    for (const noise of ['clean', 'noisy'] as const) {
      const group = set.filter(
        (s) => s.length === length && (noise === 'clean' ? s.noise !== 'synthetic' : s.noise === 'synthetic'),
      );
      lines.push(row(`${length} ${noise}`, tally(group, ours), tally(group, detectWithFrancOnly)));
    }
  }
  for (const lang of ['sv', 'no', 'en'] as const) {
    for (const length of [20, 50] as const) {
      const group = set.filter((s) => s.language === lang && s.length === length);
      lines.push(row(`${lang} ${length}`, tally(group, ours), tally(group, detectWithFrancOnly)));
    }
  }
  const real = set.filter((s) => s.noise === 'real' && s.length === 20);
  if (real.length > 0)
    lines.push(row('real OCR (003) 20', tally(real, ours), tally(real, detectWithFrancOnly)));
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** Runs the language benchmark and prints its tables. */
export async function run(): Promise<void> {
  const all = loadSnippets();
  const started = performance.now();
  for (const s of all) detectLanguage(s.text);
  const perText = (performance.now() - started) / all.length;
  report('heldout', all);
  report('fresh', all);
  report('train', all);
  process.stdout.write(`\n${all.length} texts, ${perText.toFixed(3)} ms per text on average\n`);
}
