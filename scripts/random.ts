/**
 * A small, fast, seeded random number generator (mulberry32), uniform in
 * [0, 1): the same sequence for the same seed on every machine. The scale
 * corpus (make-scale-corpus.ts) and the random edit scripts of the anchor
 * property test draw from it.
 *
 * @example const rand = seededRandom(7); rand() // 0.3…
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
