"use client";

import { useEffect } from "react";

/**
 * On a source page, marks the lines named by the URL fragment (`#L9-L11` or
 * `#L9`) so a reader sees exactly which lines a paragraph came from. Without
 * JavaScript the fragment still scrolls to the range's first line.
 */
export function LineRangeMarker() {
  useEffect(() => {
    const mark = () => {
      document.querySelectorAll("[data-line][data-marked]").forEach((el) => el.removeAttribute("data-marked"));
      const match = /^#L(\d+)(?:-L(\d+))?$/u.exec(window.location.hash);
      if (!match) return;
      const first = Number(match[1]);
      const last = Math.min(Number(match[2] ?? match[1]), first + 2000);
      for (let n = first; n <= last; n++) document.getElementById(`L${n}`)?.setAttribute("data-marked", "");
    };
    mark();
    window.addEventListener("hashchange", mark);
    return () => window.removeEventListener("hashchange", mark);
  }, []);
  return null;
}
