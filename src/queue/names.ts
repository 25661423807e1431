import type { Redis } from 'ioredis';

/**
 * Output names that hold across `queue add` calls. `extract --out` names one batch's inputs `a`, `a-2`, …
 * when several share a file name; a queue fed by many `queue add` calls into the same folder needs the
 * same, or `dir2/a.pdf` added today would overwrite the `a.json` of `dir1/a.pdf` added yesterday. So each
 * name given in an output folder is reserved in Redis for its input (by absolute path): the first input
 * to want `a` gets it, the next `a-2`, and an input added again gets the name it had.
 */

/** The Redis hash of a queue's reserved output names (deleted with the queue by whoever removes it). */
export function outputNamesKey(queue: string): string {
  return `loi-extract:${queue}:output-names`;
}

/**
 * The output name of `file` (absolute) in the folder `out` (absolute): the one reserved for it before,
 * else the first of `base`, `base-2`, `base-3`, … that no other input holds there (compared without
 * case, as `extract` compares them, for case-insensitive file systems). Safe when two `queue add` run at
 * once: a name is taken with HSETNX, so only one input can hold it.
 */
export async function reserveOutputName(
  redis: Redis,
  queue: string,
  out: string,
  file: string,
  base: string,
): Promise<string> {
  const key = outputNamesKey(queue);
  const byFile = `file\0${out}\0${file}`;
  const held = await redis.hget(key, byFile);
  if (held !== null) return held;
  for (let count = 1; ; count++) {
    const name = count === 1 ? base : `${base}-${count}`;
    const byName = `name\0${out}\0${name.toLowerCase()}`;
    const taken = (await redis.hsetnx(key, byName, file)) === 0;
    if (!taken || (await redis.hget(key, byName)) === file) {
      await redis.hset(key, byFile, name);
      return name;
    }
  }
}
