import { inflateSync } from "node:zlib";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** The page content streams (Flate-compressed, as Chromium writes them), as latin1 text. */
function contentStreams(pdf: Uint8Array): string[] {
  const raw = Buffer.from(pdf).toString("latin1");
  return [...raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].flatMap(([, data]) => {
    try {
      const content = inflateSync(Buffer.from(data, "latin1")).toString("latin1");
      return content.includes("BT") ? [content] : [];
    } catch {
      return []; // not a Flate stream: an image or a font, no text there
    }
  });
}

/**
 * How many glyphs were drawn as .notdef (glyph 0, the empty box of a font without the character):
 * none, when every character had its glyph in the embedded font.
 */
export function missingGlyphs(pdf: Uint8Array): number {
  return contentStreams(pdf)
    .flatMap((content) => [...content.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g)].flatMap(([, hex]) => hex.match(/.{4}/g) ?? []))
    .filter((glyph) => glyph === "0000").length;
}

/**
 * What Chromium wrote as /ActualText, in the order of the content streams. HarfBuzz shapes a
 * Khmer cluster (a consonant with its subscript and vowels) into glyphs that map to no single
 * character, so Skia marks each such cluster with the characters it stands for. pdf.js reads
 * the glyphs alone; a reader's copy-paste (and this test) reads the ActualText.
 */
function actualTexts(pdf: Uint8Array): string[] {
  const texts: string[] = [];
  for (const content of contentStreams(pdf)) {
    for (const [, hex] of content.matchAll(/\/ActualText\s*<([0-9A-Fa-f]+)>/g)) {
      const bytes = Buffer.from(hex, "hex");
      texts.push(bytes.swap16().toString("utf16le").replace(/^\uFEFF/, ""));
    }
  }
  return texts;
}

/** The text of a PDF as a reader copying it would get it: each line of each page on a line of its own. */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  const clusters = actualTexts(pdf);
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  let text = "";
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const { items } = await page.getTextContent({ includeMarkedContent: true });
    // Marked content nests: true for each open Span carrying a cluster's ActualText.
    const open: boolean[] = [];
    for (const item of items) {
      if ("type" in item) {
        if (item.type === "endMarkedContent") {
          open.pop();
        } else {
          // pdf.js gives the tag at run time, though its types leave it out.
          const cluster = item.type === "beginMarkedContentProps" && (item as { tag?: string }).tag === "Span";
          if (cluster && !open.includes(true)) text += clusters.shift() ?? "";
          open.push(cluster);
        }
      } else if (!open.includes(true)) {
        text += item.str + (item.hasEOL ? "\n" : "");
      }
    }
    text += "\n";
  }
  return text.replace(/\u0000/g, "");
}

/** The fonts the PDF embeds, without their subset prefix (ABCDEF+). */
export function embeddedFonts(pdf: Uint8Array): string[] {
  const raw = Buffer.from(pdf).toString("latin1");
  return [...new Set([...raw.matchAll(/\/BaseFont\s*\/(?:[A-Z]{6}\+)?([^\s/\]>]+)/g)].map((match) => match[1]))].sort();
}
