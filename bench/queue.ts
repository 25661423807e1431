import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DEFAULT_MAX_PAGES, DEFAULT_MAX_TEXT_CHARS, extractFiles } from '../src/index.ts';
import { DEFAULT_MAX_PIXELS, DEFAULT_RENDER_DPI } from '../src/pipeline/load.ts';
import { addDocuments } from '../src/queue/add.ts';
import { queueNames } from '../src/queue/connection.ts';
import type { JobOptions } from '../src/queue/jobs.ts';
import { outputNamesKey } from '../src/queue/names.ts';
import { isDrained, queueCounts } from '../src/queue/status.ts';
import { table } from './measure.ts';

/**
 * `npm run build && npm run bench -- queue`: what the Redis queue (BullMQ) does on this machine.
 *
 * 1. Pages/min of scanned documents with one and with two worker processes (`--concurrency 1` each),
 *    next to `extract --jobs 1` in one process on the same files, with the CPU seconds each spent per
 *    page: on a shared machine the wall times follow the other users' load, the CPU time much less.
 * 2. The queue's own overhead per document job: tiny text documents through `queue add` and a worker,
 *    against extracting them in one process (both warm, no process start-up in either time), in wall
 *    time and in CPU time (the worker's, Redis's and the adding process's, against extract's).
 * 3. What a page costs Redis: the bytes of page results kept with their document job.
 *
 * The inputs are small (5 scanned pages, 200 tiny texts) so that the whole run takes a few minutes.
 */

/** Scanned fixtures: 4 documents, 5 pages (one of 2, so both rounds of page jobs run). */
const SCANNED = ['seed-000.pdf', 'seed-001.pdf', 'seed-002.pdf', 'sv-loi-01.pdf'];
/** Tiny text documents for the overhead per job: enough that a few ms per job show above the noise. */
const TINY_DOCUMENTS = 200;
/** Each overhead measurement is made this many times, alternating, and the lowest figure kept. */
const REPEATS = 2;
const BIN = resolve('bin/loi-extract.js');
const REDIS_URL = process.env.LOI_REDIS_URL || 'redis://127.0.0.1:6379';
/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;
/** How often the in-process waits look at the queue. */
const POLL_MS = 50;

/** The options `queue add` gives a job when no flag is set. */
const DEFAULT_OPTIONS: JobOptions = {
  ocr: 'auto',
  lang: 'auto',
  repair: true,
  includeText: false,
  maxPages: DEFAULT_MAX_PAGES,
  maxTextChars: DEFAULT_MAX_TEXT_CHARS,
  renderDpi: DEFAULT_RENDER_DPI,
  maxPixels: DEFAULT_MAX_PIXELS,
};

interface Run {
  label: string;
  pages: number;
  seconds: number;
  /** CPU seconds (user + system) of the processes doing the work, or null where it cannot be read. */
  cpuSeconds: number | null;
}

export async function run(): Promise<void> {
  if (!existsSync('dist/cli/main.js'))
    throw new Error('the queue benchmark runs the built CLI: npm run build first');
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null, lazyConnect: true });
  redis.on('error', () => {});
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    process.stdout.write(`skipped: no Redis answers at ${REDIS_URL} (${(error as Error).message})\n`);
    return;
  }
  try {
    await benchmark(redis);
  } finally {
    redis.disconnect();
  }
}

async function benchmark(redis: Redis): Promise<void> {
  const say = (text: string) => process.stdout.write(text);
  const load = () =>
    loadavg()
      .map((value) => value.toFixed(2))
      .join(', ');
  say(
    `Machine: ${availableParallelism()} cores; load average (1, 5, 15 min) at the start: ${load()}. Redis ${REDIS_URL}.\n\n`,
  );

  // 1. Throughput on scanned pages.
  const scanned = SCANNED.map((name) => resolve('fixtures/scanned', name));
  const runs: Run[] = [await extractRun(scanned)];
  let redisBytesPerPage: number | null = null;
  for (const processes of [1, 2]) {
    const measured = await queueRun(redis, scanned, processes);
    runs.push(measured.run);
    if (processes === 1) redisBytesPerPage = measured.redisBytesPerPage;
    say(`  (${measured.run.label} done; load average now ${load()})\n`);
  }
  const oneWorker = runs[1] as Run;
  const perMinute = (run: Run) => (run.pages / run.seconds) * 60;
  say(
    `\n### Throughput: ${scanned.length} scanned fixtures, ${oneWorker.pages} OCR pages, default options (--lang auto)\n\n`,
  );
  say(
    `${table(
      ['run', 'pages', 'wall s', 'pages/min', 'vs 1 worker', 'CPU s/page'],
      runs.map((run) => [
        run.label,
        run.pages,
        run.seconds,
        perMinute(run),
        perMinute(run) / perMinute(oneWorker),
        run.cpuSeconds === null ? 'n/a' : run.cpuSeconds / run.pages,
      ]),
    )}\n\n`,
  );
  say(
    'Workers are started and ready before the clock starts (their OCR engine starts with their first page, in the time); `extract` is timed from its process start. CPU s/page: user + system time of the worker processes (all their threads) or of the extract process, over the OCR pages.\n',
  );

  // 2. Overhead per job on tiny text documents.
  const overhead = await overheadPerJob(redis);
  const n = overhead.documents;
  const perJob = (seconds: number) => (seconds * 1000) / n;
  say(
    `\n### Queue overhead per document job: ${n} tiny text documents (no OCR), one worker (--concurrency 1)\n\n`,
  );
  say(
    `${table(
      ['', 'extract, one process', 'queue add → drained', 'overhead per job'],
      [
        [
          'wall ms/job',
          perJob(overhead.direct.wall),
          perJob(overhead.queued.wall),
          perJob(overhead.queued.wall - overhead.direct.wall),
        ],
        [
          'CPU ms/job',
          perJob(overhead.direct.cpu),
          perJob(overhead.queued.cpu),
          perJob(overhead.queued.cpu - overhead.direct.cpu),
        ],
        ['  of which queue add (hash, reserve the name, add)', '', perJob(overhead.addCpu), ''],
        ['  of which Redis server', '', overhead.redisCpu === null ? 'n/a' : perJob(overhead.redisCpu), ''],
      ],
    )}\n\n`,
  );
  say(
    `\`extract\` is the library (extractFiles, --jobs 1) in the benchmark process; the queue run adds with \`queue add\`'s code in the benchmark process, one worker process runs the jobs, and the clock stops when the queue is drained (polled every ${POLL_MS} ms). Both are warm (one document first, untimed); each is run ${REPEATS} times, alternating, and the lower figure kept. CPU: extract's process; for the queue, the worker process + the Redis server + the adding process.\n`,
  );

  // 3. Redis.
  say(
    `\n### Redis\n\nPage results kept with their document job (the page texts, words and boxes): ${
      redisBytesPerPage === null ? 'n/a' : `${(redisBytesPerPage / 1024).toFixed(1)} KiB per OCR page`
    } (MEMORY USAGE of the documents' processed hashes after the one-worker run).\n`,
  );
  say(`\nLoad average at the end: ${load()}.\n`);
}

/** `extract --jobs 1 --out DIR` on the files, timed with its CPU time by /usr/bin/time. */
async function extractRun(files: readonly string[]): Promise<Run> {
  const out = await mkdtemp(join(tmpdir(), 'loi-bench-extract-'));
  try {
    const timed = await new Promise<{ code: number | null; stderr: string }>((done, fail) => {
      const child = spawn(
        '/usr/bin/time',
        [
          '-f',
          'TIME %e %U %S',
          process.execPath,
          BIN,
          'extract',
          ...files,
          '--out',
          out,
          '--jobs',
          '1',
          '-q',
        ],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      );
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      child.on('error', fail);
      child.on('close', (code) => done({ code, stderr }));
    });
    const match = /^TIME ([\d.]+) ([\d.]+) ([\d.]+)$/m.exec(timed.stderr);
    if (timed.code !== 0 || match === null)
      throw new Error(`extract failed (${timed.code}): ${timed.stderr}`);
    return {
      label: 'extract --jobs 1, one process, no queue',
      pages: await pagesIn(out),
      seconds: Number(match[1]),
      cpuSeconds: Number(match[2]) + Number(match[3]),
    };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

async function queueRun(
  redis: Redis,
  files: readonly string[],
  processes: number,
): Promise<{ run: Run; redisBytesPerPage: number | null }> {
  const queue = `loi-bench-${process.pid}-${Date.now()}`;
  const out = await mkdtemp(join(tmpdir(), 'loi-bench-queue-'));
  const workers = Array.from({ length: processes }, () => startWorker(queue));
  try {
    await Promise.all(workers.map((worker) => worker.ready));
    const cpuBefore = workers.map((worker) => cpuSecondsOf(worker.child.pid));
    const started = performance.now();
    await addDocuments(redis, queue, { files, out, options: DEFAULT_OPTIONS, force: false });
    await drained(redis, queue);
    const seconds = (performance.now() - started) / 1000;
    const cpuAfter = workers.map((worker) => cpuSecondsOf(worker.child.pid));
    const cpu = cpuAfter.every((value) => value !== null) && cpuBefore.every((value) => value !== null);
    const pages = await pagesIn(out);
    return {
      run: {
        label: `queue, ${processes} worker process${processes === 1 ? '' : 'es'}`,
        pages,
        seconds,
        cpuSeconds: cpu
          ? cpuAfter.reduce((sum, value, index) => sum + (value as number) - (cpuBefore[index] as number), 0)
          : null,
      },
      redisBytesPerPage: await processedBytes(redis, queue).then((bytes) =>
        pages > 0 ? bytes / pages : null,
      ),
    };
  } finally {
    await stopWorkers(workers);
    await removeQueue(redis, queue);
    await rm(out, { recursive: true, force: true });
  }
}

interface Cost {
  wall: number;
  cpu: number;
}

async function overheadPerJob(redis: Redis): Promise<{
  documents: number;
  direct: Cost;
  queued: Cost;
  addCpu: number;
  redisCpu: number | null;
}> {
  const dir = await mkdtemp(join(tmpdir(), 'loi-bench-tiny-'));
  const queue = `loi-bench-${process.pid}-${Date.now()}`;
  const worker = startWorker(queue);
  const redisPid = Number(/^process_id:(\d+)/m.exec(String(await redis.info('server')))?.[1] ?? Number.NaN);
  try {
    const files = await writeTinyDocuments(dir, TINY_DOCUMENTS);
    await worker.ready;
    // Warm both: one document first, so that dictionaries are loaded in the benchmark and the worker.
    await drain(extractFiles([{ path: files[0] as string }], { jobs: 1 }));
    await queueOnce(redis, queue, [files[0] as string], join(dir, 'warm'), worker.child.pid, redisPid);
    const direct: Cost[] = [];
    const queued: (Cost & { add: number; redis: number | null })[] = [];
    for (let round = 0; round < REPEATS; round++) {
      const wall = performance.now();
      const cpu = process.cpuUsage();
      await drain(
        extractFiles(
          files.map((path) => ({ path })),
          { jobs: 1 },
        ),
      );
      direct.push({ wall: (performance.now() - wall) / 1000, cpu: cpuSince(cpu) });
      queued.push(
        await queueOnce(redis, queue, files, join(dir, `out-${round}`), worker.child.pid, redisPid),
      );
    }
    const lowest = <T extends Cost>(costs: T[]): T =>
      costs.reduce((best, cost) => (cost.wall < best.wall ? cost : best));
    const bestQueued = lowest(queued);
    return {
      documents: files.length,
      direct: { wall: Math.min(...direct.map((c) => c.wall)), cpu: Math.min(...direct.map((c) => c.cpu)) },
      queued: { wall: bestQueued.wall, cpu: Math.min(...queued.map((c) => c.cpu)) },
      addCpu: Math.min(...queued.map((c) => c.add)),
      redisCpu: queued.every((c) => c.redis !== null)
        ? Math.min(...queued.map((c) => c.redis as number))
        : null,
    };
  } finally {
    await stopWorkers([worker]);
    await removeQueue(redis, queue);
    await rm(dir, { recursive: true, force: true });
  }
}

/** Adds the files to the queue and waits until it is drained: wall and CPU time (worker + Redis + adding). */
async function queueOnce(
  redis: Redis,
  queue: string,
  files: readonly string[],
  out: string,
  workerPid: number | undefined,
  redisPid: number,
): Promise<Cost & { add: number; redis: number | null }> {
  const workerBefore = cpuSecondsOf(workerPid);
  const redisBefore = cpuSecondsOf(redisPid);
  const wall = performance.now();
  const cpu = process.cpuUsage();
  await addDocuments(redis, queue, { files, out, options: DEFAULT_OPTIONS, force: false });
  const add = cpuSince(cpu);
  await drained(redis, queue);
  const seconds = (performance.now() - wall) / 1000;
  const own = cpuSince(cpu);
  const workerCpu = (cpuSecondsOf(workerPid) ?? 0) - (workerBefore ?? 0);
  const redisAfter = cpuSecondsOf(redisPid);
  const redisCpu = redisAfter === null || redisBefore === null ? null : redisAfter - redisBefore;
  const written = (await readdir(out)).filter((name) => name.endsWith('.json')).length;
  if (written !== files.length) throw new Error(`the queue wrote ${written} of ${files.length} outputs`);
  return { wall: seconds, cpu: own + workerCpu + (redisCpu ?? 0), add, redis: redisCpu };
}

/** CPU seconds (user + system) of this process since `start`. */
function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

/**
 * Writes `count` tiny letters of intent (invented text, a few lines each, all different so that each is
 * a job of its own) and returns their paths.
 */
async function writeTinyDocuments(dir: string, count: number): Promise<string[]> {
  const files: string[] = [];
  for (let index = 1; index <= count; index++) {
    const file = join(dir, `tiny-${String(index).padStart(4, '0')}.txt`);
    const day = String((index % 28) + 1).padStart(2, '0');
    await writeFile(
      file,
      `Avsiktsförklaring\n\nOm samarbete mellan Exempelby kommun och Föreningen Nummer ${index}.\nParterna avser att samverka kring friluftsliv.\n\nExempelby 2021-03-${day}\n`,
    );
    files.push(file);
  }
  return files;
}

/** Waits until the queue has nothing waiting or running; throws if a document failed. */
async function drained(redis: Redis, queue: string): Promise<void> {
  for (;;) {
    const counts = await queueCounts(redis, queue);
    if (isDrained(counts)) {
      if (counts.documents.failed > 0) throw new Error(`${counts.documents.failed} document(s) failed`);
      return;
    }
    await new Promise((resolveTimer) => setTimeout(resolveTimer, POLL_MS));
  }
}

async function drain(results: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of results) {
    // Only the time matters here.
  }
}

/** Pages of all outputs in a folder (source.pages). */
async function pagesIn(out: string): Promise<number> {
  let pages = 0;
  for (const name of await readdir(out)) {
    if (!name.endsWith('.json')) continue;
    const document = JSON.parse(await readFile(join(out, name), 'utf8')) as { source: { pages: number } };
    pages += document.source.pages;
  }
  return pages;
}

/** User + system CPU seconds of a live process and all its threads, from /proc (null elsewhere). */
function cpuSecondsOf(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** Bytes Redis holds for the page results of the queue's documents (their `processed` hashes). */
async function processedBytes(redis: Redis, queue: string): Promise<number> {
  let bytes = 0;
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `bull:${queue}:*:processed`, 'COUNT', 1000);
    cursor = next;
    for (const key of keys) bytes += Number(await redis.call('MEMORY', 'USAGE', key, 'SAMPLES', '0')) || 0;
  } while (cursor !== '0');
  return bytes;
}

interface BenchWorker {
  child: ChildProcess;
  ready: Promise<void>;
  exited: Promise<void>;
}

function startWorker(queue: string): BenchWorker {
  const child = spawn(process.execPath, [BIN, 'worker', '--queue', queue, '--concurrency', '1', '-q'], {
    env: { ...process.env, NO_COLOR: '1', LOI_REDIS_URL: REDIS_URL },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const exited = new Promise<void>((resolveExit) => child.on('close', () => resolveExit()));
  const ready = new Promise<void>((resolveReady, reject) => {
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (/^worker \d+ on queue/m.test(stderr)) resolveReady();
    });
    exited.then(() => reject(new Error(`the worker exited before it was ready: ${stderr}`)));
  });
  return { child, ready, exited };
}

async function stopWorkers(workers: readonly BenchWorker[]): Promise<void> {
  for (const worker of workers) worker.child.kill('SIGTERM');
  await Promise.all(workers.map((worker) => worker.exited));
}

async function removeQueue(redis: Redis, name: string): Promise<void> {
  for (const queue of Object.values(queueNames(name))) {
    const handle = new Queue(queue, { connection: redis });
    await handle.obliterate({ force: true });
    await handle.close();
  }
  await redis.del(outputNamesKey(name));
}
