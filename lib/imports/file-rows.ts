import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { CsvReader, type CsvRow } from "@/lib/csv";

export type ImportFormat = "CSV" | "XLSX";

/** A problem with the file as a whole (not one of its rows); `message` is a key under `imports.errors`. */
export class ImportFileProblem extends Error {
  constructor(
    message: string,
    readonly values: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = "ImportFileProblem";
  }
}

/** The bytes of a file, piece by piece. */
type Chunks = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

const SLICE_CHARS = 16_384;

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

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

/** Rows of a CSV file in UTF-8 (BOM or not), a batch per piece of the input; bytes that are not UTF-8 stop it. */
async function* csvRows(input: Chunks): AsyncGenerator<CsvRow[]> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const decode = (bytes?: Uint8Array) => {
    try {
      return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch {
      throw new ImportFileProblem("imports.errors.encoding");
    }
  };
  // The delimiter is read from the header line, so the text waits until that line is complete.
  let reader: CsvReader | null = null;
  let head = "";
  const read = (text: string, last = false): CsvRow[] => {
    if (reader) return reader.push(text);
    head += text;
    const lineEnd = head.search(/[\r\n]/);
    if (lineEnd < 0 && !last) return [];
    reader = new CsvReader(detectDelimiter(lineEnd < 0 ? head : head.slice(0, lineEnd)));
    return reader.push(head);
  };
  for await (const bytes of input) {
    const text = decode(bytes);
    // A few hundred rows at a time: a whole chunk's thousands would outlive the young generation
    // and make the garbage collector the slowest part of the import.
    for (let start = 0; start < text.length; start += SLICE_CHARS) {
      const rows = read(text.slice(start, start + SLICE_CHARS));
      if (rows.length) yield rows;
    }
  }
  const rows = read(decode(), true);
  rows.push(...reader!.end());
  if (rows.length) yield rows;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** A spreadsheet cell as the text a CSV would have held. */
export function cellToText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return day(value);
  if (typeof value === "number") return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value !== "object") return String(value);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("result" in value) return cellToText(value.result as ExcelJS.CellValue);
  if ("text" in value) return String(value.text);
  return "";
}

/** Rows of the first worksheet of an XLSX workbook, read as a stream (exceljs' WorkbookReader). */
async function* xlsxRows(input: Chunks): AsyncGenerator<CsvRow[]> {
  const stream = Readable.from(input);
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    sharedStrings: "cache",
    // Dates are numbers formatted as dates: without the styles they would read as serial numbers.
    styles: "cache",
    worksheets: "emit",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  try {
    for await (const worksheet of workbook) {
      let batch: CsvRow[] = [];
      for await (const row of worksheet) {
        const values = row.values as ExcelJS.CellValue[];
        const cells = Array.from({ length: Math.max(values.length - 1, 0) }, (_, i) => cellToText(values[i + 1]).trim());
        if (cells.some((cell) => cell !== "")) batch.push({ line: row.number, cells });
        if (batch.length === 1_000) {
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
    throw new ImportFileProblem("imports.errors.unreadable");
  } finally {
    stream.destroy();
  }
}

/** The file's rows, header included, in batches, whatever its format. */
export function fileRows(format: ImportFormat, input: Chunks): AsyncGenerator<CsvRow[]> {
  return format === "CSV" ? csvRows(input) : xlsxRows(input);
}
