import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvField, parseCsv, toCsv } from "@/lib/web/csv";
import { exportCsv, exportFileName, exportJson, type ExportTable } from "@/lib/web/export";
import { EXPORT_MAX_ROWS } from "@/lib/web/params";

/** CSV as spreadsheets read it: quoting, the byte-order mark, CRLF, formula-looking text; and the export files' framing. */

describe("csvField", () => {
  it.each([
    ["plain", "新质生产力", "新质生产力"],
    ["a comma", "甲,乙", '"甲,乙"'],
    ["a full-width comma (not a separator)", "甲，乙", "甲，乙"],
    ["quotes", '他说"好"', '"他说""好"""'],
    ["a line break", "第一行\n第二行", '"第一行\n第二行"'],
    ["a CRLF", "a\r\nb", '"a\r\nb"'],
    ["a formula", "=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""],
    ["a leading minus (an exclusion query)", "-发展", "'-发展"],
    ["a leading @", "@a", "'@a"],
    ["an empty string", "", ""],
  ])("%s", (_case, value, encoded) => {
    expect(csvField(value)).toBe(encoded);
  });

  it("writes numbers as numbers, null as an empty field", () => {
    expect(csvField(-3)).toBe("-3");
    expect(csvField(0.33)).toBe("0.33");
    expect(csvField(null)).toBe("");
  });
});

describe("toCsv", () => {
  it("starts with a UTF-8 byte-order mark and ends every record with CRLF", () => {
    const csv = toCsv([["a", "b"], ["c", "d"]]);
    expect(csv).toBe("\uFEFFa,b\r\nc,d\r\n");
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("reads back as written, whatever the text holds (seeded property)", () => {
    const cell = fc.string({ unit: fc.constantFrom(..."新质,，\"'\n\r 甲a1=+-@\t".split("")), maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const back = parseCsv(toCsv(rows));
        // Text that looks like a formula comes back with the apostrophe that keeps a spreadsheet from running it.
        const expected = rows.map((row) => row.map((v) => (/^[=+\-@\t\r]/u.test(v) ? `'${v}` : v)));
        expect(back).toEqual(expected);
      }),
      { seed: 4242, numRuns: 800 },
    );
  });
});

describe("export files", () => {
  const table: ExportTable = {
    view: "kwic",
    query: '"数字 党建" -发展',
    filters: { author: ["lin-chen"] },
    options: { sort: "left", width: 20 },
    total: 3,
    columns: [
      { key: "line", label: "序号" },
      { key: "text", label: "段落" },
    ],
    rows: [
      [1, '含"引号"，逗号,与\n换行'],
      [2, "平常"],
    ],
  };
  const at = new Date("2026-11-22T08:00:00Z");

  it("CSV: says what made it, then a blank line, the header and every row", () => {
    const rows = parseCsv(exportCsv(table, at));
    expect(rows.slice(0, 6)).toEqual([
      ["检索词", '"数字 党建" -发展'],
      ["筛选", "作者=lin-chen"],
      ["选项", "排序=左语境；语境宽度=20"],
      ["导出时间", "2026-11-22T08:00:00.000Z"],
      ["行数", "2（共 3）"],
      ["上限", `每个文件最多 ${EXPORT_MAX_ROWS} 行；本文件已截断`],
    ]);
    expect(rows[6]).toEqual([""]);
    expect(rows[7]).toEqual(["序号", "段落"]);
    expect(rows.slice(8)).toEqual([
      ["1", '含"引号"，逗号,与\n换行'],
      ["2", "平常"],
    ]);
  });

  it("JSON: the same facts as fields, one object per row", () => {
    const json = JSON.parse(exportJson(table, at));
    expect(json).toMatchObject({ view: "kwic", query: '"数字 党建" -发展', filters: { author: ["lin-chen"] }, exportedAt: "2026-11-22T08:00:00.000Z", total: 3, rows: 2, maxRows: EXPORT_MAX_ROWS, truncated: true });
    expect(json.data).toEqual([
      { line: 1, text: '含"引号"，逗号,与\n换行' },
      { line: 2, text: "平常" },
    ]);
  });

  it("names the file by view, query and date", () => {
    expect(exportFileName("kwic", "新质生产力 -发展", "csv", at)).toBe("kwic-新质生产力发展-2026-11-22.csv");
    expect(exportFileName("results", "", "json", at)).toBe("results-2026-11-22.json");
    expect(exportFileName("distribution", "../../etc/passwd", "csv", at)).toBe("distribution-etcpasswd-2026-11-22.csv");
  });
});
