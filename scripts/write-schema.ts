/** Writes schemas/*.schema.json from the zod schemas; tests/schema checks that the committed files are current. */
import { writeFile } from 'node:fs/promises';
import { expectedJsonSchema, outputJsonSchema } from '../src/schema/json-schema.ts';

const files: [string, Record<string, unknown>][] = [
  ['schemas/letter-of-intent.schema.json', outputJsonSchema()],
  ['schemas/expected-extraction.schema.json', expectedJsonSchema()],
];
for (const [path, schema] of files) {
  await writeFile(path, `${JSON.stringify(schema, null, 2)}\n`);
  process.stderr.write(`wrote ${path}\n`);
}
