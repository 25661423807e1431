/**
 * mulberry32, the one seeded PRNG of the project: synthetic OCR noise, the generated fixture corpus, the
 * language snippet set and the degraded test pages all draw from it, so each is reproducible from its seed
 * and identical on every platform (which `Math.random` is not). Changing it changes every generated fixture.
 */

/** A seeded PRNG returning floats in [0, 1); the same seed always gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
