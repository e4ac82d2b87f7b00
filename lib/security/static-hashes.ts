import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The inline-script hashes of every prerendered page, from
 * `.next/csp-hashes.json` (written after `next build`), read once per process.
 */

let routes: Record<string, string[]> | null = null;

function load(): Record<string, string[]> {
  if (routes) return routes;
  try {
    routes = (JSON.parse(readFileSync(join(/* turbopackIgnore: true */ process.cwd(), ".next", "csp-hashes.json"), "utf8")) as { routes: Record<string, string[]> }).routes;
  } catch {
    routes = {};
  }
  return routes;
}

/** The hashes of a prerendered page, or null when the path is rendered per request. */
export function prerenderedScriptHashes(pathname: string): string[] | null {
  return load()[decodePath(pathname)] ?? null;
}

/** The hashes of the prerendered not-found page, which Next.js serves for any unknown path. */
export function notFoundScriptHashes(): string[] {
  return load()["/_not-found"] ?? [];
}

function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}
