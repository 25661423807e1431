import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LetterOfIntent } from '../../src/schema/letter-of-intent.ts';
import { BIN, runCli } from '../helpers/cli.ts';
import { listFiles } from './batch-inputs.ts';

/** Copies of the text fixtures: enough documents that the batch is still running when Ctrl-C comes. */
const COPIES = 4;
/** Documents finished before the interrupt is sent: proof that the batch was under way. */
const DONE_BEFORE_INTERRUPT = 3;

let root: string;
let inputs: string;
let total: number;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'loi-interrupt-'));
  inputs = join(root, 'in');
  await mkdir(inputs);
  const names = (await readdir('fixtures/text')).filter((name) => name.endsWith('.txt'));
  for (let copy = 1; copy <= COPIES; copy++)
    for (const name of names) await copyFile(join('fixtures/text', name), join(inputs, `${copy}-${name}`));
  total = names.length * COPIES;
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Runs a batch and sends SIGINT once `DONE_BEFORE_INTERRUPT` documents are reported done. */
function runAndInterrupt(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let sent = false;
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const done = stderr.split('\n').filter((line) => line.startsWith('done ')).length;
      if (!sent && done >= DONE_BEFORE_INTERRUPT) {
        sent = true;
        child.kill('SIGINT');
      }
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('Ctrl-C during a batch', () => {
  it('stops cleanly with only complete outputs, and a rerun completes the batch', async () => {
    const out = join(root, 'out');
    const args = ['extract', inputs, '--out', out, '--jobs', '1'];
    const stopped = await runAndInterrupt(args);
    expect(stopped.stderr).toMatch(/interrupted/);
    expect(stopped.code).toBe(1);

    const written = await listFiles(out);
    // No temporary or half-written file: every file is a complete, valid output.
    expect(written.every((file) => file.endsWith('.json') && !file.startsWith('.'))).toBe(true);
    for (const file of written) LetterOfIntent.parse(JSON.parse(await readFile(join(out, file), 'utf8')));
    expect(written.length).toBeGreaterThanOrEqual(DONE_BEFORE_INTERRUPT);
    expect(written.length).toBeLessThan(total);

    const rerun = await runCli(args);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stderr).toMatch(
      new RegExp(`^${total - written.length} done, 0 failed, ${written.length} skipped`, 'm'),
    );
    const all = await listFiles(out);
    expect(all).toHaveLength(total);
    expect(all.every((file) => file.endsWith('.json') && !file.startsWith('.'))).toBe(true);
  }, 180_000);
});
