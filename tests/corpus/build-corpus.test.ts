import { describe, expect, it } from "vitest";
import type { Essay } from "@/lib/types";
import { loadSeedCorpus } from "../helpers";

/**
 * What each real source file parses into, pinned essay by essay: ids, titles,
 * authors with institution and role, collections, headings, block kinds and
 * line ranges, and the paragraphs that page, column or line breaks cut apart
 * (each `joins` entry is text that only exists once the break is mended, with
 * the source lines the paragraph spans).
 */

interface ExpectedEssay {
  id: string;
  title: string | null;
  displayTitle: string;
  authors: [string | null, string | null, string | null][];
  collection: string | null;
  lines: [number, number];
  kinds: Record<string, number>;
  headings: string[];
}

const EXPECTED: Record<string, ExpectedEssay[]> = {
  "000_059c5f2033a04802.txt": [
    {
      id: "ba-zhun-xin-zhi-sheng-chan-li-fa-81d64f",
      title: "把准新质生产力发展脉搏",
      displayTitle: "把准新质生产力发展脉搏",
      authors: [["陈运平","江西省社会科学院","党组书记、二级教授"]],
      collection: null,
      lines: [3,25],
      kinds: {"body":6},
      headings: [],
    },
    {
      id: "wan-zheng-she-qu-jian-she-cu-cheng-06caab",
      title: "完整社区建设促城市基层治理现代化",
      displayTitle: "完整社区建设促城市基层治理现代化",
      authors: [["董庆玲","内蒙古师范大学政府管理学院","副教授"]],
      collection: null,
      lines: [27,61],
      kinds: {"body":8,"heading":5},
      headings: ["优化城市基层治理的空间结构和功能","促进城市基层治理多元主体间的协同","数智赋能推动城市基层治理","建强社区服务群众主阵地","优化社区治理机制"],
    },
  ],
  "001_bf7cf2d8722f149b.txt": [
    {
      id: "fa-zhan-xin-zhi-sheng-chan-li-shi-153929",
      title: "发展新质生产力 是实现高质量发展重要着力点",
      displayTitle: "发展新质生产力 是实现高质量发展重要着力点",
      authors: [["石建勳","同济大学国家创新发展研究院","副院长、首席专家"]],
      collection: null,
      lines: [5,41],
      kinds: {"summary":3,"body":8},
      headings: [],
    },
    {
      id: "wei-jia-kuai-xing-cheng-xin-zhi-sheng-2498b1",
      title: "为加快形成新质生产力夯基垒台",
      displayTitle: "为加快形成新质生产力夯基垒台",
      authors: [["向姣姣","武汉市委党校",null]],
      collection: null,
      lines: [43,75],
      kinds: {"body":9,"heading":3},
      headings: ["新质生产力是对解放和发展生产力的不懈探索","新质生产力为高质量发展提供新的竞争力和持久动能","新质生产力的突破在于向科学技术要发展"],
    },
    {
      id: "yi-gong-tong-di-zao-tui-dong-ji-fcd78f",
      title: "以共同缔造推动基层治理现代化高效运转",
      displayTitle: "以共同缔造推动基层治理现代化高效运转",
      authors: [["毛铨","湖北省中国特色社会主义理论体系研究中心省社科院分中心","研究员"]],
      collection: null,
      lines: [77,105],
      kinds: {"body":9,"heading":3},
      headings: ["党建引领治理重心下移 发挥党的基层组织动能","多元主体携手“五共”激发人人共为的群众参与动能","治理要素向下集约汇聚解决群众愁盼的服务动能"],
    },
  ],
  "002_d815cf1dd1702dc9.txt": [
    {
      id: "jian-chi-dang-jian-yin-ling-cheng-shi-44d31b",
      title: "坚持党建引领城市社区科产城融合发展的探索与实践",
      displayTitle: "坚持党建引领城市社区科产城融合发展的探索与实践",
      authors: [],
      collection: null,
      lines: [1,3],
      kinds: {"body":1},
      headings: [],
    },
    {
      id: "qie-shi-ba-dang-de-ling-dao-guan-616db8",
      title: "切实把党的领导贯穿基层治理全过程各方面",
      displayTitle: "切实把党的领导贯穿基层治理全过程各方面",
      authors: [[null,"西南大学国家治理学院","党委书记、教授"]],
      collection: "坚持党建引领城市社区科产城融合发展的探索与实践",
      lines: [9,27],
      kinds: {"body":5},
      headings: [],
    },
    {
      id: "zai-chuang-xin-zhong-ti-sheng-she-qu-441e38",
      title: "在创新中提升社区治理共同体建设水平",
      displayTitle: "在创新中提升社区治理共同体建设水平",
      authors: [[null,"西南政法大学政治与公共管理学院","副院长、教授"]],
      collection: "坚持党建引领城市社区科产城融合发展的探索与实践",
      lines: [31,47],
      kinds: {"body":5},
      headings: [],
    },
    {
      id: "da-zao-kai-fang-shi-dang-qun-fu-aa1bab",
      title: "打造开放式党群服务中心要聚焦三个维度",
      displayTitle: "打造开放式党群服务中心要聚焦三个维度",
      authors: [["温丙存","中共重庆市委党校社会和生态文明教研部","副主任（主持工作）、副教授"]],
      collection: "坚持党建引领城市社区科产城融合发展的探索与实践",
      lines: [51,71],
      kinds: {"body":4},
      headings: [],
    },
    {
      id: "yi-ke-chan-cheng-ren-shen-du-rong-eded0b",
      title: "以“科产城人”深度融合推动高质量发展",
      displayTitle: "以“科产城人”深度融合推动高质量发展",
      authors: [["闫水玉","重庆大学建筑城规学院","教授、博导、国家注册规划师"]],
      collection: "坚持党建引领城市社区科产城融合发展的探索与实践",
      lines: [75,101],
      kinds: {"body":5},
      headings: [],
    },
  ],
  "003_d2341b081b58d95e.txt": [
    {
      id: "xin-zhi-sheng-chan-li-fu-neng-ji-884138",
      title: null,
      displayTitle: "新质生产力赋能基层治理",
      authors: [],
      collection: null,
      lines: [1,375],
      kinds: {"abstract":2,"body":16,"heading":12},
      headings: ["1 新质生产力赋能基层治理现代化的内在逻辑","1.1 新质生产力与基层治理肩负相同的任务使命：实现中华民族伟大复兴","1.2 新质生产力与基层治理立足共同的价值立场：以人民为中心","2 新质生产力赋能基层治理的内在机制","2.1 理念内蕴驱动基层治理质态提升","2.2 技术迭代引发基层治理内生创新","2.3 模式创新重塑基层治理空间","3 新质生产力赋能基层治理的推进路径","3.1 基层治理嵌入创新科技再造工作链路","3.2 基层治理优化标准支撑重塑制度规范","3.3 基层治理能力跃升要素培养孵化","4 结语"],
    },
  ],
  "004_3dfa800c712e57f4.txt": [
    {
      id: "shu-zi-dang-jian-fu-neng-she-qu-60a810",
      title: "数字党建赋能社区治理现代化",
      displayTitle: "数字党建赋能社区治理现代化",
      authors: [["胡雪文","中国政法大学",null]],
      collection: null,
      lines: [3,39],
      kinds: {"body":10,"heading":3},
      headings: ["数字党建赋能社区治理是时代发展所需","准确把握数字党建赋能社区治理的着力点","社区开展数字党建的时代要求"],
    },
    {
      id: "yi-shu-zi-jing-ji-zhu-tui-shou-2428ea",
      title: "以数字经济助推首都新质生产力发展",
      displayTitle: "以数字经济助推首都新质生产力发展",
      authors: [["林晨","中国人民大学国家发展与战略研究院","执行院长"],["吕一飞","中国人民大学应用经济学院",null]],
      collection: null,
      lines: [41,79],
      kinds: {"body":12,"heading":3},
      headings: ["北京发展新质生产力的优势","数字经济助推新质生产力发展的特征","为数字经济助推新质生产力发展营造良好环境"],
    },
  ],
};

/** Text that spans a break in the source, the lines its paragraph covers, and (when not body) its kind. */
const JOINS: Record<string, [string, [number, number], string?][]> = {
  "000_059c5f2033a04802.txt": [
    ["现代化产业体系是加快发展新质生产力不可或缺的重要载体", [9, 11]],
    ["作为经济体制改革的核心问题整体推进", [13, 15]],
    ["生态系统生产总值核算规范和生态资产价值评估制度", [17, 19]],
    ["形成“以产聚才、以才兴产、产才互融”的良好局面", [21, 23]],
    ["构建了外部输入的合理切入点和稳定增长点", [41, 43]],
    ["形塑了各方主体共有的政策认知", [57, 59]],
  ],
  "001_bf7cf2d8722f149b.txt": [
    ["颠覆性新技术创造新产业，进而占据全球产业链", [13, 15], "summary"],
    ["重点发展人工智能、先进制造、量子信息科学和5G通信等新技术", [25, 27]],
    ["加快战略性新兴产业和未来产业的发展。一方面", [31, 33]],
    ["加快发展新质生产力，意味着经济社会的可持续发展", [35, 37]],
    ["推动质量变革、效率变革、动力变革的关键要素，是对高质量发展路径", [53, 55]],
    ["新质生产力已经在实践中展示出对高质量发展的强劲推动力", [61, 63]],
  ],
  "002_d815cf1dd1702dc9.txt": [
    ["经济社会发展和民生最突出的矛盾和问题也在基层，必须把抓基层打基础", [3, 3]],
    ["水平很大程度上也体现在基层。曾家镇高度织政治引领", [9, 13]],
    ["只有始终坚持以人民为中心的发展思想", [31, 35]],
    ["以打造开放式社区党群服务中心为基础支撑和主要抓手", [53, 57]],
    ["将党群服务中心打造成为了亲民便民的温馨地。", [59, 63]],
    ["聚焦区域化党建，让党群服务中心成为党建资源的汇聚地", [63, 67]],
    ["聚焦开放式服务，让党群服务中心成为个性服务的供给地", [67, 69]],
    ["是宜居宜业宜学宜游的现代化新城，是面向未来科技", [77, 81]],
  ],
  "003_d2341b081b58d95e.txt": [
    ["也是推进国家治理能力和治理体系现代化重要抓手", [1, 9], "abstract"],
    ["help to improve the efficiency of grass-roots governance, and is also an important starting point", [10, 30], "abstract"],
    ["进一步全面深化改革的总目标是推进国家治理体系和治理能力现代化", [31, 53]],
    ["治国安邦，重在基层。", [78, 96]],
    ["二是重新匹配权责。优化组织结构", [315, 333]],
  ],
  "004_3dfa800c712e57f4.txt": [
    ["能够有效破解党建垂管瓶颈，通过党建引领实现“一网同心”", [13, 15]],
    ["进行数据分析、数据整合、数据监测与数据优化", [21, 23]],
    ["并着力解决社区治理零散化、碎片化问题", [27, 29]],
    ["前瞻布局未来产业新赛道和大力发展绿色经济。北京在发展新质生产力上具有以下几方面优势：", [49, 51]],
    ["数字经济孕育了大量新兴产业和未来产业，是新质生产力发展的重要载体。", [57, 59]],
    ["应打破地方保护和市场分割", [73, 75]],
  ],
};

function essaysOf(file: string): Essay[] {
  return loadSeedCorpus().corpus.essays.filter((e) => e.source.file === file);
}

describe.each(Object.keys(EXPECTED))("source %s", (file) => {
  const expected = EXPECTED[file]!;

  it("yields the expected essays, in order", () => {
    expect(essaysOf(file).map((e) => e.id)).toEqual(expected.map((e) => e.id));
  });

  it.each(expected.map((e) => [e.displayTitle, e] as const))("essay %s: title, attribution, collection, structure", (_title, want) => {
    const essay = essaysOf(file).find((e) => e.id === want.id)!;
    expect(essay.title).toBe(want.title);
    expect(essay.displayTitle).toBe(want.displayTitle);
    expect(essay.titleDerived).toBe(want.title === null);
    expect(essay.authors.map((a) => [a.name, a.institution, a.role])).toEqual(want.authors);
    expect(essay.collection?.title ?? null).toBe(want.collection);
    expect(essay.lines).toEqual(want.lines);
    const kinds: Record<string, number> = {};
    for (const p of essay.paragraphs) kinds[p.kind] = (kinds[p.kind] ?? 0) + 1;
    expect(kinds).toEqual(want.kinds);
    expect(essay.paragraphs.filter((p) => p.kind === "heading").map((p) => p.text)).toEqual(want.headings);
    expect(essay.paragraphs.map((p) => p.n)).toEqual(essay.paragraphs.map((_, i) => i + 1));
    expect(essay.paragraphs.every((p) => p.id === `${essay.id}-p${p.n}`)).toBe(true);
  });

  it.each(JOINS[file]!)("mends the break in %s", (text, lines, kind = "body") => {
    const found = essaysOf(file)
      .flatMap((e) => e.paragraphs)
      .filter((p) => p.kind === kind && p.text.includes(text));
    expect(found).toHaveLength(1);
    expect(found[0]!.lines).toEqual(lines);
  });

  it("leaves no extraction space between Chinese characters in any paragraph", () => {
    const spaced = essaysOf(file)
      .flatMap((e) => e.paragraphs)
      .filter((p) => p.kind !== "heading" && /\p{Script=Han}\s+\p{Script=Han}/u.test(p.text));
    expect(spaced.map((p) => p.id)).toEqual([]);
  });

  it("keeps every paragraph inside its essay's line range", () => {
    for (const essay of essaysOf(file)) {
      for (const p of essay.paragraphs) {
        expect(p.lines[0]).toBeGreaterThanOrEqual(essay.lines[0]);
        expect(p.lines[1]).toBeLessThanOrEqual(essay.lines[1]);
        expect(p.lines[0]).toBeLessThanOrEqual(p.lines[1]);
      }
    }
  });
});

describe("the corpus as a whole", () => {
  it("links every collection piece to its banner and the banner back to its pieces", () => {
    const { essays } = loadSeedCorpus().corpus;
    const banner = essays.find((e) => e.pieces.length > 0)!;
    expect(banner.displayTitle).toBe("坚持党建引领城市社区科产城融合发展的探索与实践");
    const pieces = essays.filter((e) => e.collection?.id === banner.id);
    expect(banner.pieces.map((p) => p.id)).toEqual(pieces.map((p) => p.id));
    expect(pieces.map((p) => p.displayTitle)).toEqual([
      "切实把党的领导贯穿基层治理全过程各方面",
      "在创新中提升社区治理共同体建设水平",
      "打造开放式党群服务中心要聚焦三个维度",
      "以“科产城人”深度融合推动高质量发展",
    ]);
  });

  it("keeps every author's affiliations, the first of them as institution and role", () => {
    const author = loadSeedCorpus().corpus.essays.flatMap((e) => e.authors).find((a) => a.name === "陈运平")!;
    expect(author.affiliations).toEqual([
      { institution: "江西省社会科学院", role: "党组书记、二级教授" },
      { institution: "中国特色社会主义理论体系研究中心", role: "特约研究员" },
    ]);
    const shi = loadSeedCorpus().corpus.essays.flatMap((e) => e.authors).find((a) => a.name === "石建勳")!;
    expect(shi.affiliations).toEqual([
      { institution: "同济大学国家创新发展研究院", role: "副院长、首席专家" },
      { institution: "同济大学经济与管理学院", role: "教授" },
    ]);
  });

  it("keeps the summary box of 石建勳's essay out of the body, and its repeated sentences in the body too", () => {
    const essay = loadSeedCorpus().corpus.essays.find((e) => e.authors.some((a) => a.name === "石建勳"))!;
    const summary = essay.paragraphs.filter((p) => p.kind === "summary");
    const body = essay.paragraphs.filter((p) => p.kind === "body").map((p) => p.text).join("");
    expect(summary.map((p) => p.lines)).toEqual([[11, 11], [13, 15], [17, 17]]);
    expect(body).toContain("加快发展新质生产力，是对未来生产力发展特征、发展方向和发展动能的准确把握和战略部署。");
    expect(essay.paragraphs[0]!.kind).toBe("summary");
  });

  it("reads the journal article's bilingual abstract as two abstract blocks", () => {
    const essay = loadSeedCorpus().corpus.essays.find((e) => e.source.file === "003_d2341b081b58d95e.txt")!;
    const abstracts = essay.paragraphs.filter((p) => p.kind === "abstract");
    expect(abstracts.map((p) => [p.label, p.lang ?? "zh", p.lines])).toEqual([
      ["摘要", "zh", [1, 9]],
      ["Abstract", "en", [10, 30]],
    ]);
    expect(abstracts[1]!.text.startsWith("New quality productive forces enable grass-roots governance")).toBe(true);
    expect(abstracts[1]!.text.endsWith("incubating and cultivating active elements.")).toBe(true);
    expect(essay.paragraphs.find((p) => p.kind === "heading" && p.text.startsWith("1.1"))).toMatchObject({ level: 2, lines: [57, 59] });
  });

  it("reports totals that match the essays", () => {
    const { corpus, report } = loadSeedCorpus();
    expect(report.totals).toEqual({ sources: 5, essays: 13, paragraphs: 132, authors: 12, warnings: report.warnings.length });
    expect(report.totals.paragraphs).toBe(corpus.essays.reduce((n, e) => n + e.paragraphs.length, 0));
  });
});
