"use client";

import { useEffect, useState } from "react";

/** Where an anchor published on this page before a revision leads now. */
export type RetiredAnchor = { anchor: string; moved: string } | { anchor: string; gone: true; nearest: { href: string; n: number } | null };

/**
 * Answers an old paragraph anchor (`#p6` of a link shared before a revision)
 * that no element carries any more: a passage that moved is followed (the
 * URL is replaced, so Back does not return to the stale anchor), and a
 * removed one gets a notice with the nearest surviving paragraph — never a
 * silent landing at the top of the page or on another paragraph. A fragment
 * never reaches the server, so this is the one place it can be answered.
 */
export function StaleAnchor({ retired }: { retired: RetiredAnchor[] }) {
  const [gone, setGone] = useState<Extract<RetiredAnchor, { gone: true }> | null>(null);
  useEffect(() => {
    const byAnchor = new Map(retired.map((r) => [r.anchor, r]));
    const check = () => {
      const anchor = decodeURIComponent(window.location.hash.slice(1));
      if (!anchor || document.getElementById(anchor)) return setGone(null);
      const found = byAnchor.get(anchor);
      if (!found) return setGone(null);
      if ("moved" in found) window.location.replace(found.moved);
      else setGone(found);
    };
    check();
    window.addEventListener("hashchange", check);
    return () => window.removeEventListener("hashchange", check);
  }, [retired]);
  if (!gone) return null;
  return (
    <div role="alert" data-stale-anchor={gone.anchor} className="mb-4 rounded border border-amber-400 bg-amber-50 p-3">
      <p className="font-semibold">此段已在修订中删除</p>
      <p className="text-sm text-stone-800">
        链接所指的段落（#{gone.anchor}）已不在本文中。
        {gone.nearest && (
          <a href={gone.nearest.href} className="ml-1 text-blue-800 underline">
            阅读相邻的第 {gone.nearest.n} 段
          </a>
        )}
      </p>
    </div>
  );
}
