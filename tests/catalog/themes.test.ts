import { beforeAll, describe, expect, it } from "vitest";
import { readCatalog, readCorpus } from "@/lib/artifacts/read";
import type { SearchEngine } from "@/lib/search/engine";
import { loadSearchEngineFrom } from "@/lib/server/services";
import type { Catalog } from "@/lib/types";

/**
 * A theme's paragraphs are exactly the paragraphs whose text a search for its
 * terms finds (headings left out, as themes leave them out): both use the
 * match form, so spacing, punctuation, script variants and full-width
 * letters cannot make them disagree. (Search also lists the paragraphs of an
 * essay whose author or institution a term names, without a highlight; a
 * theme is about the text, so those are not compared.)
 * Over the real generated corpus (`npm test` builds it first).
 */
let catalog: Catalog;
let engine: SearchEngine;
beforeAll(() => {
  catalog = readCatalog("generated");
  engine = loadSearchEngineFrom("generated", readCorpus("generated").corpus, catalog);
});

describe("themes and search agree", () => {
  it("every theme, curated and automatic, has exactly the paragraphs its terms find", () => {
    expect(catalog.themes.length).toBeGreaterThanOrEqual(5);
    for (const theme of catalog.themes) {
      const query = theme.terms.map((t) => `"${t}"`).join(" OR ");
      const found = engine
        .search({ query, limit: 10_000, sort: "position" })
        .hits.filter((h) => h.paragraph.kind !== "heading" && h.highlights.length > 0)
        .map((h) => h.paragraph.id);
      expect({ theme: theme.name, ids: [...theme.paragraphs.map((p) => p.id)].sort() }).toEqual({ theme: theme.name, ids: [...found].sort() });
    }
  });

  it("a theme filter gives the same paragraphs", () => {
    for (const theme of catalog.themes) {
      const filtered = engine.search({ query: "", filters: { theme: [theme.slug] }, limit: 10_000, sort: "position" });
      expect(filtered.hits.map((h) => h.paragraph.id).sort()).toEqual(theme.paragraphs.map((p) => p.id).sort());
    }
  });
});
