import { Readable } from "node:stream";
import { createInflateRaw } from "node:zlib";
import { ImportFileProblem } from "./file-problem";
import { sourcePieces, type FileSource } from "./file-source";
import { READ_BOUNDS } from "./read-bounds";
import { XmlBounds, type XmlPart } from "./xml-bounds";

const MB = 1024 * 1024;
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const DATA_DESCRIPTOR = 0x08074b50;
/** The end-of-directory record (22 bytes) and the longest comment it may carry. */
const TAIL_BYTES = 22 + 0xffff;
/** The directory of an archive with the most entries allowed and long names. */
const DIRECTORY_MAX_BYTES = READ_BOUNDS.entries * 1024;

type Entry = { name: string; flags: number; method: number; compressedSize: number; size: number; offset: number };

const unreadable = () => new ImportFileProblem("unreadable");

function view(bytes: Uint8Array) {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The archive's directory, as the spreadsheet reader will trust it. */
async function readDirectory(source: FileSource): Promise<{ entries: Entry[]; directoryOffset: number }> {
  const tailStart = Math.max(0, source.size - TAIL_BYTES);
  const tail = await source.read(tailStart, source.size - tailStart);
  let at = -1;
  for (let i = tail.length - 22; i >= 0 && at < 0; i--) if (view(tail).getUint32(i, true) === END_OF_DIRECTORY) at = i;
  if (at < 0) throw unreadable();
  const end = view(tail.subarray(at));
  const count = end.getUint16(10, true);
  const directorySize = end.getUint32(12, true);
  const directoryOffset = end.getUint32(16, true);
  // 0xFFFF and 0xFFFFFFFF announce a ZIP64 archive: no workbook within the upload limit needs one.
  if (count === 0xffff || directoryOffset === 0xffffffff) throw unreadable();
  if (count > READ_BOUNDS.entries) throw new ImportFileProblem("tooManyEntries", { entries: READ_BOUNDS.entries });
  if (directorySize > DIRECTORY_MAX_BYTES || directoryOffset + directorySize > tailStart + at) throw unreadable();

  const directory = await source.read(directoryOffset, directorySize);
  const entries: Entry[] = [];
  for (let p = 0; entries.length < count; ) {
    if (p + 46 > directory.length) throw unreadable();
    const d = view(directory.subarray(p));
    if (d.getUint32(0, true) !== DIRECTORY_ENTRY) throw unreadable();
    const nameLength = d.getUint16(28, true);
    const entry: Entry = {
      flags: d.getUint16(8, true),
      method: d.getUint16(10, true),
      compressedSize: d.getUint32(20, true),
      size: d.getUint32(24, true),
      offset: d.getUint32(42, true),
      name: new TextDecoder().decode(directory.subarray(p + 46, p + 46 + nameLength)),
    };
    // Encrypted, another compression than deflate, or ZIP64 sizes: not a workbook Excel writes.
    if (entry.flags & 1 || (entry.method !== 0 && entry.method !== 8) || entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) throw unreadable();
    entries.push(entry);
    p += 46 + nameLength + d.getUint16(30, true) + d.getUint16(32, true);
  }
  const sheets = entries.filter((entry) => SHEET.test(entry.name)).length;
  if (sheets > READ_BOUNDS.sheets) throw new ImportFileProblem("tooManySheets", { sheets: READ_BOUNDS.sheets });
  return { entries: entries.sort((a, b) => a.offset - b.offset), directoryOffset };
}

/** What the spreadsheet reader (exceljs) takes for a worksheet: the same test, unanchored as it is there. */
const SHEET = /xl\/worksheets\/sheet\d+[.]xml/;

const SIGNATURE_BYTES = Buffer.from([0x50, 0x4b, 0x07, 0x08]);

/** The pieces, refused if the data-descriptor signature appears in them (even across two pieces). */
async function* withoutSignature(pieces: AsyncIterable<Uint8Array>) {
  let tail = Buffer.alloc(0);
  for await (const piece of pieces) {
    if (Buffer.concat([tail, piece]).includes(SIGNATURE_BYTES)) throw unreadable();
    tail = Buffer.from(piece.subarray(Math.max(0, piece.length - 3)));
    yield piece;
  }
}

function partOf(name: string): XmlPart | null {
  if (SHEET.test(name)) return "sheet";
  if (name === "xl/sharedStrings.xml") return "sharedStrings";
  return /\.(xml|rels)$/i.test(name) ? "other" : null;
}

/**
 * Reads the whole archive once, decompressing every entry without keeping it, before the spreadsheet
 * reader touches it: the entries must lie end to end as the directory says (no hidden entry the
 * streaming reader would find and the directory not), each must expand to exactly its declared size,
 * all of them to at most the bound, the shared strings to at most theirs, and their XML must keep
 * within XmlBounds. Any lie or excess fails the file before a byte of it is parsed.
 */
export async function checkWorkbookBounds(source: FileSource): Promise<void> {
  const { entries, directoryOffset } = await readDirectory(source);
  let expanded = 0;
  let next = 0;
  for (const entry of entries) {
    if (entry.offset !== next) throw unreadable();
    const header = view(await source.read(entry.offset, 30));
    if (header.byteLength < 30 || header.getUint32(0, true) !== LOCAL_HEADER) throw unreadable();
    const nameLength = header.getUint16(26, true);
    // The streaming reader goes by these headers, the bounds by the directory: they must agree. With
    // sizes left for a descriptor after the data, that reader looks for the descriptor's signature,
    // so the signature must not appear in the data before it.
    const sizesFollow = (header.getUint16(6, true) & 8) !== 0 && header.getUint32(18, true) === 0;
    const agrees = sizesFollow || (header.getUint32(18, true) === entry.compressedSize && header.getUint32(22, true) === entry.size);
    if (!agrees || header.getUint16(8, true) !== entry.method) throw unreadable();
    const nameBytes = await source.read(entry.offset + 30, nameLength);
    if (new TextDecoder().decode(nameBytes) !== entry.name) throw unreadable();
    const dataStart = entry.offset + 30 + nameLength + header.getUint16(28, true);
    const dataEnd = dataStart + entry.compressedSize;
    if (dataEnd > source.size) throw unreadable();

    const part = partOf(entry.name);
    const xml = part ? new XmlBounds(part) : null;
    let size = 0;
    const pieces = sourcePieces(source, dataStart, dataEnd);
    const compressed = Readable.from(sizesFollow ? withoutSignature(pieces) : pieces);
    const content = entry.method === 8 ? compressed.pipe(createInflateRaw()) : compressed;
    try {
      for await (const piece of content as AsyncIterable<Buffer>) {
        size += piece.byteLength;
        expanded += piece.byteLength;
        if (expanded > READ_BOUNDS.expandedMB * MB) throw new ImportFileProblem("expandsTooMuch", { mb: READ_BOUNDS.expandedMB });
        if (part === "sharedStrings" && size > READ_BOUNDS.sharedStringsMB * MB) {
          throw new ImportFileProblem("sharedStringsTooLarge", { mb: READ_BOUNDS.sharedStringsMB });
        }
        // An entry that expands past what the directory declares lies about itself.
        if (size > entry.size) throw unreadable();
        xml?.push(piece);
      }
    } catch (error) {
      throw error instanceof ImportFileProblem ? error : unreadable();
    } finally {
      compressed.destroy();
      content.destroy();
    }
    if (size !== entry.size) throw unreadable();
    xml?.end();
    next = dataEnd;
    if (sizesFollow) {
      const descriptor = view(await source.read(dataEnd, 16));
      if (descriptor.byteLength < 16 || descriptor.getUint32(0, true) !== DATA_DESCRIPTOR) throw unreadable();
      next += 16;
    } else if (entry.flags & 8) {
      const descriptor = view(await source.read(dataEnd, 4));
      next += descriptor.byteLength === 4 && descriptor.getUint32(0, true) === DATA_DESCRIPTOR ? 16 : 12;
    }
  }
  if (next !== directoryOffset) throw unreadable();
}
