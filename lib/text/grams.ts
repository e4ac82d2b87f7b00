/**
 * The overlapping character pairs of a string, by code point (𠀀 is one
 * character): what the FlexSearch index stores for each paragraph
 * (lib/search/paragraph-index.ts) and what the anchor aligner compares
 * passages by (lib/anchors/similarity.ts).
 *
 * @example characterPairs("新质生产") // ["新质", "质生", "生产"]
 */
export function characterPairs(form: string): string[] {
  const chars = Array.from(form);
  const pairs: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i]! + chars[i + 1]!);
  return pairs;
}
