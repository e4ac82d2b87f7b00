import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { CURRENT_FORMATS, FIX_COMMAND, generatedDir, GENERATED_FILES, type BuildRecord } from "./files";

/**
 * Is the generated data this server needs there, whole, and of the format
 * this code reads? Checked from file sizes and the build record, without
 * reading the data, so the proxy can ask on every request (the answer is
 * kept for a few seconds). A problem is one line naming it and the command
 * that fixes it; the server then answers 503 instead of crashing.
 */

/** How long an answer is reused before the files are looked at again. */
const RECHECK_MS = 5000;
let cached: { at: number; dir: string; problem: string | null } | null = null;

/**
 * The problem with the generated data, or null when it is ready.
 *
 * @example generatedDataProblem() // "generated/index/grams.1.map.json is missing — run `npm run index`"
 */
export function generatedDataProblem(dir = generatedDir(), now = Date.now()): string | null {
  if (cached && cached.dir === dir && now - cached.at < RECHECK_MS) return cached.problem;
  const problem = inspect(dir);
  cached = { at: now, dir, problem };
  return problem;
}

function inspect(dir: string): string | null {
  const shown = "generated";
  const fix = ` — run \`${FIX_COMMAND}\``;
  const recordPath = join(dir, GENERATED_FILES.build);
  if (!existsSync(dir)) return `${shown}/ is missing${fix}`;
  if (!existsSync(recordPath)) return `${shown}/ is incomplete (no ${GENERATED_FILES.build})${fix}`;
  let record: BuildRecord;
  try {
    record = JSON.parse(readFileSync(recordPath, "utf8")) as BuildRecord;
  } catch {
    return `${shown}/${GENERATED_FILES.build} is unreadable${fix}`;
  }
  for (const [name, expected] of Object.entries(CURRENT_FORMATS) as [keyof typeof CURRENT_FORMATS, number][]) {
    const found = record.formats?.[name];
    if (found !== expected) return `${shown}/ was built by another version (${name} format ${String(found)}, this server reads ${expected})${fix}`;
  }
  for (const [name, size] of Object.entries(record.files ?? {})) {
    if (name === GENERATED_FILES.build) continue;
    const path = join(dir, name);
    if (!existsSync(path)) return `${shown}/${name} is missing${fix}`;
    const actual = statSync(path).size;
    if (actual !== size) return `${shown}/${name} is ${actual < size ? "truncated" : "damaged"} (${actual} of ${size} bytes)${fix}`;
  }
  if (!existsSync(join(dir, GENERATED_FILES.dictionary))) return `${shown}/${GENERATED_FILES.dictionary} (the jieba dictionary) is missing${fix}`;
  return null;
}

/** Forgets the cached answer (tests that damage files on purpose). */
export function forgetHealth(): void {
  cached = null;
}
