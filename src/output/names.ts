import { basename, extname } from 'node:path';

/**
 * The output file name for an input: its file name without extension (`-` is `stdin`), reduced to a
 * single safe path component so that no input name can write outside the output folder.
 */
export function outputBaseName(input: string): string {
  if (input === '-') return 'stdin';
  const name = basename(input.replaceAll('\\', '/'));
  const stem = name.slice(0, name.length - extname(name).length) || name;
  // Path separators, control characters and leading dots could escape the folder or hide the file.
  const safe = [...stem]
    .map((char) => (char === '/' || char === '\\' || (char.codePointAt(0) ?? 0) < 0x20 ? '_' : char))
    .join('')
    .replace(/^\.+/, '');
  return safe === '' ? 'document' : safe;
}

/** Gives each input a distinct output name: a second `a.pdf` from another folder becomes `a-2`. */
export function uniqueNames(inputs: readonly string[]): Map<string, string> {
  const used = new Map<string, number>();
  const names = new Map<string, string>();
  for (const input of inputs) {
    const base = outputBaseName(input);
    const key = base.toLowerCase();
    const count = (used.get(key) ?? 0) + 1;
    used.set(key, count);
    names.set(input, count === 1 ? base : `${base}-${count}`);
  }
  return names;
}
