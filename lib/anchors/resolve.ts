import type { AnchorLedger } from "./ledger";

/**
 * Where a published id leads now, computed once from the ledger at build
 * time and shipped to the server (generated/routes.json) so the proxy and
 * the pages can answer any id ever published without the ledger itself.
 */

/** What a retired paragraph id resolves to: the paragraph holding its passage now, or gone (with where to go instead). */
export type RetiredParagraph = { to: string } | { gone: true; essay: string | null; nearest: string | null };

/** Retired ids only: a live id resolves to itself. */
export interface Retired {
  /** Retired paragraph id → where it leads. */
  paragraphs: Record<string, RetiredParagraph>;
  /** Retired essay id → the live essay holding its text, or null when it is gone. */
  essays: Record<string, string | null>;
}

/** How many `to` steps a chain may take (the ledger is validated loop-free; this bounds a damaged one). */
const MAX_HOPS = 1000;

/**
 * Every retired id of the ledger, resolved through its chain of moves to a
 * live paragraph or essay (or to gone, with the nearest live paragraph and
 * the live essay it belonged to).
 *
 * @example retiredIds(ledger).paragraphs["ba-zhun-…-p6"] // { to: "ba-zhun-…-p7" }
 */
export function retiredIds(ledger: AnchorLedger): Retired {
  const essays = new Map(ledger.essays.map((e) => [e.id, e]));
  const paragraphs = new Map(ledger.paragraphs.map((p) => [p.id, p]));
  const liveEssay = (id: string | null | undefined): string | null => {
    for (let e = id ? essays.get(id) : undefined, hops = 0; e && hops < MAX_HOPS; e = e.status === "moved" ? essays.get(e.to!) : undefined, hops++) if (e.status === "live") return e.id;
    return null;
  };
  /** The live paragraph an id leads to by moves, or the gone entry it ends at. */
  const follow = (id: string | null | undefined) => {
    let p = id ? paragraphs.get(id) : undefined;
    for (let hops = 0; p && p.status === "moved" && hops < MAX_HOPS; hops++) p = paragraphs.get(p.to!);
    return p;
  };
  const nearestLive = (id: string | null | undefined): string | null => {
    const seen = new Set<string>();
    for (let p = follow(id); p && !seen.has(p.id); p = follow(p.nearest)) {
      if (p.status === "live") return p.id;
      seen.add(p.id);
    }
    return null;
  };
  const out: Retired = { paragraphs: {}, essays: {} };
  for (const e of ledger.essays) if (e.status !== "live") out.essays[e.id] = liveEssay(e.id);
  for (const p of ledger.paragraphs) {
    if (p.status === "live") continue;
    const end = follow(p.id);
    if (end?.status === "live") out.paragraphs[p.id] = { to: end.id };
    else out.paragraphs[p.id] = { gone: true, essay: liveEssay(end?.essay ?? p.essay), nearest: nearestLive(end?.nearest ?? null) };
  }
  return out;
}

/**
 * For each live paragraph, the retired ids that now lead to it (`formerIds` in the API).
 *
 * @example formerIdsOf(retiredIds(ledger)).get("ba-zhun-…-p7") // ["ba-zhun-…-p6"]
 */
export function formerIdsOf(retired: Retired): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [id, where] of Object.entries(retired.paragraphs)) if ("to" in where) out.set(where.to, [...(out.get(where.to) ?? []), id]);
  return out;
}
