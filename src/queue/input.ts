import { readFile, stat } from 'node:fs/promises';
import { DEFAULT_MAX_INPUT_BYTES } from '../index.ts';
import { StageError } from '../pipeline/diagnostic.ts';
import { sha256 } from '../pipeline/load.ts';

/**
 * Reads a queued input as `extract` reads a file (a folder or an oversized file is refused with its
 * `load/` rule) and checks that its bytes are still the ones that were queued.
 */
export async function readQueuedInput(file: string, expectedSha256: string): Promise<Uint8Array> {
  const info = await stat(file);
  if (info.isDirectory()) throw new StageError('load/directory', 'is a directory');
  if (info.size > DEFAULT_MAX_INPUT_BYTES) {
    throw new StageError(
      'load/too-large',
      `the file is ${info.size} bytes, over the limit of ${DEFAULT_MAX_INPUT_BYTES}`,
    );
  }
  const bytes = await readFile(file);
  if (sha256(bytes) !== expectedSha256) {
    // Its job id and its resume key were made from the old bytes; `queue add` it again to redo it.
    throw new StageError('queue/input-changed', 'the file changed after it was queued; add it again');
  }
  return bytes;
}
