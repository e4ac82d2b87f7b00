import { CorpusUnavailableError, getCorpus, type LoadedCorpus } from "./corpus-store";

/**
 * JSON error responses for the API: a status and a sentence a person can act
 * on, never a stack trace or a server path.
 */

/** `{"error": message, "status": status}` with that status. */
export function jsonError(status: number, message: string): Response {
  return Response.json({ error: message, status }, { status });
}

/**
 * Runs `handler` with the loaded corpus, or answers 503 with the reason when
 * the generated corpus is missing or unreadable.
 */
export function withCorpus(handler: (loaded: LoadedCorpus) => Response): Response {
  let loaded: LoadedCorpus;
  try {
    loaded = getCorpus();
  } catch (error) {
    if (error instanceof CorpusUnavailableError) return jsonError(503, "the corpus is not available on this server: it has not been built");
    throw error;
  }
  return handler(loaded);
}
