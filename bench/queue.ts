import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { queueNames } from '../src/queue/connection.ts';
import { table } from './measure.ts';

/** The same scanned fixtures as the batch benchmark, so pages/min compare with `extract --jobs`. */
const SCANNED = ['seed-000.pdf', 'seed-001.pdf', 'seed-002.pdf', 'seed-004.pdf', 'sv-loi-01.pdf'];
const BIN = resolve('bin/loi-extract.js');
const REDIS_URL = process.env.LOI_REDIS_URL || 'redis://127.0.0.1:6379';

/**
 * Prints pages/min of the queue with one and with two worker processes (one OCR thread each) on the
 * scanned fixtures, and the queue's own overhead per document job: the time the queue adds to tiny text
 * documents over extracting them in one process.
 */
export async function run(): Promise<void> {
  if (!existsSync('dist/cli/main.js'))
    throw new Error('the queue benchmark runs the built CLI: npm run build first');
  const ping = spawnSync('redis-cli', ['-u', REDIS_URL, 'ping'], { encoding: 'utf8' });
  if (ping.stdout.trim() !== 'PONG') {
    process.stdout.write(`skipped: no Redis answers at ${REDIS_URL}\n`);
    return;
  }
  const scanned = SCANNED.map((name) => resolve('fixtures/scanned', name));
  const rows: (string | number)[][] = [];
  let one = 0;
  for (const processes of [1, 2]) {
    const measured = await throughput(scanned, processes);
    const perMinute = (measured.pages / measured.seconds) * 60;
    if (processes === 1) one = perMinute;
    rows.push([
      `${processes} worker process${processes === 1 ? '' : 'es'}`,
      measured.pages,
      measured.seconds,
      perMinute,
      perMinute / one,
    ]);
  }
  process.stdout.write(
    `Queue throughput on ${scanned.length} scanned fixtures (workers started and ready before the clock starts; --concurrency 1 each):\n\n${table(
      ['run', 'OCR pages', 'seconds', 'pages/min', 'speed-up'],
      rows,
    )}\n\n`,
  );

  const texts = (await readdir('fixtures/text'))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => resolve('fixtures/text', name));
  const overhead = await overheadPerJob(texts);
  process.stdout.write(
    `Queue overhead per document job on ${texts.length} text fixtures (one worker, --concurrency 1, against extract --jobs 1 in one process, start-up excluded from both):\n\n${table(
      ['extract s', 'queue s', 'overhead ms/job'],
      [[overhead.direct, overhead.queued, overhead.perJobMs]],
    )}\n\nOn N machines like this one, each running one worker per core: about N × (pages/min of one process × cores) while Redis and the shared file system keep up; the overhead per job is small next to a page's OCR.\n`,
  );
}

async function throughput(
  files: readonly string[],
  processes: number,
): Promise<{ pages: number; seconds: number }> {
  const queue = `loi-bench-${Date.now()}`;
  const out = await mkdtemp(join(tmpdir(), 'loi-bench-queue-'));
  const workers = Array.from({ length: processes }, () => startWorker(queue));
  try {
    await Promise.all(workers.map((worker) => worker.ready));
    const started = Date.now();
    cli(['queue', 'add', ...files, '--out', out, '--queue', queue, '-q']);
    cli(['queue', 'wait', '--queue', queue]);
    const seconds = (Date.now() - started) / 1000;
    let pages = 0;
    for (const name of await readdir(out)) {
      const document = JSON.parse(await readFile(join(out, name), 'utf8')) as { source: { pages: number } };
      pages += document.source.pages;
    }
    return { pages, seconds };
  } finally {
    for (const worker of workers) worker.child.kill('SIGTERM');
    await Promise.all(workers.map((worker) => worker.exited));
    await removeQueue(queue);
    await rm(out, { recursive: true, force: true });
  }
}

async function overheadPerJob(
  files: readonly string[],
): Promise<{ direct: number; queued: number; perJobMs: number }> {
  // In one process, through the library (no process start-up in the time).
  const { extractFiles } = await import('../src/index.ts');
  // One document first, so the dictionaries are loaded before the clock starts (the worker's are too).
  await drain(extractFiles([{ path: files[0] as string }], { jobs: 1 }));
  let started = Date.now();
  await drain(
    extractFiles(
      files.map((path) => ({ path })),
      { jobs: 1 },
    ),
  );
  const direct = (Date.now() - started) / 1000;

  const queue = `loi-bench-${Date.now()}`;
  const out = await mkdtemp(join(tmpdir(), 'loi-bench-queue-'));
  const worker = startWorker(queue);
  try {
    await worker.ready;
    // One document first, so the worker's dictionaries are loaded as the in-process run's were.
    const warmOut = await mkdtemp(join(tmpdir(), 'loi-bench-warm-'));
    cli(['queue', 'add', files[0] as string, '--out', warmOut, '--queue', queue, '-q']);
    cli(['queue', 'wait', '--queue', queue]);
    await rm(warmOut, { recursive: true, force: true });
    started = Date.now();
    cli(['queue', 'add', ...files, '--out', out, '--queue', queue, '-q']);
    cli(['queue', 'wait', '--queue', queue]);
    const queued = (Date.now() - started) / 1000;
    return { direct, queued, perJobMs: ((queued - direct) * 1000) / files.length };
  } finally {
    worker.child.kill('SIGTERM');
    await worker.exited;
    await removeQueue(queue);
    await rm(out, { recursive: true, force: true });
  }
}

async function drain(results: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of results) {
    // Only the time matters here.
  }
}

function cli(args: readonly string[]): void {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LOI_REDIS_URL: REDIS_URL },
  });
  if (run.status !== 0)
    throw new Error(`loi-extract ${args.join(' ')} failed (${run.status}): ${run.stderr}`);
}

function startWorker(queue: string): { child: ChildProcess; ready: Promise<void>; exited: Promise<void> } {
  const child = spawn(process.execPath, [BIN, 'worker', '--queue', queue, '--concurrency', '1', '-q'], {
    env: { ...process.env, NO_COLOR: '1', LOI_REDIS_URL: REDIS_URL },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const ready = new Promise<void>((resolvePromise) => {
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (/^worker \d+ on queue/m.test(stderr)) resolvePromise();
    });
  });
  const exited = new Promise<void>((resolvePromise) => child.on('close', () => resolvePromise()));
  return { child, ready, exited };
}

async function removeQueue(name: string): Promise<void> {
  const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  for (const queue of Object.values(queueNames(name))) {
    const handle = new Queue(queue, { connection });
    await handle.obliterate({ force: true });
    await handle.close();
  }
  connection.disconnect();
}
