import pg from "pg";

/** Empties a database: its public schema goes, with every table, type, sequence and extension in it. */
export async function resetDatabase(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
  } finally {
    await client.end();
  }
}

/** Runs `work` on the server's `postgres` database with the name of the database `url` names. */
async function onServer(url: string, work: (client: pg.Client, name: string) => Promise<unknown>) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    await work(client, name);
  } finally {
    await client.end();
  }
}

/** Creates the database that `url` names unless it exists. */
export async function createDatabaseIfMissing(url: string) {
  await onServer(url, async (client, name) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    // A database name cannot be a query parameter; pg escapes it as an identifier instead.
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  });
}

/** Drops the database that `url` names, if there is one, ending its connections. */
export async function dropDatabaseIfExists(url: string) {
  await onServer(url, (client, name) => client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`));
}
