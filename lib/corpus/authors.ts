import type { Affiliation, Author } from "../types";
import { bracketDepth } from "../text/patterns";
import { surnameLength } from "./surnames";

/**
 * Attribution: who wrote a piece (the byline) and where they work (the author
 * note at its end). Both are parsed from the text; nothing is guessed beyond
 * splitting a run-together byline where the note says how many authors there are.
 */

/** The part of a note before what it says about one author: 作者系 / 作者为 / 作者单位: / 第二作者单位系. */
const NOTE_LEAD = /^(?:第([一二三四五六七八九十]+))?作者(?:均|分别)?(单位)?\s*(?:系|为|是|在|[:：])?\s*/u;
/** Where a note moves on to the next author: ，第二作者… */
const NEXT_AUTHOR = /[，,；;]\s*(?=第[一二三四五六七八九十]+作者)/u;
/** Separators between the parts of an affiliation list, outside brackets. */
const PART_SEPARATORS = new Set(["、", "，", ",", "；", ";"]);
/**
 * The words an institution name ends with. The last one in a part ends the
 * institution; what follows is the role (江西省社会科学院 | 党组书记).
 */
const INSTITUTION_ENDINGS = [
  "社会科学院", "科学院", "研究院", "学院", "大学", "党校", "行政学院", "分中心", "中心", "教研部", "研究所", "研究会",
  "委员会", "办公室", "办公厅", "政府", "医院", "报社", "杂志社", "出版社", "中学", "学校", "集团", "公司", "银行",
  "研究室", "学会", "协会", "基地", "实验室", "智库", "部", "局", "厅", "院", "所", "处", "科", "署", "站", "系",
];
/** Words that make a part a role even if it ends like an institution (院长 is a role, 学院 is not). */
const ROLE_ENDINGS = /(?:教授|研究员|专家|博导|导师|讲师|书记|院长|所长|主任|部长|局长|处长|科长|馆长|校长|主席|委员|理事|规划师|工程师|经济师|会计师|律师|学者|博士|博士后|硕士|研究生|博士生|硕士生|学生|助理|秘书长|负责人|成员|记者|编辑)(?:[（(][^）)]*[）)])?$/u;

/**
 * Words a department's name ends with, and the rule for naming its parent.
 * A note often names the university once and its other units bare:
 * 同济大学国家创新发展研究院副院长、经济与管理学院教授 — the 学院 is 同济大学's.
 * A later affiliation inherits the parent organisation of the one before it
 * (in the same author's share of the note, as already inherited) when all hold:
 * - it is a sub-unit: its name ends with one of these words (学院, 系, 研究所, 中心…);
 * - it names no organisation of its own: no STANDALONE_MARKER (大学, 党校, 科学院,
 *   委员会, 部…) and no NATIONAL_OPENING — 中国特色社会主义理论体系研究中心 is a
 *   national network, not a department of the 江西省社会科学院 before it;
 * - the previous affiliation opens with a parent: its name up to the first
 *   occurrence of the highest-ranked PARENT_ENDINGS word in it (中国科学院大学 is a
 *   大学; 中国社会科学院经济研究所's parent is 中国社会科学院), with an aside right
 *   after that word (中共中央党校（国家行政学院）);
 * - a parent that is only a 研究院 or 学院 (WEAK_PARENT_ENDINGS: it may be a
 *   department itself) passes down to a lower unit (系, 研究所, 中心…) only, never to
 *   another 学院 or 研究院: 经济学院教授、法学院教授 names two schools.
 * Anything else keeps its name as printed: a missed parent leaves a true but short
 * name, a wrong one would invent an institution.
 */
const SUB_UNIT_ENDINGS = ["学院", "研究院", "研究所", "中心", "系", "教研部", "教研室", "研究室", "实验室"];
/** Words that make a name an organisation of its own wherever they appear (部, but not the 教研部 of a 党校). */
const STANDALONE_MARKER =
  /大学|党校|科学院|社科院|工程院|行政学院|委员会|政府|国务院|省|自治区|市委|县委|(?<!教研)部|厅|局|医院|银行|公司|集团|报社|杂志社|出版社|学校/u;
/** A name opening with a national scope is a national body, not someone's department. */
const NATIONAL_OPENING = /^(?:中国|中华|全国)/u;
/** Words that end a parent organisation's name, highest rank first. */
const PARENT_ENDINGS = ["大学", "党校", "社会科学院", "社科院", "科学院", "工程院", "行政学院", "研究院", "学院"];
/** Parent endings that may name a department themselves, so pass down only to a lower unit. */
const WEAK_PARENT_ENDINGS = new Set(["研究院", "学院"]);

/** One author's share of a note: the affiliations it lists, and the ordinal if the note numbers authors. */
export interface NoteAuthor {
  ordinal: number | null;
  affiliations: Affiliation[];
}

/**
 * Parses an author note into one entry per author it describes.
 *
 * @example parseAuthorNote("（作者系内蒙古师范大学政府管理学院副教授）")
 * // [{ ordinal: null, affiliations: [{ institution: "内蒙古师范大学政府管理学院", role: "副教授" }] }]
 */
export function parseAuthorNote(note: string): NoteAuthor[] {
  const inner = note.trim().replace(/^[（(]/u, "").replace(/[）)]$/u, "").trim();
  return inner
    .split(NEXT_AUTHOR)
    .map((chunk) => {
      const lead = NOTE_LEAD.exec(chunk);
      const ordinal = lead?.[1] ? chineseNumeral(lead[1]) : null;
      const rest = lead ? chunk.slice(lead[0].length) : chunk;
      return { ordinal, affiliations: parseAffiliations(rest) };
    })
    .filter((a) => a.affiliations.length > 0);
}

/**
 * Splits an affiliation list into institutions and the roles held at each.
 * A part with no institution of its own adds its role to the previous one; a
 * bare department takes the previous one's university (see SUB_UNIT_ENDINGS).
 *
 * @example parseAffiliations("同济大学国家创新发展研究院副院长、首席专家、经济与管理学院教授")
 * // [{ institution: "同济大学国家创新发展研究院", role: "副院长、首席专家" }, { institution: "同济大学经济与管理学院", role: "教授" }]
 */
export function parseAffiliations(text: string): Affiliation[] {
  const out: { institution: string | null; roles: string[] }[] = [];
  for (const part of splitOutsideBrackets(text)) {
    const cut = institutionEnd(part);
    if (cut === 0) {
      const last = out[out.length - 1];
      if (last) last.roles.push(part);
      else out.push({ institution: null, roles: [part] });
      continue;
    }
    const role = part.slice(cut);
    out.push({ institution: part.slice(0, cut), roles: role === "" ? [] : [role] });
  }
  const affiliations: Affiliation[] = [];
  for (const a of out) {
    const previous = affiliations[affiliations.length - 1]?.institution ?? null;
    const institution = a.institution !== null && previous !== null ? inheritParent(a.institution, previous) : a.institution;
    affiliations.push({ institution, role: a.roles.length > 0 ? a.roles.join("、") : null });
  }
  return affiliations;
}

/** `institution` with the parent of `previous` put in front when it is a bare department of it (rules at SUB_UNIT_ENDINGS). */
function inheritParent(institution: string, previous: string): string {
  const unit = SUB_UNIT_ENDINGS.find((ending) => institution.endsWith(ending));
  if (unit === undefined || STANDALONE_MARKER.test(institution) || NATIONAL_OPENING.test(institution)) return institution;
  const parent = parentOrganisation(previous);
  if (parent === null || (parent.weak && WEAK_PARENT_ENDINGS.has(unit))) return institution;
  return parent.name + institution;
}

/** The organisation `institution` opens with (rules at SUB_UNIT_ENDINGS), or null when it names none. */
function parentOrganisation(institution: string): { name: string; weak: boolean } | null {
  for (const ending of PARENT_ENDINGS) {
    for (let at = institution.indexOf(ending); at >= 0; at = institution.indexOf(ending, at + 1)) {
      if (bracketDepth(institution.slice(0, at)) > 0) continue;
      const end = at + ending.length;
      const aside = LEADING_ASIDE.exec(institution.slice(end))?.[0] ?? "";
      return { name: institution.slice(0, end + aside.length), weak: WEAK_PARENT_ENDINGS.has(ending) };
    }
  }
  return null;
}

/**
 * Where the institution in `part` ends (0 when the part is only a role): the
 * furthest institution ending after which nothing, a bracketed aside or a
 * role follows. 副院长 contains 院, but what follows it (长) is no role, so it
 * is not an ending there.
 */
function institutionEnd(part: string): number {
  let best = 0;
  for (const ending of INSTITUTION_ENDINGS) {
    for (let at = part.indexOf(ending); at >= 0; at = part.indexOf(ending, at + 1)) {
      if (bracketDepth(part.slice(0, at)) > 0) continue;
      // An aside right after the ending belongs to the institution: 中央党校(国家行政学院).
      const end = at + ending.length + (LEADING_ASIDE.exec(part.slice(at + ending.length))?.[0].length ?? 0);
      const rest = part.slice(end);
      if (end > best && (rest === "" || ROLE_ENDINGS.test(rest))) best = end;
    }
  }
  return best;
}

/** A bracketed aside at the start of a string. */
const LEADING_ASIDE = /^[（(][^（()）]*[）)]/u;

function splitOutsideBrackets(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if (ch === "(" || ch === "（") depth++;
    if (ch === ")" || ch === "）") depth = Math.max(0, depth - 1);
    if (depth === 0 && PART_SEPARATORS.has(ch)) {
      if (current.trim() !== "") parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim() !== "") parts.push(current.trim());
  return parts;
}

function chineseNumeral(text: string): number {
  const digits = "一二三四五六七八九";
  if (text === "十") return 10;
  if (text.startsWith("十")) return 10 + digits.indexOf(text[1]!) + 1;
  return digits.indexOf(text[0]!) + 1;
}

/** Separators between names in a byline. */
const NAME_SEPARATORS = /[\s、，,·•]+/u;
/** Chinese given names are one or two characters long. */
const GIVEN_NAME_LENGTHS = [1, 2];

/**
 * Splits a byline into names. Names run together (林晨吕一飞) are split only
 * when `expected` (from the note) says how many there are, and only where
 * every name then starts with a surname and has a one- or two-character given
 * name; if no such split, or more than one, exists the byline is kept whole.
 *
 * @example splitByline("林晨吕一飞", 2) // ["林晨", "吕一飞"]
 */
export function splitByline(byline: string, expected: number): string[] {
  const names = byline.split(NAME_SEPARATORS).filter((n) => n !== "");
  if (names.length >= expected || names.length !== 1) return names;
  const splits = splitRunTogether(names[0]!, expected);
  return splits.length === 1 ? splits[0]! : names;
}

function splitRunTogether(text: string, count: number): string[][] {
  if (count === 0) return text === "" ? [[]] : [];
  const results: string[][] = [];
  const surname = surnameLength(text);
  if (surname === 0) return [];
  for (const given of GIVEN_NAME_LENGTHS) {
    const length = surname + given;
    if (length > text.length) continue;
    for (const rest of splitRunTogether(text.slice(length), count - 1)) results.push([text.slice(0, length), ...rest]);
  }
  return results;
}

/**
 * Puts byline and note together into the essay's authors. Names come from the
 * byline, affiliations from the note (by ordinal when the note numbers its
 * authors). A note with no byline gives one unnamed author; neither gives none.
 *
 * @example attributeAuthors("陈运平", "（作者系江西省社会科学院党组书记）").authors[0]
 * // { name: "陈运平", institution: "江西省社会科学院", role: "党组书记", affiliations: […] }
 */
export function attributeAuthors(byline: string | null, note: string | null): { authors: Author[]; problems: string[] } {
  const problems: string[] = [];
  const described = note ? parseAuthorNote(note) : [];
  if (note && described.length === 0) problems.push(`author note gives no affiliation: ${note}`);
  const expected = Math.max(1, described.length);
  const names = byline ? splitByline(byline, expected) : [];

  const author = (name: string | null, affiliations: Affiliation[]): Author => ({
    name,
    institution: affiliations[0]?.institution ?? null,
    role: affiliations[0]?.role ?? null,
    affiliations,
  });

  if (names.length === 0) return { authors: described.map((d) => author(null, d.affiliations)), problems };

  const sharedByAll = note !== null && /作者(?:均|都)/u.test(note);
  const authors = names.map((name, i) => {
    const byOrdinal = described.find((d) => d.ordinal === i + 1);
    const match = byOrdinal ?? (described.every((d) => d.ordinal === null) ? (sharedByAll ? described[0] : described[i]) : undefined);
    return author(name, match?.affiliations ?? []);
  });
  if (described.length > 0 && names.length !== described.length && !sharedByAll) {
    problems.push(`byline names ${names.length} author(s) but the note describes ${described.length}`);
  }
  return { authors, problems };
}
