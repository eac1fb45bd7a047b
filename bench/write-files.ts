import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Writes each file (paths relative to `root`), making its folder first: a fresh clone has no
 * test-results/, where a full run writes its checks (a full run from a fresh clone once failed there,
 * after forty minutes of measuring).
 */
export async function writeFiles(root: string, files: Record<string, string>): Promise<void> {
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), content);
  }
}
