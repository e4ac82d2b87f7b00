import type { NextRequest } from "next/server";
import { jsonError, withEngine } from "@/lib/web/responses";
import { toSearchJson } from "@/lib/web/json";
import { parseSearchParams } from "@/lib/web/params";
import { FILTER_FIELDS } from "@/lib/search/query";
import { BoundedCache } from "@/lib/search/bounded-cache";

/**
 * GET /api/search?q=&limit=&offset=&author=&institution=&source=&theme=&sort=
 * Ranked paragraphs with highlight offsets and facets; 400 with a JSON
 * message for bad parameters. Not cached by shared caches.
 */

/**
 * Answers already given, by request: the index never changes while the
 * process runs, so an answer stays right. Bounded (oldest out first) so
 * distinct queries cannot grow it without limit.
 */
const answers = new BoundedCache<string>(1000);

const HEADERS = { "Content-Type": "application/json", "Cache-Control": "private, no-store" };

export function GET(request: NextRequest): Response {
  const parsed = parseSearchParams(request.nextUrl.searchParams);
  if (!parsed.ok) return jsonError(400, parsed.error);
  const { request: search } = parsed;
  const key = JSON.stringify([search.query, search.limit, search.offset, search.sort, ...FILTER_FIELDS.map((f) => search.filters?.[f] ?? [])]);
  const cached = answers.get(key);
  if (cached !== undefined) return new Response(cached, { headers: HEADERS });

  return withEngine((engine) => {
    const body = JSON.stringify(toSearchJson(search, engine.search(search)));
    answers.set(key, body);
    return new Response(body, { headers: HEADERS });
  });
}
