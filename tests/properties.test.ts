import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { cleanHeading, cleanParagraph } from "@/lib/text/clean";
import { parseQuery } from "@/lib/search/query";
import { loadSearchEngineFrom } from "@/lib/server/services";
import type { SearchEngine } from "@/lib/search/engine";

/** Seeded property tests over hostile-looking strings: the parser, the engine, the cleaner. */

/** Characters that make text hard: Han (one astral), spaces of every kind, punctuation of both widths, quotes, controls, Latin, digits. */
const NASTY = [..."新质生产力治理發展，。、；：？！,.;:?!“”\"'（）()【】[]<>&-－|ＡＢａb１2 \u3000\t\n\u0000\u0001\u200b"].concat(["𠀀", "😀", "OR", "作者:", "theme:"]);
const nastyString = (max: number) => fc.array(fc.constantFrom(...NASTY), { maxLength: max }).map((parts) => parts.join(""));

let engine: SearchEngine;
beforeAll(() => {
  // The engine over the generated real corpus, loaded as the server loads it.
  engine = loadSearchEngineFrom("generated");
});

describe("the query parser and the engine", () => {
  it("never throw, and the engine answers every parsed query (seeded)", () => {
    fc.assert(
      fc.property(nastyString(30), (raw) => {
        const parsed = parseQuery(raw);
        expect(parsed.groups.every((g) => g.length > 0 && g.every((u) => u.form !== ""))).toBe(true);
        const result = engine.search({ query: raw, limit: 5 });
        expect(result.total).toBeGreaterThanOrEqual(result.hits.length);
        for (const hit of result.hits) {
          for (const [s, e] of hit.highlights) {
            expect(s).toBeLessThan(e);
            expect(e).toBeLessThanOrEqual(hit.paragraph.text.length);
          }
        }
      }),
      { seed: 2026, numRuns: 600 },
    );
  });
});

describe("the cleaner", () => {
  const han = (s: string) => [...s].filter((c) => /\p{Script=Han}/u.test(c)).join("");

  it.each([
    ["cleanParagraph", cleanParagraph],
    ["cleanHeading", cleanHeading],
  ])("%s is idempotent and keeps every Han character in order (seeded)", (_name, clean) => {
    fc.assert(
      fc.property(nastyString(60), (text) => {
        const once = clean(text);
        expect(clean(once)).toBe(once);
        expect(han(once)).toBe(han(text));
      }),
      { seed: 7714, numRuns: 1500 },
    );
  });
});
