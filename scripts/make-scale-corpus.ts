/**
 * `npm run scale-corpus -- --factor N [--out DIR] [--seed S]`: writes a
 * synthetic corpus N times the size of the real one (in characters), made
 * from the real paragraphs — shuffled, recombined and lightly mutated, so it
 * is not N copies — as source files in the layout the parser reads
 * (`# title`, `■author`, `## heading`, paragraphs, an author note), with
 * distinct authors and titles. The full pipeline runs on it unchanged:
 *
 *   tsx scripts/build-index.ts --seeds DIR/seeds --out DIR/generated
 *
 * Deterministic for a given seed. Output goes to bench/data/ (gitignored).
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildCorpus } from "../lib/corpus/build-corpus";
import { seededRandom } from "./random";

const { values } = parseArgs({
  options: {
    factor: { type: "string", default: "10" },
    out: { type: "string" },
    seed: { type: "string", default: "20261121" },
  },
});
const factor = Number(values.factor);
if (!Number.isFinite(factor) || factor <= 0) throw new Error("--factor must be a positive number");
const outDir = resolve(values.out ?? `bench/data/scale-${factor}`);
const seedsDir = join(outDir, "seeds");

const rand = seededRandom(Number(values.seed));
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

const { corpus } = buildCorpus("seeds");
const bodies = corpus.essays.flatMap((e) => e.paragraphs.filter((p) => p.kind === "body" && !p.lang).map((p) => p.text));
const headings = corpus.essays.flatMap((e) => e.paragraphs.filter((p) => p.kind === "heading").map((p) => p.text.replace(/^\d+(\.\d+)*\s*/u, "")));
const titles = corpus.essays.map((e) => e.displayTitle);
const institutions = [...new Set(corpus.essays.flatMap((e) => e.authors.flatMap((a) => (a.institution ? [a.institution] : []))))];
const roles = ["教授", "副教授", "研究员", "副研究员", "讲师", "博士研究生", "副院长、教授", "主任、研究员"];
const surnames = [..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"];
const givens = [..."明华建国志强伟芳娜秀英敏静丽磊军洋勇艳杰娟涛超霞平刚桂玉萍红娥玲芬燕彬鹏辉斌宇浩凯健俊帆帅旭宁欣悦晨阳雪琳瑶婷倩"];
/** Terms swapped into paragraphs so recombined text still differs from its source. */
const swaps = ["新质生产力", "基层治理", "社区治理", "数字经济", "共同缔造", "高质量发展", "现代化产业体系", "党建引领", "科技创新", "绿色发展"];

const realChars = corpus.essays.reduce((n, e) => n + e.paragraphs.reduce((m, p) => m + p.text.length, 0), 0);
const targetChars = realChars * factor;

/** A paragraph made from a real one: sentences possibly reordered, a term possibly swapped. */
function mutate(text: string): string {
  let sentences = text.split(/(?<=[。！？])/u).filter((s) => s.trim() !== "");
  if (sentences.length > 2 && rand() < 0.5) {
    const i = Math.floor(rand() * sentences.length);
    const j = Math.floor(rand() * sentences.length);
    [sentences[i], sentences[j]] = [sentences[j]!, sentences[i]!];
  }
  if (rand() < 0.4) sentences = sentences.map((s) => (rand() < 0.3 ? s.replace(pick(swaps), pick(swaps)) : s));
  const out = sentences.join("");
  return /[。！？]$/u.test(out) ? out : `${out}。`;
}

function authorName(n: number): string {
  // Distinct for every n: a surname and a one- or two-character given name from n's digits in base |givens|.
  const surname = surnames[n % surnames.length]!;
  let rest = Math.floor(n / surnames.length);
  let given = givens[rest % givens.length]!;
  rest = Math.floor(rest / givens.length);
  if (rest > 0) given += givens[(rest - 1) % givens.length]!;
  return surname + given;
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(seedsDir, { recursive: true });
const labels: Record<string, { label: string; why: string }> = {};
let written = 0;
let essays = 0;
let file = 0;
while (written < targetChars) {
  const lines: string[] = [];
  for (let k = 0; k < 3 && written < targetChars; k++) {
    const n = essays++;
    lines.push(`# ${pick(titles)}：${pick(headings)}（${n + 1}）`, "", `■${authorName(n)}`, "");
    const count = 6 + Math.floor(rand() * 10);
    for (let i = 0; i < count; i++) {
      if (i > 0 && rand() < 0.2) lines.push(`## ${pick(headings)}`, "");
      const text = mutate(pick(bodies));
      written += text.length;
      lines.push(i === count - 1 ? `${text}（作者系${pick(institutions)}${pick(roles)}）` : text, "");
    }
  }
  const name = `scale${String(factor).padStart(4, "0")}_${String(file++).padStart(6, "0")}.txt`;
  writeFileSync(join(seedsDir, name), lines.join("\n"));
  labels[name] = { label: `合成语料 ×${factor} 第 ${file} 号`, why: "synthetic benchmark corpus made by scripts/make-scale-corpus.ts" };
}
writeFileSync(join(seedsDir, "metadata.json"), JSON.stringify({ sources: labels, essays: [] }));
copyFileSync("seeds/user-dict.utf8", join(seedsDir, "user-dict.utf8"));
copyFileSync("seeds/themes.json", join(seedsDir, "themes.json"));
console.log(`${outDir}: ${file} files, ${essays} essays, ${written} characters (${(written / realChars).toFixed(1)}× the real ${realChars})`);
