/** Helpers shared by the corpus tests (reflow.test.ts, parse-source.test.ts). */

/** Lays text out as a column-extracted line: a space after every `width` characters, the first column line indented by two. */
export function column(text: string, width = 12): string {
  const chars = [...text];
  const parts = [chars.slice(0, width - 2).join("")];
  for (let i = width - 2; i < chars.length; i += width) parts.push(chars.slice(i, i + width).join(""));
  return parts.join(" ");
}
