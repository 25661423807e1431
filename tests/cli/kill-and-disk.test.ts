import { execFileSync, spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LetterOfIntent } from '../../src/schema/letter-of-intent.ts';
import { BIN, runCli } from '../helpers/cli.ts';
import { listFiles } from './batch-inputs.ts';

/**
 * Issue 16: a batch killed with SIGKILL (no chance to clean up) and started again finishes with every
 * output complete and valid, no temporary file left and nothing redone; a full disk or a read-only output
 * folder gives a clear error and never a half-written file. The disk tests use a real, tiny tmpfs, which
 * needs root; elsewhere they are skipped with the reason.
 */

/** Text fixtures in the batch: enough that it is still running when it is killed, few enough to be quick. */
const DOCUMENTS = 16;
/** Documents reported done before the kill: proof that the batch was under way. */
const DONE_BEFORE_KILL = 4;
/** Small enough that the batch fills it after a few documents: its pretty-printed JSON files are 3–15 kB each. */
const TMPFS_SIZE = '48k';
/** The same for one JSON Lines file, which takes about 4 kB a document. */
const TMPFS_SIZE_JSONL = '24k';

let root: string;
let inputs: string;
let total: number;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'loi-kill-'));
  inputs = join(root, 'in');
  await mkdir(inputs);
  const names = (await readdir('fixtures/text')).filter((name) => name.endsWith('.txt')).sort();
  for (const name of names.slice(0, DOCUMENTS))
    await copyFile(join('fixtures/text', name), join(inputs, name));
  total = Math.min(DOCUMENTS, names.length);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Runs the CLI and kills it with SIGKILL once `doneLines` documents are reported done. */
function runAndKill(args: readonly string[], doneLines: number): Promise<NodeJS.Signals | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.split('\n').filter((line) => line.startsWith('done ')).length >= doneLines)
        child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (_code, signal) => resolve(signal));
  });
}

async function expectValidJsonFiles(dir: string, files: readonly string[]): Promise<void> {
  for (const file of files) LetterOfIntent.parse(JSON.parse(await readFile(join(dir, file), 'utf8')));
}

describe('a batch killed with SIGKILL', () => {
  it('finishes when started again: all outputs valid, nothing redone, no temporary file', async () => {
    const out = join(root, 'out');
    const args = ['extract', inputs, '--out', out, '--jobs', '2'];
    expect(await runAndKill(args, DONE_BEFORE_KILL)).toBe('SIGKILL');
    const afterKill = await listFiles(out);
    const finished = afterKill.filter((file) => file.endsWith('.json') && !file.startsWith('.'));
    await expectValidJsonFiles(out, finished);
    expect(finished.length).toBeGreaterThanOrEqual(DONE_BEFORE_KILL);
    expect(finished.length).toBeLessThan(total);

    const rerun = await runCli(args);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stderr).toMatch(
      new RegExp(`^${total - finished.length} done, 0 failed, ${finished.length} skipped`, 'm'),
    );
    const all = await listFiles(out);
    expect(all).toHaveLength(total);
    expect(all.every((file) => file.endsWith('.json') && !file.startsWith('.'))).toBe(true);
    await expectValidJsonFiles(out, all);
  }, 180_000);

  it("writing one JSON Lines file: the killed run's temporary file is removed by the next run", async () => {
    const dir = join(root, 'table');
    const out = join(dir, 'all.jsonl');
    const args = ['extract', inputs, '--format', 'jsonl', '--out', out, '--jobs', '2'];
    expect(await runAndKill(args, DONE_BEFORE_KILL)).toBe('SIGKILL');
    // The JSON Lines file is written under a temporary name until the batch ends, so the kill leaves it.
    const leftover = await listFiles(dir);
    expect(leftover).toEqual([expect.stringMatching(/^\.loi-extract-all\.jsonl@\d+@.*\.tmp$/)]);

    const rerun = await runCli(args);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(await listFiles(dir)).toEqual(['all.jsonl']);
    const lines = (await readFile(out, 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(total);
    for (const line of lines) LetterOfIntent.parse(JSON.parse(line));
  }, 180_000);
});

/** Mounts a tmpfs at `dir` with the given options; returns why it cannot, or null when mounted. */
function mountTmpfs(dir: string, options: string): string | null {
  if (process.platform !== 'linux') return 'tmpfs mounts need Linux';
  if (process.getuid?.() !== 0) return 'mounting a tmpfs needs root';
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return `mount -t tmpfs failed: ${(error as Error).message.split('\n')[0]}`;
  }
}

function unmount(dir: string): void {
  execFileSync('umount', [dir], { stdio: 'pipe' });
}

describe('a full disk or a read-only output folder', () => {
  it('full disk, one JSON file per document: clear error, stops, only complete files', async (context) => {
    const disk = join(root, 'full');
    await mkdir(disk);
    const why = mountTmpfs(disk, `size=${TMPFS_SIZE}`);
    if (why !== null) context.skip(why);
    try {
      const run = await runCli(['extract', inputs, '--out', disk, '--jobs', '2']);
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toMatch(/cannot write the output: the disk is full \(no space left on the device\)/);
      expect(run.stderr).toMatch(/stopped: the output cannot take more/);
      expect(run.stderr).not.toMatch(/internal error/);
      const written = await listFiles(disk);
      expect(written.length).toBeGreaterThan(0);
      expect(written.length).toBeLessThan(total);
      expect(written.every((file) => file.endsWith('.json') && !file.startsWith('.'))).toBe(true);
      await expectValidJsonFiles(disk, written);
    } finally {
      unmount(disk);
    }
  }, 180_000);

  it('full disk, one JSON Lines file: clear error and no file at all', async (context) => {
    const disk = join(root, 'full-jsonl');
    await mkdir(disk);
    const why = mountTmpfs(disk, `size=${TMPFS_SIZE_JSONL}`);
    if (why !== null) context.skip(why);
    try {
      const out = join(disk, 'all.jsonl');
      const run = await runCli(['extract', inputs, '--format', 'jsonl', '--out', out, '--jobs', '2']);
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toMatch(/the disk is full/);
      expect(run.stderr).not.toMatch(/internal error/);
      expect(await listFiles(disk)).toEqual([]);
    } finally {
      unmount(disk);
    }
  }, 180_000);

  it('read-only output folder: says so before reading any document', async (context) => {
    const disk = join(root, 'readonly');
    await mkdir(disk);
    const why = mountTmpfs(disk, 'ro,size=64k');
    if (why !== null) context.skip(why);
    try {
      const run = await runCli(['extract', inputs, '--out', disk]);
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toMatch(
        new RegExp(`^loi-extract: cannot write to ${disk}: the file system is read-only \\(EROFS\\)$`, 'm'),
      );
      expect(run.stderr).not.toMatch(/^done /m);
      expect(await listFiles(disk)).toEqual([]);
    } finally {
      unmount(disk);
    }
  }, 60_000);
});
