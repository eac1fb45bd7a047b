import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { CsvSyntaxError, readCsvRows, type CsvRow } from "@/lib/csv-records";
import { ImportFileProblem } from "./file-problem";
import { sourcePieces, type FileSource } from "./file-source";
import { READ_BOUNDS } from "./read-bounds";
import { checkWorkbookBounds } from "./workbook-bounds";

export type ImportFormat = "CSV" | "XLSX";

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** Rows handed on at a time: a few hundred keep the garbage collector's young generation cheap. */
const BATCH_ROWS = 1_000;

/**
 * The format of an upload, from its first bytes (an XLSX file is a ZIP archive) and its name; null
 * for anything else: an old .xls, a PDF, a UTF-16 text that Excel calls "Unicode text"…
 */
export function detectFormat(fileName: string, head: Uint8Array): ImportFormat | null {
  const extension = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  const zip = ZIP_SIGNATURE.every((byte, i) => head[i] === byte);
  if (extension === "xlsx") return zip ? "XLSX" : null;
  if (extension === "csv" || extension === "txt") {
    const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
    return zip || utf16 || head.includes(0) ? null : "CSV";
  }
  return null;
}

/** The separator of the header line: a comma unless the line has none and semicolons or tabs instead. */
export function detectDelimiter(firstLine: string): string {
  if (firstLine.includes(",")) return ",";
  if (firstLine.includes(";")) return ";";
  return firstLine.includes("\t") ? "\t" : ",";
}

/** The bounds every row is held to, whatever the format. */
function checkRow(row: CsvRow, count: number) {
  if (count > READ_BOUNDS.rows) throw new ImportFileProblem("tooManyRows", { rows: READ_BOUNDS.rows });
  if (row.cells.length > READ_BOUNDS.columns) throw new ImportFileProblem("tooManyColumns", { columns: READ_BOUNDS.columns });
  if (row.cells.some((cell) => cell.length > READ_BOUNDS.cellChars)) {
    throw new ImportFileProblem("cellTooLong", { line: row.line, chars: READ_BOUNDS.cellChars });
  }
}

/** The text of a CSV file in UTF-8 (BOM or not), decoded as it comes; bytes that are not UTF-8 stop it. */
async function* utf8Text(source: FileSource): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    for await (const bytes of sourcePieces(source)) yield decoder.decode(bytes, { stream: true });
    yield decoder.decode();
  } catch {
    throw new ImportFileProblem("encoding");
  }
}

/** Rows of a CSV file, with csv-parse's streaming reader; the delimiter is the header line's. */
async function* csvRows(source: FileSource): AsyncGenerator<CsvRow[]> {
  const text = utf8Text(source);
  // The header line, read first to choose the delimiter, then handed to the reader with the rest.
  let head = "";
  while (!/[\r\n]/.test(head)) {
    const next = await text.next();
    if (next.done) break;
    head += next.value;
    if (head.length > READ_BOUNDS.rowChars && !/[\r\n]/.test(head)) throw new ImportFileProblem("rowTooLong", { line: 1, chars: READ_BOUNDS.rowChars });
  }
  const lineEnd = head.search(/[\r\n]/);
  const delimiter = detectDelimiter(lineEnd < 0 ? head : head.slice(0, lineEnd));
  async function* all() {
    yield head;
    yield* text;
  }
  let batch: CsvRow[] = [];
  let count = 0;
  try {
    for await (const row of readCsvRows(all(), { delimiter, maxRowChars: READ_BOUNDS.rowChars })) {
      checkRow(row, ++count);
      batch.push(row);
      if (batch.length === BATCH_ROWS) {
        yield batch;
        batch = [];
      }
    }
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    if (error.code === "ROW_TOO_LONG") throw new ImportFileProblem("rowTooLong", { line: error.line, chars: READ_BOUNDS.rowChars });
    throw new ImportFileProblem("quotes", { line: error.line });
  }
  if (batch.length) yield batch;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** A spreadsheet cell as the text a CSV would have held. */
function cellToText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return day(value);
  if (typeof value === "number") return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value !== "object") return String(value);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("result" in value) return cellToText(value.result as ExcelJS.CellValue);
  if ("text" in value) return String(value.text);
  return "";
}

/**
 * Rows of the first worksheet of an XLSX workbook, read as a stream (exceljs' WorkbookReader) once
 * checkWorkbookBounds has read the whole archive and found it within the bounds.
 */
async function* xlsxRows(source: FileSource): AsyncGenerator<CsvRow[]> {
  await checkWorkbookBounds(source);
  const stream = Readable.from(sourcePieces(source));
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    sharedStrings: "cache",
    // Dates are numbers formatted as dates: without the styles they would read as serial numbers.
    styles: "cache",
    worksheets: "emit",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  let count = 0;
  try {
    for await (const worksheet of workbook) {
      let batch: CsvRow[] = [];
      for await (const row of worksheet) {
        const values = row.values as ExcelJS.CellValue[];
        const cells = Array.from({ length: Math.max(values.length - 1, 0) }, (_, i) => cellToText(values[i + 1]).trim());
        if (cells.every((cell) => cell === "")) continue;
        const read = { line: row.number, cells };
        checkRow(read, ++count);
        batch.push(read);
        if (batch.length === BATCH_ROWS) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length) yield batch;
      // Only the first sheet is the register; notes and lists in other sheets are not rows.
      return;
    }
  } catch (error) {
    if (error instanceof ImportFileProblem) throw error;
    throw new ImportFileProblem("unreadable");
  } finally {
    stream.destroy();
  }
}

/** The file's rows, header included, in batches, whatever its format, within READ_BOUNDS. */
export function fileRows(format: ImportFormat, source: FileSource): AsyncGenerator<CsvRow[]> {
  return format === "CSV" ? csvRows(source) : xlsxRows(source);
}
