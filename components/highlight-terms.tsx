"use client";

import { useEffect } from "react";

/**
 * Marks the terms given as `?hl=` in the page's URL inside the element with
 * id `containerId`, using the CSS Custom Highlight API: the text and the DOM
 * stay as the server rendered them. Folding is not needed here: search links
 * pass the exact strings found in the text.
 */
export function HighlightTerms({ containerId }: { containerId: string }) {
  useEffect(() => {
    const terms = new URLSearchParams(window.location.search)
      .getAll("hl")
      .map((t) => t.trim())
      .filter((t) => t.length > 0 && t.length <= 100);
    const container = document.getElementById(containerId);
    if (terms.length === 0 || !container || !("highlights" in CSS)) return;
    const ranges: Range[] = [];
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      for (const term of terms) {
        for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + term.length);
          ranges.push(range);
        }
      }
    }
    CSS.highlights.set("search-hit", new Highlight(...ranges));
    return () => {
      CSS.highlights.delete("search-hit");
    };
  }, [containerId]);
  return null;
}
