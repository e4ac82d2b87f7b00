import { toEssaySummary } from "@/lib/web/json";
import { withCorpus } from "@/lib/web/responses";

/** GET /api/essays: every essay, in corpus order. Prerendered at build time. */
export const dynamic = "force-static";

export function GET(): Response {
  return withCorpus(({ corpus }) => Response.json({ essays: corpus.essays.map(toEssaySummary) }));
}
