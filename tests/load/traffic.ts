import autocannon from "autocannon";

/**
 * The traffic of the load test: a fixed mix of valid and hostile requests,
 * each with the status it should get, and a stream of queries nobody has
 * asked before.
 */

const enc = encodeURIComponent;

export interface Target {
  path: string;
  status: number;
}

/** Han characters common in the corpus and outside it, to build queries nobody has asked yet. */
const ALPHABET = [..."治理社区党建发展创新数字城市基层服务新质生产力改革科技人才产业网格统管街道居民协同机制量子海洋航天冰川诗词"];

function randomQuery(): string {
  const length = 2 + Math.floor(Math.random() * 5);
  let query = "";
  for (let i = 0; i < length; i++) query += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
  return Math.random() < 0.3 ? `${query.slice(0, 2)} ${query.slice(2)}` : query;
}

export async function fixedTargets(baseUrl: string): Promise<Target[]> {
  const { essays } = (await (await fetch(`${baseUrl}/api/essays`)).json()) as { essays: { id: string; url: string; authors: { name: string | null }[] }[] };
  const essay = essays[0]!;
  const detail = (await (await fetch(`${baseUrl}/api/essays/${essay.id}`)).json()) as { paragraphs: { id: string }[] };
  const authorName = essays.flatMap((e) => e.authors).find((a) => a.name)!.name!;
  const authorPage = await fetch(`${baseUrl}/authors/${enc(authorName)}`, { redirect: "manual" });
  return [
    // Valid: the API, each kind of page, a paragraph link, an author link by name (a redirect).
    { path: `/api/search?q=${enc("社区治理")}`, status: 200 },
    { path: `/api/search?q=${enc('"数字 党建"')}&limit=5`, status: 200 },
    { path: `/api/search?q=${enc("新質生產力")}&offset=10`, status: 200 },
    { path: `/api/search?q=${enc("发展")}&sort=position`, status: 200 },
    { path: `/api/essays/${essay.id}`, status: 200 },
    { path: "/", status: 200 },
    { path: `/search?q=${enc("基层治理")}`, status: 200 },
    { path: `/search?q=${enc("新质生产力")}&page=2`, status: 200 },
    { path: `/essays/${essay.id}`, status: 200 },
    { path: `/p/${detail.paragraphs[0]!.id}`, status: 200 },
    { path: "/authors", status: 200 },
    { path: "/themes", status: 200 },
    { path: `/authors/${enc(authorName)}`, status: authorPage.status },
    // The research views: concordance, distribution, related paragraphs, an export.
    { path: `/api/kwic?q=${enc("治理")}&sort=left`, status: 200 },
    { path: `/kwic?q=${enc("社区")}&sort=right`, status: 200 },
    { path: `/api/distribution?q=${enc("新质生产力 基层治理")}&by=author`, status: 200 },
    { path: `/distribution?q=${enc("新质生产力 基层治理")}&by=source`, status: 200 },
    { path: `/api/related/${detail.paragraphs[1]!.id}`, status: 200 },
    { path: `/api/export/kwic?format=csv&q=${enc("数字党建")}`, status: 200 },
    { path: `/api/kwic?q=${enc("治理")}&width=0`, status: 400 },
    // Hostile: too long, malformed encoding, bad numbers, markup, unknown places.
    { path: `/api/search?q=${enc("新".repeat(10_000))}`, status: 400 },
    { path: `/search?q=${enc("新".repeat(10_000))}`, status: 200 },
    { path: "/api/search?q=%E0%A4%A", status: 200 },
    { path: `/api/search?q=${enc("治理")}&limit=-1`, status: 400 },
    { path: `/api/search?q=${enc("<script>alert(1)</script>")}`, status: 200 },
    { path: `/search?q=${enc('"><img src=x onerror=alert(2)>')}`, status: 200 },
    { path: "/p/%E0%A4%A", status: 400 },
    { path: "/p/no-such-essay-p1", status: 404 },
    { path: `/essays/${"a".repeat(5000)}`, status: 404 },
    { path: "/api/essays/..%2F..%2Fpackage.json", status: 404 },
    { path: "/no/such/place", status: 404 },
  ];
}

export interface Tally {
  requests: number;
  errors: number;
  timeouts: number;
  fiveXx: number;
  /** "path → got status" for every response whose status was not the expected one. */
  wrong: Map<string, number>;
  requestsPerSecond: number;
  latencyP99Ms: number;
}

/**
 * Loads the server with the fixed targets and a stream of new queries (with
 * no targets, new queries only), for `seconds` or `maxRequests`, whichever
 * comes first.
 */
export async function run(baseUrl: string, targets: Target[], seconds: number, connections: number, maxRequests = seconds * 1000): Promise<Tally> {
  const wrong = new Map<string, number>();
  const check = (expected: number, path: string) => (status: number) => {
    if (status !== expected) wrong.set(`${path.slice(0, 80)} → ${status} (expected ${expected})`, (wrong.get(`${path.slice(0, 80)} → ${status} (expected ${expected})`) ?? 0) + 1);
  };
  const fresh = (page: boolean) => ({
    method: "GET" as const,
    setupRequest: (request: autocannon.Request) => {
      const path = page ? `/search?q=${enc(randomQuery())}` : `/api/search?q=${enc(randomQuery())}&limit=${1 + Math.floor(Math.random() * 50)}`;
      return { ...request, path };
    },
    onResponse: check(200, page ? "/search?q=<new>" : "/api/search?q=<new>"),
  });
  const requests = [
    ...targets.map(({ path, status }) => ({ method: "GET" as const, path, onResponse: check(status, path) })),
    // One request in five asks something new.
    ...Array.from({ length: 6 }, () => fresh(false)),
    ...Array.from({ length: 2 }, () => fresh(true)),
  ];
  // Bounded in time and in count: whichever limit comes first ends the run.
  const result = await autocannon({ url: baseUrl, connections, duration: seconds, maxOverallRequests: maxRequests, timeout: 10, requests });
  return {
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    fiveXx: result["5xx"],
    wrong,
    requestsPerSecond: result.requests.average,
    latencyP99Ms: result.latency.p99,
  };
}

