import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCorpus, type BuiltCorpus } from "@/lib/corpus/build-corpus";
import { AnchorLedgerError, serializeLedger, writeLedger, type AnchorLedger } from "@/lib/anchors/ledger";
import { retiredIds } from "@/lib/anchors/resolve";
import { likeness, characterBigrams, samePassage } from "@/lib/anchors/similarity";
import { matchForm } from "@/lib/text/match-form";
import type { AnchorChange } from "@/lib/types";

/**
 * Durable paragraph links, scenario by scenario: build v1 of a small corpus
 * written for these tests, change the sources, build v2 with v1's ledger,
 * and pin where every v1 id leads now and the text it lands on.
 *
 * Ids are written short: the three v1 essays are H, C and U (in corpus
 * order) and an essay new in v2 is N, so `H-p4` is `<essay H's id>-p4`.
 * A row of a table is [v1 id, the live id it leads to, that paragraph's text
 * now] or [v1 id, "gone", the nearest survivor's short id].
 */

// ---- The fixture: three essays in two files, every paragraph written for these tests ----

const H1 = "县域医疗卫生服务共同体建设，是推动优质医疗资源下沉、提升基层服务能力的重要抓手，关系到广大农村居民看病就医的切身感受。";
const H2 = "一、理顺管理体制";
const H3_FIRST = "要明确县级医院牵头、乡镇卫生院和村卫生室协同配合的责任分工，把人事、财务、药品和信息系统纳入统一管理。";
const H3_SECOND = "这样才能避免“联而不通”。";
const H3 = H3_FIRST + H3_SECOND;
const H4_FIRST = "医保资金打包支付是激励机制的关键。";
const H4_SECOND = "结余留用、合理超支分担的办法，能够引导医共体从“以治病为中心”转向“以健康为中心”。";
const H4 = H4_FIRST + H4_SECOND;
const H5 = "二、夯实基层能力";
const H6 = "通过专家定期坐诊、远程会诊和进修培训，乡镇卫生院的常见病诊疗水平明显提高，一些地方的基层就诊率已经回升到六成以上。";
const H7 = "村医队伍老化问题仍较突出。应当落实乡村医生待遇保障，拓宽订单定向培养渠道，让年轻人愿意下去、留得下来、干得长久。";
const H8 = "慢病管理是检验医共体成效的试金石。家庭医生签约服务要从“签而不约”走向“签约即服务”，把高血压、糖尿病患者的随访落到实处。";

const C1_FIRST = "乡村公共文化服务是满足农民精神文化需求的基础工程，近年来综合文化服务中心已基本实现村级全覆盖。";
const C1_SECOND = "但部分村里设施闲置、活动单一、群众参与不足的问题依然存在。";
const C1 = C1_FIRST + C1_SECOND;
const C2 = "破解这一难题，关键在于从“送文化”转向“种文化”。要发掘本土文艺骨干，扶持农民自办的戏曲队、舞蹈队和读书会，让群众从观众变成主角。";
const C3 = "数字化手段为文化下乡打开了新空间。线上点单、线下配送的模式，使村民能够按需选择演出和讲座，减少了资源的错配与浪费。";
const C4 = "经费保障要从“撒胡椒面”转向绩效导向。对服务人次、群众满意度等指标进行年度评估，并据此安排下一年度的补助资金。";
const C5 = "还要重视传统村落和非物质文化遗产的保护传承，把乡土记忆融入公共文化空间建设，增强乡村的文化认同和凝聚力。";
const C6 = "人才是公共文化服务的第一资源。可以通过政府购买服务、设置公益性岗位等方式，稳定一支懂文化、爱农村的基层文化管理员队伍。";

const U1 = "城市更新不只是建筑的翻新，更是社区关系的重塑。老旧小区改造能否顺利推进，很大程度上取决于居民是否真正参与其中。";
const U2 = "在项目启动阶段，应当通过入户走访、楼栋议事会等形式广泛征求意见，把加装电梯、停车管理、适老化改造等诉求列入改造清单，做到改什么、怎么改由居民说了算。";
const U3 = "在实施阶段，可以组建居民监督小组，定期公开工程进度和资金使用情况。";
const U4 = "改造完成后的长效管理同样重要。引入专业化物业服务，建立公共收益公开制度，才能避免“一年新、两年旧、三年回原样”。";
const U5 = "结语";
const U6 = "社区规划师制度为居民参与提供了专业支撑。规划师驻点社区，把技术语言转化为群众听得懂的话，帮助居民形成理性共识。";
const U7 = "归根到底，城市更新要坚持人民城市人民建、人民城市为人民，让每一次改造都成为增进邻里感情、凝聚社区力量的过程。";

/** Each source as its blocks; a source file is its blocks with a blank line between them. */
const ESSAY_H = ["# 县域医共体建设的实践路径", "■林晓舟", H1, `## ${H2}`, H3, H4, `## ${H5}`, H6, H7, H8, "（作者单位：南川县卫生健康研究所）"];
const ESSAY_C = ["# 乡村公共文化服务提质增效", "■周明远", C1, C2, C3, C4, C5, C6, "（作者单位：东湖师范学院文化产业研究院）"];
const ESSAY_U = ["# 城市更新中的居民参与", "■许清和", U1, U2, U3, U4, `## ${U5}`, U6, U7, "（作者单位：北山大学公共管理学院）"];
const V1: Sources = { "a.txt": [...ESSAY_H, ...ESSAY_C], "b.txt": ESSAY_U };

/** Every v1 paragraph's text by its short id. */
const V1_TEXT: Record<string, string> = {
  ...Object.fromEntries([H1, H2, H3, H4, H5, H6, H7, H8].map((t, i) => [`H-p${i + 1}`, t])),
  ...Object.fromEntries([C1, C2, C3, C4, C5, C6].map((t, i) => [`C-p${i + 1}`, t])),
  ...Object.fromEntries([U1, U2, U3, U4, U5, U6, U7].map((t, i) => [`U-p${i + 1}`, t])),
};

// Text new in later versions.
const INSERTED = "信息化是医共体运行的神经中枢。统一的电子健康档案和检查结果互认平台，能让患者少跑腿、少花钱、少重复检查。";
const REPLACEMENT = "药品供应保障也不能忽视。医共体内实行药品统一目录、统一采购、统一配送，可以有效缓解乡镇卫生院缺药少药的难题。";
const ESSAY_N = [
  "# 基层应急管理能力建设",
  "■顾远帆",
  "基层是防范化解重大风险的第一道防线。乡镇和街道要配齐应急管理专职人员，健全值班值守、信息报送和隐患排查制度。",
  "防汛防台期间，网格员应逐户摸清独居老人、残疾人等重点人群底数，提前落实转移安置责任人和安置场所。",
  "还要常态化开展应急演练，让群众熟悉避险路线和集合地点，把预案从纸面落到行动上。",
];

// ---- Helpers ----

type Sources = Record<string, string[]>;
type Row = [from: string, to: string, text: string];

/** Writes each source (blocks joined by blank lines) into a fresh folder. */
function writeSources(sources: Sources): string {
  const dir = mkdtempSync(join(tmpdir(), "anchor-align-"));
  for (const [file, blocks] of Object.entries(sources)) writeFileSync(join(dir, file), blocks.join("\n\n") + "\n");
  return dir;
}

/** Builds the sources with `ledger` (none: an empty ledger, as no anchors.json is written). */
function build(sources: Sources, ledger?: AnchorLedger): BuiltCorpus {
  const dir = writeSources(sources);
  return ledger ? buildCorpus(dir, undefined, ledger) : buildCorpus(dir);
}

/** The blocks with `old` replaced by `replacement` (none: removed). */
function replace(blocks: string[], old: string, ...replacement: string[]): string[] {
  const at = blocks.indexOf(old);
  if (at < 0) throw new Error(`fixture: no block ${old}`);
  return [...blocks.slice(0, at), ...replacement, ...blocks.slice(at + 1)];
}

/** Short ids: `<essay id>-p<k>` → `H-p<k>`, by v1's essay order (an essay unknown to v1 is N). */
function shortener(v1: BuiltCorpus, later: BuiltCorpus): (id: string | null) => string | null {
  const letters = new Map(v1.corpus.essays.map((e, i) => [e.id, "HCU"[i] ?? "N"]));
  for (const e of later.corpus.essays) if (!letters.has(e.id)) letters.set(e.id, "N");
  return (id) => {
    if (id === null) return null;
    if (letters.has(id)) return letters.get(id)!;
    const match = /^(.+)-p(\d+)$/u.exec(id);
    const letter = match ? letters.get(match[1]!) : undefined;
    if (!letter) throw new Error(`not an id of the fixture: ${id}`);
    return `${letter}-p${match![2]}`;
  };
}

/**
 * Where every v1 paragraph id leads in `later`, in v1 order, as rows: a live
 * id to itself, a moved one to the paragraph holding its passage (retiredIds,
 * as the server resolves it), a gone one to its nearest survivor. Also checks
 * what every table must hold: an id that leads somewhere lands on its own
 * passage (samePassage on match forms), and no id is live twice.
 */
function leads(v1: BuiltCorpus, later: BuiltCorpus): (Row | [string, "gone", string | null])[] {
  const short = shortener(v1, later);
  const live = new Map(later.corpus.essays.flatMap((e) => e.paragraphs.map((p) => [p.id, p.text] as const)));
  expect(live.size, "an id is live twice").toBe(later.corpus.essays.reduce((n, e) => n + e.paragraphs.length, 0));
  const retired = retiredIds(later.ledger).paragraphs;
  return v1.corpus.essays.flatMap((e) =>
    e.paragraphs.map((p) => {
      const from = short(p.id)!;
      const where = live.has(p.id) ? { to: p.id } : retired[p.id];
      if (!where) throw new Error(`${from} is neither live nor retired`);
      if ("gone" in where) return [from, "gone", short(where.nearest)] as [string, "gone", string | null];
      const text = live.get(where.to);
      if (text === undefined) throw new Error(`${from} leads to ${where.to}, which is not live`);
      expect(samePassage(matchForm(p.text), matchForm(text)), `${from} lands on unrelated text: ${text}`).toBe(true);
      return [from, short(where.to)!, text] as Row;
    }),
  );
}

/** Rows for ids that stay on their v1 text. */
const kept = (...ids: string[]): Row[] => ids.map((id) => [id, id, V1_TEXT[id]!]);

/** The build's report of changed ids, written short: `gone H-p4 (nearest H-p3)`. */
function changes(v1: BuiltCorpus, later: BuiltCorpus): string[] {
  const short = shortener(v1, later);
  return later.report.anchors.map((c: AnchorChange) => {
    switch (c.kind) {
      case "new":
        return `new ${short(c.id)} in ${short(c.essay)}`;
      case "edited":
      case "moved":
        return `${c.kind} ${short(c.id)}`;
      case "merged":
        return `merged ${short(c.id)} into ${short(c.to)}`;
      case "split":
        return `split ${short(c.id)} from ${short(c.from)}`;
      case "gone":
        return `gone ${short(c.id)} (nearest ${short(c.nearest)})`;
      case "new-essay":
        return `new-essay ${short(c.id)}`;
      case "essay-moved":
        return `essay-moved ${short(c.id)} to ${short(c.to)}`;
      case "essay-gone":
        return `essay-gone ${short(c.id)}`;
    }
  });
}

/** Each essay's title and paragraph ids, short. */
function outline(v1: BuiltCorpus, later: BuiltCorpus): [string, string, string[]][] {
  const short = shortener(v1, later);
  return later.corpus.essays.map((e) => [short(e.id)!, e.displayTitle, e.paragraphs.map((p) => short(p.id)!)]);
}

const v1 = build(V1);

// ---- Scenarios ----

describe("the fixture", () => {
  it("parses into the essays and paragraphs the tables assume", () => {
    expect(outline(v1, v1)).toEqual([
      ["H", "县域医共体建设的实践路径", ["H-p1", "H-p2", "H-p3", "H-p4", "H-p5", "H-p6", "H-p7", "H-p8"]],
      ["C", "乡村公共文化服务提质增效", ["C-p1", "C-p2", "C-p3", "C-p4", "C-p5", "C-p6"]],
      ["U", "城市更新中的居民参与", ["U-p1", "U-p2", "U-p3", "U-p4", "U-p5", "U-p6", "U-p7"]],
    ]);
    expect(v1.corpus.essays.flatMap((e) => e.paragraphs.map((p) => p.text))).toEqual(Object.values(V1_TEXT));
    expect(v1.report.anchors).toEqual([]);
  });

  it("has paragraphs long enough for the similarity rules, and short headings", () => {
    const lengths = Object.values(V1_TEXT).map((t) => Array.from(matchForm(t)).length);
    expect(lengths.filter((n) => n < 24)).toEqual([7, 7, 2]);
    expect(lengths.filter((n) => n >= 24).every((n) => n >= 30 && n <= 80)).toBe(true);
  });
});

describe("a second build with the first build's ledger", () => {
  it("inserting a paragraph moves no old id, and the new one gets a never-used k", () => {
    const v2 = build({ ...V1, "a.txt": replace(V1["a.txt"]!, H3, INSERTED, H3) }, v1.ledger);
    expect(leads(v1, v2)).toEqual([
      ...kept("H-p1", "H-p2", "H-p3", "H-p4", "H-p5", "H-p6", "H-p7", "H-p8"),
      ...kept("C-p1", "C-p2", "C-p3", "C-p4", "C-p5", "C-p6"),
      ...kept("U-p1", "U-p2", "U-p3", "U-p4", "U-p5", "U-p6", "U-p7"),
    ]);
    expect(outline(v1, v2)[0]).toEqual(["H", "县域医共体建设的实践路径", ["H-p1", "H-p2", "H-p9", "H-p3", "H-p4", "H-p5", "H-p6", "H-p7", "H-p8"]]);
    expect(changes(v1, v2)).toEqual(["new H-p9 in H"]);
  });

  it("deleting a paragraph makes its id gone, pointing at a neighbour that survived", () => {
    const v2 = build({ ...V1, "a.txt": replace(V1["a.txt"]!, H4) }, v1.ledger);
    expect(leads(v1, v2)).toEqual([
      ...kept("H-p1", "H-p2", "H-p3"),
      ["H-p4", "gone", "H-p3"],
      ...kept("H-p5", "H-p6", "H-p7", "H-p8"),
      ...kept("C-p1", "C-p2", "C-p3", "C-p4", "C-p5", "C-p6"),
      ...kept("U-p1", "U-p2", "U-p3", "U-p4", "U-p5", "U-p6", "U-p7"),
    ]);
    expect(changes(v1, v2)).toEqual(["gone H-p4 (nearest H-p3)"]);
  });

  it("deleting an essay's first paragraph points its id at the one after", () => {
    const v2 = build({ ...V1, "b.txt": replace(V1["b.txt"]!, U1) }, v1.ledger);
    expect(leads(v1, v2)).toEqual([
      ...kept("H-p1", "H-p2", "H-p3", "H-p4", "H-p5", "H-p6", "H-p7", "H-p8"),
      ...kept("C-p1", "C-p2", "C-p3", "C-p4", "C-p5", "C-p6"),
      ["U-p1", "gone", "U-p2"],
      ...kept("U-p2", "U-p3", "U-p4", "U-p5", "U-p6", "U-p7"),
    ]);
    expect(changes(v1, v2)).toEqual(["gone U-p1 (nearest U-p2)"]);
  });

  it("an OCR fix of one character keeps the id and is reported as edited", () => {
    const fixed = H6.replace("已经", "己经");
    expect(fixed).not.toBe(H6);
    const v2 = build({ ...V1, "a.txt": replace(V1["a.txt"]!, H6, fixed) }, v1.ledger);
    expect(leads(v1, v2)).toEqual([
      ...kept("H-p1", "H-p2", "H-p3", "H-p4", "H-p5"),
      ["H-p6", "H-p6", fixed],
      ...kept("H-p7", "H-p8"),
      ...kept("C-p1", "C-p2", "C-p3", "C-p4", "C-p5", "C-p6"),
      ...kept("U-p1", "U-p2", "U-p3", "U-p4", "U-p5", "U-p6", "U-p7"),
    ]);
    expect(changes(v1, v2)).toEqual(["edited H-p6"]);
  });

  it("splitting a paragraph keeps its id on the larger part; the other part is new, reported as split", () => {
    const v2 = build({ ...V1, "a.txt": replace(V1["a.txt"]!, C1, C1_FIRST, C1_SECOND) }, v1.ledger);
    expect(leads(v1, v2)).toEqual([
      ...kept("H-p1", "H-p2", "H-p3", "H-p4", "H-p5", "H-p6", "H-p7", "H-p8"),
      ["C-p1", "C-p1", C1_FIRST],
      ...kept("C-p2", "C-p3", "C-p4", "C-p5", "C-p6"),
      ...kept("U-p1", "U-p2", "U-p3", "U-p4", "U-p5", "U-p6", "U-p7"),
    ]);
    expect(outline(v1, v2)[1]![2]).toEqual(["C-p1", "C-p7", "C-p2", "C-p3", "C-p4", "C-p5", "C-p6"]);
    expect(changes(v1, v2)).toEqual(["edited C-p1", "split C-p7 from C-p1"]);
  });

  it("joining two paragraphs keeps the larger one's id; the other is merged into the joined paragraph", () => {
    const joined = U2 + U3;
    const v2 = build({ ...V1, "b.txt": replace(replace(V1["b.txt"]!, U3), U2, joined) }, v1.ledger);
    expect(leads(v1, v2)).toEqual([
      ...kept("H-p1", "H-p2", "H-p3", "H-p4", "H-p5", "H-p6", "H-p7", "H-p8"),
      ...kept("C-p1", "C-p2", "C-p3", "C-p4", "C-p5", "C-p6"),
      ...kept("U-p1"),
      ["U-p2", "U-p2", joined],
      ["U-p3", "U-p2", joined],
      ...kept("U-p4", "U-p5", "U-p6", "U-p7"),
    ]);
    expect(joined).toContain(U3);
    expect(changes(v1, v2)).toEqual(["edited U-p2", "merged U-p3 into U-p2"]);
  });

  it("moving a paragraph to an essay in another file keeps its id there, reported as moved", () => {
    const v2 = build({ "a.txt": replace(V1["a.txt"]!, H7), "b.txt": replace(V1["b.txt"]!, U4, U4, H7) }, v1.ledger);
    expect(leads(v1, v2)).toEqual([
      ...kept("H-p1", "H-p2", "H-p3", "H-p4", "H-p5", "H-p6", "H-p7", "H-p8"),
      ...kept("C-p1", "C-p2", "C-p3", "C-p4", "C-p5", "C-p6"),
      ...kept("U-p1", "U-p2", "U-p3", "U-p4", "U-p5", "U-p6", "U-p7"),
    ]);
    expect(outline(v1, v2).map(([essay, , ids]) => [essay, ids])).toEqual([
      ["H", ["H-p1", "H-p2", "H-p3", "H-p4", "H-p5", "H-p6", "H-p8"]],
      ["C", ["C-p1", "C-p2", "C-p3", "C-p4", "C-p5", "C-p6"]],
      ["U", ["U-p1", "U-p2", "U-p3", "U-p4", "H-p7", "U-p5", "U-p6", "U-p7"]],
    ]);
    expect(v2.ledger.paragraphs.find((p) => p.id === v1.corpus.essays[0]!.paragraphs[6]!.id)?.essay).toBe(v1.corpus.essays[2]!.id);
    expect(changes(v1, v2)).toEqual(["moved H-p7"]);
  });

  it("reordering two paragraphs inside an essay keeps both ids on their text, with nothing to report", () => {
    const swapped = [...ESSAY_H, ...ESSAY_C.slice(0, 5), C5, C4, ...ESSAY_C.slice(7)];
    const v2 = build({ ...V1, "a.txt": swapped }, v1.ledger);
    expect(outline(v1, v2)[1]![2]).toEqual(["C-p1", "C-p2", "C-p3", "C-p5", "C-p4", "C-p6"]);
    expect(leads(v1, v2)).toEqual([
      ...kept("H-p1", "H-p2", "H-p3", "H-p4", "H-p5", "H-p6", "H-p7", "H-p8"),
      ...kept("C-p1", "C-p2", "C-p3", "C-p4", "C-p5", "C-p6"),
      ...kept("U-p1", "U-p2", "U-p3", "U-p4", "U-p5", "U-p6", "U-p7"),
    ]);
    expect(changes(v1, v2)).toEqual([]);
  });

  it("changing an essay's title keeps the essay id and every paragraph id", () => {
    const v2 = build({ ...V1, "a.txt": replace(V1["a.txt"]!, "# 县域医共体建设的实践路径", "# 县域医共体建设的路径探索") }, v1.ledger);
    expect(leads(v1, v2)).toEqual([
      ...kept("H-p1", "H-p2", "H-p3", "H-p4", "H-p5", "H-p6", "H-p7", "H-p8"),
      ...kept("C-p1", "C-p2", "C-p3", "C-p4", "C-p5", "C-p6"),
      ...kept("U-p1", "U-p2", "U-p3", "U-p4", "U-p5", "U-p6", "U-p7"),
    ]);
    expect(outline(v1, v2).map(([essay, title]) => [essay, title])).toEqual([
      ["H", "县域医共体建设的路径探索"],
      ["C", "乡村公共文化服务提质增效"],
      ["U", "城市更新中的居民参与"],
    ]);
    expect(changes(v1, v2)).toEqual([]);
  });

  it("renaming a source file keeps every essay and paragraph id", () => {
    const v2 = build({ "c.txt": V1["a.txt"]!, "b.txt": V1["b.txt"]! }, v1.ledger);
    expect(leads(v1, v2)).toEqual([
      ...kept("H-p1", "H-p2", "H-p3", "H-p4", "H-p5", "H-p6", "H-p7", "H-p8"),
      ...kept("C-p1", "C-p2", "C-p3", "C-p4", "C-p5", "C-p6"),
      ...kept("U-p1", "U-p2", "U-p3", "U-p4", "U-p5", "U-p6", "U-p7"),
    ]);
    // b.txt now sorts first.
    expect(outline(v1, v2).map(([essay]) => essay)).toEqual(["U", "H", "C"]);
    expect(v2.ledger.essays.filter((e) => e.status === "live").map((e) => e.file)).toEqual(["b.txt", "c.txt", "c.txt"]);
    expect(changes(v1, v2)).toEqual([]);
  });

  it("adding a source file gives its essay new ids and changes nothing old", () => {
    const v2 = build({ ...V1, "d.txt": ESSAY_N }, v1.ledger);
    expect(leads(v1, v2)).toEqual([
      ...kept("H-p1", "H-p2", "H-p3", "H-p4", "H-p5", "H-p6", "H-p7", "H-p8"),
      ...kept("C-p1", "C-p2", "C-p3", "C-p4", "C-p5", "C-p6"),
      ...kept("U-p1", "U-p2", "U-p3", "U-p4", "U-p5", "U-p6", "U-p7"),
    ]);
    expect(outline(v1, v2)[3]).toEqual(["N", "基层应急管理能力建设", ["N-p1", "N-p2", "N-p3"]]);
    expect(v1.ledger.essays.map((e) => e.id)).not.toContain(v2.corpus.essays[3]!.id);
    expect(changes(v1, v2)).toEqual(["new-essay N", "new N-p1 in N", "new N-p2 in N", "new N-p3 in N"]);
  });

  it("re-cutting paragraphs (a parser change) never lands an id on unrelated text", () => {
    // H3 and H4 are two sentences each, the longer one first in H3 and last in H4;
    // the new cut puts the two short ones together between them.
    const recut = [H3_FIRST, H3_SECOND + H4_FIRST, H4_SECOND];
    const v2 = build({ ...V1, "a.txt": replace(replace(V1["a.txt"]!, H4), H3, ...recut) }, v1.ledger);
    const rows = leads(v1, v2);
    expect(rows).toEqual([
      ...kept("H-p1", "H-p2"),
      ["H-p3", "H-p3", H3_FIRST],
      ["H-p4", "H-p4", H4_SECOND],
      ...kept("H-p5", "H-p6", "H-p7", "H-p8"),
      ...kept("C-p1", "C-p2", "C-p3", "C-p4", "C-p5", "C-p6"),
      ...kept("U-p1", "U-p2", "U-p3", "U-p4", "U-p5", "U-p6", "U-p7"),
    ]);
    // Whatever the cut, an id that survives keeps a paragraph holding most of its text.
    for (const [from, to, text] of rows) {
      if (to === "gone" || text === null) continue;
      const share = likeness(characterBigrams(matchForm(V1_TEXT[from]!)), characterBigrams(matchForm(text))).firstInSecond;
      expect(share, `${from} keeps ${share} of its text`).toBeGreaterThan(0.5);
    }
    expect(changes(v1, v2)).toEqual(["edited H-p3", "edited H-p4", "new H-p9 in H"]);
  });

  it("rebuilding with no change gives a byte-identical ledger and reports nothing", () => {
    const v2 = build(V1, v1.ledger);
    expect(serializeLedger(v2.ledger)).toBe(serializeLedger(v1.ledger));
    expect(v2.report.anchors).toEqual([]);
    // The same through the file, as `npm run index` does it.
    const dir = writeSources(V1);
    writeLedger(join(dir, "anchors.json"), v1.ledger);
    const v3 = buildCorpus(dir);
    expect(serializeLedger(v3.ledger)).toBe(serializeLedger(v1.ledger));
    expect(v3.report.anchors).toEqual([]);
    expect(writeLedger(join(dir, "anchors.json"), v3.ledger)).toBe(false);
  });

  it("rebuilding keeps the id of an essay with no paragraphs (a title alone)", () => {
    const sources = { ...V1, "c.txt": ["# 专题：基层治理新观察"] };
    const first = build(sources);
    expect(outline(first, first)[3]).toEqual(["N", "专题：基层治理新观察", []]);
    const again = build(sources, first.ledger);
    expect(again.report.anchors).toEqual([]);
    expect(serializeLedger(again.ledger)).toBe(serializeLedger(first.ledger));
  });
});

describe("builds in a row", () => {
  // Passages joined in one build and taken apart in a later one: the id that was
  // merged must follow its passage (or say gone), not stay on the paragraph it was joined into.
  const joined = U2 + U3;
  const v2 = build({ ...V1, "b.txt": replace(replace(V1["b.txt"]!, U3), U2, joined) }, v1.ledger);

  it("a join undone: the merged id does not stay on the other passage", () => {
    const v3 = build(V1, v2.ledger);
    const rows = leads(v1, v3);
    expect(rows.filter(([from]) => from !== "U-p3")).toEqual([
      ...kept("H-p1", "H-p2", "H-p3", "H-p4", "H-p5", "H-p6", "H-p7", "H-p8"),
      ...kept("C-p1", "C-p2", "C-p3", "C-p4", "C-p5", "C-p6"),
      ...kept("U-p1", "U-p2", "U-p4", "U-p5", "U-p6", "U-p7"),
    ]);
    const u3 = rows.find(([from]) => from === "U-p3")!;
    expect(u3[1] === "gone" || u3[2] === U3, `U-p3 leads to ${u3[1]}: ${u3[2]}`).toBe(true);
  });

  it("a joined passage later cut out: the merged id says gone, not the other passage", () => {
    const v3 = build({ ...V1, "b.txt": replace(V1["b.txt"]!, U3) }, v2.ledger);
    expect(leads(v1, v3)).toEqual([
      ...kept("H-p1", "H-p2", "H-p3", "H-p4", "H-p5", "H-p6", "H-p7", "H-p8"),
      ...kept("C-p1", "C-p2", "C-p3", "C-p4", "C-p5", "C-p6"),
      ...kept("U-p1", "U-p2"),
      ["U-p3", "gone", "U-p2"],
      ...kept("U-p4", "U-p5", "U-p6", "U-p7"),
    ]);
  });
});

describe("short headings", () => {
  it("a removed heading does not move to another essay's heading of the same words", () => {
    // U's 结语 is deleted; C gains a 结语 of its own in the same build. That is a new heading, not U's moved.
    const v2 = build({ "a.txt": replace(V1["a.txt"]!, C6, C6, `## ${U5}`, INSERTED), "b.txt": replace(V1["b.txt"]!, `## ${U5}`) }, v1.ledger);
    expect.soft(outline(v1, v2).map(([essay, , ids]) => [essay, ids])).toEqual([
      ["H", ["H-p1", "H-p2", "H-p3", "H-p4", "H-p5", "H-p6", "H-p7", "H-p8"]],
      ["C", ["C-p1", "C-p2", "C-p3", "C-p4", "C-p5", "C-p6", "C-p7", "C-p8"]],
      ["U", ["U-p1", "U-p2", "U-p3", "U-p4", "U-p6", "U-p7"]],
    ]);
    expect(leads(v1, v2)).toEqual([
      ...kept("H-p1", "H-p2", "H-p3", "H-p4", "H-p5", "H-p6", "H-p7", "H-p8"),
      ...kept("C-p1", "C-p2", "C-p3", "C-p4", "C-p5", "C-p6"),
      ...kept("U-p1", "U-p2", "U-p3", "U-p4"),
      ["U-p5", "gone", "U-p4"],
      ...kept("U-p6", "U-p7"),
    ]);
  });
});

describe("ids are never reused", () => {
  it("a paragraph inserted where a deleted one stood gets a new id, and the deleted id stays gone", () => {
    const v2 = build({ ...V1, "a.txt": replace(V1["a.txt"]!, H6) }, v1.ledger);
    const v3 = build({ ...V1, "a.txt": replace(V1["a.txt"]!, H6, REPLACEMENT) }, v2.ledger);
    expect(changes(v1, v2)).toEqual(["gone H-p6 (nearest H-p5)"]);
    expect(changes(v1, v3)).toEqual(["new H-p9 in H"]);
    expect(outline(v1, v3)[0]![2]).toEqual(["H-p1", "H-p2", "H-p3", "H-p4", "H-p5", "H-p9", "H-p7", "H-p8"]);
    expect(leads(v1, v3)).toEqual([
      ...kept("H-p1", "H-p2", "H-p3", "H-p4", "H-p5"),
      ["H-p6", "gone", "H-p5"],
      ...kept("H-p7", "H-p8"),
      ...kept("C-p1", "C-p2", "C-p3", "C-p4", "C-p5", "C-p6"),
      ...kept("U-p1", "U-p2", "U-p3", "U-p4", "U-p5", "U-p6", "U-p7"),
    ]);
  });

  it("the deleted passage coming back does not revive its id either", () => {
    const v2 = build({ ...V1, "a.txt": replace(V1["a.txt"]!, H6) }, v1.ledger);
    const v3 = build(V1, v2.ledger);
    // Either answer keeps links honest: the old id may follow its text back or stay gone, but a new id must be new.
    const h6 = v3.corpus.essays[0]!.paragraphs[5]!;
    expect(h6.text).toBe(H6);
    const short = shortener(v1, v3);
    expect(["H-p6", "H-p9"]).toContain(short(h6.id));
    expect(new Set(v3.corpus.essays.flatMap((e) => e.paragraphs.map((p) => p.id))).size).toBe(21);
  });
});

describe("the guard against a ledger that disagrees with the text", () => {
  /** v1's ledger with the live entry of `shortId` saying `form`. */
  function tampered(shortId: string, form: string): AnchorLedger {
    const short = shortener(v1, v1);
    return { ...v1.ledger, paragraphs: v1.ledger.paragraphs.map((p) => (short(p.id) === shortId ? { ...p, form } : p)) };
  }

  /**
   * Builds v1's sources with `ledger`. Returns the ids the ledger has live
   * whose text now (where they lead) is not the passage the ledger recorded
   * for them; or that the build stopped with AnchorLedgerError.
   */
  function buildWith(ledger: AnchorLedger): { threw: boolean; mismatched: string[] } {
    let built: BuiltCorpus;
    try {
      built = build(V1, ledger);
    } catch (error) {
      expect(error).toBeInstanceOf(AnchorLedgerError);
      return { threw: true, mismatched: [] };
    }
    const text = new Map(built.corpus.essays.flatMap((e) => e.paragraphs.map((p) => [p.id, p.text] as const)));
    const retired = retiredIds(built.ledger).paragraphs;
    const short = shortener(v1, built);
    const mismatched = ledger.paragraphs.flatMap((p) => {
      const where = text.has(p.id) ? { to: p.id } : retired[p.id];
      if (!where) return [`${short(p.id)} dropped`];
      if ("gone" in where) return [];
      const now = text.get(where.to);
      return now !== undefined && samePassage(p.form, matchForm(now)) ? [] : [`${short(p.id)} → ${now}`];
    });
    return { threw: false, mismatched };
  }

  const rows: [string, string, string][] = [
    ["a form unrelated to every paragraph", "H-p4", matchForm("汛期地质灾害隐患点要落实专人巡查，发现险情第一时间组织群众撤离避险，确保人民群众生命安全。")],
    ["the form of another paragraph of the same essay", "H-p4", matchForm(H7)],
    ["the form of a paragraph of another essay", "H-p4", matchForm(U6)],
    ["a heading's form on a body paragraph", "H-p3", matchForm(H5)],
  ];
  it.each(rows)("%s: the id is kept only on text matching the recorded form, or the build stops", (_, shortId, form) => {
    expect(buildWith(tampered(shortId, form))).toMatchObject({ mismatched: [] });
  });
});
