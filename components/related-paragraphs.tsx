"use client";

import { useState } from "react";
import type { RelatedItem } from "@/lib/web/json";
import { RelatedItems } from "./related-items";

/**
 * "Related paragraphs" under a paragraph: a closed <details> that loads the
 * list (from /api/related, computed at build time) when first opened, so a
 * page of paragraphs does not carry every list. Without JavaScript it holds
 * a link to the paragraph's related page instead. Both URLs come from the
 * server (`relatedPageUrl`, `relatedApiUrl` in lib/web/urls.ts): importing
 * that module here would ship its dependencies (text folding tables) to the browser.
 */
export function RelatedParagraphs({ paragraphId, count, pageUrl, apiUrl }: { paragraphId: string; count: number; pageUrl: string; apiUrl: string }) {
  const [state, setState] = useState<{ items: RelatedItem[] } | "idle" | "loading" | "failed">("idle");
  if (count === 0) return null;

  const load = () => {
    if (state !== "idle" && state !== "failed") return;
    setState("loading");
    fetch(apiUrl)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((json: { related: RelatedItem[] }) => setState({ items: json.related }))
      .catch(() => setState("failed"));
  };

  return (
    <details className="open:basis-full [&_summary]:cursor-pointer" data-related={paragraphId} onToggle={(event) => event.currentTarget.open && load()}>
      <summary className="text-blue-800 hover:underline">相关段落（{count}）</summary>
      {typeof state === "object" ? (
        <RelatedItems items={state.items} />
      ) : state === "loading" ? (
        <p className="mt-1 text-stone-600" role="status">
          载入中…
        </p>
      ) : state === "failed" ? (
        <p className="mt-1" role="alert">
          未能载入。<a href={pageUrl} className="text-blue-800 underline">打开相关段落页</a>
        </p>
      ) : (
        <p className="mt-1">
          <a href={pageUrl} className="text-blue-800 underline">打开相关段落页</a>
        </p>
      )}
    </details>
  );
}
