import { readFileSync } from "node:fs";
import type { Retired } from "../anchors/resolve";
import { generatedFile } from "./files";

/**
 * What the proxy needs to answer a path without loading the corpus
 * (`generated/routes.json`, written by `npm run index`): which paragraph ids
 * are live, where every retired paragraph and essay id leads now (the anchor
 * ledger resolved, lib/anchors/resolve.ts), and which author page each
 * printed or folded name leads to. Unknown paragraphs and names get the
 * prerendered not-found page from the proxy: Next.js 16 leaves the 404 of a
 * page rendered per request to the browser (an empty shell without JavaScript).
 */

export interface RouteTable {
  $comment?: string;
  /**
   * Live paragraph ids, grouped by the part before `-p<k>` (usually their
   * essay's id), as ranges of k: `{"abc": [[1, 30], [32, 32]]}`. Compact at
   * any scale, and exact: ids are no longer positions, so a count would not do.
   */
  paragraphs: Record<string, [number, number][]>;
  retired: Retired;
  authors: Record<string, string>;
}

/** A paragraph id: `<prefix>-p<k>`. */
const PARAGRAPH_ID = /^(.+)-p(\d{1,7})$/u;

/**
 * The ranges of the live paragraph ids, for `RouteTable.paragraphs`.
 *
 * @example paragraphRanges(["a-p1", "a-p2", "a-p4"]) // { a: [[1, 2], [4, 4]] }
 */
export function paragraphRanges(ids: readonly string[]): Record<string, [number, number][]> {
  const numbers = new Map<string, number[]>();
  for (const id of ids) {
    const match = PARAGRAPH_ID.exec(id);
    if (match) numbers.set(match[1]!, [...(numbers.get(match[1]!) ?? []), Number(match[2])]);
  }
  const out: Record<string, [number, number][]> = {};
  for (const [prefix, list] of numbers) {
    const ranges: [number, number][] = [];
    for (const k of list.sort((a, b) => a - b)) {
      const last = ranges[ranges.length - 1];
      if (last && k === last[1] + 1) last[1] = k;
      else if (!last || k > last[1]) ranges.push([k, k]);
    }
    out[prefix] = ranges;
  }
  return out;
}

let table: RouteTable | null = null;

function load(): RouteTable {
  table ??= JSON.parse(readFileSync(generatedFile("routes"), "utf8")) as RouteTable;
  return table;
}

/** What a paragraph id is now: live, moved (to the id that holds its passage), gone, or never published (null). */
export function paragraphRoute(paragraphId: string): "live" | { to: string } | "gone" | null {
  const { paragraphs, retired } = load();
  const match = PARAGRAPH_ID.exec(paragraphId);
  if (match) {
    const k = Number(match[2]);
    // Own keys only: an id like constructor-p1 must not find Object.prototype's members.
    const ranges = Object.hasOwn(paragraphs, match[1]!) ? paragraphs[match[1]!]! : [];
    if (ranges.some(([first, last]) => k >= first && k <= last)) return "live";
  }
  const where = Object.hasOwn(retired.paragraphs, paragraphId) ? retired.paragraphs[paragraphId] : undefined;
  if (!where) return null;
  return "to" in where ? { to: where.to } : "gone";
}

/** What a retired essay id is now: moved (to the live essay holding its text) or gone; null for an id that is not retired. */
export function retiredEssayRoute(essayId: string): { to: string } | "gone" | null {
  const { retired } = load();
  if (!Object.hasOwn(retired.essays, essayId)) return null;
  const to = retired.essays[essayId];
  return to ? { to } : "gone";
}

/** The slug of the author with this name (as printed, or in Simplified form), or null. */
export function authorSlugForName(name: string): string | null {
  const { authors } = load();
  return Object.hasOwn(authors, name) ? authors[name]! : null;
}
