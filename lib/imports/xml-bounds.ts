import { ImportFileProblem } from "./file-problem";
import { READ_BOUNDS } from "./read-bounds";

/** What an entry of the workbook is, for the bounds that apply to it. */
export type XmlPart = "sheet" | "sharedStrings" | "other";

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const DASH = 0x2d;
const BRACKET = 0x5d;

/** What of a tag is kept to read its name and its cell reference. */
const TAG_KEPT = 256;
/** Any one tag, text or comment, as the XML reader would hold it whole: a longest cell, escaped, fits. */
const TOKEN_BYTES = 4 * 3 * READ_BOUNDS.cellChars;

const tooLarge = () => new ImportFileProblem("rowTooLarge", { kb: READ_BOUNDS.rowXmlBytes / 1024 });
const unreadable = () => new ImportFileProblem("unreadable");

/** `AB` in `AB12`: the column's number, from 1. */
function columnNumber(reference: string): number {
  let column = 0;
  for (const letter of reference) column = column * 26 + letter.charCodeAt(0) - 64;
  return column;
}

/**
 * Checks an XML entry of a workbook as its bytes go by, before the spreadsheet reader parses it: no
 * document type (whose entities can expand a few bytes into gigabytes), the nesting, the size of any
 * one tag, text, row or shared string, and the counts of rows and columns. It keeps a few counters,
 * never the text.
 */
export class XmlBounds {
  private depth = 0;
  /** The offset in the entry of the byte in hand. */
  private position = 0;
  /** Where the text, tag or comment in hand began. */
  private tokenStart = 0;
  private mode: "text" | "tag" | "comment" | "cdata" = "text";
  private tag: number[] = [];
  private tagLength = 0;
  private quote = 0;
  private previous = 0;
  private beforePrevious = 0;
  /** The row (sheet) or shared string (sharedStrings) in hand: its depth and where it began. */
  private element: { depth: number; start: number } | null = null;
  private cells = 0;
  private rows = 0;

  constructor(private readonly part: XmlPart) {}

  push(bytes: Uint8Array): void {
    const base = this.position;
    for (let i = 0; i < bytes.length; i++) {
      if (this.mode === "text") {
        const next = bytes.indexOf(LT, i);
        if (next < 0) break;
        i = next;
        this.position = base + i;
        this.checkToken();
        this.mode = "tag";
        this.tag = [];
        this.tagLength = 0;
        this.quote = 0;
        this.tokenStart = this.position;
        this.previous = LT;
        continue;
      }
      this.position = base + i;
      const byte = bytes[i];
      if (this.mode === "tag") this.tagByte(byte);
      else if (byte === GT && this.endsMarkup()) this.toText();
      this.beforePrevious = this.previous;
      this.previous = byte;
    }
    this.position = base + bytes.length;
    this.checkToken();
  }

  /** The entry ended: it must not end inside markup or an element. */
  end(): void {
    if (this.mode !== "text" || this.depth !== 0) throw unreadable();
  }

  private checkToken() {
    if (this.position - this.tokenStart > TOKEN_BYTES) throw tooLarge();
    if (this.element && this.position - this.element.start > READ_BOUNDS.rowXmlBytes) throw tooLarge();
  }

  private tagByte(byte: number) {
    if (this.quote) {
      if (byte === this.quote) this.quote = 0;
    } else if (byte === QUOTE || byte === APOSTROPHE) this.quote = byte;
    else if (byte === GT) return this.closeTag();
    this.tagLength++;
    if (this.tag.length < TAG_KEPT) this.tag.push(byte);
    if (this.tagLength === 3 && String.fromCharCode(...this.tag) === "!--") this.mode = "comment";
    if (this.tagLength === 8 && String.fromCharCode(...this.tag) === "![CDATA[") this.mode = "cdata";
  }

  private endsMarkup(): boolean {
    const closer = this.mode === "comment" ? DASH : BRACKET;
    return this.previous === closer && this.beforePrevious === closer;
  }

  private toText() {
    this.mode = "text";
    this.checkToken();
    this.tokenStart = this.position + 1;
  }

  private closeTag() {
    const text = String.fromCharCode(...this.tag);
    const start = this.tokenStart;
    const selfClosing = this.previous === SLASH;
    this.toText();
    if (text.startsWith("?")) return;
    if (text.startsWith("!")) throw unreadable();
    if (text.startsWith("/")) {
      this.depth--;
      if (this.element && this.depth < this.element.depth) {
        if (this.position - this.element.start > READ_BOUNDS.rowXmlBytes) throw tooLarge();
        this.element = null;
      }
      return;
    }
    const depth = this.depth + 1;
    if (depth > READ_BOUNDS.xmlDepth) throw new ImportFileProblem("nestedTooDeep", { depth: READ_BOUNDS.xmlDepth });
    if (!selfClosing) this.depth = depth;
    const name = /^[^\s/>]*/.exec(text)![0].replace(/^[^:]*:/, "");
    if (this.part === "sheet" && name === "row") {
      if (++this.rows > READ_BOUNDS.rows) throw new ImportFileProblem("tooManyRows", { rows: READ_BOUNDS.rows });
      this.cells = 0;
      if (!selfClosing) this.element = { depth, start };
    } else if (this.part === "sheet" && name === "c") {
      const reference = /\sr\s*=\s*["']([A-Z]+)/.exec(text)?.[1] ?? "";
      if (++this.cells > READ_BOUNDS.columns || columnNumber(reference) > READ_BOUNDS.columns) {
        throw new ImportFileProblem("tooManyColumns", { columns: READ_BOUNDS.columns });
      }
    } else if (this.part === "sharedStrings" && name === "si" && !selfClosing) {
      this.element = { depth, start };
    }
  }
}
