/**
 * Loads the register with COPY in one transaction, so that an interrupted load leaves no half
 * register behind (a rerun would otherwise take it for a finished one). How long it took is kept
 * in the database beside it (table bench_load), for the runs that reuse it.
 */
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { thousands } from "./format";
import { registerChunks, WORKER_COLUMNS, type Chunk } from "./generate";

export type LoadReport = {
  loadedAt: string;
  rows: number;
  copySeconds: number;
  /** What was set aside during the COPY and rebuilt after it. */
  indexes: number;
  foreignKeys: number;
  rebuildSeconds: number;
  analyzeSeconds: number;
};

const secondsSince = (start: number) => (performance.now() - start) / 1000;
const columns = WORKER_COLUMNS.map((column) => `"${column}"`).join(", ");

/*
 * Maintaining a dozen indexes row by row, and running three foreign-key checks per row at the end
 * of the COPY, takes several times longer than building them once afterwards. Their definitions
 * are read from the catalogue, so the rebuilt ones are exactly what the migrations created. The
 * primary key stays: other tables' foreign keys depend on it.
 */
const SET_ASIDE = `
  CREATE TEMP TABLE bench_set_aside ON COMMIT DROP AS
    SELECT indexname AS name, format('DROP INDEX %I', indexname) AS drop_sql, indexdef AS create_sql, 1 AS step
      FROM pg_indexes WHERE schemaname = 'public' AND tablename = 'Worker' AND indexname <> 'Worker_pkey'
    UNION ALL
    SELECT conname, format('ALTER TABLE "Worker" DROP CONSTRAINT %I', conname),
           format('ALTER TABLE "Worker" ADD CONSTRAINT %I %s', conname, pg_get_constraintdef(oid)), 2
      FROM pg_constraint WHERE conrelid = '"Worker"'::regclass AND contype = 'f';
  DO $$ DECLARE item record; BEGIN
    FOR item IN SELECT drop_sql FROM bench_set_aside ORDER BY step DESC LOOP EXECUTE item.drop_sql; END LOOP;
  END $$`;

// Notices carry the progress out of the one statement that rebuilds everything.
const REBUILD = `
  DO $$ DECLARE item record; started timestamptz; BEGIN
    FOR item IN SELECT name, create_sql FROM bench_set_aside ORDER BY step, name LOOP
      started := clock_timestamp();
      EXECUTE item.create_sql;
      RAISE NOTICE '% (% s)', item.name, round(extract(epoch FROM clock_timestamp() - started)::numeric, 1);
    END LOOP;
  END $$`;

function* withProgress(chunks: Iterable<Chunk>, total: number, start: number): Generator<string> {
  let sent = 0;
  let shown = 0;
  for (const chunk of chunks) {
    yield chunk.text;
    sent += chunk.rows;
    if (sent - shown >= 100_000 || sent === total) {
      shown = sent;
      console.log(`  ${thousands(sent)} / ${thousands(total)} rows sent, ${thousands(sent / secondsSince(start))} rows/s`);
    }
  }
}

/** `counts[country]` workers per destination, each in the post `postIds` gives, then VACUUM ANALYZE. */
export async function loadRegister(url: string, counts: Record<string, number>, postIds: Map<string, string>): Promise<LoadReport> {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const client = new pg.Client({ connectionString: url });
  client.on("notice", (notice) => console.log(`  rebuilt ${notice.message}`));
  await client.connect();
  try {
    await client.query("BEGIN");
    const { rows: provinces } = await client.query<{ code: string }>(`SELECT code FROM "Province" ORDER BY code`);
    await client.query("SET LOCAL maintenance_work_mem = '1GB'");
    await client.query(SET_ASIDE);
    const {
      rows: [setAside],
    } = await client.query<{ indexes: number; foreignKeys: number }>(
      `SELECT count(*) FILTER (WHERE step = 1)::int AS indexes, count(*) FILTER (WHERE step = 2)::int AS "foreignKeys" FROM bench_set_aside`,
    );

    const copyStart = performance.now();
    const chunks = registerChunks(counts, {
      provinces: provinces.map((province) => province.code),
      postIdFor: (country) => postIds.get(country) ?? null,
      today: Date.now(),
    });
    await pipeline(Readable.from(withProgress(chunks, total, copyStart)), client.query(copyFrom(`COPY "Worker" (${columns}) FROM STDIN`)));
    const copySeconds = secondsSince(copyStart);
    console.log(`  COPY: ${thousands(total)} rows in ${copySeconds.toFixed(1)} s, ${thousands(total / copySeconds)} rows/s`);

    const rebuildStart = performance.now();
    await client.query(REBUILD);
    const rebuildSeconds = secondsSince(rebuildStart);
    // Registration sequences 1…total are taken: the app's next worker gets total + 1.
    await client.query("SELECT setval('worker_registration_seq', $1)", [total]);
    await client.query("COMMIT");

    const analyzeStart = performance.now();
    // VACUUM too: it sets the visibility map, as autovacuum would have long since on a live register.
    await client.query(`VACUUM (ANALYZE) "Worker"`);
    const report = { loadedAt: new Date().toISOString(), rows: total, copySeconds, ...setAside, rebuildSeconds, analyzeSeconds: secondsSince(analyzeStart) };
    await client.query(`CREATE TABLE bench_load (report jsonb NOT NULL)`);
    await client.query(`INSERT INTO bench_load (report) VALUES ($1)`, [report]);
    return report;
  } finally {
    await client.end();
  }
}

