import { readFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { Chalk, type ChalkInstance } from 'chalk';

/** The process's streams and environment, passed in so that `main()` can run inside a test. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean; columns?: number };
  env: NodeJS.ProcessEnv;
}

/** Whether a stream is a terminal that can show progress and colour (a `dumb` terminal cannot). */
export function isTerminal(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && env.TERM !== 'dumb';
}

/** Colour for a stream: only on a terminal, and only when NO_COLOR (https://no-color.org) is absent or empty. */
export function colourFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): ChalkInstance {
  const noColour = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  return new Chalk({ level: isTerminal(stream, env) && !noColour ? 1 : 0 });
}

/** Reads a whole stream (standard input) into memory. */
export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

/**
 * Reads a text input (`-` is standard input) and decodes it as `extract` does: UTF-8 without BOM, or
 * Windows-1252 from old OCR exports. Binary content is refused rather than passed on as text.
 */
export async function readTextInput(file: string, io: CliIo): Promise<string> {
  const bytes = file === '-' ? await readAll(io.stdin) : await readFile(file);
  // The loader is imported only here: it brings the PDF and image libraries, which `--help` never needs.
  const { decodeText } = await import('../pipeline/load.ts');
  const text = decodeText(bytes);
  if (text === null) throw new Error('not a text file (binary content)');
  return text;
}

/** Writes to a stream and waits until it is flushed, so exit codes are set after the data is out. */
export function write(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()));
  });
}
