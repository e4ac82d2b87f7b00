import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * docs/architecture.md is true: its table of lib/ folders names every folder
 * (and nothing else), every import of lib/ goes where that table allows, and
 * no source file is over the size a reader can hold in mind.
 */

const ROOT = resolve(__dirname, "..");
const MAX_LINES = 400;

function filesUnder(dir: string, ext = /\.(ts|tsx|mts)$/u): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, ext) : ext.test(name) ? [path] : [];
  });
}

/** The "may import" table of docs/architecture.md: folder → allowed folders. */
function documentedFolders(): Map<string, Set<string>> {
  const doc = readFileSync(join(ROOT, "docs/architecture.md"), "utf8");
  const start = doc.indexOf("<!-- folders:");
  expect(start).toBeGreaterThan(0);
  const rows = doc.slice(start).split("\n").slice(1);
  const table = new Map<string, Set<string>>();
  for (const row of rows.slice(2)) {
    if (!row.startsWith("|")) break;
    const cells = row.split("|").map((c) => c.trim());
    const folder = cells[1]!.replace(/`/gu, "").replace(/\/$/u, "").replace(/\.ts$/u, "");
    const allowed = cells[3] === "—" ? [] : cells[3]!.split(",").map((s) => s.trim());
    table.set(folder, new Set(allowed));
  }
  return table;
}

/** The folder of lib/ a file belongs to ("types" for lib/types.ts), or null outside lib/. */
function folderOf(file: string): string | null {
  const rel = relative(join(ROOT, "lib"), file);
  if (rel.startsWith("..")) return null;
  return rel.includes("/") ? rel.split("/")[0]! : rel.replace(/\.ts$/u, "");
}

/** The lib/ files a file imports, resolved. */
function importsOf(file: string): string[] {
  const source = readFileSync(file, "utf8");
  const specs = [...source.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)["']([^"']+)["']/gu)].map((m) => m[1]!);
  return specs.flatMap((spec) => {
    if (spec.startsWith("@/")) return [join(ROOT, spec.slice(2))];
    if (spec.startsWith(".")) return [resolve(dirname(file), spec)];
    return [];
  });
}

describe("docs/architecture.md against the code", () => {
  const table = documentedFolders();

  it("lists every folder of lib/, and only those", () => {
    const actual = readdirSync(join(ROOT, "lib"))
      .filter((name) => statSync(join(ROOT, "lib", name)).isDirectory() || name.endsWith(".ts"))
      .map((name) => name.replace(/\.ts$/u, ""));
    expect([...table.keys()].sort()).toEqual(actual.sort());
  });

  it("names only documented folders in the may-import column", () => {
    for (const allowed of table.values()) for (const folder of allowed) expect(table.has(folder), folder).toBe(true);
  });

  it("has no import that runs against the table", () => {
    const violations: string[] = [];
    for (const file of filesUnder(join(ROOT, "lib"))) {
      const from = folderOf(file)!;
      for (const target of importsOf(file)) {
        const to = folderOf(target);
        if (to === null) {
          violations.push(`${relative(ROOT, file)} imports ${relative(ROOT, target)}, outside lib/`);
          continue;
        }
        if (to !== from && !table.get(from)?.has(to)) violations.push(`${relative(ROOT, file)} (${from}/) imports ${relative(ROOT, target)} (${to}/)`);
      }
    }
    expect(violations).toEqual([]);
  });

  it(`keeps every file of lib/, app/, components/ and scripts/ under ${MAX_LINES} lines`, () => {
    const long = ["lib", "app", "components", "scripts"]
      .flatMap((dir) => filesUnder(join(ROOT, dir)))
      .map((file) => ({ file: relative(ROOT, file), lines: readFileSync(file, "utf8").split("\n").length }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(long).toEqual([]);
  });
});
