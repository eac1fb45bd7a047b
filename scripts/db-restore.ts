/**
 * `npm run db:restore -- FILE`: a backup made by `npm run db:backup` into an empty database (created
 * when missing), by default the one of DATABASE_URL. A database that holds any table is refused:
 * a restore never mixes with data already there. It runs as one transaction, so a failed restore
 * leaves the database empty.
 *
 *   npm run db:restore -- FILE [--database postgresql://…]
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import pg from "pg";
import { createDatabaseIfMissing } from "./database-admin";
import { findPostgresTool, runPostgresTool, serverMajor } from "./postgres-tools";

/** Tables, sequences and views outside PostgreSQL's own schemas. */
async function relationsIn(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind IN ('r', 'p', 'S', 'v', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
         AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'`,
    );
    return rows[0].count;
  } finally {
    await client.end();
  }
}

export async function restoreDatabase(options: { file: string; url: string }): Promise<void> {
  if (!existsSync(options.file)) throw new Error(`No backup file at ${options.file}`);
  await createDatabaseIfMissing(options.url);
  const name = decodeURIComponent(new URL(options.url).pathname.slice(1));
  const relations = await relationsIn(options.url);
  if (relations > 0) {
    throw new Error(`The database "${name}" is not empty (${relations} tables, sequences or views): restore only into a new, empty database.`);
  }
  const pgRestore = await findPostgresTool("pg_restore", await serverMajor(options.url));
  // Without owners and grants: the roles of the server the backup came from need not exist here;
  // everything belongs to the user who restores.
  await runPostgresTool(pgRestore, ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${name}`, options.file], options.url);
}

async function main() {
  const { values, positionals } = parseArgs({ options: { database: { type: "string" } }, allowPositionals: true });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new Error("Give one backup file: npm run db:restore -- backups/registry-….dump [--database postgresql://…]");
  const url = values.database ?? process.env.DATABASE_URL;
  if (!url) throw new Error("Give the database to restore into: DATABASE_URL, or --database postgresql://…");
  await restoreDatabase({ file, url });
  console.log(`restored ${file} into ${new URL(url).pathname.slice(1)}`);
}

if (process.argv[1] === import.meta.filename) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
