import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The seeds as the repository carries them (byte-identical copies made by `npm run fixtures`). */
const TEXTS_DIR = fileURLToPath(new URL('../../fixtures/text/', import.meta.url));
const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/repair/', import.meta.url));

/** The text of a seed document by its number prefix, e.g. `003`. */
export function seedText(prefix: string): string {
  return readFileSync(`${TEXTS_DIR}seed-${prefix}.txt`, 'utf8');
}

/** A file from fixtures/repair. */
export function repairFixture(name: string): string {
  return readFileSync(FIXTURES_DIR + name, 'utf8');
}

/** Path of a file in fixtures/repair. */
export function repairFixturePath(name: string): string {
  return FIXTURES_DIR + name;
}
