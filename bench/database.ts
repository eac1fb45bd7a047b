/**
 * The benchmark's own database, never the app's: BENCH_DATABASE_URL when set (created if missing),
 * otherwise an embedded PostgreSQL whose data stays in .data/bench, so that a rerun finds the
 * register already loaded.
 */
import path from "node:path";
import { createDatabaseIfMissing } from "../scripts/database-admin";
import { startEmbeddedPostgres, type RunningDatabase } from "../scripts/embedded-db";

// Not dev's 54329: the app and the benchmark can run side by side.
const EMBEDDED_PORT = 54330;

export type BenchDatabase = RunningDatabase & { where: string };

export async function openBenchDatabase(): Promise<BenchDatabase> {
  const url = process.env.BENCH_DATABASE_URL;
  if (url) {
    // The benchmark empties its database: never let that be the app's.
    if (url === process.env.DATABASE_URL) throw new Error("BENCH_DATABASE_URL must not be DATABASE_URL: the benchmark empties it");
    await createDatabaseIfMissing(url);
    return { url, stop: async () => {}, where: "BENCH_DATABASE_URL" };
  }
  const dataDir = path.resolve(import.meta.dirname, "../.data/bench");
  const embedded = await startEmbeddedPostgres({ dataDir, port: EMBEDDED_PORT, persistent: true });
  return { ...embedded, where: `embedded PostgreSQL on 127.0.0.1:${EMBEDDED_PORT}, data in .data/bench` };
}
