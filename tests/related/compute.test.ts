import { beforeAll, describe, expect, it } from "vitest";
import { readCorpus, readRelated } from "@/lib/artifacts/read";
import { encodeRelated, relatedParagraphs, RELATED, type RelatedInput } from "@/lib/related/compute";
import { RelatedTable } from "@/lib/related/table";
import { isContentWord, loadSegmenter, segmentText } from "@/lib/segment/segmenter";

/** Related paragraphs: the measure on small literal cases, and the build's output against a brute-force TF-IDF cosine. */

const doc = (id: string, essay: string, terms: string): RelatedInput => ({ id, essay, terms: terms.split(" ") });

/** The documented measure, written out plainly: (1 + ln tf) · ln(N/df), cosine. */
function bruteForce(inputs: RelatedInput[]): (a: number, b: number) => number {
  const eligible = inputs.map((p) => new Set(p.terms).size >= RELATED.minTerms);
  const n = eligible.filter(Boolean).length;
  const df = new Map<string, number>();
  inputs.forEach((p, i) => eligible[i] && new Set(p.terms).forEach((t) => df.set(t, (df.get(t) ?? 0) + 1)));
  const vectors = inputs.map((p) => {
    const tf = new Map<string, number>();
    for (const t of p.terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    return new Map([...tf].map(([t, f]) => [t, (1 + Math.log(f)) * Math.log(n / df.get(t)!)]));
  });
  const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0));
  return (a, b) => {
    let dot = 0;
    for (const [t, w] of vectors[a]!) dot += w * (vectors[b]!.get(t) ?? 0);
    return dot / (norm(vectors[a]!) * norm(vectors[b]!));
  };
}

describe("relatedParagraphs on small cases", () => {
  const inputs = [
    doc("a-p1", "a", "基层 治理 网格 社区 党建 居民"),
    doc("b-p1", "b", "基层 治理 网格 社区 党建 居民"),
    doc("a-p2", "a", "基层 治理 网格 社区 党建 居民"),
    doc("c-p1", "c", "量子 计算 芯片 算力 模型 数据"),
    doc("d-p1", "d", "基层 治理 芯片 算力 服务 机制"),
    doc("e-p1", "e", "短 段"),
    doc("f-p1", "f", "基层 芯片 学校 医院 交通 住房"),
  ];
  const related = relatedParagraphs(inputs, { minScore: 0.01 });

  it("scores identical paragraphs of other essays 1, and never relates paragraphs of the same essay", () => {
    expect(related.get("a-p1")![0]).toMatchObject({ id: "b-p1", score: 1 });
    expect(related.get("a-p1")!.map((r) => r.id)).not.toContain("a-p2");
  });

  it("leaves out paragraphs that share no term, and paragraphs with too few terms", () => {
    expect(related.get("c-p1")!.map((r) => r.id).sort()).toEqual(["d-p1", "f-p1"]);
    expect(related.get("a-p1")!.map((r) => r.id)).not.toContain("c-p1");
    expect(related.has("e-p1")).toBe(false);
    expect([...related.values()].flat().map((r) => r.id)).not.toContain("e-p1");
  });

  it("gives the brute-force cosine, best first, and the shared terms by contribution", () => {
    const cos = bruteForce(inputs);
    const list = related.get("d-p1")!;
    expect(list.length).toBeGreaterThan(2);
    for (const r of list) expect(r.score).toBeCloseTo(cos(4, inputs.findIndex((p) => p.id === r.id)), 3);
    expect(list.map((r) => r.score)).toEqual([...list.map((r) => r.score)].sort((x, y) => y - x));
    expect(related.get("d-p1")!.find((r) => r.id === "c-p1")!.shared.sort()).toEqual(["算力", "芯片"].sort());
    // 芯片 is in 3 of the 6 paragraphs compared, 基层 in 5: the rarer term contributes more and comes first.
    expect(related.get("f-p1")!.find((r) => r.id === "d-p1")!.shared).toEqual(["芯片", "基层"]);
  });

  it("keeps the minimum score and the number per paragraph", () => {
    const strict = relatedParagraphs(inputs, { minScore: 0.99, perParagraph: 1 });
    expect(strict.get("a-p1")).toEqual([{ id: "b-p1", score: 1, shared: expect.any(Array) }]);
    expect(strict.has("d-p1")).toBe(false);
  });

  it("still reports the exact cosine when the postings are cut short for a large corpus", () => {
    const cut = relatedParagraphs(inputs, { minScore: 0.01, postingsKept: 1 });
    const cos = bruteForce(inputs);
    for (const [id, list] of cut) {
      const i = inputs.findIndex((p) => p.id === id);
      for (const r of list) expect(r.score).toBeCloseTo(cos(i, inputs.findIndex((p) => p.id === r.id)), 3);
    }
  });
});

describe("the related.json encoding", () => {
  it("gives back every list as built, and counts without building", () => {
    const lists = new Map([
      ["a-p1", [{ id: "b-p2", score: 0.5, shared: ["基层", "治理"] }, { id: "c-p1", score: 0.125, shared: ["治理"] }]],
      ["b-p2", [{ id: "a-p1", score: 0.5, shared: ["治理", "基层"] }]],
    ]);
    const table = new RelatedTable(JSON.parse(JSON.stringify(encodeRelated(["a-p1", "a-p2", "b-p2", "c-p1"], lists))));
    expect(table.get("a-p1")).toEqual(lists.get("a-p1"));
    expect(table.get("b-p2")).toEqual(lists.get("b-p2"));
    expect(table.get("a-p2")).toEqual([]);
    expect(table.get("no-such-p1")).toEqual([]);
    expect([table.count("a-p1"), table.count("a-p2"), table.count("b-p2"), table.count("no-such-p1")]).toEqual([2, 0, 1, 0]);
  });
});

describe("related.json of the real corpus", () => {
  let inputs: RelatedInput[];
  let stored: RelatedTable;
  beforeAll(() => {
    loadSegmenter("generated/user-dict.utf8");
    const corpus = readCorpus("generated").corpus;
    inputs = corpus.essays.flatMap((e) => e.paragraphs.filter((p) => p.kind !== "heading").map((p) => ({ id: p.id, essay: e.id, terms: segmentText(p.text).filter((w) => isContentWord(w)) })));
    stored = readRelated("generated");
  });

  it("lists for every paragraph exactly the paragraphs of other essays a brute-force cosine puts at or above the minimum, best first", () => {
    const cos = bruteForce(inputs);
    const essayOf = new Map(inputs.map((p) => [p.id, p.essay]));
    let listed = 0;
    inputs.forEach((p, i) => {
      if (new Set(p.terms).size < RELATED.minTerms) return expect(stored.get(p.id)).toEqual([]);
      const expected = inputs
        .map((q, j) => ({ id: q.id, score: essayOf.get(q.id) === p.essay || new Set(q.terms).size < RELATED.minTerms ? 0 : cos(i, j) }))
        .filter((c) => c.score >= RELATED.minScore)
        .sort((a, b) => b.score - a.score)
        .slice(0, RELATED.perParagraph);
      const got = stored.get(p.id);
      expect(got.map((r) => r.id), `${p.id}: ${JSON.stringify(expected)} vs ${JSON.stringify(got)}`).toEqual(expected.map((c) => c.id));
      got.forEach((r, k) => expect(r.score).toBeCloseTo(expected[k]!.score, 3));
      listed += got.length;
    });
    expect(listed).toBeGreaterThan(100);
  });

  it("names shared terms that both paragraphs contain", () => {
    const terms = new Map(inputs.map((p) => [p.id, new Set(p.terms)]));
    for (const id of stored.ids) {
      for (const { id: other, shared } of stored.get(id)) {
        expect(shared.length).toBeGreaterThan(0);
        for (const t of shared) expect(terms.get(id)!.has(t) && terms.get(other)!.has(t), `${id} ~ ${other}: ${t}`).toBe(true);
      }
    }
  });
});
