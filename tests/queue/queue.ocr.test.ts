import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { LETTER_LEGACY_LAYER, LETTER_PARAGRAPHS } from '../helpers/legacy-letter.ts';
import { makeSandwichPdf } from '../helpers/pdf.ts';
import { renderTextPage } from '../ocr/pages.ts';
import { killAll, redisProblem, removeQueue, type Spawned, startWorker, testQueueName } from './helpers.ts';

/**
 * The queue with real OCR against the machine's Redis: workers killed mid-page lose nothing, and OCR in
 * worker threads keeps a job's lock alive through a page that takes longer than the lock.
 */
const problem = await redisProblem();
/**
 * Two texts and a scan of two pages (so the document's pages go in both rounds of page jobs); the test
 * adds a scan whose old English-model text layer is OCR'd again, with its warning.
 */
const BATCH = [
  'fixtures/text/en-loi-02.txt',
  'fixtures/text/no-news-03.txt',
  'fixtures/scanned/seed-001.pdf',
].map((file) => resolve(file));

describe.skipIf(problem !== null)(
  problem === null ? 'queue with OCR (Redis)' : `queue with OCR: SKIPPED, ${problem}`,
  () => {
    const workers: Spawned[] = [];
    const queues: string[] = [];
    const dirs: string[] = [];
    afterEach(async () => {
      killAll(workers.splice(0));
      for (const name of queues.splice(0)) await removeQueue(name);
      for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
    });

    it('two workers, one SIGKILLed while it holds a page, a third finishes: outputs equal extract --out, no stray files', async () => {
      const queue = testQueueName('kill');
      queues.push(queue);
      const dir = await mkdtemp(join(tmpdir(), 'loi-queue-'));
      dirs.push(dir);
      const expected = join(dir, 'expected');
      const out = join(dir, 'out');
      // A scan under a legacy text layer (200 dpi, as the fixtures' scans): redone by OCR, with a warning.
      const legacy = join(dir, 'legacy-sandwich.pdf');
      const page = await renderTextPage(LETTER_PARAGRAPHS, { dpi: 200 });
      await writeFile(legacy, await makeSandwichPdf(page, LETTER_LEGACY_LAYER));
      const batch = [...BATCH, legacy];
      const extract = await runCli(['extract', ...batch, '--out', expected, '--jobs', '2', '-q']);
      expect(extract.code, extract.stderr).toBe(0);

      const add = await runCli(['queue', 'add', ...batch, '--out', out, '--queue', queue]);
      expect(add.stderr).toMatch(/^4 queued, /m);
      // A short lock, so the killed worker's page is taken over within seconds rather than a minute.
      const lock = ['--lock-duration', '5'];
      const doomed = startWorker(queue, lock);
      const second = startWorker(queue, lock);
      workers.push(doomed, second);
      await doomed.waitFor(/^started page /m, 120_000);
      doomed.child.kill('SIGKILL');
      expect((await doomed.exited).signal).toBe('SIGKILL');
      const third = startWorker(queue, lock);
      workers.push(third);

      const wait = await runCli(['queue', 'wait', '--queue', queue, '--timeout', '400']);
      expect(
        wait.code,
        `${wait.stderr}\n--- second:\n${second.stderr()}\n--- third:\n${third.stderr()}`,
      ).toBe(0);
      expect((await readdir(out)).sort()).toEqual((await readdir(expected)).sort());
      for (const name of await readdir(expected)) {
        expect(await readFile(join(out, name), 'utf8'), name).toBe(
          await readFile(join(expected, name), 'utf8'),
        );
      }
      const redone = JSON.parse(await readFile(join(out, 'legacy-sandwich.json'), 'utf8')) as {
        warnings: string[];
      };
      expect(redone.warnings.join('\n')).toMatch(
        /page 1: text layer reads like OCR with an English model.*OCR'd again/,
      );
      // The page the killed worker held was run again by a survivor.
      expect(`${second.stderr()}${third.stderr()}`).toMatch(/^started page .*\(run 2\)$/m);

      for (const worker of [second, third]) worker.child.kill('SIGTERM');
      expect(await second.exited).toEqual({ code: 0, signal: null });
      expect(await third.exited).toEqual({ code: 0, signal: null });
    }, 600_000);

    it('a real worker keeps its lock through page jobs that take longer than the lock', async () => {
      const queue = testQueueName('lock');
      queues.push(queue);
      const dir = await mkdtemp(join(tmpdir(), 'loi-queue-'));
      dirs.push(dir);
      // Short enough that two pages outlast it on any machine; long enough that the few hundred
      // milliseconds the main thread spends preprocessing a page, on a loaded machine, never lose it.
      const lockSeconds = 4;
      const worker = startWorker(queue, ['--lock-duration', String(lockSeconds)]);
      const watcher = startWorker(queue, ['--lock-duration', String(lockSeconds)]);
      workers.push(worker, watcher);
      await worker.waitFor(/^worker \d+ on queue/m, 60_000);
      await watcher.waitFor(/^worker \d+ on queue/m, 60_000);
      // Three scanned pages: the first in a job of its own, then pages 2–3 in one job (Swedish, so one
      // model rather than the three an unknown language starts with).
      const add = await runCli([
        'queue',
        'add',
        '--lang',
        'sv',
        '--max-pages',
        '3',
        resolve('fixtures/scanned/seed-004.pdf'),
        '--out',
        join(dir, 'out'),
        '--queue',
        queue,
      ]);
      expect(add.code, add.stderr).toBe(0);
      // Whichever worker takes pages 2–3 (the other may stay idle).
      const holder = await Promise.any([
        worker.waitFor(/^started page 2,3 /m, 500_000).then(() => worker),
        watcher.waitFor(/^started page 2,3 /m, 500_000).then(() => watcher),
      ]);
      const started = Date.now();
      await holder.waitFor(/^done page 2,3 /m, 300_000);
      const seconds = (Date.now() - started) / 1000;
      expect(seconds, 'the page job took less than the lock; nothing was shown').toBeGreaterThan(lockSeconds);
      const wait = await runCli(['queue', 'wait', '--queue', queue, '--timeout', '120']);
      expect(wait.code).toBe(0);
      const logs = `${worker.stderr()}${watcher.stderr()}`;
      expect(logs).not.toMatch(/stalled|could not renew lock|Missing lock|Lock mismatch|\(run \d+\)/);
    }, 600_000);
  },
);
