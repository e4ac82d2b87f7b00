/**
 * Character classes and small predicates shared by the cleaner, the parser and
 * the segmenter. Each is a named constant so the rules can be read in one place.
 */

/** A Han ideograph in any CJK block, the astral extensions included (𠀀). */
export const HAN = /\p{Script=Han}/u;

/** CJK and full-width punctuation, plus the typographic quotes, dashes and dots Chinese text uses. */
export const CJK_PUNCTUATION = /[\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018\u2019\u201c\u201d\u2014\u2026\u00b7\u2015\u2e3a]/u;

/** A Latin letter (any accent). Spaces next to one are word separators and are kept. */
export const LATIN_LETTER = /\p{Script=Latin}/u;

/**
 * Characters that end a sentence or a paragraph-closing clause. A line ending in
 * one of these may end its paragraph; a line ending in anything else cannot.
 * The colon is included because a list introduction (…有以下几方面优势:) ends its paragraph.
 */
export const TERMINAL = /[。！？!?；;：:…]/u;

/** Closing quotes and brackets that may follow a terminal mark: …生活。” or …[1]。 */
export const CLOSERS = /[”’"'」』）)\]】》]/u;

/** Punctuation that cannot end a heading or title (a line ending in one is a sentence or a fragment). */
export const NON_HEADING_END = /[。，、；：,;:.]$/u;

/** True for a Han ideograph or CJK punctuation: a character around which extraction spaces are noise. */
export function isCjkLike(ch: string): boolean {
  return HAN.test(ch) || CJK_PUNCTUATION.test(ch);
}

/** True when the last visible character of `text` ends a sentence, looking through closing quotes. */
export function endsWithTerminal(text: string): boolean {
  const chars = [...text.trimEnd()];
  let i = chars.length - 1;
  while (i >= 0 && CLOSERS.test(chars[i]!)) i--;
  if (i < 0) return false;
  const ch = chars[i]!;
  if (TERMINAL.test(ch)) return true;
  // A Latin full stop ends an English sentence, but not `1.` or `3.7`.
  return ch === "." && i > 0 && LATIN_LETTER.test(chars[i - 1]!);
}

/**
 * Printed width of a line in character cells: every visible character counts
 * one, as it did in print (extraction turned full-width punctuation into
 * ASCII, but on the page it filled a cell). Whitespace does not count.
 *
 * @example visibleWidth("资源, 而“市场”") // 8
 */
export function visibleWidth(text: string): number {
  let n = 0;
  for (const ch of text) if (!/\s/u.test(ch)) n++;
  return n;
}

/** Number of Han ideographs in `text`. */
export function countHan(text: string): number {
  let n = 0;
  for (const ch of text) if (HAN.test(ch)) n++;
  return n;
}

/** True when Latin letters outnumber Han ideographs: an English line or paragraph. */
export function isLatinDominant(text: string): boolean {
  let latin = 0;
  let han = 0;
  for (const ch of text) {
    if (HAN.test(ch)) han++;
    else if (LATIN_LETTER.test(ch)) latin++;
  }
  return latin > han;
}

/**
 * Open brackets minus closed ones, half- and full-width alike: 0 when balanced.
 *
 * @example bracketDepth("（作者系…(主持工作)") // 1
 */
export function bracketDepth(text: string): number {
  let depth = 0;
  for (const ch of text) {
    if (ch === "(" || ch === "（") depth++;
    else if (ch === ")" || ch === "）") depth--;
  }
  return depth;
}
