import * as OpenCC from "opencc-js";

/**
 * The form text is matched in: each character folded on its own (NFKC, lower
 * case, Traditional → Simplified), whitespace, punctuation and symbols
 * dropped. Documents and queries go through the same function, so a string
 * that occurs in a paragraph, however it is spaced or punctuated and in
 * whichever script variant, occurs in the paragraph's match form.
 *
 * Folding character by character (rather than OpenCC's phrase conversion)
 * keeps every match-form character tied to one character of the original
 * text, which is what puts highlights on exactly the right characters.
 */

const toSimplified = OpenCC.Converter({ from: "t", to: "cn" });

/** What matching ignores: white space, punctuation and symbols (， 。 “ ” + ×…), in any script. */
export const MATCH_IGNORED = /[\s\p{P}\p{S}\p{Cc}\p{Cf}]/u;

const folded = new Map<string, string>();

/**
 * One character's match form ("" for ignored characters).
 *
 * @example foldCharacter("質") // "质"
 * @example foldCharacter("Ａ") // "a"
 * @example foldCharacter("，") // ""
 */
export function foldCharacter(ch: string): string {
  let out = folded.get(ch);
  if (out === undefined) {
    out = "";
    for (const c of toSimplified(ch.normalize("NFKC").toLowerCase())) if (!MATCH_IGNORED.test(c)) out += c;
    folded.set(ch, out);
  }
  return out;
}

/**
 * The match form of a text.
 *
 * @example matchForm("新質 生產力，ＡＢ") // "新质生产力ab"
 */
export function matchForm(text: string): string {
  let out = "";
  for (const ch of text) out += foldCharacter(ch);
  return out;
}

/**
 * The match form with, for each of its UTF-16 code units, the UTF-16 offset
 * in `text` of the character it came from; `ends[i]` is where that character
 * ends. Used to turn a match back into a span of the original text.
 *
 * @example matchFormWithOffsets("a, b").starts // [0, 3]
 */
export function matchFormWithOffsets(text: string): { form: string; starts: number[]; ends: number[] } {
  let form = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const ch of text) {
    const f = foldCharacter(ch);
    for (let i = 0; i < f.length; i++) {
      starts.push(at);
      ends.push(at + ch.length);
    }
    form += f;
    at += ch.length;
  }
  return { form, starts, ends };
}
