import { HAN, LATIN_LETTER, isCjkLike } from "./patterns";

/**
 * Text cleaning: small pure functions, each idempotent, applied to every
 * paragraph after its lines have been rejoined. None of them adds or removes a
 * Han character; they only remove extraction spaces and make punctuation
 * consistent, so the character-conservation check holds by construction.
 */

const WHITESPACE_RUN = /\s+/gu;

/**
 * Removes whitespace that column extraction inserted into Chinese text and
 * collapses the rest to one space. A run is removed when one side is a Han
 * character or CJK punctuation and the other side is not a Latin letter; it is
 * kept between Latin words and between a Latin letter and Han (`5G 通信`).
 *
 * @example collapseSpaces("经 济社会发展 and  more") // "经济社会发展 and more"
 */
export function collapseSpaces(text: string): string {
  return text.trim().replace(WHITESPACE_RUN, (run, offset: number, whole: string) => {
    const before = charBefore(whole, offset);
    const after = charAt(whole, offset + run.length);
    if (before === "" || after === "") return "";
    const cjkBefore = isCjkLike(before);
    const cjkAfter = isCjkLike(after);
    if (cjkBefore && !LATIN_LETTER.test(after)) return "";
    if (cjkAfter && !LATIN_LETTER.test(before)) return "";
    return " ";
  });
}

/**
 * Like `collapseSpaces`, but for titles and headings, where a single space
 * between two runs of Chinese is a deliberate clause break in a two-part
 * headline (党建引领治理重心下移 发挥党的基层组织动能). Spaces next to
 * punctuation are still removed.
 *
 * @example collapseHeadingSpaces("党建引领  发挥动能 （上）") // "党建引领 发挥动能（上）"
 */
export function collapseHeadingSpaces(text: string): string {
  return text.trim().replace(WHITESPACE_RUN, (run, offset: number, whole: string) => {
    const before = charBefore(whole, offset);
    const after = charAt(whole, offset + run.length);
    if (before === "" || after === "") return "";
    if (HAN.test(before) && HAN.test(after)) return " ";
    if (isCjkLike(before) && !LATIN_LETTER.test(after)) return "";
    if (isCjkLike(after) && !LATIN_LETTER.test(before)) return "";
    return " ";
  });
}

/** ASCII punctuation that PDF extraction substitutes for its full-width form in Chinese text. */
const FULL_WIDTH_OF: Record<string, string> = { ",": "，", ";": "；", ":": "：", "?": "？", "!": "！" };

/**
 * Restores full-width punctuation where extraction replaced it with ASCII
 * inside Chinese text: `,;:?!` next to a Han character, `( )` pairs that
 * touch Han, `.` between two Han characters (a misread 。), and straight double
 * quotes when a paragraph holds an even number of them (so they pair up).
 * Digits and English keep their ASCII punctuation (`3,700`, `(Abstract)`).
 *
 * @example normalizePunctuation('资源,而"市场"(重庆)') // "资源，而“市场”（重庆）"
 */
export function normalizePunctuation(text: string): string {
  const chars = [...text];
  const han = (i: number) => i >= 0 && i < chars.length && HAN.test(chars[i]!);

  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const full = FULL_WIDTH_OF[ch];
    if (full && (han(i - 1) || han(i + 1))) chars[i] = full;
    else if (ch === "." && han(i - 1) && han(i + 1)) chars[i] = "。";
  }

  // Parentheses are converted as pairs so an opening （ never meets a closing ).
  const open: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === "(") open.push(i);
    else if (chars[i] === ")" && open.length > 0) {
      const start = open.pop()!;
      if (han(start - 1) || han(start + 1) || han(i - 1) || han(i + 1)) {
        chars[start] = "（";
        chars[i] = "）";
      }
    }
  }

  const quotes: number[] = [];
  chars.forEach((ch, i) => ch === '"' && quotes.push(i));
  if (quotes.length > 0 && quotes.length % 2 === 0 && chars.some((ch) => HAN.test(ch))) {
    quotes.forEach((at, k) => (chars[at] = k % 2 === 0 ? "“" : "”"));
  }
  return chars.join("");
}

/**
 * The cleaning applied to every body paragraph, summary and abstract: NFC,
 * extraction spaces out, punctuation made consistent.
 *
 * @example cleanParagraph("经 济社会发展,是 关键") // "经济社会发展，是关键"
 */
export function cleanParagraph(text: string): string {
  return untilStable(text.normalize("NFC"), (t) => normalizePunctuation(collapseSpaces(t)));
}

/**
 * The cleaning applied to titles and headings: as `cleanParagraph`, but a
 * space between two Han runs survives as a clause break.
 *
 * @example cleanHeading("发展新质生产力 是实现高质量发展重要着力点") // unchanged
 */
export function cleanHeading(text: string): string {
  return untilStable(text.normalize("NFC"), (t) => normalizePunctuation(collapseHeadingSpaces(t)));
}

/**
 * Applies a cleaning pass until it changes nothing, so cleaning is idempotent:
 * restoring a full-width comma can make a space beside it removable (新, x → 新，x).
 * Each pass only removes spaces or widens punctuation, so this ends within a few passes.
 */
function untilStable(text: string, pass: (t: string) => string): string {
  let current = text;
  for (let i = 0; i < 5; i++) {
    const next = pass(current);
    if (next === current) return next;
    current = next;
  }
  return current;
}

/**
 * Joins two pieces of a paragraph that a line, column or page break separated:
 * with a space between two Latin words, with nothing in Chinese.
 *
 * @example joinBroken("efficiency of", "grass-roots") // "efficiency of grass-roots"
 */
export function joinBroken(left: string, right: string): string {
  const a = left.trimEnd();
  const b = right.trimStart();
  if (a === "" || b === "") return a + b;
  const before = charBefore(a, a.length);
  const after = charAt(b, 0);
  const latinish = (ch: string) => LATIN_LETTER.test(ch) || /[0-9,.;:!?)\]]/u.test(ch);
  return latinish(before) && (LATIN_LETTER.test(after) || /[0-9(]/u.test(after)) ? `${a} ${b}` : a + b;
}

/** The whole character (surrogate pairs included) that ends just before UTF-16 index `i`, or "". */
function charBefore(s: string, i: number): string {
  if (i <= 0) return "";
  const low = s.charCodeAt(i - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  return String.fromCodePoint(s.codePointAt(start)!);
}

/** The whole character starting at UTF-16 index `i`, or "". */
function charAt(s: string, i: number): string {
  return i < s.length ? String.fromCodePoint(s.codePointAt(i)!) : "";
}
