import * as OpenCC from "opencc-js";

const toSimplified = OpenCC.Converter({ from: "t", to: "cn" });

/**
 * Folds text for matching: NFKC (full-width letters and digits to
 * half-width), lower case, Traditional to Simplified Chinese. Applied to
 * documents and queries alike, never to the text shown.
 *
 * @example foldText("新質生產力 ＡＢＣ１２") // "新质生产力 abc12"
 */
export function foldText(text: string): string {
  return toSimplified(text.normalize("NFKC").toLowerCase());
}
