import { NextResponse, type NextRequest } from "next/server";
import { FIX_COMMAND, generatedDataProblem } from "@/lib/health";
import { contentSecurityPolicy, newNonce } from "@/lib/security/csp";
import { notFoundScriptHashes, prerenderedScriptHashes } from "@/lib/security/static-hashes";

/**
 * Runs before every page and API request (not static assets):
 * 1. When the generated data is missing, truncated or of another version,
 *    answers 503 — a short page, or JSON under /api/ — naming the problem and
 *    the command that fixes it, instead of letting a page fail.
 * 2. In production, sets the Content-Security-Policy: prerendered pages get
 *    the hashes of their inline scripts, pages rendered per request a fresh
 *    nonce that Next.js puts on its scripts.
 */
export function proxy(request: NextRequest): NextResponse {
  const problem = generatedDataProblem();
  if (problem) return unavailable(request, problem);
  const { pathname } = request.nextUrl;
  // /authors/石建勋: not a prerendered slug, so look the name up (the page there redirects to the slug).
  const author = AUTHOR_PATH.exec(pathname);
  if (author && !prerenderedScriptHashes(pathname) && process.env.NODE_ENV === "production") {
    return NextResponse.rewrite(new URL(`/authors-by-name/${author[1]}`, request.url));
  }
  if (process.env.NODE_ENV !== "production") return NextResponse.next();

  const hashes = prerenderedScriptHashes(pathname);
  if (hashes) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", contentSecurityPolicy({ hashes }));
    return response;
  }
  // Rendered per request, or the prerendered not-found page for an unknown path.
  const nonce = newNonce();
  const policy = contentSecurityPolicy({ nonce, hashes: notFoundScriptHashes() });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

/** An author page path: /authors/<one segment>. */
const AUTHOR_PATH = /^\/authors\/([^/]+)\/?$/u;

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
  const page = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>服务暂不可用 · 政策文章检索</title></head><body style="font-family:system-ui,sans-serif;max-width:40em;margin:3em auto;padding:0 1em;line-height:1.7"><h1>服务暂不可用</h1><p>检索数据尚未生成或已损坏，暂时无法提供服务。请稍后再试。</p><p>管理员：<code>${escapeHtml(problem)}</code></p><p>修复命令：<code>${escapeHtml(FIX_COMMAND)}</code></p></body></html>`;
  return new NextResponse(page, { status: 503, headers: { ...headers, "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": contentSecurityPolicy({}) } });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (ch) => `&#${ch.charCodeAt(0)};`);
}

export const config = {
  // Everything except Next's static files and the site's own static files.
  matcher: ["/((?!_next/static|_next/image|icon.svg|robots.txt|favicon.ico).*)"],
};
