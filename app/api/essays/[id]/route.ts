import { lookUpEssay } from "@/lib/browse/anchors";
import { toEssayDetail } from "@/lib/web/json";
import { essayApiUrl } from "@/lib/web/urls";
import { jsonError, withCorpus } from "@/lib/web/responses";

/**
 * GET /api/essays/<id>: one essay with its paragraphs. An essay id retired in
 * a revision redirects (308) to the essay that holds its text now, or
 * answers 410 when its text was removed; an id never published is a 404.
 */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  return withCorpus(() => {
    const found = lookUpEssay(id);
    if (!found) return jsonError(404, `no essay with id "${id}"; the list is at /api/essays`);
    if (found.status === "gone") return jsonError(410, `essay ${id} was removed in a revision of the corpus; the list is at /api/essays`);
    if (found.status === "moved") return Response.redirect(new URL(essayApiUrl(found.essay.id), request.url), 308);
    return Response.json(toEssayDetail(found.essay));
  });
}
