import { randomBytes } from 'node:crypto';
import { open, readdir, rename, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';

/** Prefix of temporary files, so a stopped run's leftovers are recognisable (and ignored on resume). */
export const TEMP_PREFIX = '.loi-extract-';
/** Suffix of temporary files. */
const TEMP_SUFFIX = '.tmp';
/**
 * A temporary file untouched this long belongs to no live writer, whoever made it: one document's file
 * is written in milliseconds, and a JSON Lines or CSV file being written grows with every document.
 * Leftovers of a writer on another machine (a shared output folder) can only be told by age.
 */
export const STALE_TEMP_MS = 24 * 60 * 60 * 1000;

/** The process writing temporary files: its host and process id are part of each temporary file's name. */
export interface TempOwner {
  host: string;
  /** 0 when unknown: such files are removed by age only. */
  pid: number;
}

/**
 * The owner named in the temporary files this process writes. The CLI sets it once at start-up (the
 * library never reads the process itself); until then files carry pid 0 and are cleaned up by age only.
 */
let owner: TempOwner = { host: hostname(), pid: 0 };

/** Names the process that writes temporary files from now on (see `removeStaleTemps`). */
export function setTempOwner(next: TempOwner): void {
  owner = { host: next.host.replaceAll('@', '_'), pid: next.pid };
}

/** `.loi-extract-<name>@<pid>@<host>@<random>.tmp`, in the target's folder (so the rename stays within it). */
function tempPathFor(path: string): string {
  const tag = `${owner.pid}@${owner.host}@${randomBytes(4).toString('hex')}`;
  return join(dirname(path), `${TEMP_PREFIX}${basename(path)}@${tag}${TEMP_SUFFIX}`);
}

/** The owner and random tag parsed back from a temporary file's name, or null for another name. */
const TEMP_NAME = /@(\d+)@([^@/]*)@[0-9a-f]{8}\.tmp$/;

/**
 * Removes temporary files left in `dir` by writers that are gone: a run killed with SIGKILL or by a power
 * cut between creating a file and renaming it into place. A file is stale when its writer ran on this host
 * and is no longer running, or when it has not been touched for `STALE_TEMP_MS`. Files of live writers (a
 * second run into the same folder) are left alone. Returns the names removed.
 */
export async function removeStaleTemps(
  dir: string,
  isRunning: (pid: number) => boolean,
  now: number = Date.now(),
): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(TEMP_PREFIX) || !name.endsWith(TEMP_SUFFIX)) continue;
    const path = join(dir, name);
    const info = await stat(path).catch(() => null);
    if (info === null || !info.isFile()) continue;
    const match = TEMP_NAME.exec(name);
    const pid = Number(match?.[1] ?? 0);
    const deadHere = match?.[2] === owner.host && pid > 0 && pid !== owner.pid && !isRunning(pid);
    if (deadHere || now - info.mtimeMs > STALE_TEMP_MS) {
      await rm(path, { force: true });
      removed.push(name);
    }
  }
  return removed;
}

/**
 * Removes the temporary files of one target (`path`) that other writers left, whoever and wherever they
 * are. Only for a writer that holds the target alone: a queue worker running a document job again holds
 * its lock, so the worker that ran it before was killed or stalled and lost it; its half-written file,
 * from this host or another, is taken over at once instead of waiting for `STALE_TEMP_MS`. This process's
 * own files are left alone. Returns the names removed.
 */
export async function removeTempsOf(path: string): Promise<string[]> {
  const prefix = `${TEMP_PREFIX}${basename(path)}@`;
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const match = TEMP_NAME.exec(name);
    if (match === null || name.length !== prefix.length + match[0].length - 1) continue;
    if (match[2] === owner.host && Number(match[1]) === owner.pid) continue;
    await rm(join(dirname(path), name), { force: true });
    removed.push(name);
  }
  return removed;
}

/** Whether a process of this host is still running (signal 0 only asks; EPERM: it runs as another user). */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Writes a file so that it is either complete or absent: the data goes to a temporary file in the same
 * folder, is flushed to disk, and is renamed over the target (a rename within a folder is atomic). On any
 * failure (a full disk, a read-only folder) the temporary file is removed and the target left as it was.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(path);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => {});
    await rm(temp, { force: true });
    throw error;
  }
  try {
    await handle.close();
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** A file being written under a temporary name: it appears under its own name only on `commit()`. */
export interface AtomicFile {
  write(data: string): Promise<void>;
  /** Flushes and renames the file into place; refuses (and removes it) if any write failed. */
  commit(): Promise<void>;
  /** Deletes the temporary file; the target is left as it was. Safe after commit (does nothing). */
  abort(): Promise<void>;
}

/** Opens a temporary file beside `path` for a long write (JSON Lines, CSV) that must never be seen half done. */
export async function openAtomicFile(path: string): Promise<AtomicFile> {
  const temp = tempPathFor(path);
  const handle = await open(temp, 'wx');
  let settled = false;
  // A write that failed part-way (ENOSPC) may have left half a line: such a file is never committed.
  let failed: unknown = null;
  const abort = async () => {
    if (settled) return;
    settled = true;
    await handle.close().catch(() => {});
    await rm(temp, { force: true });
  };
  return {
    write: async (data) => {
      if (failed !== null) throw failed;
      try {
        await handle.write(data);
      } catch (error) {
        failed = error;
        throw error;
      }
    },
    commit: async () => {
      if (settled) return;
      if (failed !== null) {
        await abort();
        throw failed;
      }
      settled = true;
      try {
        await handle.sync();
        await handle.close();
        await rename(temp, path);
      } catch (error) {
        await handle.close().catch(() => {});
        await rm(temp, { force: true });
        throw error;
      }
    },
    abort,
  };
}

/** Why an output could not be written, in the user's words, from a file-system error's code. */
export function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const reason = code === undefined ? undefined : WRITE_ERRORS[code];
  const message = error instanceof Error ? error.message : String(error);
  return reason === undefined ? message : `${reason} (${code})`;
}

/** File-system errors a user can act on, and what they mean. */
const WRITE_ERRORS: Record<string, string> = {
  ENOSPC: 'the disk is full (no space left on the device)',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'the target is a folder',
  EIO: 'the disk reported an input/output error',
};

/** Errors after which no further output can be written to the same place: the batch stops. */
export function isOutputExhausted(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT' || code === 'EROFS';
}
