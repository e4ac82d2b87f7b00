/**
 * `npm run bench`: measures the app on the real corpus and on synthetic
 * corpora 10, 100 and 1000 times its size, beside its peers, in one run.
 * Prints a table with pass/fail against the budgets of docs/performance.md
 * and writes bench/results.json (machine, versions, date, every figure).
 *
 *   npm run bench -- [--scales 10,100,1000] [--http-seconds 30] [--connections 50] [--peers-up-to 1000]
 *
 * Every step runs in a process of its own (index build, in-process queries,
 * peers, the Next.js server under load), so one's memory does not weigh on
 * the next. All traffic stays on 127.0.0.1. Figures are reported, never
 * asserted: the test suite has no timing in it.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { QUERY_MIX } from "./bench/query-mix";
import { freePort, SERVER_NODE_OPTIONS, treeRssMB } from "./server-process";

const { values } = parseArgs({
  options: {
    scales: { type: "string", default: "10,100,1000" },
    "http-seconds": { type: "string", default: "30" },
    connections: { type: "string", default: "10,50" },
    "peers-up-to": { type: "string", default: "1000" },
  },
});
const scales = values.scales!.split(",").filter(Boolean).map(Number);
const httpSeconds = Number(values["http-seconds"]);
/** Connection counts to load the server with; budgets are checked at the first (see docs/performance.md for why not 50). */
const connectionCounts = values.connections!.split(",").map(Number);
const NODE = process.execPath;
const TSX = ["--import", "tsx"];

/** The budgets of docs/performance.md. */
const BUDGETS = {
  scale1000: { queryP95Ms: 20, buildSeconds: 300, serverRssMB: 2048, firstAnswerSeconds: 10 },
  real: { queryP95Ms: 1, requestsPerSecond: 1000, httpP99Ms: 25 },
  pages: { searchFirstLoadJsKB: 150, searchHtmlKB: 150 },
};

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

/** Runs a TypeScript script in a child process and returns its last stdout line as JSON. */
function runJson(script: string, args: string[], env: Record<string, string> = {}, timeoutSeconds = 900): Record<string, unknown> {
  const result = spawnSync(NODE, [...TSX, script, ...args], { encoding: "utf8", env: { ...process.env, ...env }, timeout: timeoutSeconds * 1000, maxBuffer: 64 * 1024 * 1024 });
  const lines = (result.stdout ?? "").trim().split("\n");
  try {
    return JSON.parse(lines[lines.length - 1] ?? "") as Record<string, unknown>;
  } catch {
    return { error: `${script} failed (exit ${result.status ?? result.signal}): ${(result.stderr ?? "").trim().split("\n").slice(-1)[0] ?? ""}` };
  }
}

function folderBytes(path: string): number {
  if (!existsSync(path)) return 0;
  if (!statSync(path).isDirectory()) return statSync(path).size;
  return readdirSync(path).reduce((n, entry) => n + folderBytes(join(path, entry)), 0);
}

/** The API path of each query of the mix. */
const apiPaths = QUERY_MIX.map(({ request }) => {
  const params = new URLSearchParams({ q: request.query });
  for (const [field, list] of Object.entries(request.filters ?? {})) for (const v of list ?? []) params.append(field, v);
  return `/api/search?${params}`;
});

interface LoadFigures {
  connections: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  errors: number;
  non2xx: number;
  requests: number;
}

interface HttpFigures {
  firstAnswerSeconds: number;
  rssStartMB: number;
  rssEndMB: number;
  /** /api/search with the query mix, at each connection count. */
  search: LoadFigures[];
  /** A route that does nothing (the JSON 404 of an unknown /api path): the ceiling Next.js itself sets on this machine. */
  floor?: LoadFigures[];
}

async function load(base: string, paths: string[], connections: number, expect404 = false): Promise<LoadFigures> {
  const result = await autocannon({ url: base, connections, duration: httpSeconds, requests: paths.map((path) => ({ method: "GET", path })) });
  return {
    connections,
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: expect404 ? 0 : result.non2xx,
    requests: result.requests.total,
  };
}

/** Starts the built app on loopback against a generated folder, times its first answer, and loads it with autocannon. */
async function measureHttp(generated: string, withFloor: boolean): Promise<HttpFigures | { error: string }> {
  const port = await freePort();
  const started = performance.now();
  const server: ChildProcess = spawn(NODE, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, GENERATED_DIR: generated, NEXT_TELEMETRY_DISABLED: "1", NODE_OPTIONS: SERVER_NODE_OPTIONS },
    stdio: "ignore",
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    let firstAnswerSeconds = NaN;
    for (const deadline = Date.now() + 120_000; Date.now() < deadline; ) {
      try {
        const response = await fetch(`${base}${apiPaths[0]}`);
        if (response.ok) {
          firstAnswerSeconds = (performance.now() - started) / 1000;
          break;
        }
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    if (Number.isNaN(firstAnswerSeconds)) return { error: "the server did not answer within 120 s" };
    const rssStartMB = treeRssMB(server.pid!);
    // Warm-up: every query once, so the load test measures a running server.
    for (const path of apiPaths) await fetch(`${base}${path}`);
    const search: LoadFigures[] = [];
    for (const connections of connectionCounts) search.push(await load(base, apiPaths, connections));
    const rssEndMB = treeRssMB(server.pid!);
    let floor: LoadFigures[] | undefined;
    if (withFloor) {
      floor = [];
      for (const connections of connectionCounts) floor.push(await load(base, ["/api/no-such-endpoint"], connections, true));
    }
    return { firstAnswerSeconds, rssStartMB, rssEndMB, search, ...(floor ? { floor } : {}) };
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** HTML bytes and first-load JavaScript (every script the HTML loads), gzipped, of a page of the built app. */
async function measurePages(generated: string): Promise<Record<string, { htmlBytes: number; htmlGzipBytes: number; firstLoadJsGzipBytes: number; results?: number }>> {
  const port = await freePort();
  const server = spawn(NODE, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, GENERATED_DIR: generated, NEXT_TELEMETRY_DISABLED: "1", NODE_OPTIONS: SERVER_NODE_OPTIONS },
    stdio: "ignore",
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
      try {
        if ((await fetch(`${base}/`)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const corpus = JSON.parse(readFileSync(join(generated, "corpus.json"), "utf8")) as { essays: { id: string }[] };
    const pages = { "/": "/", "/search?q=发展 (20 results)": `/search?q=${encodeURIComponent("发展")}`, "/essays/<id>": `/essays/${corpus.essays[0]!.id}` };
    const out: Record<string, { htmlBytes: number; htmlGzipBytes: number; firstLoadJsGzipBytes: number; results?: number }> = {};
    const jsCache = new Map<string, number>();
    for (const [name, path] of Object.entries(pages)) {
      const html = await (await fetch(`${base}${path}`)).text();
      const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/gu)].map((m) => m[1]!))];
      let js = 0;
      for (const src of scripts) {
        if (!jsCache.has(src)) jsCache.set(src, gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length);
        js += jsCache.get(src)!;
      }
      const bytes = Buffer.byteLength(html);
      out[name] = { htmlBytes: bytes, htmlGzipBytes: gzipSync(html).length, firstLoadJsGzipBytes: js, ...(path.startsWith("/search") ? { results: (html.match(/data-result=/gu) ?? []).length } : {}) };
    }
    return out;
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
  }
}

function versionOf(name: string): string {
  try {
    return (JSON.parse(readFileSync(join("node_modules", name, "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "not installed";
  }
}

async function main(): Promise<void> {
  log("building the app when needed");
  execFileSync(NODE, [...TSX, "scripts/ensure-built.ts"], { stdio: "inherit" });
  const corpora: { name: string; factor: number; seeds: string; out: string }[] = [{ name: "real", factor: 1, seeds: "seeds", out: "bench/data/real/generated" }];
  for (const factor of scales) corpora.push({ name: `${factor}x`, factor, seeds: `bench/data/scale-${factor}/seeds`, out: `bench/data/scale-${factor}/generated` });

  const results: Record<string, Record<string, unknown>> = {};
  for (const c of corpora) {
    const row: Record<string, unknown> = { factor: c.factor };
    results[c.name] = row;
    if (c.factor !== 1 && !existsSync(c.seeds)) {
      log(`${c.name}: generating the synthetic corpus`);
      execFileSync(NODE, [...TSX, "scripts/make-scale-corpus.ts", "--factor", String(c.factor)], { stdio: "inherit" });
    }
    log(`${c.name}: building the index`);
    mkdirSync(join(c.out, ".."), { recursive: true });
    const build = runJson("scripts/build-index.ts", ["--seeds", c.seeds, "--out", c.out, "--stats"], {}, 1800);
    row.build = { ...build, indexBytes: folderBytes(join(c.out, "index")), generatedBytes: folderBytes(c.out) };
    log(`${c.name}: timing queries in process`);
    row.app = runJson("scripts/bench/app-queries.ts", ["--dir", c.out, ...(c.factor === 1 ? ["--judged", "bench/queries.json"] : [])]);
    log(`${c.name}: timing the concordance and distribution in process`);
    row.research = runJson("scripts/bench/research-views.ts", ["--dir", c.out]);
    if (c.factor <= Number(values["peers-up-to"])) {
      log(`${c.name}: peers`);
      row.peers = runJson("scripts/bench/peers.ts", ["--dir", c.out, ...(c.factor === 1 ? ["--judged", "bench/queries.json"] : [])], {}, 1800);
    }
    log(`${c.name}: HTTP load, ${httpSeconds} s at ${connectionCounts.join(" and ")} connections`);
    row.http = await measureHttp(c.out, c.factor === 1);
    if (c.factor === 1) {
      log("pages");
      row.pages = await measurePages(c.out);
    }
  }

  const machine = {
    date: new Date().toISOString(),
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "unknown"}`,
    memoryGB: Math.round(os.totalmem() / 1e9),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    versions: Object.fromEntries(["next", "react", "flexsearch", "nodejieba", "pagefind", "minisearch", "autocannon"].map((n) => [n, versionOf(n)])),
  };
  const budgets = checkBudgets(results);
  mkdirSync("bench", { recursive: true });
  writeFileSync("bench/results.json", `${JSON.stringify({ machine, settings: { scales, httpSeconds, connections: connectionCounts, queryMix: QUERY_MIX }, results, budgets }, null, 2)}\n`);
  printTable(results, budgets);
  log("wrote bench/results.json");
}

type Row = Record<string, unknown>;
const get = (row: Row | undefined, path: string): number => {
  let value: unknown = row;
  for (const key of path.split(".")) value = (value as Record<string, unknown> | undefined)?.[key];
  return typeof value === "number" ? value : NaN;
};

function checkBudgets(results: Record<string, Row>): { budget: string; figure: string; pass: boolean }[] {
  const out: { budget: string; figure: string; pass: boolean }[] = [];
  const check = (budget: string, value: number, limit: number, atMost: boolean, unit: string) =>
    out.push({ budget, figure: `${Number.isNaN(value) ? "n/a" : value.toFixed(unit === "req/s" ? 0 : 2)} ${unit}`, pass: !Number.isNaN(value) && (atMost ? value <= limit : value >= limit) });
  const big = results["1000x"];
  if (big) {
    check("1000×: in-process query p95 ≤ 20 ms", get(big, "app.warm.p95"), BUDGETS.scale1000.queryP95Ms, true, "ms");
    check("1000×: index build ≤ 5 min", get(big, "build.seconds"), BUDGETS.scale1000.buildSeconds, true, "s");
    check("1000×: server RSS ≤ 2 GB (end of load test)", Math.max(get(big, "http.rssStartMB"), get(big, "http.rssEndMB")), BUDGETS.scale1000.serverRssMB, true, "MB");
    check("1000×: time to first answered query ≤ 10 s", get(big, "http.firstAnswerSeconds"), BUDGETS.scale1000.firstAnswerSeconds, true, "s");
  }
  const real = results.real;
  if (real) {
    check("real: in-process query p95 ≤ 1 ms", get(real, "app.warm.p95"), BUDGETS.real.queryP95Ms, true, "ms");
    for (let i = 0; i < connectionCounts.length; i++) {
      const c = connectionCounts[i];
      check(`real: /api/search ≥ 1,000 requests/s (${c} connections)`, get(real, `http.search.${i}.requestsPerSecond`), BUDGETS.real.requestsPerSecond, false, "req/s");
      check(`real: /api/search p99 ≤ 25 ms (${c} connections)`, get(real, `http.search.${i}.latencyP99Ms`), BUDGETS.real.httpP99Ms, true, "ms");
      check(`real: zero errors under load (${c} connections)`, get(real, `http.search.${i}.errors`) + get(real, `http.search.${i}.non2xx`), 0, true, "errors");
    }
    const search = (real.pages as Record<string, Row> | undefined)?.["/search?q=发展 (20 results)"];
    check("search page first-load JS ≤ 150 KB gzip", get(search, "firstLoadJsGzipBytes") / 1024, BUDGETS.pages.searchFirstLoadJsKB, true, "KB");
    check("20-result search page HTML ≤ 150 KB", get(search, "htmlBytes") / 1024, BUDGETS.pages.searchHtmlKB, true, "KB");
    const peers = (real.peers as { peers?: Record<string, Row> } | undefined)?.peers ?? {};
    check("recall@10 ≥ substring scan's", get(real, "app.quality.recallAt10") - get(peers.substring, "quality.recallAt10"), 0, false, "(difference)");
    const bestPeerMrr = Math.max(...Object.values(peers).map((p) => get(p, "quality.mrr")).filter((n) => !Number.isNaN(n)));
    out.push({ budget: "MRR above every peer's", figure: `${get(real, "app.quality.mrr").toFixed(3)} vs best peer ${bestPeerMrr.toFixed(3)}`, pass: get(real, "app.quality.mrr") > bestPeerMrr });
  }
  return out;
}

function printTable(results: Record<string, Row>, budgets: { budget: string; figure: string; pass: boolean }[]): void {
  const f = (n: number, digits = 1) => (Number.isNaN(n) ? "–" : n.toFixed(digits));
  const lines: string[] = [];
  lines.push("| corpus | paragraphs | build s | segment chars/s | build RSS MB | index MB | load s | first answer s | p50 ms | p95 ms | p99 ms | cold max ms | server RSS start→end MB |");
  lines.push("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const [name, row] of Object.entries(results)) {
    lines.push(
      `| ${name} | ${f(get(row, "build.paragraphs"), 0)} | ${f(get(row, "build.seconds"))} | ${f(get(row, "build.segmentedCharacters") / get(row, "build.segmentSeconds") / 1e6, 2)} M | ${f(get(row, "build.maxRssMB"), 0)} | ${f(get(row, "build.indexBytes") / 1e6)} | ${f(get(row, "app.loadSeconds"), 2)} | ${f(get(row, "http.firstAnswerSeconds"), 2)} | ${f(get(row, "app.warm.p50"), 2)} | ${f(get(row, "app.warm.p95"), 2)} | ${f(get(row, "app.warm.p99"), 2)} | ${f(get(row, "app.cold.max"), 1)} | ${f(get(row, "http.rssStartMB"), 0)}→${f(get(row, "http.rssEndMB"), 0)} |`,
    );
  }
  lines.push("");
  lines.push("| corpus | related paragraphs build s | most occurrences | concordance first page ms (max) | next page ms | left-context sort ms | distribution ms (max) |");
  lines.push("|---|---|---|---|---|---|---|");
  for (const [name, row] of Object.entries(results)) {
    lines.push(
      `| ${name} | ${f(get(row, "build.relatedSeconds"), 1)} | ${f(get(row, "research.max.occurrences"), 0)} | ${f(get(row, "research.max.kwicFirstPageMs"), 1)} | ${f(get(row, "research.max.kwicNextPageMs"), 2)} | ${f(get(row, "research.max.kwicLeftSortMs"), 1)} | ${f(get(row, "research.max.distributionMs"), 1)} |`,
    );
  }
  lines.push("");
  lines.push("| corpus | route | connections | req/s | p50 ms | p99 ms | errors |");
  lines.push("|---|---|---|---|---|---|---|");
  for (const [name, row] of Object.entries(results)) {
    for (const [route, key] of [["/api/search (mix)", "search"], ["no-op route (floor)", "floor"]] as const) {
      connectionCounts.forEach((c, i) => {
        const p = `http.${key}.${i}`;
        if (Number.isNaN(get(row, `${p}.requestsPerSecond`))) return;
        lines.push(`| ${name} | ${route} | ${c} | ${f(get(row, `${p}.requestsPerSecond`), 0)} | ${f(get(row, `${p}.latencyP50Ms`), 1)} | ${f(get(row, `${p}.latencyP99Ms`), 1)} | ${f(get(row, `${p}.errors`) + get(row, `${p}.non2xx`), 0)} |`);
      });
    }
  }
  lines.push("");
  lines.push("| corpus | engine | build s | p50 ms | p95 ms | p99 ms | recall@10 | MRR | app p95 ÷ peer p95 |");
  lines.push("|---|---|---|---|---|---|---|---|---|");
  for (const [name, row] of Object.entries(results)) {
    lines.push(`| ${name} | **app** | ${f(get(row, "build.seconds"), 2)} | ${f(get(row, "app.warm.p50"), 3)} | ${f(get(row, "app.warm.p95"), 3)} | ${f(get(row, "app.warm.p99"), 3)} | ${f(get(row, "app.quality.recallAt10"), 3)} | ${f(get(row, "app.quality.mrr"), 3)} | 1 |`);
    const peers = (row.peers as { peers?: Record<string, Row> } | undefined)?.peers ?? {};
    for (const [peer, p] of Object.entries(peers)) {
      if (p.error) {
        lines.push(`| ${name} | ${peer} | failed: ${String(p.error)} | | | | | | |`);
        continue;
      }
      lines.push(
        `| ${name} | ${peer} | ${f(get(p, "buildSeconds"), 2)} | ${f(get(p, "latency.p50"), 3)} | ${f(get(p, "latency.p95"), 3)} | ${f(get(p, "latency.p99"), 3)} | ${f(get(p, "quality.recallAt10"), 3)} | ${f(get(p, "quality.mrr"), 3)} | ${f(get(row, "app.warm.p95") / get(p, "latency.p95"), 2)} |`,
      );
    }
  }
  const pages = results.real?.pages as Record<string, Row> | undefined;
  if (pages) {
    lines.push("");
    lines.push("| page | HTML KB | HTML gzip KB | first-load JS gzip KB |");
    lines.push("|---|---|---|---|");
    for (const [name, p] of Object.entries(pages)) lines.push(`| ${name} | ${f(get(p, "htmlBytes") / 1024)} | ${f(get(p, "htmlGzipBytes") / 1024)} | ${f(get(p, "firstLoadJsGzipBytes") / 1024)} |`);
  }
  lines.push("");
  lines.push("| budget | figure | |");
  lines.push("|---|---|---|");
  for (const b of budgets) lines.push(`| ${b.budget} | ${b.figure} | ${b.pass ? "pass" : "**FAIL**"} |`);
  console.log(lines.join("\n"));
}

void main();
