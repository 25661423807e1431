import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** File endings `extract` picks up when it walks a directory (files named directly are taken whatever their name). */
export const DOCUMENT_EXTENSIONS = ['.pdf', '.png', '.jpg', '.jpeg', '.tif', '.tiff', '.txt'];

export interface ExpandedInputs {
  /** Paths in the order given; directories expanded in sorted order; `-` kept as is. */
  files: string[];
  /** Arguments that matched nothing, as messages. */
  missing: string[];
}

/**
 * Expands command-line arguments into files: a file is taken as is, a directory is walked recursively for
 * files with one of `extensions` (links to files included), a glob is expanded. Duplicates are dropped; nothing is read.
 */
export async function expandInputs(
  args: readonly string[],
  extensions: readonly string[],
): Promise<ExpandedInputs> {
  const files: string[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      files.push(file);
    }
  };
  for (const arg of args) {
    if (arg === '-') {
      add(arg);
      continue;
    }
    const info = await stat(arg).catch(() => null);
    if (info?.isDirectory()) {
      for (const file of await walk(arg, extensions)) add(file);
    } else if (info !== null) {
      add(arg);
    } else if (isDynamicPattern(arg)) {
      const matches = (await glob(arg, { onlyFiles: true, expandDirectories: false })).sort();
      if (matches.length === 0) missing.push(`${arg}: no file matches this pattern`);
      for (const match of matches) add(match);
    } else {
      missing.push(`${arg}: no such file or directory`);
    }
  }
  return { files, missing };
}

async function walk(dir: string, extensions: readonly string[]): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  const files: string[] = [];
  for (const entry of entries) {
    // Hidden files include our own temporary outputs; a walk never picks them up.
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      files.push(...(await walk(path, extensions)));
      continue;
    }
    if (!extensions.includes(extname(entry.name).toLowerCase())) continue;
    if (entry.isFile()) {
      files.push(path);
    } else if (entry.isSymbolicLink()) {
      // A link to a file is taken as the file (a folder of links into an archive). Links to directories are
      // not followed, as `find` does not, so a link loop cannot make the walk endless; a dangling link is
      // taken, and the batch reports it as the unreadable input it is.
      const target = await stat(path).catch(() => null);
      if (target === null || target.isFile()) files.push(path);
    }
  }
  return files;
}

/**
 * Reads a list of paths (`--from`): one a line, as `find` prints them, or separated by NUL bytes as
 * `find -print0` prints them (the only way to pass names that contain a line break). Empty lines are
 * skipped; nothing else is trimmed, since a file name may begin or end with a space.
 */
export function parsePathList(text: string): string[] {
  const separator = text.includes('\0') ? '\0' : /\r?\n/;
  return text.split(separator).filter((line) => line !== '');
}
