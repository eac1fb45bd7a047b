import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorFor } from "@/lib/test/actors";
import { csvFile, importRow } from "@/lib/test/import-files";
import { importFile, upload } from "@/lib/test/imports";
import { uniquePassport } from "@/lib/test/random-person";
import { backupDatabase } from "./db-backup";
import { restoreDatabase } from "./db-restore";
import { findPostgresTool } from "./postgres-tools";

const sourceUrl = process.env.DATABASE_URL!;
const restoredName = `${new URL(sourceUrl).pathname.slice(1)}_restore_${randomUUID().slice(0, 8)}`;
const restoredUrl = Object.assign(new URL(sourceUrl), { pathname: `/${restoredName}` }).toString();
let folder: string | undefined;

afterAll(async () => {
  await db.$disconnect();
  if (folder) await rm(folder, { recursive: true, force: true });
  const maintenance = new pg.Client({ connectionString: Object.assign(new URL(sourceUrl), { pathname: "/postgres" }).toString() });
  await maintenance.connect();
  await maintenance.query(`DROP DATABASE IF EXISTS ${maintenance.escapeIdentifier(restoredName)} WITH (FORCE)`);
  await maintenance.end();
});

type Fingerprint = { tables: Record<string, { rows: number; checksum: string }>; sequences: Record<string, number> };

/**
 * Every table's row count and a checksum of its rows (each row's text hashed, the hashes sorted:
 * independent of the order rows lie on disk), and every sequence's position.
 */
async function fingerprint(client: pg.ClientBase): Promise<Fingerprint> {
  const { rows: tables } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
  const fingerprint: Fingerprint = { tables: {}, sequences: {} };
  for (const { name } of tables) {
    const table = client.escapeIdentifier(name);
    const {
      rows: [summary],
    } = await client.query<{ rows: number; checksum: string }>(
      `SELECT count(*)::int AS rows, coalesce(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '') AS checksum FROM ${table} t`,
    );
    fingerprint.tables[name] = summary;
  }
  const { rows: sequences } = await client.query<{ name: string; position: string | null }>(
    `SELECT sequencename AS name, last_value AS position FROM pg_sequences WHERE schemaname = 'public'`,
  );
  for (const { name, position } of sequences) fingerprint.sequences[name] = Number(position ?? 0);
  return fingerprint;
}

describe("backup and restore", () => {
  it("restore every row of every table, and the sequences where they were, into a new database", { timeout: 120_000 }, async () => {
    // Rows in the import tables too, the file's bytes among them (a dry run keeps its upload).
    const officer = await actorFor("officer.th@registry.test");
    await importFile(officer, csvFile([importRow(uniquePassport()), importRow(uniquePassport(), { date_of_birth: "31/02/1990" })]));
    await upload(officer, csvFile([importRow(uniquePassport())]), { dryRun: true });

    // A backup is taken of a register in use: the dump and the fingerprint read one snapshot.
    folder = await mkdtemp(path.join(os.tmpdir(), "registry-backup-"));
    const file = path.join(folder, "registry.dump");
    const source = new pg.Client({ connectionString: sourceUrl });
    await source.connect();
    let before: Fingerprint;
    try {
      await source.query("BEGIN ISOLATION LEVEL REPEATABLE READ");
      const {
        rows: [{ snapshot }],
      } = await source.query<{ snapshot: string }>("SELECT pg_export_snapshot() AS snapshot");
      before = await fingerprint(source);
      await backupDatabase({ url: sourceUrl, file, snapshot });
      await source.query("COMMIT");
    } finally {
      await source.end();
    }

    await restoreDatabase({ file, url: restoredUrl });
    const restored = new pg.Client({ connectionString: restoredUrl });
    await restored.connect();
    const after = await fingerprint(restored).finally(() => restored.end());

    expect(Object.keys(after.tables)).toEqual(Object.keys(before.tables));
    expect(after.tables).toEqual(before.tables);
    for (const table of ["Worker", "AuditEvent", "ImportJob", "ImportFileChunk", "ImportRejection", "User", "_prisma_migrations"]) {
      expect(after.tables[table].rows, table).toBeGreaterThan(0);
    }
    expect(after.sequences).toEqual(before.sequences);
  });

  it("refuses to restore into a database that holds tables", { timeout: 60_000 }, async () => {
    folder ??= await mkdtemp(path.join(os.tmpdir(), "registry-backup-"));
    const file = path.join(folder, "refused.dump");
    await backupDatabase({ url: sourceUrl, file });
    await expect(restoreDatabase({ file, url: sourceUrl })).rejects.toThrow(/is not empty .* restore only into a new, empty database/);
  });

  it("says what to install when no pg_dump fits the server", async () => {
    await expect(findPostgresTool("pg_dump", 99)).rejects.toThrow(/No pg_dump for PostgreSQL 99 or later\..*postgresql-client-99/);
  });
});
