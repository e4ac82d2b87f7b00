/**
 * `npm run propose-terms`: lists candidate terms for the domain user
 * dictionary — strings that recur in the parsed corpus but that jieba, with
 * the current dictionary, cuts apart. Review them and add the real terms to
 * seeds/user-dict.utf8; nothing is written automatically.
 *
 *   tsx scripts/propose-terms.ts [--seeds DIR] [--top N] [--min-count N]
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildCorpus } from "../lib/corpus/build-corpus";
import { DEFAULT_PROPOSE_OPTIONS, proposeTerms } from "../lib/segment/propose-terms";
import { cutRaw, dictionaryText, loadSegmenter, readDictionary } from "../lib/segment/segmenter";

const { values } = parseArgs({
  options: {
    seeds: { type: "string", default: "seeds" },
    top: { type: "string", default: "40" },
    "min-count": { type: "string", default: String(DEFAULT_PROPOSE_OPTIONS.minCount) },
  },
});
const seedsDir = resolve(values.seeds);
const { corpus } = buildCorpus(seedsDir);
const dictionary = join(seedsDir, "user-dict.utf8");
const work = mkdtempSync(join(tmpdir(), "propose-terms-"));
const dictPath = join(work, "user-dict.utf8");
const names = corpus.essays.flatMap((e) => e.authors.flatMap((a) => (a.name ? [a.name] : [])));
writeFileSync(dictPath, dictionaryText(existsSync(dictionary) ? readDictionary(dictionary) : [], names));
loadSegmenter(dictPath);

const texts = corpus.essays.flatMap((e) => e.paragraphs.map((p) => p.text));
const candidates = proposeTerms(texts, cutRaw, { minCount: Number(values["min-count"]) }).slice(0, Number(values.top));
console.log(["term", "count", "cohesion", "jieba cuts it as"].join("\t"));
for (const c of candidates) console.log([c.term, c.count, c.cohesion.toFixed(2), c.cut.join("/")].join("\t"));
rmSync(work, { recursive: true, force: true });
