import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

const FONT_PACKAGE = path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans-khmer");

let fontCss: Promise<string> | null = null;

/**
 * The @font-face rules of the self-hosted Noto Sans Khmer (regular and semibold, each subset with
 * its unicode-range), with the font files inlined as data URLs: Chromium renders the PDF with no
 * network at all, and the PDF embeds the font it shaped the Khmer with.
 */
export function documentFontCss(): Promise<string> {
  fontCss ??= Promise.all(["400.css", "600.css"].map((file) => inlineFonts(path.join(FONT_PACKAGE, file)))).then((parts) => parts.join("\n"));
  return fontCss;
}

async function inlineFonts(cssFile: string): Promise<string> {
  const css = await readFile(cssFile, "utf8");
  const files = [...new Set([...css.matchAll(/url\(\.\/files\/([^)]+\.woff2)\)/g)].map((match) => match[1]))];
  const inlined = new Map(await Promise.all(files.map(async (file) => [file, (await readFile(path.join(FONT_PACKAGE, "files", file))).toString("base64")] as const)));
  // Only the woff2 source: Chromium reads it, and the woff fallback would double the size.
  return css.replace(/src: url\(\.\/files\/([^)]+\.woff2)\) format\('woff2'\)[^;]*;/g, (_, file: string) => `src: url(data:font/woff2;base64,${inlined.get(file)}) format('woff2');`);
}
