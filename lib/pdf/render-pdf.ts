import "server-only";
import { chromium, type Browser } from "playwright-core";
import { DOCUMENT_CSS } from "@/lib/documents/document-style";
import { html, Html } from "@/lib/documents/html";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { CHROMIUM_ARGS } from "./chromium-args";
import { documentFontCss } from "./document-font";

/** A page that takes longer than this is abandoned: a document is one or two pages. */
const RENDER_TIMEOUT_MS = 20_000;
/** Pages rendered at once in the one browser: each costs a renderer process on a 2-core server. */
const AT_ONCE = 2;
/** Requests waiting beyond this are refused at once (try again) rather than queued for minutes. */
const WAITING_AT_MOST = 16;

/** Too many documents asked for at once: the caller answers 503. */
export class PdfBusyError extends Error {
  constructor() {
    super("Too many documents are being rendered; try again shortly");
    this.name = "PdfBusyError";
  }
}

let browser: Promise<Browser> | null = null;

/** One Chromium for the server's life, started on first use and again if it ever goes away. */
function sharedBrowser(): Promise<Browser> {
  browser ??= chromium.launch({ executablePath: env.CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: RENDER_TIMEOUT_MS }).then(
    (started) => {
      started.on("disconnected", () => {
        browser = null;
      });
      return started;
    },
    (error: unknown) => {
      browser = null;
      throw error;
    },
  );
  return browser;
}

let running = 0;
const waiting: (() => void)[] = [];

async function acquire(): Promise<void> {
  while (running >= AT_ONCE) {
    if (waiting.length >= WAITING_AT_MOST) throw new PdfBusyError();
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  running++;
}

function release(): void {
  running--;
  waiting.shift()?.();
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(`PDF rendering took longer than ${ms} ms`)), ms).unref());
}

/**
 * A printable document as PDF, rendered by Chromium so that Khmer is shaped (HarfBuzz) with the
 * embedded Noto Sans Khmer. The page has no network (offline, every request refused: the font
 * is inline) and no JavaScript of its own: the markup is built by `html`, which escapes all data.
 */
export async function renderPdf({ title, body }: { title: string; body: Html }): Promise<Uint8Array> {
  await acquire();
  const started = Date.now();
  const context = await sharedBrowser()
    .then((shared) => shared.newContext({ offline: true }))
    .catch((error: unknown) => {
      release();
      throw error;
    });
  try {
    const page = await context.newPage();
    await page.route("**/*", (route) => route.abort());
    const fontCss = await documentFontCss();
    // The style sheet is the app's own text, not data: it goes in as it is (escaping would break its quotes).
    const style = new Html(`${fontCss}${DOCUMENT_CSS} body { margin: 0; font-family: "Noto Sans Khmer", sans-serif; }`);
    const documentHtml = html`<!doctype html><html lang="km"><head><meta charset="utf-8"><title>${title}</title><style>${style}</style></head><body>${body}</body></html>`;
    const pdf = await Promise.race([
      (async () => {
        await page.setContent(documentHtml.markup, { waitUntil: "load", timeout: RENDER_TIMEOUT_MS });
        // A face loads only once layout asks for it, which printing may not wait for: load every
        // face (a few subsets, inline) first, or Khmer could come out as empty boxes.
        await page.evaluate(() => Promise.all([...document.fonts].map((face) => face.load())).then(() => undefined));
        return page.pdf({ format: "A4", printBackground: true, margin: { top: "12mm", bottom: "12mm", left: "12mm", right: "12mm" } });
      })(),
      timeout(RENDER_TIMEOUT_MS),
    ]);
    log("debug", "pdf rendered", { ms: Date.now() - started, bytes: pdf.length });
    return new Uint8Array(pdf);
  } finally {
    await context.close().catch(() => undefined);
    release();
  }
}
