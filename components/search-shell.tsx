"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type ReactNode } from "react";

/** How long typing must pause before the results follow. */
const DEBOUNCE_MS = 300;

/**
 * The search page's form and its results. Without JavaScript it is a plain
 * GET form. With it, results follow typing (debounced), the URL follows (so
 * back and forward work), and the current results stay in place, dimmed,
 * until the next ones arrive, so nothing jumps.
 */
export function SearchShell({
  query,
  hidden,
  heading,
  children,
  action = "/search",
  label = "检索段落",
  placeholder = '检索段落，如：新质生产力、"数字党建"、-发展、作者:林晨',
}: {
  query: string;
  hidden: [string, string][];
  heading: ReactNode;
  children: ReactNode;
  /** The page the form goes to: the search page, the concordance or the distribution. */
  action?: string;
  /** What the box is for, for screen readers. */
  label?: string;
  placeholder?: string;
}) {
  const router = useRouter();
  const [value, setValue] = useState(query);
  const [pending, startTransition] = useTransition();
  const lastSent = useRef(query);

  // Back/forward (or a link) changed the query: show it, unless it is the one this box just sent.
  useEffect(() => {
    if (query !== lastSent.current) {
      lastSent.current = query;
      // The URL is the source of truth; the box follows it after navigation.
      setValue(query);
    }
  }, [query]);

  const go = (next: string) => {
    if (next === lastSent.current) return;
    lastSent.current = next;
    const params = new URLSearchParams(hidden);
    if (next.trim() !== "") params.set("q", next);
    startTransition(() => router.push(`${action}${params.size > 0 ? `?${params}` : ""}`, { scroll: false }));
  };

  useEffect(() => {
    if (value === lastSent.current) return;
    const timer = window.setTimeout(() => go(value), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
    // `go` only reads refs and stable values; re-running on it would reset the timer on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  return (
    <>
      {heading}
      <form
        action={action}
        method="get"
        role="search"
        className="mb-4 flex gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          go(value);
        }}
      >
        <label htmlFor="q-search" className="sr-only">
          {label}
        </label>
        <input
          id="q-search"
          name="q"
          type="search"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          placeholder={placeholder}
          autoFocus
          autoComplete="off"
          className="min-w-0 flex-1 rounded border border-stone-400 bg-white px-3 py-2"
        />
        {hidden.map(([name, v], i) => (
          <input key={`${name}-${i}`} type="hidden" name={name} value={v} />
        ))}
        <button type="submit" className="rounded bg-blue-800 px-4 py-2 text-white hover:bg-blue-900">
          检索
        </button>
      </form>
      <div aria-busy={pending} data-pending={pending || undefined} className="transition-opacity data-[pending]:opacity-60">
        {children}
      </div>
    </>
  );
}
