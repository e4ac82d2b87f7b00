/**
 * What an essay page does with a paragraph anchor it does not carry (`#p6`
 * of a link shared before a revision), or with any anchor after a redirect
 * from a retired essay (`?from=<old essay id>`, where `#p6` meant the old
 * essay's paragraph 6): it asks the API where that id leads now. Pure
 * functions, so the client component (components/stale-anchor.tsx) stays a
 * thin shell and the decisions are unit-tested. Imports nothing: it ships
 * to the browser.
 */

/** A page anchor that is a paragraph's durable id without its essay's (`p6`); anything else on a page is a whole id. */
const LOCAL_ANCHOR = /^p\d{1,7}$/u;

/**
 * The paragraph id to look up for the current URL, or null when the page
 * can answer the anchor itself.
 *
 * @example staleAnchorId("#p6", "", "abc", false) // "abc-p6"
 * @example staleAnchorId("#p6", "?from=old", "abc", true) // "old-p6"
 */
export function staleAnchorId(hash: string, search: string, essayId: string, pageHasElement: boolean): string | null {
  let anchor: string;
  try {
    anchor = decodeURIComponent(hash.replace(/^#/u, ""));
  } catch {
    return null;
  }
  if (anchor === "") return null;
  const from = new URLSearchParams(search).get("from");
  if (from) return LOCAL_ANCHOR.test(anchor) ? `${from}-${anchor}` : anchor;
  if (pageHasElement) return null;
  return LOCAL_ANCHOR.test(anchor) ? `${essayId}-${anchor}` : anchor;
}

/** What the page does with the API's answer about that id. */
export type StaleAnchorAction = { kind: "none" } | { kind: "follow"; href: string } | { kind: "notice"; anchor: string; nearest: { href: string; n: number } | null };

/**
 * Reads `GET /api/paragraphs/<id>`'s answer: a passage that lives (here or
 * elsewhere) is followed unless the reader is already there; a removed one
 * gets the notice; anything else (never published, an error) is left alone.
 *
 * @example staleAnchorAction(410, { nearest: { url: "/essays/abc#p5", n: 4 } }, "p6", "/essays/abc#p6") // { kind: "notice", … }
 */
export function staleAnchorAction(status: number, body: unknown, anchor: string, here: string): StaleAnchorAction {
  const answer = body as { url?: unknown; nearest?: { url?: unknown; n?: unknown } | null } | null;
  if (status === 200 && typeof answer?.url === "string") return answer.url === here ? { kind: "none" } : { kind: "follow", href: answer.url };
  if (status === 410) {
    const nearest = answer?.nearest && typeof answer.nearest.url === "string" && typeof answer.nearest.n === "number" ? { href: answer.nearest.url, n: answer.nearest.n } : null;
    return { kind: "notice", anchor, nearest };
  }
  return { kind: "none" };
}
