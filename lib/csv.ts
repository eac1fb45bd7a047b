export type CsvRow = {
  /** The line of the file the row starts on, counting from 1. */
  line: number;
  cells: string[];
};

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * RFC 4180 CSV read piece by piece, so that a file of any size passes through in bounded memory:
 * quoted fields may hold the delimiter, quotes ("") and line breaks, and may be split across pieces.
 * A leading BOM is dropped and blank rows are skipped. Each row comes with the line it starts on,
 * so that a problem can be pointed at even when blank lines or line breaks inside quotes come before it.
 */
export class CsvReader {
  private row: string[] = [];
  private field = "";
  private quoted = false;
  /** A quote inside a quoted field: the closing one, or the first of a doubled "". */
  private quoteSeen = false;
  /** A CR ended the last line break; an LF right after it belongs to the same break. */
  private afterCr = false;
  private line = 1;
  private rowStart = 1;
  private started = false;

  constructor(private readonly delimiter = ",") {}

  /** The rows completed by this piece of text. */
  push(text: string): CsvRow[] {
    if (!this.started && text.length) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const rows: CsvRow[] = [];
    const delimiter = this.delimiter.charCodeAt(0);
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const char = text.charCodeAt(i);
      const lfAfterCr = this.afterCr && char === LF;
      this.afterCr = char === CR;
      if (this.quoteSeen) {
        this.quoteSeen = false;
        if (char === QUOTE) {
          this.field += '"';
          start = i + 1;
          continue;
        }
        this.quoted = false;
      }
      if (this.quoted) {
        if (char === QUOTE) {
          this.field += text.slice(start, i);
          this.quoteSeen = true;
          start = i + 1;
        } else if ((char === LF && !lfAfterCr) || char === CR) this.line++;
      } else if (char === QUOTE) {
        this.field += text.slice(start, i);
        this.quoted = true;
        start = i + 1;
      } else if (char === delimiter) {
        this.row.push(this.field + text.slice(start, i));
        this.field = "";
        start = i + 1;
      } else if (char === LF || char === CR) {
        if (!lfAfterCr) {
          this.row.push(this.field + text.slice(start, i));
          this.field = "";
          this.emit(rows);
          this.line++;
          this.rowStart = this.line;
        }
        start = i + 1;
      }
    }
    this.field += text.slice(start);
    return rows;
  }

  /** The last row, when the text does not end with a line break. */
  end(): CsvRow[] {
    const rows: CsvRow[] = [];
    if (this.field !== "" || this.row.length) {
      this.row.push(this.field);
      this.field = "";
      this.emit(rows);
    }
    return rows;
  }

  private emit(rows: CsvRow[]) {
    if (this.row.some((cell) => cell.trim() !== "")) rows.push({ line: this.rowStart, cells: this.row });
    this.row = [];
  }
}

/** Every row of a CSV text; see CsvReader. */
export function parseCsvRows(text: string): CsvRow[] {
  const reader = new CsvReader();
  return [...reader.push(text), ...reader.end()];
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
