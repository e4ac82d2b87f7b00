"use client";

import { useEffect } from "react";

/**
 * Marks the element the URL fragment names with `data-targeted`. CSS
 * `:target` does this for a page loaded with the fragment, but not after an
 * in-app navigation (history.pushState does not update :target), so the
 * essay page styles both.
 */
export function TargetMarker() {
  useEffect(() => {
    const mark = () => {
      document.querySelectorAll("[data-targeted]").forEach((el) => el.removeAttribute("data-targeted"));
      const id = decodeURIComponent(window.location.hash.slice(1));
      if (id) document.getElementById(id)?.setAttribute("data-targeted", "");
    };
    mark();
    window.addEventListener("hashchange", mark);
    return () => window.removeEventListener("hashchange", mark);
  }, []);
  return null;
}
