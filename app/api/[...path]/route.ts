import { jsonError } from "@/lib/web/responses";

/** Any other /api/ path: a JSON 404 rather than the HTML not-found page, so scripts get an answer they can parse. */
function notFound(): Response {
  return jsonError(404, "no such API endpoint; see /api/essays");
}

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const DELETE = notFound;
export const PATCH = notFound;
