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
