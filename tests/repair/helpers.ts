import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SEEDS_DIR = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/repair/', import.meta.url));

/** The text of a seed document by its number prefix, e.g. `003`. */
export function seedText(prefix: string): string {
  const name = readdirSync(SEEDS_DIR).find((file) => file.startsWith(`${prefix}_`));
  if (!name) throw new Error(`no seed ${prefix} in ${SEEDS_DIR}`);
  return readFileSync(SEEDS_DIR + name, 'utf8');
}

/** A file from fixtures/repair. */
export function repairFixture(name: string): string {
  return readFileSync(FIXTURES_DIR + name, 'utf8');
}

/** Path of a file in fixtures/repair. */
export function repairFixturePath(name: string): string {
  return FIXTURES_DIR + name;
}
