/**
 * Reading the search params Next.js gives a page: shared by the search, concordance and distribution pages.
 */

/** Next gives repeated parameters as arrays; the request parsers want URLSearchParams. */
export function toParams(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, v);
  return params;
}

/** A page number from the URL: a whole number from 1, anything else is page 1. */
export function pageNumber(value: string | null): number {
  const n = value && /^\d{1,6}$/u.test(value) ? Number(value) : 1;
  return Math.max(1, n);
}
