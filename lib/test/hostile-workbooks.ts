import { constants, crc32, deflateRawSync } from "node:zlib";

/**
 * Workbooks built byte by byte for the hostile-file tests: a small ZIP writer that can lie (sizes,
 * headers, gaps) and deflate streams that expand a few kilobytes into gigabytes. Pure: no database.
 */

type Content = { deflated: Uint8Array; size: number; crc: number };

export type ZipEntry = {
  name: string;
  content: Content;
  /** The size the directory declares, when it should lie. */
  declaredSize?: number;
  /** Sizes after the data, in a descriptor, as some writers do. */
  descriptor?: boolean;
};

const text = (value: string) => Buffer.from(value, "utf8");

/**
 * Deflated pieces, each repeated: a 1 MiB piece repeated 1,100 times weighs about a megabyte and
 * expands to 1.1 GB. The checksum of what expands past 64 MiB is left at 0: computing it would
 * take longer than the test, and the bounds stop reading long before a checksum could be checked.
 */
export function deflatedRepeats(parts: { bytes: Uint8Array; times: number }[]): Content {
  const pieces: Buffer[] = [];
  const size = parts.reduce((total, { bytes, times }) => total + bytes.length * times, 0);
  let crc = 0;
  for (const { bytes, times } of parts) {
    // Flushed and not final: a piece that refers only to itself, so copies of it can follow one another.
    const piece = deflateRawSync(bytes, { finishFlush: constants.Z_SYNC_FLUSH });
    for (let i = 0; i < times; i++) {
      pieces.push(piece);
      if (size <= 64 << 20) crc = crc32(bytes, crc);
    }
  }
  pieces.push(deflateRawSync(Buffer.alloc(0)));
  return { deflated: Buffer.concat(pieces), size, crc };
}

export const deflated = (value: string | Uint8Array): Content => deflatedRepeats([{ bytes: typeof value === "string" ? text(value) : value, times: 1 }]);

function u16(value: number) {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(value);
  return b;
}
function u32(value: number) {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(value >>> 0);
  return b;
}

/** A ZIP archive of the entries, in order; `gap` bytes of junk before the directory hide data from it. */
export function zip(entries: ZipEntry[], options: { gap?: number } = {}): Uint8Array {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = text(entry.name);
    const { deflated: data, crc } = entry.content;
    const size = entry.declaredSize ?? entry.content.size;
    const flags = 0x800 | (entry.descriptor ? 8 : 0);
    const sizes = entry.descriptor ? [u32(0), u32(0), u32(0)] : [u32(crc), u32(data.length), u32(size)];
    const local = Buffer.concat([u32(0x04034b50), u16(20), u16(flags), u16(8), u16(0), u16(0x21), ...sizes, u16(name.length), u16(0), name, data]);
    const descriptor = entry.descriptor ? Buffer.concat([u32(0x08074b50), u32(crc), u32(data.length), u32(size)]) : Buffer.alloc(0);
    directory.push(
      Buffer.concat([
        u32(0x02014b50), u16(20), u16(20), u16(flags), u16(8), u16(0), u16(0x21), u32(crc), u32(data.length), u32(size),
        u16(name.length), u16(0), u16(0), u16(0), u16(0), u32(0), u32(offset), name,
      ]),
    );
    locals.push(local, descriptor);
    offset += local.length + descriptor.length;
  }
  const gap = Buffer.alloc(options.gap ?? 0, 0x41);
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(entries.length), u16(entries.length), u32(directoryBytes.length), u32(offset + gap.length), u16(0)]);
  return Buffer.concat([...locals, gap, directoryBytes, end]);
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The parts every workbook has, around the given sheet and shared strings. */
export function workbookEntries(sheet: Content, sharedStrings?: Content): ZipEntry[] {
  return [
    {
      name: "[Content_Types].xml",
      content: deflated(
        `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
      ),
    },
    { name: "_rels/.rels", content: deflated(`${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`) },
    { name: "xl/workbook.xml", content: deflated(`${XML}<workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}"><sheets><sheet name="Workers" sheetId="1" r:id="rId1"/></sheets></workbook>`) },
    {
      name: "xl/_rels/workbook.xml.rels",
      content: deflated(`${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${DOC_RELS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`),
    },
    ...(sharedStrings ? [{ name: "xl/sharedStrings.xml", content: sharedStrings }] : []),
    { name: "xl/worksheets/sheet1.xml", content: sheet },
  ];
}

/** A sheet's XML around the given rows' XML. */
export const sheetXml = (rows: string) => `${XML}<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`;
export const SHEET_HEAD = `${XML}<worksheet xmlns="${MAIN}"><sheetData>`;
export const SHEET_TAIL = "</sheetData></worksheet>";
export const SHARED_HEAD = `${XML}<sst xmlns="${MAIN}">`;

/** An inline-string cell. */
export const cell = (reference: string, value: string) => `<c r="${reference}" t="inlineStr"><is><t>${value}</t></is></c>`;
