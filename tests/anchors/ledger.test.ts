import { mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AnchorLedgerError, emptyLedger, readLedger, serializeLedger, validateLedger, writeLedger, type AnchorLedger, type EssayAnchor, type ParagraphAnchor } from "@/lib/anchors/ledger";

/**
 * lib/anchors/ledger.ts: a malformed ledger stops the build with the file and
 * the entry named; a good one survives serialize → parse → validate; an
 * unchanged ledger is not rewritten.
 */

const dir = mkdtempSync(join(tmpdir(), "anchor-ledger-"));
let files = 0;
/** Writes `text` to a fresh file and returns its path. */
function fileWith(text: string): string {
  const path = join(dir, `ledger-${++files}.json`);
  writeFileSync(path, text);
  return path;
}

// A small valid ledger: one live essay and one moved into it; a live, a moved and a gone paragraph.
const ESSAY: EssayAnchor = { id: "xian-yu-yi-gong-ti-a1b2c3", status: "live", title: "县域医共体建设的实践路径", file: "a.txt" };
const OLD_ESSAY: EssayAnchor = { id: "yi-gong-ti-d4e5f6", status: "moved", title: "医共体建设", file: "old.txt", to: ESSAY.id };
const LIVE: ParagraphAnchor = { id: `${ESSAY.id}-p1`, status: "live", essay: ESSAY.id, form: "医保资金打包支付是激励机制的关键", quote: "医保资金打包支付是激励机制的关键。" };
const MOVED: ParagraphAnchor = { id: `${ESSAY.id}-p2`, status: "moved", essay: ESSAY.id, form: "医保资金打包支付是激励机制的关键所在", quote: "医保资金打包支付是激励机制的关键所在。", to: LIVE.id };
const GONE: ParagraphAnchor = { id: `${ESSAY.id}-p3`, status: "gone", essay: ESSAY.id, form: "村医队伍老化问题仍较突出", quote: "村医队伍老化问题仍较突出。", nearest: LIVE.id };
const VALID: AnchorLedger = { version: 1, essays: [ESSAY, OLD_ESSAY], paragraphs: [LIVE, MOVED, GONE] };

/** The valid ledger with some top-level fields replaced. */
const ledgerWith = (fields: Record<string, unknown>): string => JSON.stringify({ ...VALID, ...fields });

describe("readLedger rejects a malformed ledger, naming the file and the entry", () => {
  const rows: [string, string, string][] = [
    ["a JSON array", "[]", "top level: must be an object"],
    ["wrong version", ledgerWith({ version: 2 }), "version: must be 1"],
    ["no version", JSON.stringify({ essays: [], paragraphs: [] }), "version: must be 1"],
    ["essays not an array", ledgerWith({ essays: { [ESSAY.id]: ESSAY } }), "essays: must be an array"],
    ["paragraphs not an array", ledgerWith({ paragraphs: null }), "paragraphs: must be an array"],
    ["an essay entry that is not an object", ledgerWith({ essays: [ESSAY, null] }), "essays[1]: must be an object"],
    ["an essay id with upper case", ledgerWith({ essays: [{ ...ESSAY, id: "Xian-yu" }], paragraphs: [] }), 'essays[0].id: must be a lower-case id of letters, digits and hyphens (got "Xian-yu")'],
    ["a paragraph id in Han characters", ledgerWith({ paragraphs: [LIVE, { ...MOVED, id: "县域-p2" }] }), 'paragraphs[1].id: must be a lower-case id of letters, digits and hyphens (got "县域-p2")'],
    ["a paragraph id with a slash", ledgerWith({ paragraphs: [{ ...LIVE, id: "a/b" }] }), 'paragraphs[0].id: must be a lower-case id of letters, digits and hyphens (got "a/b")'],
    ["a paragraph id starting with a hyphen", ledgerWith({ paragraphs: [{ ...LIVE, id: "-p1" }] }), 'paragraphs[0].id: must be a lower-case id of letters, digits and hyphens (got "-p1")'],
    ["an empty id", ledgerWith({ paragraphs: [{ ...LIVE, id: "" }] }), 'paragraphs[0].id: must be a lower-case id of letters, digits and hyphens (got "")'],
    ["an id of 201 characters", ledgerWith({ paragraphs: [{ ...LIVE, id: "a".repeat(201) }] }), `paragraphs[0].id: must be a lower-case id of letters, digits and hyphens (got "${"a".repeat(201)}")`],
    ["a numeric id", ledgerWith({ paragraphs: [{ ...LIVE, id: 7 }] }), "paragraphs[0].id: must be a lower-case id of letters, digits and hyphens (got 7)"],
    ["an essay listed twice", ledgerWith({ essays: [ESSAY, OLD_ESSAY, ESSAY] }), `essays[2]: id "${ESSAY.id}" is listed twice`],
    ["a paragraph listed twice", ledgerWith({ paragraphs: [LIVE, MOVED, GONE, LIVE] }), `paragraphs[3]: id "${LIVE.id}" is listed twice`],
    ["a paragraph with an essay's id", ledgerWith({ paragraphs: [{ ...LIVE, id: ESSAY.id }] }), `paragraphs[0]: id "${ESSAY.id}" is listed twice`],
    ["an unknown paragraph status", ledgerWith({ paragraphs: [{ ...LIVE, status: "deleted" }] }), "paragraphs[0].status: must be one of live, moved, gone"],
    ["an unknown essay status", ledgerWith({ essays: [{ ...ESSAY, status: "Live" }] }), "essays[0].status: must be one of live, moved, gone"],
    ["a moved paragraph without to", ledgerWith({ paragraphs: [LIVE, { ...MOVED, to: undefined }] }), "paragraphs[1].to: a moved entry needs the id it moved to"],
    ["a moved essay without to", ledgerWith({ essays: [ESSAY, { ...OLD_ESSAY, to: undefined }] }), "essays[1].to: a moved entry needs the id it moved to"],
    ["to on a live paragraph", ledgerWith({ paragraphs: [{ ...LIVE, to: MOVED.id }, MOVED, GONE] }), "paragraphs[0].to: only a moved entry has one"],
    ["to on a gone paragraph", ledgerWith({ paragraphs: [LIVE, MOVED, { ...GONE, to: LIVE.id }] }), "paragraphs[2].to: only a moved entry has one"],
    ["to on a live essay", ledgerWith({ essays: [{ ...ESSAY, to: OLD_ESSAY.id }, OLD_ESSAY] }), "essays[0].to: only a moved entry has one"],
    ["to naming an unknown paragraph", ledgerWith({ paragraphs: [LIVE, { ...MOVED, to: `${ESSAY.id}-p9` }, GONE] }), `paragraphs[1].to: "${ESSAY.id}-p9" is not a paragraph of the ledger`],
    ["to naming an essay from a paragraph", ledgerWith({ paragraphs: [LIVE, { ...MOVED, to: ESSAY.id }, GONE] }), `paragraphs[1].to: "${ESSAY.id}" is not a paragraph of the ledger`],
    ["a paragraph moved to itself", ledgerWith({ paragraphs: [LIVE, { ...MOVED, to: MOVED.id }, GONE] }), `paragraphs[1].to: following "${MOVED.id}" loops back to "${MOVED.id}"`],
    ["two paragraphs moved to each other", ledgerWith({ paragraphs: [LIVE, { ...MOVED, to: GONE.id }, { ...GONE, status: "moved", to: MOVED.id }] }), `paragraphs[1].to: following "${MOVED.id}" loops back to "${MOVED.id}"`],
    ["two essays moved to each other", ledgerWith({ essays: [{ ...ESSAY, status: "moved", to: OLD_ESSAY.id }, OLD_ESSAY] }), `essays[0].to: following "${ESSAY.id}" loops back to "${ESSAY.id}"`],
    ["a paragraph of an essay not in the ledger", ledgerWith({ paragraphs: [LIVE, { ...MOVED, essay: "cheng-shi-geng-xin-0f0f0f" }, GONE] }), 'paragraphs[1].essay: "cheng-shi-geng-xin-0f0f0f" is not an essay of the ledger'],
    ["a paragraph with no essay", ledgerWith({ paragraphs: [{ ...LIVE, essay: undefined }] }), 'paragraphs[0].essay: "undefined" is not an essay of the ledger'],
    ["nearest naming an unknown paragraph", ledgerWith({ paragraphs: [LIVE, MOVED, { ...GONE, nearest: `${ESSAY.id}-p9` }] }), `paragraphs[2].nearest: "${ESSAY.id}-p9" is not a paragraph of the ledger`],
    ["nearest that is not a string", ledgerWith({ paragraphs: [LIVE, MOVED, { ...GONE, nearest: 1 }] }), "paragraphs[2].nearest: must be a paragraph id or null"],
    ["a paragraph without form", ledgerWith({ paragraphs: [{ ...LIVE, form: undefined }] }), "paragraphs[0].form: must be a string"],
    ["a paragraph without quote", ledgerWith({ paragraphs: [{ ...LIVE, quote: ["医保"] }] }), "paragraphs[0].quote: must be a string"],
    ["an essay without file", ledgerWith({ essays: [{ ...ESSAY, file: undefined }, OLD_ESSAY] }), "essays[0].file: must be a string"],
  ];
  it.each(rows)("%s", (_, text, message) => {
    const path = fileWith(text);
    expect(() => readLedger(path)).toThrow(AnchorLedgerError);
    expect(() => readLedger(path)).toThrow(`${path}: ${message}`);
  });

  it("names the file when the text is not JSON", () => {
    const path = fileWith('{ "version": 1, "essays": [');
    expect(() => readLedger(path)).toThrow(AnchorLedgerError);
    expect(() => readLedger(path)).toThrow(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}: not valid JSON \\(`, "u"));
  });

  it("names an essay `to` that is not an essay of the ledger", () => {
    // Only the entry and the unknown id are pinned: the sentence's grammar is not the point.
    const path = fileWith(ledgerWith({ essays: [ESSAY, { ...OLD_ESSAY, to: "nowhere-000000" }] }));
    expect(() => readLedger(path)).toThrow(`${path}: essays[1].to: "nowhere-000000" is not a`);
  });

  it("validateLedger names the path it is given", () => {
    expect(() => validateLedger({ ...VALID, version: "1" }, "seeds/anchors.json")).toThrow("seeds/anchors.json: version: must be 1");
  });
});

describe("readLedger on good input", () => {
  it("reads a missing file as the empty ledger", () => {
    expect(readLedger(join(dir, "no-such-ledger.json"))).toEqual({ version: 1, essays: [], paragraphs: [] });
    expect(emptyLedger()).toEqual({ version: 1, essays: [], paragraphs: [] });
  });

  it("accepts moved chains, gone entries with a null nearest and a gone entry as a move's target", () => {
    const ledger: AnchorLedger = {
      version: 1,
      essays: [ESSAY, OLD_ESSAY, { ...OLD_ESSAY, id: "older-0a0a0a", to: OLD_ESSAY.id }],
      paragraphs: [LIVE, MOVED, GONE, { ...MOVED, id: `${ESSAY.id}-p4`, to: MOVED.id }, { ...GONE, id: `${ESSAY.id}-p5`, nearest: null }, { ...MOVED, id: `${ESSAY.id}-p6`, to: GONE.id }],
    };
    expect(readLedger(fileWith(serializeLedger(ledger)))).toEqual(ledger);
  });

  it("accepts an id of 200 characters, the longest allowed", () => {
    const long = { ...LIVE, id: "a".repeat(200) };
    expect(readLedger(fileWith(ledgerWith({ paragraphs: [long] }))).paragraphs).toEqual([long]);
  });
});

describe("serializeLedger", () => {
  const rows: [string, AnchorLedger][] = [
    ["the empty ledger", emptyLedger()],
    ["live, moved and gone entries", VALID],
    ["quotes, backslashes, astral Han and line breaks in text", { ...VALID, paragraphs: [{ ...LIVE, form: "𠀀𠀁“引号”\\", quote: '他说："一年新"\n两年旧\u2028' }, MOVED, GONE] }],
  ];
  it.each(rows)("round-trips %s through JSON.parse and validateLedger", (_, ledger) => {
    const text = serializeLedger(ledger);
    expect(validateLedger(JSON.parse(text), "round-trip.json")).toEqual(ledger);
    expect(serializeLedger(validateLedger(JSON.parse(text), "round-trip.json"))).toBe(text);
  });

  it("writes one entry a line", () => {
    const lines = serializeLedger(VALID).split("\n");
    for (const entry of [...VALID.essays, ...VALID.paragraphs]) expect(lines.filter((l) => l.includes(`"id":"${entry.id}"`))).toHaveLength(1);
    // Nine lines of frame ({, $comment, version, two openings, two closings, }, and the final newline) around the entries.
    expect(lines).toHaveLength(VALID.essays.length + VALID.paragraphs.length + 9);
  });
});

describe("writeLedger", () => {
  it("writes a new or changed ledger and leaves an unchanged file's bytes and mtime alone", () => {
    const path = join(mkdtempSync(join(tmpdir(), "anchor-write-")), "anchors.json");
    expect(writeLedger(path, VALID)).toBe(true);
    expect(readFileSync(path, "utf8")).toBe(serializeLedger(VALID));

    const past = new Date("2020-01-02T03:04:05Z");
    utimesSync(path, past, past);
    const before = readFileSync(path);
    expect(writeLedger(path, structuredClone(VALID))).toBe(false);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(statSync(path).mtimeMs).toBe(past.getTime());

    const changed: AnchorLedger = { ...VALID, paragraphs: [...VALID.paragraphs, { ...GONE, id: `${ESSAY.id}-p4` }] };
    expect(writeLedger(path, changed)).toBe(true);
    expect(readFileSync(path, "utf8")).toBe(serializeLedger(changed));
    expect(statSync(path).mtimeMs).not.toBe(past.getTime());
  });
});
