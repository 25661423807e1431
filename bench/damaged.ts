import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LetterOfIntent } from '../src/schema/letter-of-intent.ts';
import { mutateCase } from '../tests/helpers/mutate.ts';
import { table } from './measure.ts';

/**
 * The damaged batch of issue 16, as a new user would run it: 150 files made from the bundled fixtures by
 * the seeded mutator (bit flips, truncation, swapped, repeated and zeroed chunks) — 50 from scanned PDFs,
 * 50 from text-layer PDFs, 50 from PNG page scans — extracted in one `extract --out` run of the built CLI.
 * It reports the exit code, the failures by rule, and checks that every output written is valid and that
 * no temporary file is left. `npm run bench -- damaged` (after `npm run build`); `DAMAGED_OCR=off` skips OCR.
 */

/** Files made from each fixture group. */
const PER_GROUP = 50;
/** Fixed, so every run builds the same 150 files. */
const SEED = 16;
const GROUPS = [
  { dir: 'fixtures/scanned', ext: '.pdf' },
  { dir: 'fixtures/pdf', ext: '.pdf' },
  { dir: 'fixtures/png', ext: '.png' },
] as const;

/** Writes the damaged batch into `dir`; returns how many files. */
export async function makeDamagedBatch(dir: string, perGroup = PER_GROUP, seed = SEED): Promise<number> {
  await mkdir(dir, { recursive: true });
  let count = 0;
  for (const [groupIndex, group] of GROUPS.entries()) {
    const names = (await readdir(group.dir)).filter((name) => name.endsWith(group.ext)).sort();
    for (let index = 0; index < perGroup; index++) {
      const name = names[index % names.length] as string;
      const damaged = mutateCase(await readFile(join(group.dir, name)), seed + groupIndex, index);
      const label = `${group.dir.split('/')[1]}-${String(index).padStart(2, '0')}-${damaged.mutation}`;
      await writeFile(join(dir, `${label}-${name}`), damaged.bytes);
      count++;
    }
  }
  return count;
}

function runCli(args: readonly string[]): Promise<{ code: number | null; stderr: string; seconds: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/loi-extract.js', ...args], {
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr, seconds: (performance.now() - started) / 1000 }));
  });
}

/** Prints the damaged-batch table. */
export async function run(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'loi-damaged-'));
  try {
    const inputs = join(root, 'in');
    const out = join(root, 'out');
    const total = await makeDamagedBatch(inputs);
    const ocr = process.env.DAMAGED_OCR ?? 'auto';
    const result = await runCli(['extract', inputs, '--out', out, '--jobs', '2', '--ocr', ocr]);
    const rules = new Map<string, number>();
    for (const match of result.stderr.matchAll(/^loi-extract: error: .*\[([\w/-]+)\]$/gm)) {
      const rule = match[1] as string;
      rules.set(rule, (rules.get(rule) ?? 0) + 1);
    }
    const written = await readdir(out).catch(() => [] as string[]);
    let valid = 0;
    for (const file of written.filter((name) => name.endsWith('.json'))) {
      const parsed = LetterOfIntent.safeParse(JSON.parse(await readFile(join(out, file), 'utf8')));
      if (parsed.success) valid++;
    }
    const temps = written.filter((name) => !name.endsWith('.json')).length;
    const summary = result.stderr.trim().split('\n').at(-1) ?? '';
    process.stdout.write(
      `${total} damaged files, extract --jobs 2 --ocr ${ocr}: exit ${result.code} in ${result.seconds.toFixed(0)} s\n` +
        `${summary}\n\n${table(
          ['outcome', 'files'],
          [
            ['written, valid JSON', valid],
            ['written, invalid JSON', written.length - temps - valid],
            ['temporary files left', temps],
            ...[...rules].sort((a, b) => b[1] - a[1]).map(([rule, count]) => [`failed: ${rule}`, count]),
          ],
        )}\n`,
    );
    if (rules.has('pipeline/crash')) process.exitCode = 1;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
