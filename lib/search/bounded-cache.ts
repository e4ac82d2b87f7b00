/**
 * A least-recently-used map with a bound on its entries and, optionally, on
 * their total weight: what the engine keeps per word (postings) and the
 * research views per query (occurrences), so a flood of distinct queries
 * cannot grow memory without bound. The one cache of the search side.
 */
export class BoundedCache<T> {
  private readonly map = new Map<string, T>();
  private weight = 0;

  /**
   * @param maxEntries how many values are kept at most
   * @param weigh the weight of a value (default 1 each), and `maxWeight` the most kept in all
   */
  constructor(
    private readonly maxEntries: number,
    private readonly weigh: (value: T) => number = () => 1,
    private readonly maxWeight = Infinity,
  ) {}

  /** The value under `key`, now the most recently used; undefined when not kept. */
  get(key: string): T | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  /** Keeps `value`, forgetting the least recently used others past either bound (never the value just set). */
  set(key: string, value: T): void {
    const old = this.map.get(key);
    if (old !== undefined) {
      this.weight -= this.weigh(old);
      this.map.delete(key);
    }
    this.map.set(key, value);
    this.weight += this.weigh(value);
    for (const [k, v] of this.map) {
      if (this.map.size <= this.maxEntries && this.weight <= this.maxWeight) break;
      if (k === key) continue;
      this.map.delete(k);
      this.weight -= this.weigh(v);
    }
  }

  /** How many values are kept. */
  get size(): number {
    return this.map.size;
  }
}
