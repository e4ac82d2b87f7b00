import { GeneratedDataError, type LoadedCorpus } from "../artifacts/read";
import { getCorpus } from "../server/store";
import type { Research } from "../research/research";
import type { SearchEngine } from "../search/engine";
import { getResearch, getSearchEngine } from "../server/services";

/**
 * JSON error responses for the API: a status and a sentence a person can act
 * on, never a stack trace or a server path.
 */

/**
 * `{"error": message, "status": status}` with that status.
 *
 * @example jsonError(404, "no such export") // 404 {"error":"no such export","status":404}
 */
export function jsonError(status: number, message: string): Response {
  return Response.json({ error: message, status }, { status });
}

/**
 * Runs `handler` with the loaded corpus, or answers 503 with the reason when
 * the generated corpus is missing or unreadable.
 *
 * @example withCorpus(({ corpus }) => Response.json(corpus.essays.length))
 */
export function withCorpus(handler: (loaded: LoadedCorpus) => Response): Response {
  let loaded: LoadedCorpus;
  try {
    loaded = getCorpus();
  } catch (error) {
    if (error instanceof GeneratedDataError) return jsonError(503, "the corpus is not available on this server: it has not been built");
    throw error;
  }
  return handler(loaded);
}

/**
 * Runs `handler` with the search engine, or answers 503 with the reason when
 * the generated index is missing or unreadable.
 *
 * @example withEngine((engine) => Response.json(engine.search({ query: "治理" }).total))
 */
export function withEngine(handler: (engine: SearchEngine) => Response): Response {
  return unlessUnavailable(() => handler(getSearchEngine()));
}

/**
 * The same, with the research views (concordance, distribution) too.
 *
 * @example withResearch((_engine, research) => Response.json(research.distribution(request)))
 */
export function withResearch(handler: (engine: SearchEngine, research: Research) => Response): Response {
  return unlessUnavailable(() => handler(getSearchEngine(), getResearch()));
}

function unlessUnavailable(run: () => Response): Response {
  try {
    return run();
  } catch (error) {
    if (error instanceof GeneratedDataError) return jsonError(503, "search is not available on this server: the index has not been built");
    throw error;
  }
}
