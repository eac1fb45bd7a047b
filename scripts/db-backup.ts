/**
 * `npm run db:backup`: the whole database in pg_dump's custom format, the one pg_restore reads
 * (compressed; tables can be restored one by one). By default the database of DATABASE_URL into
 * backups/registry-<UTC time>.dump.
 *
 *   npm run db:backup -- [--database postgresql://…] [--out FILE]
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { findPostgresTool, runPostgresTool, serverMajor } from "./postgres-tools";

const root = path.resolve(import.meta.dirname, "..");

export function defaultBackupFile(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  return path.join(root, "backups", `registry-${stamp}.dump`);
}

export async function backupDatabase(options: {
  url: string;
  file: string;
  /**
   * A snapshot exported by an open transaction (pg_export_snapshot()): the dump then holds exactly
   * what that transaction sees, however the database changes meanwhile.
   */
  snapshot?: string;
}): Promise<void> {
  const pgDump = await findPostgresTool("pg_dump", await serverMajor(options.url));
  await mkdir(path.dirname(path.resolve(options.file)), { recursive: true });
  const args = ["--format=custom", `--file=${options.file}`];
  if (options.snapshot) args.push(`--snapshot=${options.snapshot}`);
  await runPostgresTool(pgDump, args, options.url);
}

async function main() {
  const { values } = parseArgs({ options: { database: { type: "string" }, out: { type: "string" } } });
  const url = values.database ?? process.env.DATABASE_URL;
  if (!url) throw new Error("Give the database to back up: DATABASE_URL, or --database postgresql://…");
  const file = values.out ?? defaultBackupFile();
  await backupDatabase({ url, file });
  console.log(`backup written to ${file}`);
}

if (process.argv[1] === import.meta.filename) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
