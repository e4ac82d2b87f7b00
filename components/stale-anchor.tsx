"use client";

import { useEffect, useState } from "react";
import { staleAnchorAction, staleAnchorId, type StaleAnchorAction } from "@/lib/web/stale-anchors";

/**
 * Answers an anchor the page does not carry (`#p6` of a link shared before
 * a revision), or any anchor after a redirect from a retired essay
 * (`?from=`): it asks `GET /api/paragraphs/<id>` where that id leads now, so
 * a static copy of the page answers as well as the server does. A passage
 * that moved is followed (the URL replaced, so Back does not return to the
 * stale anchor); a removed one gets a notice with the nearest surviving
 * paragraph — never a silent landing on the top of the page or on another
 * paragraph. A fragment never reaches the server, so only the page can ask.
 */
export function StaleAnchor({ essayId, apiBase }: { essayId: string; apiBase: string }) {
  const [notice, setNotice] = useState<Extract<StaleAnchorAction, { kind: "notice" }> | null>(null);
  useEffect(() => {
    let current = 0;
    const check = async () => {
      const asked = ++current;
      const { hash, search, pathname } = window.location;
      let element = false;
      try {
        element = hash.length > 1 && document.getElementById(decodeURIComponent(hash.slice(1))) !== null;
      } catch {
        // not percent-encoding: no element has it
      }
      const id = staleAnchorId(hash, search, essayId, element);
      if (search.includes("from=")) {
        const params = new URLSearchParams(search);
        params.delete("from");
        const rest = params.toString();
        window.history.replaceState(null, "", `${pathname}${rest ? `?${rest}` : ""}${hash}`);
      }
      if (id === null) return setNotice(null);
      try {
        const response = await fetch(`${apiBase}${encodeURIComponent(id)}`);
        const action = staleAnchorAction(response.status, await response.json().catch(() => null), hash.slice(1), `${pathname}${hash}`);
        if (asked !== current) return;
        if (action.kind === "follow") window.location.replace(action.href);
        setNotice(action.kind === "notice" ? action : null);
      } catch {
        // offline: leave the page as it is
      }
    };
    void check();
    const onHash = () => void check();
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, [essayId, apiBase]);
  if (!notice) return null;
  return (
    <div role="alert" data-stale-anchor={notice.anchor} className="mb-4 rounded border border-amber-400 bg-amber-50 p-3">
      <p className="font-semibold">此段已在修订中删除</p>
      <p className="text-sm text-stone-800">
        链接所指的段落（#{notice.anchor}）已不在本文中。
        {notice.nearest && (
          <a href={notice.nearest.href} className="ml-1 text-blue-800 underline" data-nearest>
            阅读相邻的第 {notice.nearest.n} 段
          </a>
        )}
      </p>
    </div>
  );
}
