"use client";

import { useEffect } from "react";

/**
 * Sends a person who opens a paragraph's share page on to the paragraph in
 * its essay. Link-preview crawlers do not run scripts, so they stay on the
 * share page and read its preview tags; without JavaScript the page shows the
 * paragraph and a link.
 */
export function ShareRedirect({ to }: { to: string }) {
  useEffect(() => {
    window.location.replace(to);
  }, [to]);
  return null;
}
