/**
 * Benchmark child: the alternatives a user would pick, built over the same
 * paragraphs (from a generated folder's corpus.json) and timed on the same
 * query mix; with a judged query set, their recall@10 and MRR.
 *   tsx scripts/bench/peers.ts --dir DIR [--peers substring,flexsearch-cjk,minisearch,pagefind] [--judged FILE]
 *
 * Pagefind is indexed with its Node API and searched the way its users
 * search it: by its own JavaScript in a browser (Debian's Chromium), from
 * files served on loopback.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { parseArgs } from "node:util";
import FlexSearch from "flexsearch";
import MiniSearch from "minisearch";
import { chromium } from "playwright-core";
import { evaluate, type JudgedQuery } from "../../lib/search/evaluate";
import type { Corpus } from "../../lib/types";
import { PLAIN_QUERIES, percentiles } from "./query-mix";

const { values } = parseArgs({
  options: { dir: { type: "string" }, peers: { type: "string", default: "substring,flexsearch-cjk,minisearch,pagefind" }, judged: { type: "string" }, iterations: { type: "string", default: "20" } },
});
const corpus = JSON.parse(readFileSync(join(values.dir!, "corpus.json"), "utf8")) as Corpus;
const paragraphs = corpus.essays.flatMap((e) => e.paragraphs.map((p) => ({ id: p.id, text: p.text })));
const judged: JudgedQuery[] | null = values.judged && existsSync(values.judged) ? (JSON.parse(readFileSync(values.judged, "utf8")) as { queries: JudgedQuery[] }).queries : null;

type Search = (query: string) => Promise<string[]> | string[];
interface Peer {
  name: string;
  build: () => Promise<Search>;
}

/** Plain substring scan over the cleaned text: every space-separated word must occur; corpus order. */
const substring: Peer = {
  name: "substring",
  build: async () => (query) => {
    const words = query.replace(/["“”]/gu, "").split(/\s+/u).filter(Boolean);
    if (words.length === 0) return [];
    return paragraphs.filter((p) => words.every((w) => p.text.includes(w))).map((p) => p.id);
  },
};

/** FlexSearch with its built-in CJK charset (every character a term) instead of jieba. */
const flexsearchCjk: Peer = {
  name: "flexsearch-cjk",
  build: async () => {
    const index = new FlexSearch.Index({ encoder: FlexSearch.Charset.CJK });
    paragraphs.forEach((p, i) => index.add(i, p.text));
    return (query) => (index.search(query, { limit: 100 }) as number[]).map((i) => paragraphs[i]!.id);
  },
};

/** MiniSearch with its default tokenizer (splits on spaces and punctuation). */
const minisearch: Peer = {
  name: "minisearch",
  build: async () => {
    const index = new MiniSearch<{ id: number; text: string }>({ fields: ["text"] });
    index.addAll(paragraphs.map((p, i) => ({ id: i, text: p.text })));
    return (query) => index.search(query).slice(0, 100).map((r) => paragraphs[r.id as number]!.id);
  },
};

let cleanup: (() => Promise<void>) | null = null;

/** Pagefind: Node API to index, its own search in Chromium. */
const pagefind: Peer = {
  name: "pagefind",
  build: async () => {
    const { createIndex } = await import("pagefind");
    const out = mkdtempSync(join(tmpdir(), "bench-pagefind-"));
    const { index } = await createIndex({ forceLanguage: "zh" });
    if (!index) throw new Error("pagefind: could not create an index");
    for (const p of paragraphs) await index.addCustomRecord({ url: `/${p.id}`, content: p.text, language: "zh" });
    await index.writeFiles({ outputPath: join(out, "pagefind") });
    const types: Record<string, string> = { ".js": "text/javascript", ".json": "application/json", ".html": "text/html" };
    const server = createServer((req, res) => {
      const path = join(out, decodeURIComponent((req.url ?? "/").split("?")[0]!));
      if (!path.startsWith(out) || !existsSync(path)) return void res.writeHead(404).end();
      res.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" }).end(readFileSync(path));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as { port: number }).port;
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"] });
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/pagefind/pagefind.js`);
    await page.evaluate(async (base) => {
      const pf = await import(`${base}/pagefind/pagefind.js`);
      await pf.init();
      (window as unknown as { pf: unknown }).pf = pf;
    }, `http://127.0.0.1:${port}`);
    cleanup = async () => {
      await browser.close();
      server.close();
      rmSync(out, { recursive: true, force: true });
    };
    // The time of a search includes loading the first ten results' data, as a results page must.
    return async (query) =>
      page.evaluate(async (q) => {
        const pf = (window as unknown as { pf: { search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }> } }).pf;
        const found = await pf.search(q);
        const top = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
        return top.map((d) => d.url.replace(/^\//u, "").replace(/\.html$/u, ""));
      }, query);
  },
};

const registry: Record<string, Peer> = { substring, "flexsearch-cjk": flexsearchCjk, minisearch, pagefind };

async function main(): Promise<void> {
const results: Record<string, unknown> = {};
for (const name of values.peers!.split(",")) {
  const peer = registry[name];
  if (!peer) continue;
  try {
    const t = performance.now();
    const search = await peer.build();
    const buildSeconds = (performance.now() - t) / 1000;
    for (const q of PLAIN_QUERIES) await search(q);
    const times: number[] = [];
    for (let i = 0; i < Number(values.iterations); i++) {
      for (const q of PLAIN_QUERIES) {
        const s = performance.now();
        await search(q);
        times.push(performance.now() - s);
      }
    }
    let quality = null;
    if (judged) {
      const answers = new Map<string, string[]>();
      for (const { query } of judged) answers.set(query, await search(query));
      quality = evaluate(judged, (q) => answers.get(q) ?? []);
    }
    results[name] = { buildSeconds, latency: percentiles(times), quality: quality && { recallAt10: quality.recallAt10, mrr: quality.mrr } };
  } catch (error) {
    results[name] = { error: (error as Error).message.split("\n")[0] };
  }
  if (cleanup) {
    await cleanup();
    cleanup = null;
  }
}
console.log(JSON.stringify({ paragraphs: paragraphs.length, peers: results }));
process.exit(0);
}

void main();
