"use client";

import { useState } from "react";

/**
 * Copies the share link of a paragraph. It is a real link to the share page,
 * so without JavaScript (or without clipboard access) it still leads there.
 */
export function CopyLinkButton({ href, label }: { href: string; label: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <a
      href={href}
      data-copy-link
      aria-label={label}
      className="text-blue-800 hover:underline"
      onClick={async (event) => {
        event.preventDefault();
        const url = new URL(href, window.location.origin).toString();
        try {
          await navigator.clipboard.writeText(url);
          setState("copied");
        } catch {
          setState("failed");
          window.prompt("复制此链接：", url);
        }
        window.setTimeout(() => setState("idle"), 2000);
      }}
    >
      {state === "copied" ? "已复制" : "复制链接"}
      <span role="status" className="sr-only">
        {state === "copied" ? "链接已复制" : ""}
      </span>
    </a>
  );
}
