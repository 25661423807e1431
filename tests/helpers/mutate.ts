import { seededRandom } from '../../src/text/random.ts';

/**
 * A seeded byte mutator for fuzzing the loaders: the damage real files suffer (a flipped bit on a bad
 * disk, a download cut short, blocks of a file written in the wrong order or twice). The same seed always
 * gives the same damaged file, so a failing case can be rerun from its seed alone.
 */

/** The kinds of damage, each a small function of the bytes and a random source. */
export const MUTATIONS = ['bit-flips', 'truncate', 'swap-chunks', 'repeat-chunk', 'zero-run'] as const;
export type Mutation = (typeof MUTATIONS)[number];

export interface Mutated {
  bytes: Buffer;
  /** What was done, for the test name or the report: `truncate at 1234 of 5678`. */
  description: string;
}

/** The first bytes of a file hold its signature; damage there makes every file "unknown type", so most spare it. */
const SIGNATURE_BYTES = 16;
/** Chunks moved or repeated are at most this share of the file, so the result is still mostly the file. */
const MAX_CHUNK_SHARE = 0.1;

/** Damages a copy of `bytes` with the given mutation, drawn from `seed`. The input is never changed. */
export function mutate(bytes: Uint8Array, mutation: Mutation, seed: number): Mutated {
  const random = seededRandom(seed);
  const source = Buffer.from(bytes);
  const at = (min: number, max: number) => min + Math.floor(random() * Math.max(1, max - min));
  const chunkLength = () => at(1, Math.max(2, Math.floor(source.length * MAX_CHUNK_SHARE)));
  switch (mutation) {
    case 'bit-flips': {
      const flips = at(1, 9);
      for (let i = 0; i < flips; i++) {
        const index = at(SIGNATURE_BYTES, source.length);
        if (index < source.length) source[index] = (source[index] ?? 0) ^ (1 << at(0, 8));
      }
      return { bytes: source, description: `${flips} bit flips` };
    }
    case 'truncate': {
      const end = at(SIGNATURE_BYTES, source.length);
      return { bytes: source.subarray(0, end), description: `truncated at ${end} of ${source.length}` };
    }
    case 'swap-chunks': {
      const length = chunkLength();
      const first = at(SIGNATURE_BYTES, source.length - 2 * length);
      const second = at(first + length, source.length - length);
      const a = Buffer.from(source.subarray(first, first + length));
      source.copy(source, first, second, second + length);
      a.copy(source, second);
      return { bytes: source, description: `swapped ${length} bytes at ${first} and ${second}` };
    }
    case 'repeat-chunk': {
      const length = chunkLength();
      const start = at(SIGNATURE_BYTES, source.length - length);
      const chunk = source.subarray(start, start + length);
      const result = Buffer.concat([
        source.subarray(0, start + length),
        chunk,
        source.subarray(start + length),
      ]);
      return { bytes: result, description: `repeated ${length} bytes at ${start}` };
    }
    case 'zero-run': {
      const length = chunkLength();
      const start = at(SIGNATURE_BYTES, source.length - length);
      source.fill(0, start, start + length);
      return { bytes: source, description: `zeroed ${length} bytes at ${start}` };
    }
  }
}

/** The `index`th case of a seeded series: mutations in turn, each with its own seed derived from `seed`. */
export function mutateCase(bytes: Uint8Array, seed: number, index: number): Mutated & { mutation: Mutation } {
  const mutation = MUTATIONS[index % MUTATIONS.length] as Mutation;
  return { ...mutate(bytes, mutation, seed * 100_003 + index), mutation };
}
