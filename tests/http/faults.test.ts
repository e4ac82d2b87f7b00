import type { ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, truncateSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startApp } from "../../scripts/server-process";

/**
 * Faults at start-up: the built app started against damaged generated data.
 * It must keep running and answer 503 — a readable page, JSON under /api/ —
 * naming the problem and the command that fixes it; never crash or abort.
 */

const work = mkdtempSync(join(tmpdir(), "faults-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function withServer(generated: string, check: (base: string, server: ChildProcess, log: () => string) => Promise<void>): Promise<void> {
  // Any answer means it is up: with broken data every path answers 503.
  const app = await startApp({ generated, readyPath: "/robots.txt", ok: false, timeoutMs: 30_000 });
  try {
    await check(app.baseUrl, app.child, app.log);
  } finally {
    app.stop();
  }
}

function damaged(name: string, damage: (dir: string) => void): string {
  const dir = join(work, name);
  cpSync("generated", dir, { recursive: true });
  damage(dir);
  return dir;
}

const CASES: [string, () => string, RegExp][] = [
  ["the generated folder is missing", () => join(work, "nothing-here"), /generated\/ is missing/u],
  ["the index is missing", () => damaged("no-index", (d) => rmSync(join(d, "index", "grams.1.map.json"))), /generated\/index\/grams\.1\.map\.json is missing/u],
  [
    "the corpus is truncated",
    () => damaged("truncated", (d) => truncateSync(join(d, "corpus.json"), Math.floor(statSync(join(d, "corpus.json")).size / 2))),
    /generated\/corpus\.json is truncated/u,
  ],
  [
    "the data is from an incompatible version",
    () =>
      damaged("old-version", (d) => {
        const record = JSON.parse(readFileSync(join(d, "build.json"), "utf8"));
        record.formats.index = 1;
        writeFileSync(join(d, "build.json"), JSON.stringify(record));
      }),
    /built by another version \(index format 1/u,
  ],
  ["the jieba dictionary is missing", () => damaged("no-dictionary", (d) => rmSync(join(d, "user-dict.utf8"))), /generated\/user-dict\.utf8 is missing/u],
];

describe("start-up with damaged generated data", () => {
  it.each(CASES)("%s: 503 naming the problem and the fix, and the server keeps running", async (_case, prepare, problem) => {
    await withServer(prepare(), async (base, server, log) => {
      for (const path of ["/", "/search?q=治理", `/essays/ba-zhun-xin-zhi-sheng-chan-li-fa-81d64f`]) {
        const response = await fetch(`${base}${encodeURI(path)}`);
        expect(response.status, path).toBe(503);
        expect(response.headers.get("retry-after")).toBe("60");
        const html = await response.text();
        expect(html).toContain("<h1>服务暂不可用</h1>");
        expect(html).toMatch(problem);
        expect(html).toContain("npm run index");
        expect(html).not.toMatch(/\n\s+at |node_modules|\/work\//u);
      }
      for (const path of ["/api/search?q=治理", "/api/essays"]) {
        const response = await fetch(`${base}${encodeURI(path)}`);
        expect(response.status, path).toBe(503);
        const json = await response.json();
        expect(json.status).toBe(503);
        expect(json.error).toMatch(problem);
        expect(json.error).toContain("npm run index");
      }
      expect(server.exitCode).toBeNull();
      // One line in the log names the problem; no abort, no stack.
      const lines = log().split("\n").filter((l) => l.includes("cannot serve"));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(problem);
      expect(log()).not.toMatch(/Aborted|core dumped|\n\s+at /u);
    });
  });

  it("serves normally again once the data is rebuilt, without a restart", async () => {
    const dir = damaged("healed", (d) => rmSync(join(d, "user-dict.utf8")));
    await withServer(dir, async (base) => {
      expect((await fetch(`${base}/api/search?q=x`)).status).toBe(503);
      cpSync(join("generated", "user-dict.utf8"), join(dir, "user-dict.utf8"));
      // The health check is reused for 5 s.
      await new Promise((r) => setTimeout(r, 5_500));
      const response = await fetch(`${base}/api/search?q=${encodeURIComponent("治理")}`);
      expect(response.status).toBe(200);
      expect((await response.json()).total).toBeGreaterThan(0);
    });
  });
});
