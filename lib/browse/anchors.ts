import type { RetiredParagraph } from "../anchors/resolve";
import { getCorpus, getRetired } from "../server/store";
import type { Essay, Paragraph } from "../types";

/**
 * Any id ever published, looked up (lib/anchors/): a live paragraph, one
 * whose passage now lives in another paragraph (moved, joined, edited across
 * essays), or one whose passage was removed, with the essay and the nearest
 * paragraph that survived. Never another paragraph's text under an old id.
 */

export interface Located {
  essay: Essay;
  paragraph: Paragraph;
}

export type ParagraphLookup =
  | ({ status: "live" } & Located)
  | ({ status: "moved"; requested: string } & Located)
  | { status: "gone"; requested: string; essay: Essay | null; nearest: Located | null };

/**
 * Looks up a paragraph id; null when it was never published.
 *
 * @example lookUpParagraph("ba-zhun-…-p6")?.status // "live"
 */
export function lookUpParagraph(id: string): ParagraphLookup | null {
  const { paragraphsById, essaysById } = getCorpus();
  const live = paragraphsById.get(id);
  if (live) return { status: "live", ...live };
  const retired = getRetired().paragraphs;
  const where: RetiredParagraph | undefined = Object.hasOwn(retired, id) ? retired[id] : undefined;
  if (!where) return null;
  if ("to" in where) {
    const target = paragraphsById.get(where.to);
    if (target) return { status: "moved", requested: id, ...target };
    return { status: "gone", requested: id, essay: null, nearest: null };
  }
  return {
    status: "gone",
    requested: id,
    essay: where.essay ? (essaysById.get(where.essay) ?? null) : null,
    nearest: where.nearest ? (paragraphsById.get(where.nearest) ?? null) : null,
  };
}

/** An essay id looked up: live, moved (its text lives on in another essay), gone, or null when never published. */
export function lookUpEssay(id: string): { status: "live" | "moved"; essay: Essay } | { status: "gone" } | null {
  const { essaysById } = getCorpus();
  const live = essaysById.get(id);
  if (live) return { status: "live", essay: live };
  const retired = getRetired().essays;
  if (!Object.hasOwn(retired, id)) return null;
  const to = retired[id];
  const essay = to ? essaysById.get(to) : undefined;
  return essay ? { status: "moved", essay } : { status: "gone" };
}
