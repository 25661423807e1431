import type { Command } from 'commander';
import type { CliIo } from './io.ts';

/** `loi-extract schema`: prints the JSON Schema generated from the zod schema. */
export function registerSchemaCommand(program: Command, io: CliIo): void {
  program
    .command('schema')
    .description('print the JSON Schema of the output, generated from the zod schema')
    .addHelpText('after', '\nExample:\n  $ loi-extract schema > loi-extract.schema.json')
    .action(async () => {
      const { outputJsonSchema } = await import('../schema/json-schema.ts');
      io.stdout.write(`${JSON.stringify(outputJsonSchema(), null, 2)}\n`);
    });
}
