import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  describeWriteError,
  openAtomicFile,
  removeStaleTemps,
  removeTempsOf,
  STALE_TEMP_MS,
  setTempOwner,
  TEMP_PREFIX,
  writeFileAtomic,
} from '../../src/output/atomic.ts';
import { jsonOutputPath } from '../../src/output/writers.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loi-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('openAtomicFile', () => {
  it('shows nothing under the target name until commit, then the whole file', async () => {
    const target = join(dir, 'all.jsonl');
    const file = await openAtomicFile(target);
    await file.write('one\n');
    await file.write('two\n');
    expect(await readdir(dir)).not.toContain('all.jsonl');
    await file.commit();
    expect(await readdir(dir)).toEqual(['all.jsonl']);
    expect(await readFile(target, 'utf8')).toBe('one\ntwo\n');
  });

  it('leaves the old target untouched and no temporary file on abort', async () => {
    const target = join(dir, 'table.csv');
    await writeFile(target, 'previous run\n');
    const file = await openAtomicFile(target);
    await file.write('half a ro');
    await file.abort();
    await file.commit(); // after abort, commit does nothing
    expect(await readdir(dir)).toEqual(['table.csv']);
    expect(await readFile(target, 'utf8')).toBe('previous run\n');
  });
});

describe('writeFileAtomic', () => {
  it('replaces a file in one step and leaves no temporary file', async () => {
    const target = join(dir, 'a.json');
    await writeFileAtomic(target, '{"old":true}');
    await writeFileAtomic(target, '{"new":true}');
    expect(await readdir(dir)).toEqual(['a.json']);
    expect(await readFile(target, 'utf8')).toBe('{"new":true}');
  });
});

describe('removeStaleTemps', () => {
  /** A process id no test machine runs: the leftover of a killed writer. */
  const DEAD = 999_999;
  const LIVE = 4242;
  const host = hostname().replaceAll('@', '_');
  const temp = (pid: number, onHost = host) => `${TEMP_PREFIX}a.json@${pid}@${onHost}@0123abcd.tmp`;

  it("removes a dead writer's leftovers and keeps a live writer's files and everything else", async () => {
    setTempOwner({ host, pid: 1 });
    for (const name of [temp(DEAD), temp(LIVE), temp(DEAD, 'other-host'), 'a.json', '.hidden'])
      await writeFile(join(dir, name), 'x');
    const removed = await removeStaleTemps(dir, (pid) => pid === LIVE);
    expect(removed).toEqual([temp(DEAD)]);
    expect((await readdir(dir)).sort()).toEqual(
      ['.hidden', 'a.json', temp(DEAD, 'other-host'), temp(LIVE)].sort(),
    );
  });

  it('removes any temporary file untouched for a day, whoever wrote it', async () => {
    const old = join(dir, temp(DEAD, 'other-host'));
    await writeFile(old, 'x');
    const dayAgo = (Date.now() - STALE_TEMP_MS - 60_000) / 1000;
    await utimes(old, dayAgo, dayAgo);
    expect(await removeStaleTemps(dir, () => true)).toEqual([temp(DEAD, 'other-host')]);
  });

  it('names its own temporary files so that they can be told apart', async () => {
    setTempOwner({ host, pid: 77 });
    const file = await openAtomicFile(join(dir, 'all.jsonl'));
    const [name] = await readdir(dir);
    expect(name).toMatch(new RegExp(`^\\.loi-extract-all\\.jsonl@77@${host}@[0-9a-f]{8}\\.tmp$`));
    // Its writer (pid 77 here) is gone: a later run removes the file.
    expect(await removeStaleTemps(dir, () => false)).toHaveLength(0); // but not while it is this process's own
    setTempOwner({ host, pid: 1 });
    expect(await removeStaleTemps(dir, () => false)).toEqual([name]);
    await file.abort();
  });
});

describe('removeTempsOf', () => {
  const host = hostname().replaceAll('@', '_');
  const temp = (target: string, pid: number, onHost: string) =>
    `${TEMP_PREFIX}${target}@${pid}@${onHost}@0123abcd.tmp`;

  it("takes one target's leftovers over from any writer, on any host, but not its own or another target's", async () => {
    setTempOwner({ host, pid: 77 });
    const names = [
      temp('report.json', 4242, 'archive-2'),
      temp('report.json', 4243, host),
      temp('report.json', 77, host),
      temp('report.json.json', 4242, 'archive-2'),
      temp('other.json', 4242, 'archive-2'),
      'report.json',
    ];
    for (const name of names) await writeFile(join(dir, name), 'x');
    const removed = await removeTempsOf(join(dir, 'report.json'));
    expect(removed.sort()).toEqual(
      [temp('report.json', 4242, 'archive-2'), temp('report.json', 4243, host)].sort(),
    );
    expect((await readdir(dir)).sort()).toEqual(
      [
        temp('report.json', 77, host),
        temp('report.json.json', 4242, 'archive-2'),
        temp('other.json', 4242, 'archive-2'),
        'report.json',
      ].sort(),
    );
    setTempOwner({ host, pid: 1 });
  });
});

describe('describeWriteError', () => {
  it('is described in words a user can act on', () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    expect(describeWriteError(full)).toBe('the disk is full (no space left on the device) (ENOSPC)');
    expect(describeWriteError(new Error('odd'))).toBe('odd');
  });
});

describe('jsonOutputPath', () => {
  it('puts a plain name inside the folder', () => {
    expect(jsonOutputPath(dir, 'Avsiktsförklaring Luleå')).toBe(join(dir, 'Avsiktsförklaring Luleå.json'));
  });

  it.each(['../x', '..', 'a/../../x', '/etc/passwd', '.hidden', ''])(
    'refuses %j, which would leave the folder or hide',
    (name) => {
      expect(() => jsonOutputPath(dir, name)).toThrow(/outside/);
    },
  );
});
