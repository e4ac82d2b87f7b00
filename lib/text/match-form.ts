import { toSimplified } from "./fold";

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

/** What matching ignores: white space, punctuation and symbols (， 。 “ ” + ×…), in any script. */
export const MATCH_IGNORED = /[\s\p{P}\p{S}\p{Cc}\p{Cf}]/u;

/** Match forms of characters in the Basic Multilingual Plane, by code unit, filled on first use (an array index is the fastest lookup). */
const foldedBmp: (string | undefined)[] = new Array<string | undefined>(0x10000);
/** Match forms of astral characters (𠀀…), rare enough for a map. */
const foldedAstral = new Map<string, string>();

function computeFold(ch: string): string {
  let out = "";
  for (const c of toSimplified(ch.normalize("NFKC").toLowerCase())) if (!MATCH_IGNORED.test(c)) out += c;
  return out;
}

/**
 * One character's match form ("" for ignored characters).
 *
 * @example foldCharacter("質") // "质"
 * @example foldCharacter("Ａ") // "a"
 * @example foldCharacter("，") // ""
 */
export function foldCharacter(ch: string): string {
  if (ch.length === 1) {
    const code = ch.charCodeAt(0);
    return (foldedBmp[code] ??= computeFold(ch));
  }
  let out = foldedAstral.get(ch);
  if (out === undefined) {
    out = computeFold(ch);
    foldedAstral.set(ch, out);
  }
  return out;
}

/** Calls `visit` with each character of `text` (surrogate pairs whole), its UTF-16 offset, and its match form. */
function eachFolded(text: string, visit: (folded: string, at: number, size: number) => void): void {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        visit(foldCharacter(text.slice(i, i + 2)), i, 2);
        i++;
        continue;
      }
    }
    visit(foldedBmp[code] ?? foldCharacter(text[i]!), i, 1);
  }
}

/**
 * The match form of a text.
 *
 * @example matchForm("新質 生產力，ＡＢ") // "新质生产力ab"
 */
export function matchForm(text: string): string {
  let out = "";
  eachFolded(text, (f) => {
    out += f;
  });
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
  eachFolded(text, (f, at, size) => {
    for (let i = 0; i < f.length; i++) {
      starts.push(at);
      ends.push(at + size);
    }
    form += f;
  });
  return { form, starts, ends };
}
