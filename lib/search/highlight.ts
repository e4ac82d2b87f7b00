import { matchFormWithOffsets } from "../text/match-form";

/**
 * Highlights and snippets: small pure functions over a paragraph's text.
 * Offsets are UTF-16 code units (JavaScript string indices), [start, end).
 */

export type Span = [number, number];

/**
 * Where in `text` the given match forms occur, as spans of the original text:
 * sorted, merged where they overlap or touch, so cutting the text at them and
 * joining it back gives the text unchanged.
 *
 * @example findSpans("新質生產力，是關鍵", ["新质生产力"]) // [[0, 5]]
 * @example findSpans("经 济社会", ["经济"]) // [[0, 3]]
 */
export function findSpans(text: string, forms: readonly string[]): Span[] {
  const { form, starts, ends } = matchFormWithOffsets(text);
  const spans: Span[] = [];
  for (const needle of new Set(forms)) {
    if (needle === "") continue;
    for (let at = form.indexOf(needle); at >= 0; at = form.indexOf(needle, at + 1)) {
      spans.push([starts[at]!, ends[at + needle.length - 1]!]);
    }
  }
  return mergeSpans(spans);
}

/** Sorts spans and merges those that overlap or touch. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Span[] = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** A part of a paragraph to show in a result list, with its highlights relative to it. */
export interface Snippet {
  text: string;
  spans: Span[];
  /** True when text before / after the window was cut (show an ellipsis). */
  cutStart: boolean;
  cutEnd: boolean;
}

/**
 * The window of at most `maxLength` characters with the most highlighted
 * characters in it (the earliest such window when several tie), so a long
 * paragraph shows where it matched. Short paragraphs are shown whole.
 *
 * @example snippet("甲".repeat(300) + "新质生产力", [[300, 305]], 40).cutStart // true
 */
export function snippet(text: string, spans: readonly Span[], maxLength: number): Snippet {
  if (text.length <= maxLength) return { text, spans: [...spans], cutStart: false, cutEnd: false };
  let bestStart = 0;
  let bestCovered = -1;
  // Candidate windows start a little before each highlight, or at the start of the text.
  const lead = Math.floor(maxLength / 4);
  const candidates = [0, ...spans.map(([s]) => Math.max(0, Math.min(s - lead, text.length - maxLength)))];
  for (const start of candidates) {
    const end = start + maxLength;
    let covered = 0;
    for (const [s, e] of spans) covered += Math.max(0, Math.min(e, end) - Math.max(s, start));
    if (covered > bestCovered) {
      bestCovered = covered;
      bestStart = start;
    }
  }
  const start = avoidSplitPair(text, bestStart);
  const end = avoidSplitPair(text, Math.min(text.length, start + maxLength));
  const inside = spans
    .filter(([s, e]) => e > start && s < end)
    .map(([s, e]): Span => [Math.max(s, start) - start, Math.min(e, end) - start]);
  return { text: text.slice(start, end), spans: inside, cutStart: start > 0, cutEnd: end < text.length };
}

/** Moves an offset off the second half of a surrogate pair. */
function avoidSplitPair(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return at > 0 && at < text.length && code >= 0xdc00 && code <= 0xdfff ? at - 1 : at;
}
