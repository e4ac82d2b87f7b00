/**
 * Values made once per server process — the corpus, the catalog, the search
 * engine — kept on `globalThis` rather than in module variables: Next.js
 * bundles route handlers and pages into separate module graphs, so a module
 * variable exists once per graph, and at 1000× the corpus each extra copy of
 * the engine costs 1.2 GB and five seconds (measured: the first `/search` page
 * after `/api/search` loaded everything again).
 */

const KEY = "__policyEssaySearchSingletons";
const holder = globalThis as typeof globalThis & { [KEY]?: Map<string, unknown> };
const values = (holder[KEY] ??= new Map<string, unknown>());

/**
 * The value stored under `key`, made by `create` on first use. When `create`
 * throws, nothing is stored and the next call tries again.
 *
 * @example const corpus = oncePerProcess("corpus", () => readCorpus(dir));
 */
export function oncePerProcess<T>(key: string, create: () => T): T {
  if (values.has(key)) return values.get(key) as T;
  const value = create();
  values.set(key, value);
  return value;
}
