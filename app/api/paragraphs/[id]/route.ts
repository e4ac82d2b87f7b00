import { lookUpParagraph } from "@/lib/browse/anchors";
import { toGoneParagraphJson, toParagraphJson } from "@/lib/web/json";
import { isWellFormedId } from "@/lib/web/params";
import { jsonError, withCorpus } from "@/lib/web/responses";

/**
 * GET /api/paragraphs/<id>: a paragraph by any id ever published.
 * 200 with the paragraph (its id now, `requested`, `moved`); 410 when its
 * passage was removed, with the essay and the nearest surviving paragraph;
 * 404 for an id never published; 400 for one that cannot be an id.
 */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  if (!isWellFormedId(id)) return jsonError(400, "a paragraph id is lower-case letters, digits and hyphens, like ba-zhun-xin-zhi-sheng-chan-li-fa-81d64f-p3");
  return withCorpus(() => {
    const found = lookUpParagraph(id);
    if (!found) return jsonError(404, `no paragraph was ever published with id "${id}"`);
    if (found.status === "gone") return Response.json(toGoneParagraphJson(id, found.essay, found.nearest), { status: 410 });
    return Response.json(toParagraphJson(id, found));
  });
}
