import { existsSync, readFileSync, writeFileSync } from "node:fs";

/**
 * The anchor ledger, `seeds/anchors.json`: every essay and paragraph id ever
 * published, with what it pointed at, committed beside the seeds so links
 * stay stable across machines. `npm run index` reads it, aligns the new
 * corpus to it (align.ts) and writes it back. Validated like the other
 * curated files: a malformed ledger stops the build with the file and the
 * entry named.
 *
 * A paragraph entry is one of
 * - live: the id names a current paragraph; `form` is its match form;
 * - moved: its passage now lives in paragraph `to` (edited into it, joined
 *   into it, moved to another essay); links follow it there;
 * - gone: its passage was removed; links say so and offer `nearest`, the
 *   closest paragraph that survived, and `essay`.
 * An essay entry is live, moved (`to`: the essay that holds its text now)
 * or gone. Entries are never deleted and ids never reused: an id, once
 * published, is never given to different text.
 */

export const LEDGER_VERSION = 1;

export type AnchorStatus = "live" | "moved" | "gone";

export interface EssayAnchor {
  id: string;
  status: AnchorStatus;
  /** The display title when it was last live (for people reading the ledger). */
  title: string;
  /** The source file it was last read from. */
  file: string;
  /** For `moved`: the essay that holds its text now. */
  to?: string;
}

export interface ParagraphAnchor {
  id: string;
  status: AnchorStatus;
  /** The essay it belongs (or last belonged) to. */
  essay: string;
  /** Its text's match form when it was last live: what later builds align to. */
  form: string;
  /** The opening words as printed, for text fragments (`#:~:text=`) and for people reading the ledger. */
  quote: string;
  /** For `moved`: the paragraph that holds its passage now. */
  to?: string;
  /** For `gone`: the closest paragraph of the same essay that survived, if any. */
  nearest?: string | null;
}

export interface AnchorLedger {
  version: number;
  essays: EssayAnchor[];
  paragraphs: ParagraphAnchor[];
}

/** Raised for a malformed ledger, or one that would point an id at unrelated text; the message names the file and the entry. */
export class AnchorLedgerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AnchorLedgerError";
  }
}

/** What an id may look like: the characters the app's ids use, nothing that needs escaping in a URL. */
const ID = /^[a-z0-9][a-z0-9-]{0,199}$/u;
const STATUSES: readonly AnchorStatus[] = ["live", "moved", "gone"];

/** An empty ledger: the first build publishes every id as it finds it. */
export function emptyLedger(): AnchorLedger {
  return { version: LEDGER_VERSION, essays: [], paragraphs: [] };
}

/**
 * Reads and validates the ledger; a missing file is an empty ledger.
 *
 * @example readLedger("seeds/anchors.json").paragraphs.length // 132
 */
export function readLedger(path: string): AnchorLedger {
  if (!existsSync(path)) return emptyLedger();
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new AnchorLedgerError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  return validateLedger(raw, path);
}

/** Checks the shape and the references of a parsed ledger. */
export function validateLedger(raw: unknown, path: string): AnchorLedger {
  const fail = (where: string, message: string): never => {
    throw new AnchorLedgerError(`${path}: ${where}: ${message}`);
  };
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) fail("top level", "must be an object");
  const top = raw as Partial<AnchorLedger>;
  if (top.version !== LEDGER_VERSION) fail("version", `must be ${LEDGER_VERSION}`);
  if (!Array.isArray(top.essays)) fail("essays", "must be an array");
  if (!Array.isArray(top.paragraphs)) fail("paragraphs", "must be an array");
  const essayIds = new Map<string, EssayAnchor>();
  const essays = top.essays!.map((entry, i): EssayAnchor => {
    const where = `essays[${i}]`;
    const e = entry as Partial<EssayAnchor> | null;
    if (typeof e !== "object" || e === null) return fail(where, "must be an object");
    checkCommon(e, where, fail);
    if (essayIds.has(e.id!)) fail(where, `id "${e.id}" is listed twice`);
    if (typeof e.title !== "string") fail(`${where}.title`, "must be a string");
    if (typeof e.file !== "string") fail(`${where}.file`, "must be a string");
    const anchor: EssayAnchor = { id: e.id!, status: e.status!, title: e.title!, file: e.file!, ...(e.to !== undefined ? { to: e.to } : {}) };
    essayIds.set(anchor.id, anchor);
    return anchor;
  });
  const paragraphIds = new Map<string, ParagraphAnchor>();
  const paragraphs = top.paragraphs!.map((entry, i): ParagraphAnchor => {
    const where = `paragraphs[${i}]`;
    const p = entry as Partial<ParagraphAnchor> | null;
    if (typeof p !== "object" || p === null) return fail(where, "must be an object");
    checkCommon(p, where, fail);
    if (paragraphIds.has(p.id!) || essayIds.has(p.id!)) fail(where, `id "${p.id}" is listed twice`);
    if (typeof p.essay !== "string" || !essayIds.has(p.essay)) fail(`${where}.essay`, `"${String(p.essay)}" is not an essay of the ledger`);
    if (typeof p.form !== "string") fail(`${where}.form`, "must be a string");
    if (typeof p.quote !== "string") fail(`${where}.quote`, "must be a string");
    if (p.nearest !== undefined && p.nearest !== null && typeof p.nearest !== "string") fail(`${where}.nearest`, "must be a paragraph id or null");
    const anchor: ParagraphAnchor = {
      id: p.id!,
      status: p.status!,
      essay: p.essay!,
      form: p.form!,
      quote: p.quote!,
      ...(p.to !== undefined ? { to: p.to } : {}),
      ...(p.nearest !== undefined ? { nearest: p.nearest } : {}),
    };
    paragraphIds.set(anchor.id, anchor);
    return anchor;
  });
  // References: a moved entry points at an entry of its own kind, and following `to` ends (no loop).
  const checkTargets = <T extends { id: string; status: AnchorStatus; to?: string }>(list: T[], ids: Map<string, T>, kind: string) => {
    list.forEach((a, i) => {
      if (a.status !== "moved") return;
      const seen = new Set([a.id]);
      for (let at = ids.get(a.to!); at; at = at.status === "moved" ? ids.get(at.to!) : undefined) {
        if (seen.has(at.id)) fail(`${kind}[${i}].to`, `following "${a.id}" loops back to "${at.id}"`);
        seen.add(at.id);
      }
      if (!ids.has(a.to!)) fail(`${kind}[${i}].to`, `"${a.to}" is not ${kind === "essays" ? "an essay" : "a paragraph"} of the ledger`);
    });
  };
  checkTargets(essays, essayIds, "essays");
  checkTargets(paragraphs, paragraphIds, "paragraphs");
  paragraphs.forEach((p, i) => {
    if (p.nearest && !paragraphIds.has(p.nearest)) fail(`paragraphs[${i}].nearest`, `"${p.nearest}" is not a paragraph of the ledger`);
  });
  return { version: LEDGER_VERSION, essays, paragraphs };
}

function checkCommon(entry: { id?: unknown; status?: unknown; to?: unknown }, where: string, fail: (where: string, message: string) => never): void {
  if (typeof entry.id !== "string" || !ID.test(entry.id)) fail(`${where}.id`, `must be a lower-case id of letters, digits and hyphens (got ${JSON.stringify(entry.id)})`);
  if (!STATUSES.includes(entry.status as AnchorStatus)) fail(`${where}.status`, `must be one of ${STATUSES.join(", ")}`);
  if (entry.status === "moved" && typeof entry.to !== "string") fail(`${where}.to`, "a moved entry needs the id it moved to");
  if (entry.status !== "moved" && entry.to !== undefined) fail(`${where}.to`, "only a moved entry has one");
}

/**
 * The ledger as written: one entry a line, so a rebuild's changes read as a
 * short diff, and byte-identical when nothing changed (CI checks that).
 */
export function serializeLedger(ledger: AnchorLedger): string {
  const lines = (items: object[]) => items.map((item) => `    ${JSON.stringify(item)}`).join(",\n");
  return [
    "{",
    '  "$comment": "The anchor ledger: every essay and paragraph id ever published, and where each points now. Written by npm run index; commit it with the seeds. See docs/links.md.",',
    `  "version": ${ledger.version},`,
    '  "essays": [',
    lines(ledger.essays),
    "  ],",
    '  "paragraphs": [',
    lines(ledger.paragraphs),
    "  ]",
    "}",
    "",
  ].join("\n");
}

/** Writes the ledger when its text changed; true when it did. */
export function writeLedger(path: string, ledger: AnchorLedger): boolean {
  const text = serializeLedger(ledger);
  if (existsSync(path) && readFileSync(path, "utf8") === text) return false;
  writeFileSync(path, text);
  return true;
}
