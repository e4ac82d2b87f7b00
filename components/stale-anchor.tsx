"use client";

import { useEffect, useState } from "react";
import { staleAnchorAction, type RetiredAnchor } from "@/lib/web/stale-anchors";

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
    const check = () => {
      const hash = window.location.hash;
      let id = "";
      try {
        id = decodeURIComponent(hash.slice(1));
      } catch {
        // not percent-encoding: no element has it
      }
      const action = staleAnchorAction(hash, id !== "" && document.getElementById(id) !== null, retired);
      if (action.kind === "follow") window.location.replace(action.href);
      setGone(action.kind === "notice" ? action.retired : null);
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
