import { readFileSync } from "node:fs";
import { generatedFile } from "./files";

/**
 * What the proxy needs to answer a path without loading the corpus
 * (`generated/routes.json`, written by `npm run index`): how many paragraphs
 * each essay has, and which author page each printed or folded name leads to.
 * Unknown paragraphs and names get the prerendered not-found page from the
 * proxy: Next.js 16 leaves the 404 of a page rendered per request to the
 * browser (an empty shell without JavaScript).
 */

export interface RouteTable {
  $comment?: string;
  essays: Record<string, number>;
  authors: Record<string, string>;
}

let table: RouteTable | null = null;

function load(): RouteTable {
  table ??= JSON.parse(readFileSync(generatedFile("routes"), "utf8")) as RouteTable;
  return table;
}

/** Parses `<essay id>-p<n>`; true when that paragraph exists. */
export function paragraphExists(paragraphId: string): boolean {
  const match = /^(.+)-p(\d{1,6})$/u.exec(paragraphId);
  if (!match) return false;
  const count = load().essays[match[1]!];
  const n = Number(match[2]);
  return count !== undefined && n >= 1 && n <= count;
}

/** The slug of the author with this name (as printed, or in Simplified form), or null. */
export function authorSlugForName(name: string): string | null {
  return load().authors[name] ?? null;
}
