import { matchForm } from "../text/match-form";

/**
 * The query language, parsed by hand so that no input can make it throw:
 * - words separated by spaces must all occur (AND);
 * - `"an exact phrase"` (also “…” 「…」) is one unit, spaces included; an unclosed quote runs to the end;
 * - `-word` excludes paragraphs containing the word; a lone `-` is ignored;
 * - `A OR B` (also `|`) matches either; a dangling OR is ignored;
 * - `author:` `institution:` `source:` `theme:` (作者: 机构: 来源: 主题:, either colon) filter by field.
 * Units whose match form is empty (punctuation only) are ignored and reported.
 */

export type FilterField = "author" | "institution" | "source" | "theme";

export const FILTER_FIELDS: readonly FilterField[] = ["author", "institution", "source", "theme"];

/** One thing to look for. */
export interface QueryUnit {
  /** As typed (without quotes or the minus sign). */
  text: string;
  /** Its match form (see `matchForm`). */
  form: string;
  /** True when it was quoted. */
  phrase: boolean;
}

export interface ParsedQuery {
  /** Every group must match (AND); a group matches when any of its units does (OR). */
  groups: QueryUnit[][];
  /** A paragraph containing any of these is left out. */
  excluded: QueryUnit[];
  filters: Record<FilterField, string[]>;
  /** Parts of the query that were ignored, for the page to mention: a lone -, a dangling OR, punctuation. */
  ignored: string[];
}

/** Field names and their Chinese aliases. */
const FIELD_NAMES: Record<string, FilterField> = {
  author: "author",
  作者: "author",
  institution: "institution",
  机构: "institution",
  機構: "institution",
  单位: "institution",
  source: "source",
  来源: "source",
  來源: "source",
  theme: "theme",
  主题: "theme",
  主題: "theme",
};

const QUOTES = new Set(['"', "“", "”", "「", "」", "『", "』", "＂"]);
const MINUS = new Set(["-", "－", "−"]);
const OR_WORDS = new Set(["OR", "|", "｜"]);
const FIELD = /^([A-Za-z]+|[\u4e00-\u9fff]{2})[:：](.*)$/su;

interface Token {
  text: string;
  quoted: boolean;
  negated: boolean;
}

/**
 * Parses a query. Never throws.
 *
 * @example parseQuery('新质生产力 -发展 "基层 治理" 作者：石建勋').filters.author // ["石建勋"]
 */
export function parseQuery(raw: string): ParsedQuery {
  const parsed: ParsedQuery = { groups: [], excluded: [], filters: { author: [], institution: [], source: [], theme: [] }, ignored: [] };
  const tokens = tokenize(raw);
  let pendingOr = false;

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.quoted && !token.negated && OR_WORDS.has(token.text)) {
      if (parsed.groups.length === 0 || pendingOr) parsed.ignored.push(token.text);
      else pendingOr = true;
      continue;
    }
    const field = token.quoted || token.negated ? null : FIELD.exec(token.text);
    const name = field ? FIELD_NAMES[field[1]!.toLowerCase()] ?? FIELD_NAMES[field[1]!] : undefined;
    if (field && name) {
      let value = field[2]!.trim();
      if (value === "" && tokens[i + 1]?.quoted) value = tokens[++i]!.text.trim();
      if (value !== "") parsed.filters[name].push(value);
      else parsed.ignored.push(token.text);
      continue;
    }
    const unit: QueryUnit = { text: token.text, form: matchForm(token.text), phrase: token.quoted };
    if (unit.form === "") {
      parsed.ignored.push(token.negated ? `-${token.text}` : token.text || (token.negated ? "-" : '"'));
      continue;
    }
    if (token.negated) {
      parsed.excluded.push(unit);
      continue;
    }
    if (pendingOr) parsed.groups[parsed.groups.length - 1]!.push(unit);
    else parsed.groups.push([unit]);
    pendingOr = false;
  }
  if (pendingOr) parsed.ignored.push("OR");
  return parsed;
}

/** Splits a query into words and quoted phrases, each possibly negated. */
function tokenize(raw: string): Token[] {
  const chars = [...raw];
  const tokens: Token[] = [];
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i]!;
    if (/\s/u.test(ch)) {
      i++;
      continue;
    }
    let negated = false;
    if (MINUS.has(ch) && i + 1 < chars.length && !/\s/u.test(chars[i + 1]!)) {
      negated = true;
      i++;
    } else if (MINUS.has(ch)) {
      tokens.push({ text: "", quoted: false, negated: true });
      i++;
      continue;
    }
    if (QUOTES.has(chars[i]!)) {
      i++;
      let text = "";
      while (i < chars.length && !QUOTES.has(chars[i]!)) text += chars[i++]!;
      i++; // the closing quote, if any
      tokens.push({ text, quoted: true, negated });
      continue;
    }
    let text = "";
    // A quote ends a word: `author:"石 建勋"` is the field name, then its quoted value.
    while (i < chars.length && !/\s/u.test(chars[i]!) && !QUOTES.has(chars[i]!)) text += chars[i++]!;
    tokens.push({ text, quoted: false, negated });
  }
  return tokens;
}

/** True when the query asks for nothing: no unit and no filter. */
export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.groups.length === 0 && query.excluded.length === 0 && FILTER_FIELDS.every((f) => query.filters[f].length === 0);
}
