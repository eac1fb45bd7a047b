import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";

/**
 * The document as outside tools read it: linted by Redocly and Spectral (the `spectral:oas` rules
 * of .spectral.yaml) with no error and no warning, and a TypeScript client generated from it by
 * openapi-typescript that a small program compiles against, strictly, and that refuses a wrong type.
 */
const run = promisify(execFile);
const root = path.join(import.meta.dirname, "../..");
const bin = (name: string) => path.join(root, "node_modules/.bin", name);
const folder = mkdtempSync(path.join(tmpdir(), "openapi-"));
const documentFile = path.join(folder, "openapi.json");
writeFileSync(documentFile, JSON.stringify(openApiDocument(), null, 2));

/** The exit code and output of a linter, which exits non-zero when it finds anything. */
async function lint(command: string, args: string[]): Promise<string> {
  const result = await run(bin(command), args, { cwd: root, env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" } }).catch(
    (failure: { stdout: string; stderr: string }) => failure,
  );
  return result.stdout;
}

describe("the OpenAPI document, as outside tools read it", () => {
  it("passes Redocly's recommended rules with no error and no warning", async () => {
    const report = JSON.parse(await lint("redocly", ["lint", documentFile, "--format", "json"]));
    expect(report.problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 60_000);

  it("passes Spectral's OpenAPI rules with no error and no warning", async () => {
    const output = await lint("spectral", ["lint", documentFile, "--ruleset", ".spectral.yaml", "--format", "json", "--quiet"]);
    expect(JSON.parse(output.slice(output.indexOf("["), output.lastIndexOf("]") + 1))).toEqual([]);
  }, 60_000);

  it("gives a typed client that a strict program compiles against, and that refuses a wrong type", async () => {
    writeFileSync(path.join(folder, "api.d.ts"), astToString(await openapiTS(new URL(`file://${documentFile}`))));
    const program = (body: string) => `
      import type { paths, components } from "./api";
      type Patch = paths["/workers/{id}"]["patch"]["requestBody"]["content"]["application/merge-patch+json"];
      type Worker = paths["/workers/{id}"]["get"]["responses"][200]["content"]["application/json"];
      type Figure = components["schemas"]["PublishedSourceInput"]["figures"][number];
      type Failure = paths["/workers/{id}"]["patch"]["responses"][412]["content"]["application/json"];
      export async function correctPhone(base: string, id: string, etag: string): Promise<Worker> {
        const patch: Patch = { phone: "+66812345678", employer: null };
        const answer = await fetch(\`\${base}/workers/\${id}\`, {
          method: "PATCH",
          headers: { "Content-Type": "application/merge-patch+json", "If-Match": etag },
          body: JSON.stringify(patch),
        });
        if (answer.status === 412) throw new Error(((await answer.json()) as Failure).error.code);
        return (await answer.json()) as Worker;
      }
      export const figure: Figure = ${body};
      export const version = (worker: Worker): number => worker.version;
    `;
    const compile = (body: string) => {
      writeFileSync(path.join(folder, "client.ts"), program(body));
      const compiled = ts.createProgram([path.join(folder, "client.ts")], {
        strict: true,
        noEmit: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
        types: [],
      });
      return ts.getPreEmitDiagnostics(compiled).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
    };
    expect(compile(`{ countryCode: "TH", workers: 1220197 }`)).toEqual([]);
    expect(compile(`{ countryCode: "TH", workers: "1220197" }`).join("\n")).toMatch(/not assignable to type 'number'/);
  }, 60_000);
});
