import type { Readable, Writable } from 'node:stream';

/** The process's streams and environment, passed in so that `main()` can run inside a test. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean; columns?: number };
  env: NodeJS.ProcessEnv;
}

/** Whether stderr is a terminal that wants progress and colour (NO_COLOR and CI opt out of colour). */
export function isInteractive(io: CliIo): boolean {
  return io.stderr.isTTY === true && io.env.TERM !== 'dumb';
}

/** Reads a whole stream (standard input) into memory. */
export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

/** Writes to a stream and waits until it is flushed, so exit codes are set after the data is out. */
export function write(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()));
  });
}
