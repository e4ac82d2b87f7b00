import { HAN } from "../text/patterns";
import type { Essay, RemovedText } from "../types";

/**
 * The "nothing is silently lost" check: every Han character of a source must
 * reappear in what was parsed from it (titles, bylines, author notes,
 * paragraphs) or in what the report lists as removed, exactly as many times.
 */

export interface ConservationResult {
  /** Characters in the source that appear fewer times in the output (character → how many missing). */
  missing: Map<string, number>;
  /** Characters in the output that appear more often than in the source (text duplicated or invented). */
  extra: Map<string, number>;
}

/**
 * Compares the Han characters of `source` with those of the parsed essays plus the removed texts.
 *
 * @example checkConservation("标题\n正文", essays, []).missing.size // 0
 */
export function checkConservation(source: string, essays: readonly Essay[], removed: readonly RemovedText[]): ConservationResult {
  const expected = countHanCharacters([source]);
  const found = countHanCharacters([...essays.flatMap(essayTexts), ...removed.map((r) => r.text)]);
  const missing = new Map<string, number>();
  const extra = new Map<string, number>();
  for (const [ch, n] of expected) {
    const got = found.get(ch) ?? 0;
    if (got < n) missing.set(ch, n - got);
  }
  for (const [ch, n] of found) {
    const want = expected.get(ch) ?? 0;
    if (n > want) extra.set(ch, n - want);
  }
  return { missing, extra };
}

/** Every text of an essay that came from its source (a derived display title did not). */
export function essayTexts(essay: Essay): string[] {
  return [
    ...(essay.title !== null ? [essay.title] : []),
    ...(essay.byline ? [essay.byline.text] : []),
    ...(essay.authorNote ? [essay.authorNote.text] : []),
    ...essay.paragraphs.map((p) => p.text),
  ];
}

function countHanCharacters(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const ch of text) if (HAN.test(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

/** A one-line description of a conservation failure, for the report. */
export function describeConservation(result: ConservationResult): string | null {
  const list = (m: Map<string, number>) => [...m].map(([ch, n]) => `${ch}×${n}`).join(" ");
  const parts = [];
  if (result.missing.size > 0) parts.push(`missing from output: ${list(result.missing)}`);
  if (result.extra.size > 0) parts.push(`in output more often than in source: ${list(result.extra)}`);
  return parts.length > 0 ? parts.join("; ") : null;
}
