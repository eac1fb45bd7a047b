export type CsvRow = {
  /** The line of the file the row starts on, counting from 1. */
  line: number;
  cells: string[];
};

/**
 * RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. A leading BOM is dropped.
 * Returns rows of strings, each with the line it starts on, so that a problem can be pointed at
 * even when blank lines or line breaks inside quotes come before it; the caller maps the header.
 */
export function parseCsvRows(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let rowStart = 1;
  const input = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < input.length; i++) {
    const char = input[i];
    if (char === "\n" || char === "\r") {
      const lineBreak = char === "\r" && input[i + 1] === "\n" ? "\r\n" : char;
      i += lineBreak.length - 1;
      line++;
      if (quoted) field += lineBreak;
      else {
        row.push(field);
        rows.push({ line: rowStart, cells: row });
        row = [];
        field = "";
        rowStart = line;
      }
    } else if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else field += char;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push({ line: rowStart, cells: row });
  }
  return rows.filter((r) => r.cells.some((cell) => cell.trim() !== ""));
}

/** The rows' cells alone. */
export function parseCsv(text: string): string[][] {
  return parseCsvRows(text).map((row) => row.cells);
}

/** Rows as objects keyed by the header row, each with the line it starts on. */
export function parseCsvRecords(text: string): { line: number; values: Record<string, string> }[] {
  const [header, ...rows] = parseCsvRows(text);
  if (!header) return [];
  const keys = header.cells.map((name) => name.trim());
  return rows.map(({ line, cells }) => ({ line, values: Object.fromEntries(keys.map((key, i) => [key, cells[i] ?? ""])) }));
}

/**
 * One CSV cell. Text a spreadsheet would run as a formula (= + - @, tab, CR) is prefixed with an
 * apostrophe (OWASP's CSV injection advice); cells with separators or quotes are quoted. A number
 * the code computed (a negative gap) cannot be a formula and stays a number.
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (typeof value !== "number" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: (string | number | null | undefined)[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
