import { createHash } from "node:crypto";
import { pinyin } from "pinyin-pro";
import { HAN } from "../text/patterns";

/**
 * Ids that read well in a URL and stay the same across rebuilds while the
 * text they are made from is unchanged.
 */

/** How many syllables or words of a title go into a slug. */
const SLUG_WORDS = 8;
/** Hex digits of the hash that keeps two essays with the same opening words apart. */
const HASH_LENGTH = 6;

/**
 * Lower-case ASCII slug of a Chinese or English text: toneless pinyin for Han,
 * words for Latin, at most `SLUG_WORDS` of them.
 *
 * @example slugify("把准新质生产力发展脉搏") // "ba-zhun-xin-zhi-sheng-chan-li-fa"
 * @example slugify("单晓", 8, { surname: true }) // "shan-xiao"
 */
export function slugify(text: string, words = SLUG_WORDS, options: { surname?: boolean } = {}): string {
  const tokens: string[] = [];
  // Han runs are converted whole so polyphones read in context (重庆 → chong-qing).
  for (const [run] of text.normalize("NFKC").matchAll(/\p{Script=Han}+|[a-z0-9]+/giu)) {
    if (HAN.test(run)) {
      // For a person's name the first character is read as a surname (单 → shan, not dan).
      const first = options.surname && tokens.length === 0;
      for (const syllable of pinyin(run, { toneType: "none", type: "array", v: true, ...(first ? { surname: "head" as const } : {}) })) {
        const clean = syllable.replace(/[^a-z]/gu, "");
        if (clean !== "") tokens.push(clean);
      }
    } else tokens.push(run.toLowerCase());
    if (tokens.length >= words) break;
  }
  return tokens.slice(0, words).join("-");
}

/**
 * Short stable hash of a key.
 *
 * @example shortHash("000_059c5f2033a04802.txt\n把准新质生产力发展脉搏") // six hex digits
 */
export function shortHash(key: string): string {
  return createHash("sha256").update(key).digest("hex").slice(0, HASH_LENGTH);
}

/**
 * An essay's id: the slug of its display title and a hash of its source file
 * and title (or, untitled, its opening text), so it survives rebuilds and
 * edits elsewhere in the file.
 *
 * @example essayId("000_x.txt", "把准新质生产力发展脉搏", null) // "ba-zhun-xin-zhi-sheng-chan-li-fa-3f2a1c"
 */
export function essayId(file: string, displayTitle: string, title: string | null, opening: string): string {
  const slug = slugify(displayTitle) || "essay";
  return `${slug}-${shortHash(`${file}\n${title ?? opening}`)}`;
}

/** A paragraph's id: its essay's id and its position. */
export function paragraphId(essay: string, n: number): string {
  return `${essay}-p${n}`;
}
