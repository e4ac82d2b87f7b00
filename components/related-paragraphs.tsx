"use client";

import { useState } from "react";
import type { RelatedItem } from "@/lib/browse/related";
import { RelatedItems } from "./related-items";

/**
 * "Related paragraphs" under a paragraph: a closed <details> that loads the
 * list (from /api/related, computed at build time) when first opened, so a
 * page of paragraphs does not carry every list. Without JavaScript it holds
 * a link to the paragraph's related page instead.
 */
export function RelatedParagraphs({ paragraphId, count }: { paragraphId: string; count: number }) {
  const [state, setState] = useState<{ items: RelatedItem[] } | "idle" | "loading" | "failed">("idle");
  if (count === 0) return null;
  const page = `/related/${encodeURIComponent(paragraphId)}`;

  const load = () => {
    if (state !== "idle" && state !== "failed") return;
    setState("loading");
    fetch(`/api/related/${encodeURIComponent(paragraphId)}`)
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
          未能载入。<a href={page} className="text-blue-800 underline">打开相关段落页</a>
        </p>
      ) : (
        <p className="mt-1">
          <a href={page} className="text-blue-800 underline">打开相关段落页</a>
        </p>
      )}
    </details>
  );
}
