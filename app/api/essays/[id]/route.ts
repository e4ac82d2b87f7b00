import { toEssayDetail } from "@/lib/web/json";
import { jsonError, withCorpus } from "@/lib/web/responses";

/** GET /api/essays/<id>: one essay with its paragraphs; 404 with a JSON error for an unknown id. */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  return withCorpus(({ essaysById }) => {
    const essay = essaysById.get(id);
    return essay ? Response.json(toEssayDetail(essay)) : jsonError(404, `no essay with id "${id}"; the list is at /api/essays`);
  });
}
