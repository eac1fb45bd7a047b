/**
 * One database per vitest test file, cloned from the migrated and seeded test database used as a
 * PostgreSQL template: files run side by side without seeing each other's writes, and a clone of
 * the small seeded database costs a fraction of a second. The template must have no other
 * connection while a clone is made (PostgreSQL's rule), so nothing connects to it during vitest.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";

/** Names the clones of one template share; an identifier is at most 63 bytes. */
const clonePrefix = (template: string) => `${template.slice(0, 44)}_file_`;

const databaseName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));

function withDatabase(url: string, name: string) {
  const other = new URL(url);
  other.pathname = `/${encodeURIComponent(name)}`;
  return other.toString();
}

async function onServer<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new database with the template's schema and data; resolves to its URL. */
export async function cloneTemplateDatabase(templateUrl: string): Promise<string> {
  const template = databaseName(templateUrl);
  const name = `${clonePrefix(template)}${randomBytes(5).toString("hex")}`;
  await onServer(templateUrl, async (client) => {
    try {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE ${client.escapeIdentifier(template)}`);
    } catch (error) {
      const busy = (error as { code?: string }).code === "55006";
      if (!busy) throw error;
      throw new Error(
        `The test database ${template} is a template for each test file's own database, and it has another connection ` +
          `(a running app or psql?). Close it, then run the tests again.`,
        { cause: error },
      );
    }
  });
  return withDatabase(templateUrl, name);
}

/** Connections dropping clones at once: each DROP DATABASE waits for a checkpoint, and concurrent ones share it. */
const DROPPING_AT_ONCE = 8;

/** Drops every clone of the template (this run's, and any a crashed run left behind). */
export async function dropTemplateClones(templateUrl: string): Promise<void> {
  const prefix = clonePrefix(databaseName(templateUrl));
  const names = await onServer(templateUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [prefix]);
    return rows.map((row) => row.datname);
  });
  const dropNext = async (): Promise<void> => {
    const name = names.pop();
    if (name === undefined) return;
    await onServer(templateUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`));
    return dropNext();
  };
  await Promise.all(Array.from({ length: DROPPING_AT_ONCE }, dropNext));
}
