import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Prefix of temporary files, so a stopped run's leftovers are recognisable (and ignored on resume). */
export const TEMP_PREFIX = '.loi-extract-';

/**
 * Writes a file so that it is either complete or absent: the data goes to a temporary file in the same
 * folder, is flushed to disk, and is renamed over the target (a rename within a folder is atomic).
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `${TEMP_PREFIX}${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** A file being written under a temporary name: it appears under its own name only on `commit()`. */
export interface AtomicFile {
  write(data: string): Promise<void>;
  /** Flushes and renames the file into place. */
  commit(): Promise<void>;
  /** Deletes the temporary file; the target is left as it was. Safe after commit (does nothing). */
  abort(): Promise<void>;
}

/** Opens a temporary file beside `path` for a long write (JSON Lines, CSV) that must never be seen half done. */
export async function openAtomicFile(path: string): Promise<AtomicFile> {
  const temp = join(dirname(path), `${TEMP_PREFIX}${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx');
  let settled = false;
  return {
    write: async (data) => {
      await handle.write(data);
    },
    commit: async () => {
      if (settled) return;
      settled = true;
      try {
        await handle.sync();
        await handle.close();
        await rename(temp, path);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
    },
    abort: async () => {
      if (settled) return;
      settled = true;
      await handle.close().catch(() => {});
      await rm(temp, { force: true });
    },
  };
}
