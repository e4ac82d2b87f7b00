import { createHash, randomBytes } from "node:crypto";

/**
 * The Content-Security-Policy of every page. Scripts may come only from this
 * origin, plus the inline scripts Next.js writes into a page: for a page
 * prerendered at build time those are listed by their SHA-256 hashes
 * (computed from the built HTML by scripts/csp-hashes.ts); for a page
 * rendered per request they carry a fresh nonce, which Next.js adds to its
 * own scripts. No 'unsafe-eval', no 'unsafe-inline' for scripts.
 */

export interface ScriptAllowance {
  /** Base64 SHA-256 digests of inline scripts, without the `sha256-` prefix. */
  hashes?: readonly string[];
  nonce?: string;
}

/**
 * The policy string.
 *
 * @example contentSecurityPolicy({ nonce: "abc" }) // "default-src 'self'; script-src 'self' 'nonce-abc'; …"
 */
export function contentSecurityPolicy({ hashes = [], nonce }: ScriptAllowance): string {
  const scripts = ["'self'", ...(nonce ? [`'nonce-${nonce}'`] : []), ...hashes.map((h) => `'sha256-${h}'`)];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    // React and Next set style attributes; styles cannot run code, so inline styles stay allowed.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh random nonce for one response. */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

/** Inline `<script>` elements (those without `src`). */
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gu;

/**
 * Base64 SHA-256 digests of every inline script in an HTML document, as CSP wants them.
 *
 * @example inlineScriptHashes("<script>a()</script>") // ["…"]
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, body] of html.matchAll(INLINE_SCRIPT)) hashes.add(createHash("sha256").update(body ?? "", "utf8").digest("base64"));
  return [...hashes];
}
