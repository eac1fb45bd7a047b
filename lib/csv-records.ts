import { Readable } from "node:stream";
import { CsvError, parse, type Options } from "csv-parse";
import { parse as parseSync } from "csv-parse/sync";

export type CsvRow = {
  /** The line of the file the row starts on, counting from 1. */
  line: number;
  cells: string[];
};

/** A text that is not CSV: a quote left open to its end, or a row longer than allowed. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly code: "QUOTE_NOT_CLOSED" | "ROW_TOO_LONG" | "OTHER",
    /** The line the faulty row starts on. */
    readonly line: number,
  ) {
    super(`CSV ${code} on line ${line}`);
    this.name = "CsvSyntaxError";
  }
}

/**
 * How every CSV is read (csv-parse, RFC 4180): a leading BOM dropped, quoted fields holding the
 * delimiter, quotes ("") and line breaks, lines ended by CRLF, LF or CR alike, rows of any width
 * (the caller judges them), a stray quote in a field kept as text, as spreadsheets write it. A quote
 * left open to the end of the text is an error, never a guess. Blank rows are skipped; each row
 * comes with the line it starts on, counted here (line breaks inside quotes included).
 */
function options(extra: { delimiter?: string; maxRowChars?: number } = {}) {
  let next = 1;
  const lineBreaks = (cell: string) => (cell.includes("\n") || cell.includes("\r") ? cell.match(/\r\n|\r|\n/g)!.length : 0);
  const settings: Options = {
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    record_delimiter: ["\r\n", "\n", "\r"],
    delimiter: extra.delimiter ?? ",",
    max_record_size: extra.maxRowChars,
    // csv-parse's types want a record back; a CsvRow (or null, to skip it) is what it passes on.
    on_record: ((cells: string[]) => {
      const line = next;
      next = line + 1 + cells.reduce((breaks, cell) => breaks + lineBreaks(cell), 0);
      return cells.every((cell) => cell.trim() === "") ? null : { line, cells };
    }) as unknown as Options["on_record"],
  };
  const failure = (error: unknown) => {
    if (!(error instanceof CsvError)) return error;
    // The row that failed starts on the line after the last one read.
    const code = error.code === "CSV_QUOTE_NOT_CLOSED" ? "QUOTE_NOT_CLOSED" : error.code === "CSV_MAX_RECORD_SIZE" ? "ROW_TOO_LONG" : "OTHER";
    return new CsvSyntaxError(code, next);
  };
  return { settings, failure };
}

/** The rows of a CSV text given piece by piece, read as a stream (csv-parse's): memory holds a row, not the file. */
export async function* readCsvRows(texts: AsyncIterable<string> | Iterable<string>, extra: { delimiter?: string; maxRowChars?: number } = {}): AsyncGenerator<CsvRow> {
  const { settings, failure } = options(extra);
  const parser = parse(settings);
  const input = Readable.from(texts, { objectMode: false });
  input.on("error", (error) => parser.destroy(error));
  input.pipe(parser);
  try {
    yield* parser as AsyncIterable<CsvRow>;
  } catch (error) {
    throw failure(error);
  } finally {
    input.destroy();
    parser.destroy();
  }
}

/** Every row of a small CSV text, at once (a downloaded report, a published-figures file). */
function parseCsvRows(text: string): CsvRow[] {
  const { settings, failure } = options();
  try {
    return parseSync(text, settings) as unknown as CsvRow[];
  } catch (error) {
    throw failure(error);
  }
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
