/**
 * What an essay page does with a paragraph anchor published before a
 * revision (`#p6` of an old link) that no element carries any more: the
 * decision, as a pure function the client component (components/stale-anchor.tsx)
 * calls, so it is unit-tested. Imports nothing: it ships to the browser.
 */

/** Where an anchor published on this page before a revision leads now. */
export type RetiredAnchor = { anchor: string; moved: string } | { anchor: string; gone: true; nearest: { href: string; n: number } | null };

export type StaleAnchorAction = { kind: "none" } | { kind: "follow"; href: string } | { kind: "notice"; retired: Extract<RetiredAnchor, { gone: true }> };

/**
 * The action for a URL fragment: nothing when the page has the element (or
 * the fragment names nothing retired), follow a passage that moved, or show
 * the notice for one that was removed.
 *
 * @example staleAnchorAction("#p6", false, [{ anchor: "p6", moved: "/essays/x#p7" }]) // { kind: "follow", href: "/essays/x#p7" }
 */
export function staleAnchorAction(hash: string, pageHasElement: boolean, retired: readonly RetiredAnchor[]): StaleAnchorAction {
  let anchor: string;
  try {
    anchor = decodeURIComponent(hash.replace(/^#/u, ""));
  } catch {
    return { kind: "none" };
  }
  if (anchor === "" || pageHasElement) return { kind: "none" };
  const found = retired.find((r) => r.anchor === anchor);
  if (!found) return { kind: "none" };
  return "moved" in found ? { kind: "follow", href: found.moved } : { kind: "notice", retired: found };
}
