/**
 * How far a file may expand as it is read, whatever it weighs: a 5 MB workbook can hold gigabytes of
 * text. Each bound is far above what a real register needs (the national register is 1.3 million
 * rows of about 20 columns) and low enough that reading stays within the server's memory.
 * Past one, the job fails on the file, naming the bound, and nothing is imported.
 */
export const READ_BOUNDS = {
  /** All the entries of an XLSX archive once decompressed. */
  expandedMB: 1024,
  /** The workbook's shared strings, which the reader keeps in memory while it reads the sheet. */
  sharedStringsMB: 100,
  /** Entries in the archive (a workbook written by Excel has about fifteen). */
  entries: 500,
  /** Worksheets in the workbook (only the first one is read). */
  sheets: 100,
  /** Rows of the file (Excel's own limit is 1,048,576 a sheet). */
  rows: 2_000_000,
  /** Columns of a row (the template has about twenty). */
  columns: 256,
  /** Characters of one cell: Excel's own limit. */
  cellChars: 32_767,
  /** Characters of one CSV row. */
  rowChars: 65_536,
  /** Bytes of one row's (or one shared string's) XML. */
  rowXmlBytes: 1 << 20,
  /** Nesting of XML elements (a sheet needs five). */
  xmlDepth: 64,
} as const;
