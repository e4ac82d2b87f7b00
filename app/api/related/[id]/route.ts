import { jsonError, withCorpus } from "@/lib/web/responses";
import { relatedTo } from "@/lib/browse/related";
import { toRelatedItems } from "@/lib/web/json";

/**
 * GET /api/related/<paragraph id> → {"id", "related": [{"id", "url", "essayTitle", "n", "score", "shared", "preview"}]}:
 * the most similar paragraphs of other essays (TF-IDF cosine, computed by
 * `npm run index`); an unknown id → 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return withCorpus(({ paragraphsById }) => {
    if (!paragraphsById.has(id)) return jsonError(404, `no paragraph with id ${JSON.stringify(id.slice(0, 200))}`);
    // Fixed until the next build: a browser may keep it for an hour.
    return Response.json({ id, related: toRelatedItems(relatedTo(id)) }, { headers: { "Cache-Control": "public, max-age=3600" } });
  });
}
