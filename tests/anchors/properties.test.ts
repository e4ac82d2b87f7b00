import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCorpus, LEDGER_FILE, type BuiltCorpus } from "@/lib/corpus/build-corpus";
import { emptyLedger, serializeLedger, writeLedger } from "@/lib/anchors/ledger";
import { retiredIds } from "@/lib/anchors/resolve";
import { samePassage } from "@/lib/anchors/similarity";
import { matchForm } from "@/lib/text/match-form";
import { countHan } from "@/lib/text/patterns";
import { seededRandom } from "../../scripts/random";

/**
 * A seeded property test over the real corpus: build the seeds (v1, empty
 * ledger), apply a random edit script to copies of the source files, build
 * v2 with v1's ledger and v3 with v2's (read from anchors.json, as `npm run
 * index` does). Every v1 id must lead to its own passage or say gone; a v1
 * text still present must keep an id; no id is live twice; v3 changes nothing.
 *
 * Each script is named by its seed; a failure prints the seed and the script,
 * and `npx vitest run --project unit tests/anchors/properties -t "seed 7"`
 * replays it.
 */

/** The seeds to run: each one edit script of 1–6 operations. */
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20];
/** Only source lines with at least this many Han characters are edited (prose, not titles, bylines or layout noise). */
const EDITABLE_MIN_HAN = 20;
/** The curated files copied beside the sources (never anchors.json: v1 starts from an empty ledger). */
const CURATED = ["metadata.json", "themes.json", "user-dict.utf8"];
/** Characters OCR confuses, both ways. */
const LOOK_ALIKES: [string, string][] = [
  ["未", "末"],
  ["己", "已"],
  ["日", "曰"],
  ["人", "入"],
  ["土", "士"],
  ["大", "太"],
  ["天", "夫"],
];
const HAN_CHAR = /\p{Script=Han}/u;

type Sources = Record<string, string[]>;
const OPERATIONS = ["delete", "duplicate", "insert", "ocr", "split", "join"] as const;

/**
 * Applies 1–6 random operations to the sources' lines (in place) and returns
 * what was done, one entry each, for the failure message.
 */
function applyEditScript(sources: Sources, random: () => number): string[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const editable = () => Object.entries(sources).flatMap(([file, lines]) => lines.flatMap((line, i) => (countHan(line) >= EDITABLE_MIN_HAN ? [{ file, i }] : [])));
  const done: string[] = [];
  const count = 1 + Math.floor(random() * 6);
  while (done.length < count) {
    const { file, i } = pick(editable());
    const lines = sources[file]!;
    const line = lines[i]!;
    const chars = Array.from(line);
    const op = pick(OPERATIONS);
    const where = `${file}:${i + 1}`;
    if (op === "delete") {
      lines.splice(i, 1);
    } else if (op === "duplicate") {
      lines.splice(i + 1, 0, line);
    } else if (op === "insert") {
      const other = pick(editable());
      const shuffled = Array.from(sources[other.file]![other.i]!);
      for (let k = shuffled.length - 1; k > 0; k--) {
        const j = Math.floor(random() * (k + 1));
        [shuffled[k], shuffled[j]] = [shuffled[j]!, shuffled[k]!];
      }
      lines.splice(i + 1, 0, "", shuffled.join(""));
    } else if (op === "ocr") {
      const han = chars.flatMap((c, k) => (HAN_CHAR.test(c) ? [k] : []));
      const replaced: string[] = [];
      for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
        const k = pick(han);
        const pair = LOOK_ALIKES.find((p) => p.includes(chars[k]!));
        // A look-alike when the character has one, else another Han character of the line.
        const others = han.map((h) => chars[h]!).filter((c) => c !== chars[k]);
        const to = pair ? pair.find((c) => c !== chars[k])! : others.length > 0 ? pick(others) : "口";
        replaced.push(`${chars[k]}→${to}`);
        chars[k] = to;
      }
      lines[i] = chars.join("");
      done.push(`ocr ${where} ${replaced.join(" ")}`);
      continue;
    } else if (op === "split") {
      const at = Math.floor(chars.length * (0.25 + random() * 0.5));
      lines.splice(i, 1, chars.slice(0, at).join(""), "", chars.slice(at).join(""));
      done.push(`split ${where} at ${at}`);
      continue;
    } else {
      // Join with the next non-blank line, when that is prose too.
      let j = i + 1;
      while (j < lines.length && lines[j]!.trim() === "") j++;
      if (j >= lines.length || countHan(lines[j]!) < EDITABLE_MIN_HAN) continue;
      lines.splice(i, j - i + 1, line.trimEnd() + lines[j]!.trimStart());
    }
    done.push(`${op} ${where}`);
  }
  return done;
}

/** A fresh folder with the curated files and the given sources. */
function folderWith(sources: Sources): string {
  const dir = mkdtempSync(join(tmpdir(), "anchor-props-"));
  for (const file of CURATED) copyFileSync(join("seeds", file), join(dir, file));
  for (const [file, lines] of Object.entries(sources)) writeFileSync(join(dir, file), lines.join("\n"));
  return dir;
}

const SOURCE_FILES = readdirSync("seeds").filter((f) => f.endsWith(".txt")).sort();
const readSources = (): Sources => Object.fromEntries(SOURCE_FILES.map((f) => [f, readFileSync(join("seeds", f), "utf8").split("\n")]));

const v1: BuiltCorpus = buildCorpus(folderWith(readSources()), undefined, emptyLedger());
const v1LedgerText = serializeLedger(v1.ledger);
const v1Paragraphs = v1.corpus.essays.flatMap((e) => e.paragraphs.map((p) => ({ id: p.id, form: matchForm(p.text) })));

describe("random edit scripts over the real corpus", () => {
  it("starts from a v1 whose ids are unique and whose ledger records every paragraph", () => {
    expect(v1Paragraphs.length).toBe(132);
    expect(new Set(v1Paragraphs.map((p) => p.id)).size).toBe(v1Paragraphs.length);
    expect(v1.ledger.paragraphs.map((p) => [p.id, p.status, p.form])).toEqual(v1Paragraphs.map((p) => [p.id, "live", p.form]));
  });

  it.each(SEEDS)("seed %i: every v1 id leads to its passage or says gone, and a rebuild changes nothing", (seed) => {
    const sources = readSources();
    const script = applyEditScript(sources, seededRandom(seed));
    const why = `seed ${seed}: ${script.join("; ")}`;
    const dir = folderWith(sources);

    const v2 = buildCorpus(dir, undefined, v1.ledger);
    const live = new Map<string, string>();
    for (const essay of v2.corpus.essays) {
      for (const p of essay.paragraphs) {
        expect(live.has(p.id), `${why}: ${p.id} is live twice`).toBe(false);
        live.set(p.id, matchForm(p.text));
      }
    }
    expect(new Set(v2.corpus.essays.map((e) => e.id)).size, `${why}: an essay id is live twice`).toBe(v2.corpus.essays.length);
    expect(v2.ledger.paragraphs.filter((p) => p.status === "live").map((p) => p.id), `${why}: the ledger's live ids are the corpus's`).toEqual([...live.keys()]);

    const retired = retiredIds(v2.ledger).paragraphs;
    const formsNow = new Set(live.values());
    for (const old of v1Paragraphs) {
      const where = live.has(old.id) ? { to: old.id } : retired[old.id];
      expect(where, `${why}: ${old.id} is neither live nor retired`).toBeDefined();
      if (!where || "gone" in where) {
        expect(formsNow.has(old.form), `${why}: ${old.id} is gone though its text is still there: ${old.form}`).toBe(false);
        continue;
      }
      const now = live.get(where.to);
      expect(now, `${why}: ${old.id} leads to ${where.to}, which is not live`).toBeDefined();
      expect(samePassage(old.form, now!), `${why}: ${old.id} leads to ${where.to}, unrelated text:\n  was ${old.form}\n  now ${now}`).toBe(true);
    }

    writeLedger(join(dir, LEDGER_FILE), v2.ledger);
    const v3 = buildCorpus(dir);
    expect(v3.report.anchors, `${why}: a rebuild with no edit changed ids`).toEqual([]);
    expect(serializeLedger(v3.ledger), `${why}: a rebuild with no edit changed the ledger`).toBe(serializeLedger(v2.ledger));
    expect(serializeLedger(v1.ledger), `${why}: building v2 altered the ledger it was given`).toBe(v1LedgerText);
  });
});
