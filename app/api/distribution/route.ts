import type { NextRequest } from "next/server";
import { jsonError, withResearch } from "@/lib/web/responses";
import { toDistributionJson } from "@/lib/web/json";
import { parseDistributionParams } from "@/lib/web/params";

/**
 * GET /api/distribution?q=&by=essay|author|source|theme&author=&…
 * Each word of the query: occurrences and occurrences per 10,000 characters
 * in every essay, author, source or theme; 400 with a JSON message for bad
 * parameters.
 */
export function GET(request: NextRequest): Response {
  const parsed = parseDistributionParams(request.nextUrl.searchParams);
  if (!parsed.ok) return jsonError(400, parsed.error);
  return withResearch((_engine, research) => Response.json(toDistributionJson(parsed.request, research.distribution(parsed.request)), { headers: { "Cache-Control": "private, no-store" } }));
}
