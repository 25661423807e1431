import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAtomicFile, writeFileAtomic } from '../../src/output/atomic.ts';
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
