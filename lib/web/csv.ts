/**
 * CSV as spreadsheet programs read it (RFC 4180): fields quoted when they
 * hold a comma, quote or line break, quotes doubled, CRLF between records,
 * and a UTF-8 byte-order mark first so Excel and WPS read Chinese as UTF-8
 * rather than the system code page.
 */

export type Cell = string | number | boolean | null;

/** What a spreadsheet would run as a formula if a cell started with it (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/u;

/**
 * One field. A text that a spreadsheet would read as a formula (=, +, -, @)
 * gets a leading apostrophe, which spreadsheets show as text; numbers are
 * written as they are.
 *
 * @example csvField('他说"好"，然后') // '"他说""好""，然后"'
 * @example csvField("a,b") // '"a,b"'
 * @example csvField("=1+1") // "'=1+1"
 */
export function csvField(value: Cell): string {
  if (value === null) return "";
  if (typeof value !== "string") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Records joined with CRLF, each field encoded, with the byte-order mark in front.
 *
 * @example toCsv([["词", 2]]) // "\uFEFF词,2\r\n"
 */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}

/**
 * Reads CSV back into rows (the byte-order mark dropped): for tests, and for
 * anyone checking an export. Quoted fields may hold commas, quotes and line breaks.
 *
 * @example parseCsv('\uFEFFa,"b,""c"""\r\n') // [["a", 'b,"c"']]
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const input = text.startsWith("\uFEFF") ? text.slice(1) : text;
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && input[i + 1] === "\n") {
      // CRLF: the record ends at the \n
    } else if (c === "\n" || c === "\r") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
