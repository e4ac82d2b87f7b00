import { describe, expect, inject, it } from "vitest";

/**
 * Odd and hostile input on every surface, over real HTTP against the built
 * app: each case asserts the status, a clear message (JSON for the API, a
 * readable page for HTML), that nothing is reflected unescaped into HTML,
 * that no stack trace or server path leaks, and that the server still
 * answers a normal query afterwards.
 */

const baseUrl = inject("baseUrl");
const enc = encodeURIComponent;

/** Text that must never appear in a response: stack frames, server paths, framework internals. */
const LEAKS = [/\n\s+at [\w.<]+ \(/u, /\/work\//u, /node_modules/u, /\.next\/server/u, /webpack-internal/u, /Error: [A-Z]/u];

async function request(path: string) {
  const response = await fetch(`${baseUrl}${path}`, { redirect: "manual" });
  return { status: response.status, type: response.headers.get("content-type") ?? "", body: await response.text() };
}

async function stillAnswers(): Promise<void> {
  const ok = await request(`/api/search?q=${enc("治理")}&limit=1`);
  expect(ok.status).toBe(200);
  expect(JSON.parse(ok.body).total).toBeGreaterThan(0);
}

/** The input appears in the page only HTML-escaped, never as markup. */
function expectEscaped(body: string, dangerous: string): void {
  expect(body).not.toContain(dangerous);
  expect(body).toContain(dangerous.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;").replace(/"/gu, "&quot;").slice(0, 12));
}

function expectNoLeaks(body: string): void {
  for (const leak of LEAKS) expect(body).not.toMatch(leak);
}

const LONG = "新".repeat(10_000);
const SCRIPT = "<script>alert(1)</script>";
const IMG = '"><img src=x onerror=alert(2)>';

describe("search API with odd queries", () => {
  it.each([
    ["an empty query", "q=", 200],
    ["whitespace only", `q=${enc("   \u3000 ")}`, 200],
    ["punctuation only", `q=${enc("，。！？…")}`, 200],
    ["a 10,000-character query", `q=${enc(LONG)}`, 400],
    ["a lone quote", `q=${enc('"')}`, 200],
    ['- OR "', `q=${enc('- OR "')}`, 200],
    ["control characters", `q=${enc("\u0001\u0002\u001b[31m")}`, 200],
    ["a NUL byte", "q=a%00b", 200],
    ["emoji and an astral Han character", `q=${enc("😀𠀀")}`, 200],
    ["mixed Traditional and Simplified", `q=${enc("新質生产力")}`, 200],
    ["full-width Latin", `q=${enc("ＧＯＶＥＲＮＡＮＣＥ")}`, 200],
    ["a script tag", `q=${enc(SCRIPT)}`, 200],
    ["an attribute breakout", `q=${enc(IMG)}`, 200],
    ["regex metacharacters", `q=${enc(".*+?[](){}|\\^$")}`, 200],
    ["percent bytes that are not UTF-8", "q=%E0%A4%A", 200],
    ["a repeated q", `q=${enc("一网统管")}&q=${enc("治理")}`, 200],
    ["unknown parameters", `q=${enc("治理")}&debug=1&__proto__=x`, 200],
  ])("%s → %i with JSON", async (_case, query, status) => {
    const { status: got, type, body } = await request(`/api/search?${query}`);
    expect(got).toBe(status);
    expect(type).toContain("application/json");
    const json = JSON.parse(body);
    if (status === 200) expect(Array.isArray(json.results)).toBe(true);
    else expect(json.error).toMatch(/\w/u);
    expectNoLeaks(body);
    await stillAnswers();
  });

  it("answers the repeated q with the first one", async () => {
    const json = JSON.parse((await request(`/api/search?q=${enc("一网统管")}&q=${enc("治理")}`)).body);
    expect(json.query).toBe("一网统管");
  });
});

describe("search API with odd numbers", () => {
  it.each(["limit", "offset"])("refuses negative, huge, fractional and non-numeric %s with a JSON 400", async (name) => {
    for (const value of ["-1", "1e9", "99999999999", "1.5", "abc", "0x10", " 3"]) {
      const { status, body } = await request(`/api/search?q=${enc("治理")}&${name}=${enc(value)}`);
      if (name === "offset" && value === "99999999999") {
        // More digits than a page number needs is refused too.
        expect(status).toBe(400);
      }
      expect([400], `${name}=${value}`).toContain(status);
      expect(JSON.parse(body).error).toContain(name);
      expectNoLeaks(body);
    }
    await stillAnswers();
  });

  it("accepts a huge but valid offset and returns no results", async () => {
    const json = JSON.parse((await request(`/api/search?q=${enc("治理")}&offset=999999`)).body);
    expect(json.results).toEqual([]);
    expect(json.total).toBeGreaterThan(0);
  });
});

describe("search page with odd input", () => {
  it.each([
    ["a script tag", `q=${enc(SCRIPT)}`, SCRIPT],
    ["an attribute breakout", `q=${enc(IMG)}`, IMG],
    ["a 10,000-character query", `q=${enc(LONG)}`, null],
    ["percent bytes that are not UTF-8", "q=%E0%A4%A", null],
    ["a NUL byte and control characters", `q=${enc("a\u0000\u0001b")}`, null],
    ["a negative page", `q=${enc("发展")}&page=-1`, null],
    ["a huge page", `q=${enc("发展")}&page=999999`, null],
    ["a fractional page", `q=${enc("发展")}&page=1.5`, null],
    ["a non-numeric page", `q=${enc("发展")}&page=abc`, null],
    ["a bad sort", `q=${enc("发展")}&sort=random`, null],
  ])("%s: a readable page, input shown only escaped", async (_case, query, dangerous) => {
    const { status, type, body } = await request(`/search?${query}`);
    expect([200, 400]).toContain(status);
    expect(type).toContain("text/html");
    expect(body).toMatch(/<h1[^>]*>检索段落<\/h1>/u);
    if (dangerous) expectEscaped(body, dangerous);
    expectNoLeaks(body);
    await stillAnswers();
  });

  it("says when a page number is past the last page", async () => {
    const { body } = await request(`/search?q=${enc("发展")}&page=999999`);
    expect(body).toContain("没有第 999999 页");
  });

  it("says when a query is too long", async () => {
    const { body } = await request(`/search?q=${enc(LONG)}`);
    expect(body).toContain("检索词过长");
  });
});

describe("concordance and distribution pages with odd input", () => {
  it.each([
    ["/kwic", "a script tag", `q=${enc(SCRIPT)}`, SCRIPT],
    ["/kwic", "an attribute breakout", `q=${enc(IMG)}`, IMG],
    ["/kwic", "a 10,000-character query", `q=${enc(LONG)}`, null],
    ["/kwic", "percent bytes that are not UTF-8", "q=%E0%A4%A", null],
    ["/kwic", "a bad width", `q=${enc("发展")}&width=abc`, null],
    ["/kwic", "a huge width", `q=${enc("发展")}&width=99999`, null],
    ["/kwic", "a bad sort", `q=${enc("发展")}&sort=random`, null],
    ["/kwic", "a huge page", `q=${enc("发展")}&page=999999`, null],
    ["/distribution", "a script tag", `q=${enc(SCRIPT)}`, SCRIPT],
    ["/distribution", "a 10,000-character query", `q=${enc(LONG)}`, null],
    ["/distribution", "an unknown grouping", `q=${enc("发展")}&by=year`, null],
    ["/distribution", "regex metacharacters", `q=${enc(".*+?[](){}|\\^$")}`, null],
    ["/distribution", "twenty words", `q=${enc(Array.from({ length: 20 }, (_, i) => `词${i}`).join(" "))}`, null],
  ])("%s with %s: a readable page, input shown only escaped", async (path, _case, query, dangerous) => {
    const { status, type, body } = await request(`${path}?${query}`);
    expect(status).toBe(200);
    expect(type).toContain("text/html");
    expect(body).toMatch(/<h1[^>]*>(语境（KWIC）|分布)<\/h1>/u);
    if (dangerous) expectEscaped(body, dangerous);
    expectNoLeaks(body);
    await stillAnswers();
  });

  it("says what is wrong: a width out of range, an unknown grouping, a page past the last", async () => {
    expect((await request(`/kwic?q=${enc("发展")}&width=99999`)).body).toContain("语境宽度须为 5–80 字");
    expect((await request(`/distribution?q=${enc("发展")}&by=year`)).body).toContain("未知的分组方式");
    expect((await request(`/kwic?q=${enc("发展")}&page=999999`)).body).toContain("没有第 999999 页");
  });
});

describe("paths", () => {
  it.each([
    ["an unknown essay", "/essays/no-such-essay", 404],
    ["an unknown author", "/authors/no-such-author", 404],
    ["an unknown author name", `/authors/${enc("张三丰")}`, 404],
    ["an unknown theme", "/themes/no-such-theme", 404],
    ["an unknown source", "/sources/no-such-file.txt", 404],
    ["an unknown paragraph", "/p/no-such-essay-p1", 404],
    ["a traversal in an id", "/essays/..%2F..%2Fetc%2Fpasswd", 404],
    ["a traversal to a project file", "/sources/..%2F..%2Fpackage.json", 404],
    ["dot segments", "/sources/%2e%2e%2f%2e%2e%2fpackage.json", 404],
    ["an encoded slash", "/essays/a%2Fb", 404],
    ["a very long id", `/essays/${"a".repeat(5000)}`, 404],
    ["wrong case", "/ESSAYS", 404],
    ["wrong case in an id", "/essays/BA-ZHUN-XIN-ZHI-SHENG-CHAN-LI-FA-81D64F", 404],
    ["percent bytes that are not UTF-8", "/authors/%E0%A4%A", 400],
    ["percent bytes that are not UTF-8 in a paragraph id", "/p/%E0%A4%A", 400],
    ["a script in the path", `/essays/${enc(SCRIPT)}`, 404],
  ])("%s → %i, a readable page", async (_case, path, status) => {
    const { status: got, type, body } = await request(path);
    expect(got).toBe(status);
    expect(type).toContain("text/html");
    expect(body).toMatch(/<h1[^>]*>(页面不存在|链接无效)<\/h1>/u);
    expect(body).not.toContain(SCRIPT);
    expect(body).not.toContain('"name": "policy-essay-search"');
    expectNoLeaks(body);
    await stillAnswers();
  });

  it("sends a known author name to the author's page with a same-origin redirect", async () => {
    for (const name of ["石建勋", "石建勳"]) {
      const response = await fetch(`${baseUrl}/authors/${enc(name)}`, { redirect: "manual" });
      expect(response.status).toBe(308);
      expect(new URL(response.headers.get("location")!, baseUrl).href).toBe(`${baseUrl}/authors/shi-jian-xun`);
    }
  });

  it.each([
    ["an unknown essay", "/api/essays/no-such-essay", 404],
    ["a very long id", `/api/essays/${"a".repeat(5000)}`, 404],
    ["a traversal", "/api/essays/..%2F..%2Fpackage.json", 404],
    ["encoded dot segments in an id", "/api/essays/%2e%2e%2f%2e%2e%2fpackage.json", 404],
    ["percent bytes that are not UTF-8", "/api/essays/%E0%A4%A", 400],
  ])("API: %s → %i with JSON", async (_case, path, status) => {
    const { status: got, type, body } = await request(path);
    expect(got).toBe(status);
    expect(type).toContain("application/json");
    expect(JSON.parse(body).status).toBe(status);
    expectNoLeaks(body);
    await stillAnswers();
  });
});

describe("headers", () => {
  it.each(["/", "/search?q=x", `/essays/${"ba-zhun-xin-zhi-sheng-chan-li-fa-81d64f"}`, "/api/search?q=x", "/essays/no-such"])("%s carries the security headers", async (path) => {
    const response = await fetch(`${baseUrl}${path}`);
    const csp = response.headers.get("content-security-policy") ?? "";
    if (!path.startsWith("/api/")) {
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toMatch(/script-src 'self'( '(nonce|sha256)-[^']+')+/u);
      expect(csp).not.toContain("unsafe-eval");
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/u);
    }
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("permissions-policy")).toContain("camera=()");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("x-powered-by")).toBeNull();
  });

  it("caches prerendered pages and static assets, never search answers in shared caches", async () => {
    const essay = await fetch(`${baseUrl}/essays/ba-zhun-xin-zhi-sheng-chan-li-fa-81d64f`);
    expect(essay.headers.get("cache-control")).toMatch(/s-maxage=\d+/u);
    const html = await essay.text();
    const asset = /src="(\/_next\/static\/[^"]+\.js)"/u.exec(html)![1]!;
    expect((await fetch(`${baseUrl}${asset}`)).headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect((await fetch(`${baseUrl}/api/search?q=x`)).headers.get("cache-control")).toMatch(/private.*no-store|no-store.*private/u);
    expect((await fetch(`${baseUrl}/search?q=x`)).headers.get("cache-control")).toMatch(/private/u);
  });
});
