import * as OpenCC from "opencc-js";

/**
 * Folding for matching: NFKC (full-width letters and digits to half-width),
 * lower case, Traditional to Simplified Chinese. Applied to documents and
 * queries alike, never to the text shown. The one OpenCC converter of the
 * process lives here; `match-form.ts` folds character by character with it.
 */

/** Traditional → Simplified (OpenCC "t" → "cn"); building one costs ~50 ms, so there is one. */
export const toSimplified = OpenCC.Converter({ from: "t", to: "cn" });

/**
 * Folds a whole text with OpenCC's phrase conversion (what jieba is given:
 * punctuation and spacing are kept). For matching, use `matchForm`.
 *
 * @example foldText("新質生產力 ＡＢＣ１２") // "新质生产力 abc12"
 */
export function foldText(text: string): string {
  return toSimplified(text.normalize("NFKC").toLowerCase());
}
