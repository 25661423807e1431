import { z } from 'zod';
import { ExpectedExtraction, LetterOfIntent } from './letter-of-intent.ts';

/** The JSON Schema of one output document, generated from the zod schema (the one source of truth). */
export function outputJsonSchema(): Record<string, unknown> {
  return {
    title: 'loi-extract output document',
    ...z.toJSONSchema(LetterOfIntent, { io: 'output' }),
  };
}

/** The JSON Schema of an expected-extraction (golden) fixture. */
export function expectedJsonSchema(): Record<string, unknown> {
  return {
    title: 'loi-extract expected extraction (fixture)',
    ...z.toJSONSchema(ExpectedExtraction, { io: 'output' }),
  };
}
