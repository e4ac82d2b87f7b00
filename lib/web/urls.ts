/**
 * Where the site is served, for absolute URLs in share previews and citations
 * rendered on the server. Set SITE_URL in production; browsers use their own
 * origin for links they copy.
 */
export function siteUrl(): URL {
  return new URL(process.env.SITE_URL ?? "http://localhost:3000");
}

/** The share page of a paragraph: a path of its own, so a link preview can show the paragraph. */
export function paragraphShareUrl(paragraphId: string): string {
  return `/p/${encodeURIComponent(paragraphId)}`;
}

/** Where an essay is read. */
export function essayUrl(id: string): string {
  return `/essays/${encodeURIComponent(id)}`;
}

/** A paragraph inside its essay, optionally with terms to highlight. */
export function paragraphUrl(essayId: string, n: number, highlight: string[] = []): string {
  const query = highlight.length > 0 ? `?${new URLSearchParams(highlight.map((h) => ["hl", h]))}` : "";
  return `/essays/${encodeURIComponent(essayId)}${query}#p${n}`;
}

/** An author's page. */
export function authorUrl(slug: string): string {
  return `/authors/${encodeURIComponent(slug)}`;
}

/** A theme's page. */
export function themeUrl(slug: string): string {
  return `/themes/${encodeURIComponent(slug)}`;
}

/** A search for a term. */
export function searchUrl(query: string): string {
  return `/search?${new URLSearchParams({ q: query })}`;
}

/** A source file's page, optionally at a line range (`#L9-L11`, or `#L9` for one line). */
export function sourceUrlFor(file: string, lines?: [number, number]): string {
  const base = `/sources/${encodeURIComponent(file)}`;
  return lines ? `${base}#${lineAnchor(lines)}` : base;
}

/** The anchor of a line range on a source page. */
export function lineAnchor([first, last]: [number, number]): string {
  return first === last ? `L${first}` : `L${first}-L${last}`;
}

/** Decodes a URL path segment, or returns it as it is when it is not valid percent-encoding. */
export function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
