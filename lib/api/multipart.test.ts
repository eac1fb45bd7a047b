import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { multipartParts, type UploadPart } from "./multipart";

function upload(headers: Record<string, string> = {}, fileName = "register.csv") {
  const form = new FormData();
  form.append("dryRun", "false");
  form.append("file", new File(["passport_no\nN1234567\n"], fileName, { type: "text/csv" }));
  const request = new Request("http://localhost:3000/api/v1/imports", { method: "POST", body: form });
  return new Request(request, { headers: { "content-type": request.headers.get("content-type")!, host: "localhost:3000", ...headers }, duplex: "half" } as RequestInit);
}

async function read(request: Request, maxFileBytes = 1024) {
  const parts: { kind: UploadPart["kind"]; name: string; value?: string; fileName?: string; text?: string }[] = [];
  for await (const part of multipartParts(request, maxFileBytes)) {
    if (part.kind === "field") parts.push(part);
    else {
      let text = "";
      for await (const chunk of part.content) text += Buffer.from(chunk).toString("utf8");
      parts.push({ kind: part.kind, name: part.name, fileName: part.fileName, text });
    }
  }
  return parts;
}

async function refusal(request: Request, maxFileBytes?: number) {
  const error = await read(request, maxFileBytes).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("multipartParts", () => {
  it("gives the fields and streams the file", async () => {
    expect(await read(upload({ origin: "http://localhost:3000", "sec-fetch-site": "same-origin" }))).toEqual([
      { kind: "field", name: "dryRun", value: "false" },
      { kind: "file", name: "file", fileName: "register.csv", text: "passport_no\nN1234567\n" },
    ]);
  });

  it("refuses an upload from another site's page", async () => {
    expect((await refusal(upload({ origin: "https://elsewhere.example" }))).code).toBe("FORBIDDEN");
    // A sandboxed frame or a data: page of another site sends "null".
    expect((await refusal(upload({ origin: "null" }))).code).toBe("FORBIDDEN");
    // The Host header is the client's to write: the origin is compared with the configured one.
    expect((await refusal(upload({ origin: "https://elsewhere.example", host: "elsewhere.example" }))).code).toBe("FORBIDDEN");
    expect((await refusal(upload({ "sec-fetch-site": "cross-site" }))).code).toBe("FORBIDDEN");
  });

  it("refuses a body that is not multipart, and one announced larger than the limit before reading it", async () => {
    const json = new Request("http://localhost:3000/api/v1/imports", { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    expect((await refusal(json)).code).toBe("BAD_REQUEST");
    const large = await refusal(upload({ "content-length": String(10 * 1024 * 1024) }), 1024);
    expect(large.fields).toEqual({ file: ["imports.errors.tooLarge"] });
  });

  it("reads a file name in Khmer as it was written", async () => {
    const [, file] = await read(upload({}, "ឈ្មោះ ពលករ.csv"));
    expect(file.fileName).toBe("ឈ្មោះ ពលករ.csv");
  });

  it("refuses multipart without a boundary as a bad request", async () => {
    for (const type of ["multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; charset=utf-8"]) {
      const request = new Request("http://localhost:3000/api/v1/imports", { method: "POST", body: "--x\r\n", headers: { "content-type": type } });
      expect((await refusal(request)).code, type).toBe("BAD_REQUEST");
    }
  });
});
