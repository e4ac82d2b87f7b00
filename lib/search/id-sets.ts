/**
 * Sets of paragraph ids as ascending Uint32Arrays: what matching, filtering
 * and the research views combine. One implementation of each operation.
 */

/** 0, 1, … n − 1. */
export function allIds(n: number): Uint32Array {
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

/**
 * The ids in both ascending lists, ascending. Walks the shorter list and
 * gallops through the longer one, so a rare set narrows a common one cheaply.
 *
 * @example intersect(Uint32Array.from([1, 3, 5]), [2, 3, 4, 5]) // Uint32Array [3, 5]
 */
export function intersect(a: Uint32Array | readonly number[], b: Uint32Array | readonly number[]): Uint32Array {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const out = new Uint32Array(short.length);
  let n = 0;
  let j = 0;
  for (let i = 0; i < short.length && j < long.length; i++) {
    const want = short[i]!;
    if (long[j]! < want) {
      let step = 1;
      while (j + step < long.length && long[j + step]! < want) step *= 2;
      let lo = j + (step >> 1);
      let hi = Math.min(j + step, long.length - 1);
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (long[mid]! < want) lo = mid + 1;
        else hi = mid;
      }
      j = lo;
    }
    if (long[j] === want) out[n++] = want;
  }
  return out.slice(0, n);
}

/**
 * The ids in either ascending list, ascending, without repeats.
 *
 * @example union(Uint32Array.from([1, 3]), Uint32Array.from([2, 3])) // Uint32Array [1, 2, 3]
 */
export function union(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (n === 0 || out[n - 1] !== x) out[n++] = x;
  }
  return out.slice(0, n);
}

/** The union of several ascending lists. */
export function unionAll(lists: readonly Uint32Array[]): Uint32Array {
  if (lists.length === 1) return lists[0]!;
  return lists.reduce((acc, list) => union(acc, list), new Uint32Array(0));
}

/**
 * The ids of `a` that are not in `b` (both ascending).
 *
 * @example subtract(Uint32Array.from([1, 2, 3]), Uint32Array.from([2])) // Uint32Array [1, 3]
 */
export function subtract(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length);
  let j = 0;
  let n = 0;
  for (const x of a) {
    while (j < b.length && b[j]! < x) j++;
    if (j >= b.length || b[j] !== x) out[n++] = x;
  }
  return out.slice(0, n);
}
