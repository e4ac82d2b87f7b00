import fc from "fast-check";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCatalog } from "@/lib/catalog/build-catalog";
import { SearchEngine } from "@/lib/search/engine";
import { matchForm } from "@/lib/text/match-form";
import { shortestCover } from "@/lib/search/score";
import { bm25, idf } from "@/lib/stats/bm25";
import { buildParagraphIndex, exportParagraphIndex, importParagraphIndex } from "@/lib/search/paragraph-index";
import { dictionaryText, extractKeywords, isContentWord, loadSegmenter, readDictionary, segmentText } from "@/lib/segment/segmenter";
import { loadThemes } from "@/lib/curated/themes";
import type { Corpus } from "@/lib/types";
import { loadSeedCorpus, parseLines } from "../helpers";

/** An engine over a corpus, built the way the server builds it (real jieba, real FlexSearch, exported and imported). */
function engineFor(corpus: Corpus, themes = loadThemes("seeds/themes.json")): SearchEngine {
  const catalog = buildCatalog(corpus, themes, { segment: segmentText, keywords: extractKeywords, isContentWord: (w) => isContentWord(w) });
  const index = importParagraphIndex(JSON.parse(JSON.stringify(exportParagraphIndex(buildParagraphIndex(corpus)))));
  return new SearchEngine(index, corpus.essays, catalog, segmentText);
}

function corpusOf(...files: string[][]): Corpus {
  const essays = files.flatMap((lines, i) => parseLines(lines, `${i}.txt`).essays);
  return { formatVersion: 1, sources: [], essays: essays.map((e, order) => ({ ...e, order })) };
}

let real: SearchEngine;
beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), "engine-test-"));
  const names = loadSeedCorpus().corpus.essays.flatMap((e) => e.authors.flatMap((a) => (a.name ? [a.name] : [])));
  writeFileSync(join(dir, "user-dict.utf8"), dictionaryText(readDictionary("seeds/user-dict.utf8"), names));
  loadSegmenter(join(dir, "user-dict.utf8"));
  real = engineFor(loadSeedCorpus().corpus);
});

const ids = (engine: SearchEngine, query: string, extra: object = {}) => engine.search({ query, limit: 100, ...extra }).hits.map((h) => h.paragraph.id);
const allParagraphs = () => loadSeedCorpus().corpus.essays.flatMap((e) => e.paragraphs.map((p) => ({ essay: e, p })));

describe("ranking on small literal cases", () => {
  it("ranks a paragraph that repeats the term above one that has it once, at equal length", () => {
    const engine = engineFor(corpusOf(["# 甲", "", "■张三", "", "治理要讲方法，一般而言。", "", "治理要讲治理，方法而言。"]));
    expect(ids(engine, "治理").map((id) => id.slice(-2))).toEqual(["p2", "p1"]);
  });

  it("ranks the words next to each other, in the order typed, above the words apart", () => {
    const engine = engineFor(corpusOf(["# 甲", "", "■张三", "", "数字化的经济和党建工作都重要。", "", "党建工作和数字化的经济都重要。", "", "数字化经济党建工作都很重要。"]));
    expect(ids(engine, "数字化 经济").map((id) => id.slice(-2))).toEqual(["p3", "p1", "p2"]);
  });

  it("ranks a match in the essay title, then one under a matching heading, above a plain match", () => {
    const engine = engineFor(
      corpusOf(
        ["# 普通题目", "", "■张三", "", "提到共同缔造一次的段落。"],
        ["# 另一题目", "", "■李四", "", "## 共同缔造的经验", "", "提到共同缔造一次的段落。"],
        ["# 共同缔造的实践", "", "■王五", "", "提到共同缔造一次的段落。"],
      ),
    );
    const hits = engine.search({ query: "共同缔造", limit: 10 }).hits.map((h) => `${h.essay.displayTitle}/${h.paragraph.kind}`);
    // The same body text three times: title (+1.5) beats heading (+1), which beats nothing.
    expect(hits.filter((h) => h.endsWith("/body"))).toEqual(["共同缔造的实践/body", "另一题目/body", "普通题目/body"]);
    // The heading block itself is a heading match too, and ranks above the plain body paragraph.
    expect(hits.indexOf("另一题目/heading")).toBeLessThan(hits.indexOf("普通题目/body"));
  });

  it("ranks an author's own paragraphs first when the query is the author's name", () => {
    const engine = engineFor(corpusOf(["# 甲文", "", "■张三", "", "正文说到李四的观点。"], ["# 乙文", "", "■李四", "", "正文一。", "", "正文二。"]));
    const hits = engine.search({ query: "李四", limit: 10 }).hits;
    expect(hits.map((h) => `${h.essay.displayTitle}${h.paragraph.n}`)).toEqual(["乙文1", "乙文2", "甲文1"]);
    expect(hits[0]!.highlights).toEqual([]);
    expect(hits[2]!.highlights).toEqual([[4, 6]]);
  });

  it("keeps corpus order for equal scores, and sorts by position when asked", () => {
    const engine = engineFor(corpusOf(["# 甲", "", "■张三", "", "治理。", "", "治理。", "", "治理治理。"]));
    expect(ids(engine, "治理").map((id) => id.slice(-2))).toEqual(["p3", "p1", "p2"]);
    expect(ids(engine, "治理", { sort: "position" }).map((id) => id.slice(-2))).toEqual(["p1", "p2", "p3"]);
  });

  it("bm25 and shortestCover compute what score.ts and bm25.ts document", () => {
    expect(idf(10, 1000)).toBeCloseTo(4.557, 3);
    expect(bm25(2, idf(10, 1000), 150, 150)).toBeCloseTo(6.27, 2);
    expect(bm25(0, idf(10, 1000), 150, 150)).toBe(0);
    expect(bm25(1, idf(10, 1000), 300, 150)).toBeLessThan(bm25(1, idf(10, 1000), 150, 150));
    expect(shortestCover("甲乙丙丁甲戊", ["甲", "戊"])).toBe(2);
    expect(shortestCover("甲乙", ["甲", "丙"])).toBeNull();
  });
});

describe("matching on the corpus", () => {
  it("finds Traditional, full-width and differently spaced forms of a string alike", () => {
    const simplified = ids(real, "新质生产力");
    expect(simplified.length).toBe(57);
    expect(ids(real, "新質生產力")).toEqual(simplified);
    expect(ids(real, "新 质 生 产 力")).not.toEqual(simplified); // spaces separate words: five single characters, all required
    expect(ids(real, '"新 质 生 产 力"')).toEqual(simplified); // a quoted phrase ranks like the same words typed together
    expect(ids(real, "ＧＯＶＥＲＮＡＮＣＥ")).toEqual(ids(real, "governance"));
  });

  it("finds the author written 石建勳 by 石建勋, his paragraphs first", () => {
    const hits = real.search({ query: "石建勋", limit: 100 }).hits;
    const his = loadSeedCorpus().corpus.essays.find((e) => e.authors.some((a) => a.name === "石建勳"))!;
    expect(hits.map((h) => h.essay.id)).toEqual(his.paragraphs.map(() => his.id));
  });

  it("ranks an institution's paragraphs first", () => {
    const hits = real.search({ query: "同济大学", limit: 3 }).hits;
    expect(hits.every((h) => h.essay.authors.some((a) => a.institution?.startsWith("同济大学")))).toBe(true);
  });

  it("requires every word (AND), excludes with -, and ORs", () => {
    const both = ids(real, "新质生产力 基层治理");
    const a = new Set(ids(real, "新质生产力"));
    const b = new Set(ids(real, "基层治理"));
    expect(both.length).toBeGreaterThan(0);
    expect(both.every((id) => a.has(id) && b.has(id))).toBe(true);
    expect(both.length).toBe([...a].filter((id) => b.has(id)).length);
    const without = ids(real, "新质生产力 -基层治理");
    expect(without.length).toBe(a.size - both.length);
    const either = ids(real, "一网统管 OR 共同缔造");
    expect(new Set(either)).toEqual(new Set([...ids(real, "一网统管"), ...ids(real, "共同缔造")]));
  });

  it("filters by author, institution, source and theme, in the query or as parameters, and they combine", () => {
    const inline = ids(real, "作者：石建勋 产业");
    expect(inline).toEqual(ids(real, "产业", { filters: { author: ["shi-jian-xun"] } }));
    expect(inline).toEqual(ids(real, "产业", { filters: { author: ["石建勳"] } }));
    expect(inline.length).toBeGreaterThan(0);
    const bySource = ids(real, "治理", { filters: { source: ["002_d815cf1dd1702dc9.txt"] } });
    expect(bySource.length).toBeGreaterThan(0);
    expect(ids(real, "治理 来源:002_d815cf1dd1702dc9.txt")).toEqual(bySource);
    const byInstitution = ids(real, "", { filters: { institution: ["中国人民大学应用经济学院"] } });
    expect(byInstitution.every((id) => id.startsWith("yi-shu-zi-jing-ji"))).toBe(true);
    const theme = ids(real, "治理", { filters: { theme: ["gong-tong-di-zao"] } });
    expect(theme.length).toBeGreaterThan(0);
    expect(ids(real, "治理 主题:共同缔造")).toEqual(theme);
    expect(ids(real, "治理", { filters: { theme: ["gong-tong-di-zao"], author: ["mao-quan"] } }).every((id) => theme.includes(id))).toBe(true);
  });

  it("says so when nothing matches, offering other queries apart from the results", () => {
    const none = real.search({ query: "新质生产力基层治理", limit: 10 });
    expect(none.total).toBe(0);
    expect(none.hits).toEqual([]);
    expect(none.suggestions).toEqual([{ query: "新质生产力 基层 治理", total: ids(real, "新质生产力 基层 治理").length }]);
    expect(real.search({ query: "量子 绿色 缔造", limit: 10 }).suggestions.map((s) => s.query).sort()).toEqual(["绿色", "缔造", "量子"].sort());
  });

  it("searches sensibly with malformed syntax", () => {
    expect(real.search({ query: '"基层 治理', limit: 5 }).total).toBe(ids(real, '"基层治理"').length);
    expect(real.search({ query: "- OR \"", limit: 5 }).total).toBe(0);
    expect(real.search({ query: "治理 -", limit: 5 }).total).toBe(ids(real, "治理").length);
    expect(() => real.search({ query: ".*+?[](){}|\\^$", limit: 5 })).not.toThrow();
  });

  it("counts facets over the whole result set, not the page", () => {
    const result = real.search({ query: "治理", limit: 1 });
    expect(result.hits).toHaveLength(1);
    expect(result.facets.sources.reduce((n, v) => n + v.count, 0)).toBe(result.total);
    const author = result.facets.authors[0]!;
    expect(real.search({ query: "治理", filters: { author: [author.value] }, limit: 1 }).total).toBe(author.count);
    const theme = result.facets.themes[0]!;
    expect(real.search({ query: "治理", filters: { theme: [theme.value] }, limit: 1 }).total).toBe(theme.count);
  });

  it("pages through the results without gaps or repeats", () => {
    const all = ids(real, "发展");
    const pages = [0, 20, 40, 60, 80].flatMap((offset) => real.search({ query: "发展", offset, limit: 20 }).hits.map((h) => h.paragraph.id));
    expect(pages).toEqual(all.concat(real.search({ query: "发展", offset: 100, limit: 100 }).hits.map((h) => h.paragraph.id)).slice(0, pages.length));
  });

  it("highlights exactly the characters that match", () => {
    for (const query of ["新質生產力", "经济社会", "“科产城人”", "governance", "共建共治共享 社区"]) {
      const forms = query.split(/\s+/u).map(matchForm);
      for (const hit of real.search({ query, limit: 100 }).hits) {
        for (const [s, e] of hit.highlights) {
          const marked = matchForm(hit.paragraph.text.slice(s, e));
          expect(forms.some((f) => marked.includes(f)), `${query} in ${hit.paragraph.id}: ${hit.paragraph.text.slice(s, e)}`).toBe(true);
        }
        expect(hit.highlights.length).toBeGreaterThan(0);
      }
    }
  });
});

describe("recall guarantee (seeded property over the real corpus)", () => {
  it("any string of two or more characters from a paragraph finds that paragraph, and every result contains it", () => {
    const paragraphs = allParagraphs();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: paragraphs.length - 1 }), fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 2, max: 16 }), (which, startSeed, length) => {
        const { p } = paragraphs[which]!;
        const chars = [...p.text];
        const start = startSeed % Math.max(1, chars.length - 1);
        const piece = chars.slice(start, start + length).join("");
        const form = matchForm(piece);
        if ([...form].length < 2) return;
        const found = real.search({ query: form, limit: 10_000 });
        const hitIds = found.hits.map((h) => h.paragraph.id);
        expect(hitIds, `"${piece}" (form ${form}) from ${p.id}`).toContain(p.id);
        for (const hit of found.hits) {
          const inText = matchForm(hit.paragraph.text).includes(form);
          const aboutAuthor = hit.essay.authors.some((a) => (a.name && matchForm(a.name) === form) || (a.institution && matchForm(a.institution).includes(form)));
          expect(inText || aboutAuthor).toBe(true);
        }
        expect(found.total).toBe(found.hits.length);
      }),
      { seed: 42, numRuns: 400 },
    );
  });

  it("a single Han character finds every paragraph that contains it", () => {
    const paragraphs = allParagraphs();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: paragraphs.length - 1 }), fc.integer({ min: 0, max: 10_000 }), (which, at) => {
        const han = [...paragraphs[which]!.p.text].filter((c) => /\p{Script=Han}/u.test(c));
        if (han.length === 0) return;
        const ch = han[at % han.length]!;
        const expected = paragraphs.filter(({ p }) => matchForm(p.text).includes(matchForm(ch))).map(({ p }) => p.id).sort();
        const got = real.search({ query: ch, limit: 10_000 }).hits.map((h) => h.paragraph.id);
        expect(got.filter((id) => expected.includes(id)).sort()).toEqual(expected);
      }),
      { seed: 7, numRuns: 150 },
    );
  });

  it("finds a string that crosses an extraction space, a line break or punctuation, typed without them", () => {
    // 002 line 3 has "经济社会发展和 民生"; 000 line 9–11 was cut by a page break.
    expect(ids(real, "经济社会发展和民生最突出").length).toBeGreaterThan(0);
    expect(ids(real, "现代化产业体系是加快发展新质生产力").length).toBe(1);
    expect(ids(real, "新质生产力是推动高质量发展的内在要求与重要着力点").length).toBe(1);
  });
});
