import { NextResponse, type NextRequest } from "next/server";
import { FIX_COMMAND } from "@/lib/artifacts/files";
import { generatedDataProblem } from "@/lib/artifacts/health";
import { authorSlugForName, paragraphRoute, retiredEssayRoute } from "@/lib/artifacts/routes";
import { contentSecurityPolicy, newNonce } from "@/lib/security/csp";
import { notFoundScriptHashes, prerenderedScriptHashes } from "@/lib/security/static-hashes";

/**
 * Runs before every page and API request (not static assets):
 * 1. When the generated data is missing, truncated or of another version,
 *    answers 503 — a short page, or JSON under /api/ — naming the problem and
 *    the command that fixes it, instead of letting a page fail.
 * 2. A path that is not valid percent-encoding gets a 400 page (JSON under /api/).
 * 3. `/authors/<name>` gets a 308 to the author's slug; `/p/<id>` and
 *    `/related/<id>` of a paragraph that does not exist get the 404 page
 *    (from the small `routes.json`, without loading the corpus).
 * 4. In production, sets the Content-Security-Policy: prerendered pages get
 *    the hashes of their inline scripts, pages rendered per request a fresh
 *    nonce that Next.js puts on its scripts.
 */
export function proxy(request: NextRequest): NextResponse {
  const problem = generatedDataProblem();
  if (problem) return unavailable(request, problem);
  const { pathname } = request.nextUrl;
  // A path that is not valid percent-encoding (…%E0%A4%A) names nothing; say so rather than fail in the router.
  if (!decodes(pathname)) return badPath(request);
  // /authors/石建勋 is not a prerendered slug: a known name goes to its author's page, anything else to the 404 page.
  const author = AUTHOR_PATH.exec(pathname);
  if (author && !prerenderedScriptHashes(pathname)) {
    const slug = authorSlugForName(decodeURIComponent(author[1]!));
    if (!slug) return notFoundPage(request);
    // Next.js parses a proxy's Location as an absolute URL (a relative one is a 500), and sends a same-origin one back relative.
    return NextResponse.redirect(new URL(`/authors/${encodeURIComponent(slug)}`, request.url), 308);
  }
  // The removed notice is reached only through the rewrites below (Next.js runs the proxy again for the rewritten
  // path, with the marker header); asked for directly it names nothing.
  if (REMOVED_PAGE.test(pathname) && request.headers.get(REWRITTEN) !== "removed") return notFoundPage(request);
  // A share page or related page exists only for a paragraph id ever published (they render per request; see
  // lib/artifacts/routes.ts for why the proxy checks): a retired id follows its passage, or says it is gone.
  const paragraphPage = PARAGRAPH_PAGE.exec(pathname);
  if (paragraphPage) {
    const route = paragraphRoute(decodeURIComponent(paragraphPage[2]!));
    if (route === null) return notFoundPage(request);
    if (route === "gone") return removedPage(request, decodeURIComponent(paragraphPage[2]!));
    if (route !== "live") return NextResponse.redirect(new URL(`/${paragraphPage[1]}/${encodeURIComponent(route.to)}${request.nextUrl.search}`, request.url), 308);
  }
  // An essay id that was retired: its text lives on in another essay, or it is gone.
  const essayPage = ESSAY_PAGE.exec(pathname);
  if (essayPage) {
    const route = retiredEssayRoute(decodeURIComponent(essayPage[1]!));
    if (route === "gone") return removedPage(request, decodeURIComponent(essayPage[1]!));
    if (route !== null) {
      // `from` tells the page that an anchor like #p6 meant the old essay's paragraph (components/stale-anchor.tsx).
      const target = new URL(`/essays/${encodeURIComponent(route.to)}`, request.url);
      target.search = request.nextUrl.search;
      target.searchParams.set("from", decodeURIComponent(essayPage[1]!));
      return NextResponse.redirect(target, 308);
    }
  }
  if (process.env.NODE_ENV !== "production") return NextResponse.next();

  const hashes = prerenderedScriptHashes(pathname);
  if (hashes) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", contentSecurityPolicy({ hashes }));
    return response;
  }
  // Rendered per request, or the prerendered not-found page for an unknown path.
  const { headers, policy } = perRequestPolicy(request);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

/** A fresh nonce policy for a page rendered per request, and the request headers that hand the nonce to Next.js. */
function perRequestPolicy(request: NextRequest): { headers: Headers; policy: string } {
  const nonce = newNonce();
  const policy = contentSecurityPolicy({ nonce, hashes: notFoundScriptHashes() });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  return { headers, policy };
}

/** An author page path: /authors/<one segment>. */
const AUTHOR_PATH = /^\/authors\/([^/]+)\/?$/u;
/** A paragraph's share page, /p/<paragraph id>, or its related page, /related/<paragraph id>. */
const PARAGRAPH_PAGE = /^\/(p|related)\/([^/]+)\/?$/u;
/** Request header marking the proxy's own rewrite to the removed notice (a reader sending it only sees that notice, or a 404). */
const REWRITTEN = "x-essay-search-rewrite";
/** The removed notice's own path (app/removed/[id]). */
const REMOVED_PAGE = /^\/removed(\/|$)/u;
/** An essay page, /essays/<essay id>. */
const ESSAY_PAGE = /^\/essays\/([^/]+)\/?$/u;
/** A path no route matches: Next.js answers it with the prerendered not-found page and status 404. */
const NOWHERE = "/__not-found__";

/**
 * The notice for an id whose passage was removed in a revision
 * (app/removed/[id]), the URL left as the reader had it. Next.js keeps the
 * status of the page it rewrites to (200; the page is marked noindex); the
 * API answers the same id with 410 Gone.
 */
function removedPage(request: NextRequest, id: string): NextResponse {
  const { headers, policy } = perRequestPolicy(request);
  headers.set(REWRITTEN, "removed");
  const response = NextResponse.rewrite(new URL(`/removed/${encodeURIComponent(id)}`, request.url), { request: { headers } });
  if (process.env.NODE_ENV === "production") response.headers.set("Content-Security-Policy", policy);
  return response;
}

/** The prerendered not-found page, with status 404, for a path the proxy knows leads nowhere. */
function notFoundPage(request: NextRequest): NextResponse {
  const response = NextResponse.rewrite(new URL(NOWHERE, request.url));
  if (process.env.NODE_ENV === "production") response.headers.set("Content-Security-Policy", contentSecurityPolicy({ hashes: notFoundScriptHashes() }));
  return response;
}

let reported = false;

function unavailable(request: NextRequest, problem: string): NextResponse {
  if (!reported) {
    // One line in the server log, once.
    console.error(`政策文章检索: cannot serve: ${problem}`);
    reported = true;
  }
  const headers = { "Retry-After": "60", "Cache-Control": "no-store" };
  if (request.nextUrl.pathname.startsWith("/api/")) {
    return NextResponse.json({ error: `search data unavailable: ${problem}`, status: 503 }, { status: 503, headers });
  }
  return plainPage(503, "服务暂不可用", `<p>检索数据尚未生成或已损坏，暂时无法提供服务。请稍后再试。</p><p>管理员：<code>${escapeHtml(problem)}</code></p><p>修复命令：<code>${escapeHtml(FIX_COMMAND)}</code></p>`, headers);
}

function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function badPath(request: NextRequest): NextResponse {
  if (request.nextUrl.pathname.startsWith("/api/")) {
    return NextResponse.json({ error: "the path is not valid percent-encoded UTF-8", status: 400 }, { status: 400 });
  }
  return plainPage(400, "链接无效", `<p>这个链接的编码有误，无法打开。请检查链接是否完整，或<a href="/">返回首页</a>。</p>`);
}

/**
 * A page the proxy writes itself, without the app (the app may be what is
 * broken): a heading and `body` (trusted HTML; escape what it quotes), no script.
 */
function plainPage(status: number, title: string, body: string, headers: Record<string, string> = {}): NextResponse {
  const page = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title} · 政策文章检索</title></head><body style="font-family:system-ui,sans-serif;max-width:40em;margin:3em auto;padding:0 1em;line-height:1.7"><h1>${title}</h1>${body}</body></html>`;
  return new NextResponse(page, { status, headers: { ...headers, "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": contentSecurityPolicy({}) } });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (ch) => `&#${ch.charCodeAt(0)};`);
}

export const config = {
  // Everything except Next's static files and the site's own static files.
  matcher: ["/((?!_next/static|_next/image|icon.svg|robots.txt|favicon.ico).*)"],
};
