"use client";

import { useEffect, useState } from "react";
import { formatCitation, type CitationFacts } from "@/lib/browse/citation";

/**
 * The citation of a paragraph, with this page's address and today's date as
 * the access date (filled in by the browser; the server-rendered text has no
 * date), and a button that copies it.
 */
export function CitationText({ facts, path, serverOrigin }: { facts: CitationFacts; path: string; serverOrigin: string }) {
  const [client, setClient] = useState<{ origin: string; today: string } | null>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, "0");
    // Reading the browser's origin and clock can only happen after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setClient({ origin: window.location.origin, today: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}` });
  }, []);
  const text = formatCitation(facts, new URL(path, client?.origin ?? serverOrigin).toString(), client?.today ?? null);
  return (
    <div className="mt-1 rounded border border-stone-300 bg-white p-2 text-sm">
      <p data-citation className="break-all">{text}</p>
      <button
        type="button"
        className="mt-1 text-blue-800 hover:underline"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setCopied(true);
            window.setTimeout(() => setCopied(false), 2000);
          } catch {
            window.prompt("复制此引文：", text);
          }
        }}
      >
        {copied ? "已复制引文" : "复制引文"}
      </button>
    </div>
  );
}
