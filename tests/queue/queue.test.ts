import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import {
  killAll,
  REDIS_URL,
  redisProblem,
  removeQueue,
  type Spawned,
  startWorker,
  testQueueName,
} from './helpers.ts';

/**
 * The queue commands against the machine's real Redis, with text inputs only (no OCR): failures, the
 * same inputs added twice, and what a blocked main thread does to BullMQ's locks.
 */
const problem = await redisProblem();
const TEXTS = ['fixtures/text/en-loi-02.txt', 'fixtures/text/no-news-03.txt'].map((file) => resolve(file));
const BROKEN = resolve('fixtures/broken/truncated.pdf');

describe.skipIf(problem !== null)(problem === null ? 'queue (Redis)' : `queue: SKIPPED, ${problem}`, () => {
  const workers: Spawned[] = [];
  const queues: string[] = [];
  const dirs: string[] = [];
  const newQueue = (label: string) => {
    const name = testQueueName(label);
    queues.push(name);
    return name;
  };
  const newDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'loi-queue-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(async () => {
    killAll(workers.splice(0));
    for (const name of queues.splice(0)) await removeQueue(name);
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  it('a broken input fails its document with its reason; the others are written as extract --out writes them', async () => {
    const queue = newQueue('broken');
    const dir = await newDir();
    const out = join(dir, 'out');
    const expected = join(dir, 'expected');
    const extract = await runCli(['extract', ...TEXTS, '--out', expected, '-q']);
    expect(extract.code, extract.stderr).toBe(0);

    const add = await runCli(['queue', 'add', ...TEXTS, BROKEN, '--out', out, '--queue', queue]);
    expect(add.code, add.stderr).toBe(0);
    expect(add.stderr).toMatch(/^3 queued, 0 already queued, 0 up to date, 0 failed$/m);
    const worker = startWorker(queue, ['--lock-duration', '5']);
    workers.push(worker);
    const wait = await runCli(['queue', 'wait', '--queue', queue, '--timeout', '120']);
    expect(wait.code, `${wait.stderr}\n${worker.stderr()}`).toBe(1);
    expect(wait.stderr).toMatch(/1 document\(s\) failed/);

    const status = await runCli(['queue', 'status', '--queue', queue, '--json']);
    const json = JSON.parse(status.stdout) as {
      documents: { completed: number; failed: number };
      failed: { file: string; reason: string }[];
    };
    expect(json.documents).toMatchObject({ completed: 2, failed: 1 });
    expect(json.failed).toEqual([
      expect.objectContaining({ file: BROKEN, reason: expect.stringMatching(/^load\/damaged-pdf: /) }),
    ]);
    const text = await runCli(['queue', 'status', '--queue', queue]);
    expect(text.stdout).toMatch(
      /^documents: 0 waiting, 0 active, 0 waiting for pages, 2 completed, 1 failed$/m,
    );
    expect(text.stdout).toContain(`failed           ${BROKEN}: load/damaged-pdf`);

    expect((await readdir(out)).sort()).toEqual((await readdir(expected)).sort());
    for (const name of await readdir(expected)) {
      expect(await readFile(join(out, name), 'utf8'), name).toBe(
        await readFile(join(expected, name), 'utf8'),
      );
    }

    worker.child.kill('SIGTERM');
    expect(await worker.exited).toEqual({ code: 0, signal: null });
  }, 240_000);

  it('adding the same inputs again adds no job and rewrites no file', async () => {
    const queue = newQueue('again');
    const out = join(await newDir(), 'out');
    const first = await runCli(['queue', 'add', ...TEXTS, '--out', out, '--queue', queue]);
    expect(first.stderr).toMatch(/^2 queued, 0 already queued/m);
    // Before any worker ran: the same job ids, so nothing new.
    const pending = await runCli(['queue', 'add', ...TEXTS, '--out', out, '--queue', queue]);
    expect(pending.stderr).toMatch(/^0 queued, 2 already queued, 0 up to date/m);

    const worker = startWorker(queue, ['--lock-duration', '5']);
    workers.push(worker);
    const wait = await runCli(['queue', 'wait', '--queue', queue, '--timeout', '120']);
    expect(wait.code, worker.stderr()).toBe(0);
    const times = await Promise.all(
      TEXTS.map((file) => stat(join(out, `${file.split('/').at(-1)?.replace('.txt', '')}.json`))),
    );

    const again = await runCli(['queue', 'add', ...TEXTS, '--out', out, '--queue', queue]);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/^0 queued, 0 already queued, 2 up to date, 0 failed$/m);
    const status = JSON.parse((await runCli(['queue', 'status', '--queue', queue, '--json'])).stdout) as {
      documents: Record<string, number>;
    };
    expect(status.documents).toMatchObject({ waiting: 0, active: 0, completed: 2 });
    const after = await Promise.all(
      TEXTS.map((file) => stat(join(out, `${file.split('/').at(-1)?.replace('.txt', '')}.json`))),
    );
    expect(after.map((info) => info.mtimeMs)).toEqual(times.map((info) => info.mtimeMs));
    expect((await readdir(out)).sort()).toEqual(['en-loi-02.json', 'no-news-03.json']);
  }, 240_000);

  it('a blocked main thread loses the job lock and the job runs again on another worker', async () => {
    const queue = newQueue('blocked');
    const out = join(await newDir(), 'out');
    // Temporary files as killed writers leave them: one of this job's output by a worker on another
    // host (taken over when the job runs again), one of a process of this host that is gone (cleaned
    // up as extract does), and one of a live writer elsewhere, of another output (left alone).
    const gone = spawnSync(process.execPath, ['-e', '']).pid as number;
    const host = hostname().replaceAll('@', '_');
    const otherHost = '.loi-extract-en-loi-02.json@4242@elsewhere@0badc0de.tmp';
    const deadHere = `.loi-extract-other.json@${gone}@${host}@deadbeef.tmp`;
    const live = '.loi-extract-other.json@4242@elsewhere@0badc0de.tmp';
    await mkdir(out, { recursive: true });
    for (const name of [otherHost, deadHere, live]) await writeFile(join(out, name), '{"half":');
    // The hook blocks the worker's main thread for 30 s at the start of every job, as synchronous OCR
    // would; with a 2 s lock nothing can renew it meanwhile, and a second worker has time to start.
    const blocked = startWorker(queue, ['--lock-duration', '2'], { LOI_EXTRACT_TEST_BLOCK_MAIN_MS: '30000' });
    workers.push(blocked);
    await blocked.waitFor(/^worker \d+ on queue/m, 30_000);
    await runCli(['queue', 'add', TEXTS[0] as string, '--out', out, '--queue', queue]);
    await blocked.waitFor(/^started document/m, 30_000);
    const healthy = startWorker(queue, ['--lock-duration', '2']);
    workers.push(healthy);
    await healthy.waitFor(/^stalled job /m, 60_000);
    await healthy.waitFor(/^started document .*\(run 2\)$/m, 60_000);
    await healthy.waitFor(/^(done|up to date) document /m, 60_000);
    expect(await runCli(['queue', 'wait', '--queue', queue, '--timeout', '60']).then((run) => run.code)).toBe(
      0,
    );
    expect((await readdir(out)).sort()).toEqual([live, 'en-loi-02.json'].sort());
  });

  it('inputs of one file name added by separate queue adds get the names extract gives them, and keep them; source.file is the path as given', async () => {
    const queue = newQueue('names');
    const dir = await newDir();
    // Two different documents both called a.txt, given as relative paths from `dir`.
    await mkdir(join(dir, 'one'));
    await mkdir(join(dir, 'two'));
    await copyFile(TEXTS[0] as string, join(dir, 'one', 'a.txt'));
    await copyFile(TEXTS[1] as string, join(dir, 'two', 'a.txt'));
    const extract = await runCli(['extract', 'one/a.txt', 'two/a.txt', '--out', 'expected', '-q'], {
      cwd: dir,
    });
    expect(extract.code, extract.stderr).toBe(0);

    const add = (...inputs: string[]) =>
      runCli(['queue', 'add', ...inputs, '--out', 'out', '--queue', queue], { cwd: dir });
    expect((await add('one/a.txt')).stderr).toMatch(/^1 queued, /m);
    expect((await add('two/a.txt')).stderr).toMatch(/^1 queued, /m);
    // Again, the other way round and by another path: each keeps its name, so each is the same job.
    const again = await add('two/a.txt', join(dir, 'one', 'a.txt'));
    expect(again.stderr).toMatch(/^0 queued, 2 already queued, 0 up to date, 0 failed$/m);
    expect(again.stderr).toContain(`→ ${join(dir, 'out', 'a-2.json')}`);

    const worker = startWorker(queue, ['--lock-duration', '5']);
    workers.push(worker);
    const wait = await runCli(['queue', 'wait', '--queue', queue, '--timeout', '120']);
    expect(wait.code, worker.stderr()).toBe(0);
    const expected = join(dir, 'expected');
    expect((await readdir(join(dir, 'out'))).sort()).toEqual(['a-2.json', 'a.json']);
    for (const name of ['a.json', 'a-2.json']) {
      expect(await readFile(join(dir, 'out', name), 'utf8'), name).toBe(
        await readFile(join(expected, name), 'utf8'),
      );
    }
    const sources = await Promise.all(
      ['a.json', 'a-2.json'].map(async (name) => {
        const json = JSON.parse(await readFile(join(dir, 'out', name), 'utf8')) as {
          source: { file: string };
        };
        return json.source.file;
      }),
    );
    expect(sources).toEqual(['one/a.txt', 'two/a.txt']);
  }, 240_000);

  it('without Redis, a queue command says so and exits 1', async () => {
    const run = await runCli(['queue', 'status', '--redis', 'redis://127.0.0.1:1']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/cannot reach Redis at redis:\/\/127\.0\.0\.1:1: .*ECONNREFUSED/);
    expect(REDIS_URL).toMatch(/^redis/);
  });
});
