import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { writeFiles } from "./write-files";

const roots: string[] = [];
afterAll(() => Promise.all(roots.map((root) => rm(root, { recursive: true, force: true }))));

it("writes the results and the checks into folders a fresh clone does not have", async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), "bench-files-"));
  roots.push(root);
  await writeFiles(root, { "bench/RESULTS.md": "# results", "test-results/bench-checks.json": "[]" });
  expect(await readFile(path.join(root, "bench/RESULTS.md"), "utf8")).toBe("# results");
  expect(await readFile(path.join(root, "test-results/bench-checks.json"), "utf8")).toBe("[]");
});
