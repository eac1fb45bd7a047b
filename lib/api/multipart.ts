import "server-only";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import busboy from "busboy";
import { AppError, fieldError } from "@/lib/errors";
import { publicOrigin } from "@/lib/request-info";

export type UploadPart =
  | { kind: "field"; name: string; value: string }
  | { kind: "file"; name: string; fileName: string; content: AsyncIterable<Uint8Array> };

/** Room for the form's other fields and the multipart framing, beside the file itself. */
const OVERHEAD_BYTES = 64 * 1024;

/**
 * A cross-site HTML form may post multipart without a CORS preflight, unlike JSON: an upload is
 * taken only from this site's own pages (Origin equal to the configured public origin), or from a
 * client that is no browser, which sends neither header. `Origin: null` (a sandboxed frame, a data:
 * page, a redirect across sites) is another site's page and is refused.
 */
function checkSameOrigin(request: Request) {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") throw new AppError("FORBIDDEN");
  const origin = request.headers.get("origin");
  if (origin !== null && origin !== publicOrigin()) throw new AppError("FORBIDDEN");
}

/**
 * The parts of a multipart/form-data body as they arrive, the file streamed (never held whole):
 * a body announced larger than `maxFileBytes` is refused before it is read, and at most one file
 * is accepted. The caller must read each file part's content before asking for the next part.
 */
export async function* multipartParts(request: Request, maxFileBytes: number): AsyncGenerator<UploadPart> {
  checkSameOrigin(request);
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("multipart/form-data") || !request.body) throw new AppError("BAD_REQUEST");
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > maxFileBytes + OVERHEAD_BYTES) throw fieldError("file", "imports.errors.tooLarge");

  let parser: busboy.Busboy;
  try {
    // Browsers send a file's name as UTF-8 bytes (ឈ្មោះ.csv): read as Latin-1, busboy's default, it would be garbled.
    parser = busboy({ headers: { "content-type": type }, defParamCharset: "utf8", limits: { files: 1, fields: 20, fieldSize: 1024, fileSize: maxFileBytes + 1 } });
  } catch {
    // No boundary, or a malformed one: the body cannot be read as multipart.
    throw new AppError("BAD_REQUEST");
  }
  const queue: (UploadPart | Error | null)[] = [];
  let wake: (() => void) | null = null;
  const push = (item: UploadPart | Error | null) => {
    queue.push(item);
    wake?.();
  };
  parser.on("field", (name, value) => push({ kind: "field", name, value }));
  parser.on("file", (name, stream, info) => push({ kind: "file", name, fileName: info.filename ?? "", content: stream }));
  parser.on("filesLimit", () => push(new AppError("BAD_REQUEST")));
  parser.on("fieldsLimit", () => push(new AppError("BAD_REQUEST")));
  parser.on("error", () => push(new AppError("BAD_REQUEST")));
  parser.on("close", () => push(null));
  const body = Readable.fromWeb(request.body as WebReadableStream<Uint8Array>);
  body.on("error", () => push(new AppError("BAD_REQUEST")));
  body.pipe(parser);

  try {
    for (;;) {
      while (!queue.length) await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
      const item = queue.shift()!;
      if (item === null) return;
      if (item instanceof Error) throw item;
      yield item;
      // A file the caller did not want is read to its end, or the parser would wait for it forever.
      if (item.kind === "file") (item.content as Readable).resume();
    }
  } finally {
    body.unpipe(parser);
    body.destroy();
  }
}
