/**
 * Issue #6's measurement: the national register imported from its CSV file by the app's own import
 * (streamed parsing, row checks, COPY into a staging table, set-based checks and batched writes
 * with the audit), against a plain COPY of the same file into a table with no constraint at all,
 * and against Prisma's createMany. Into a database of its own beside the bench's register, emptied
 * first: a switch-over fills an empty register. Then where the time of the writes goes.
 */
import { spawn } from "node:child_process";
import { createReadStream } from "node:fs";
import { rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { seed, seedDemoAccounts } from "../prisma/seed";
import { createDatabaseIfMissing, resetDatabase } from "../scripts/database-admin";
import { bin, run } from "../scripts/processes";
import { thousands } from "./format";
import { writeRegisterFile } from "./import-file";

/** Rows written the naive way, and in each run of the breakdown of the writes. */
export const SAMPLE_ROWS = 100_000;

type ImportRun = {
  status: string;
  counts: { rowsRead: number; created: number; updated: number; unchanged: number; rejected: number };
  seconds: { store: number; read: number; write: number; total: number };
  restingRssMb: number;
  peakRssMb: number;
  audits: number;
};

type WriteCost = { variant: string; seconds: number };

export type ImportResults = {
  rows: number;
  fileMb: number;
  copySeconds: number;
  ours: ImportRun;
  createMany: { rows: number; seconds: number };
  writes: WriteCost[];
  tallies: { exact: boolean; output: string };
};

/** The import's database: the bench's own URL with `_import` after the database's name. */
export function importDatabaseUrl(benchUrl: string): string {
  const url = new URL(benchUrl);
  url.pathname = `${url.pathname}_import`;
  return url.toString();
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * An empty register with the reference data, the posts and the accounts. The migrations run in a
 * process of their own: Prisma's schema engine cannot be started twice in one, and the bench's
 * register already started it in this one.
 */
async function emptyRegister(url: string, authSecret: string) {
  await createDatabaseIfMissing(url);
  await resetDatabase(url);
  if ((await run(bin("tsx"), [path.join(import.meta.dirname, "../scripts/migrations.ts"), "deploy"], { DATABASE_URL: url })) !== 0) {
    throw new Error("the import database could not be migrated");
  }
  await seed(url, { demo: false });
  await seedDemoAccounts(url, authSecret);
}

/** The workers written the naive way go, with their tallies, so that the import starts from an empty register too. */
const removeWorkers = (url: string) => withClient(url, (client) => client.query(`TRUNCATE "Worker", "WorkerTally", "WorkerMonthTally" CASCADE`));

/** Runs bench/import-child.ts against the import database; its last line is the result. */
function child<T>(url: string, args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    let output = "";
    const process_ = spawn(bin("tsx"), ["--conditions=react-server", path.join(import.meta.dirname, "import-child.ts"), ...args], {
      env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: "warn" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    process_.stdout.on("data", (chunk) => (output += chunk));
    process_.on("exit", (code) => {
      const last = output.trim().split("\n").pop() ?? "";
      if (code === 0) resolve(JSON.parse(last) as T);
      else reject(new Error(`import-child ${args[0]} exited with ${code}: ${output.slice(-2000)}`));
    });
  });
}

/** The baseline: the file as it is into a table of text columns, no index, no constraint, no trigger. */
async function plainCopy(url: string, file: string): Promise<number> {
  return withClient(url, async (client) => {
    const columns = Array.from({ length: 15 }, (_, i) => `c${i} text`).join(", ");
    await client.query(`DROP TABLE IF EXISTS bench_plain_copy; CREATE TABLE bench_plain_copy (${columns})`);
    const start = performance.now();
    await pipeline(createReadStream(file, { highWaterMark: 1 << 20 }), client.query(copyFrom(`COPY bench_plain_copy FROM STDIN (FORMAT csv, HEADER true)`)));
    const seconds = (performance.now() - start) / 1000;
    await client.query(`DROP TABLE bench_plain_copy`);
    return seconds;
  });
}

const WORKER_COLUMNS = `id, "registrationNo", "fullName", "fullNameKm", sex, "dateOfBirth", "passportNo", phone, "provinceCode", "destinationCountry",
  "postId", employer, sector, scheme, "deployedOn", "contractEnd", status, "createdAt", "updatedAt", "importJobId"`;

/**
 * Where the writes' time goes: the same new workers inserted into the full register (all its
 * indexes, foreign keys and tally triggers), then with parts of that set aside, each in a
 * transaction rolled back.
 */
async function writeCosts(url: string): Promise<WriteCost[]> {
  return withClient(url, async (client) => {
    await client.query(`
      CREATE TEMP TABLE bench_new_workers AS
      SELECT import_uuid_v7() AS id, 'X' || "registrationNo" AS "registrationNo", "fullName", "fullNameKm", sex, "dateOfBirth",
             'Z' || substr("passportNo", 2) AS "passportNo", phone, "provinceCode", "destinationCountry", "postId", employer, sector, scheme,
             "deployedOn", "contractEnd", status, "createdAt", "updatedAt", "importJobId"
      FROM "Worker" ORDER BY "passportNo" LIMIT ${SAMPLE_ROWS}`);
    const setAside = {
      trigram: `DROP INDEX "Worker_fullName_trgm_idx"; DROP INDEX "Worker_fullNameKm_trgm_idx";`,
      indexes: `DO $$ DECLARE i record; BEGIN
        FOR i IN SELECT indexname FROM pg_indexes WHERE tablename = 'Worker' AND indexname <> 'Worker_pkey' LOOP EXECUTE format('DROP INDEX %I', i.indexname); END LOOP;
      END $$;`,
      rest: `ALTER TABLE "Worker" DISABLE TRIGGER USER;
        DO $$ DECLARE c record; BEGIN
          FOR c IN SELECT conname FROM pg_constraint WHERE conrelid = '"Worker"'::regclass AND contype = 'f' LOOP EXECUTE format('ALTER TABLE "Worker" DROP CONSTRAINT %I', c.conname); END LOOP;
        END $$;`,
    };
    const {
      rows: [{ indexes }],
    } = await client.query<{ indexes: number }>(`SELECT count(*)::int AS indexes FROM pg_indexes WHERE tablename = 'Worker'`);
    const variants: [string, string][] = [
      [`as the import writes them: ${indexes} indexes (2 of them trigram GIN), 3 foreign keys, the tally triggers`, ""],
      ["without the 2 trigram GIN indexes", setAside.trigram],
      ["without any index but the primary key", setAside.indexes],
      ["without any index but the primary key, foreign key or trigger", `${setAside.indexes} ${setAside.rest}`],
    ];
    const costs: WriteCost[] = [];
    for (const [variant, before] of variants) {
      await client.query("BEGIN");
      if (before) await client.query(before);
      const start = performance.now();
      await client.query(`INSERT INTO "Worker" (${WORKER_COLUMNS}) SELECT ${WORKER_COLUMNS} FROM bench_new_workers`);
      costs.push({ variant, seconds: (performance.now() - start) / 1000 });
      await client.query("ROLLBACK");
      console.log(`  new workers ${variant}: ${costs.at(-1)!.seconds.toFixed(1)} s`);
    }
    return costs;
  });
}

/** `npm run reports:check` against the import's database: the tallies after a million rows at once. */
function tallyCheck(url: string): Promise<{ exact: boolean; output: string }> {
  return new Promise((resolve) => {
    let output = "";
    const check = spawn(bin("tsx"), ["--conditions=react-server", path.join(import.meta.dirname, "../scripts/check-tallies.ts")], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "pipe", "pipe"],
    });
    check.stdout.on("data", (chunk) => (output += chunk));
    check.stderr.on("data", (chunk) => (output += chunk));
    check.on("exit", (code) => resolve({ exact: code === 0, output: output.trim().split("\n").slice(0, 5).join(" ") }));
  });
}

export async function measureImport(benchUrl: string, counts: Record<string, number>, authSecret: string): Promise<ImportResults> {
  const url = importDatabaseUrl(benchUrl);
  const file = path.join(os.tmpdir(), `registry-bench-import-${process.pid}.csv`);
  try {
    await emptyRegister(url, authSecret);
    const provinces = await withClient(url, async (client) => (await client.query<{ code: string }>(`SELECT code FROM "Province" ORDER BY code`)).rows.map((p) => p.code));
    const { rows } = await writeRegisterFile(file, counts, provinces);
    const fileMb = (await stat(file)).size / 2 ** 20;
    console.log(`import: ${thousands(rows)} rows written to a CSV file of ${fileMb.toFixed(0)} MB`);

    const copySeconds = await plainCopy(url, file);
    console.log(`  plain COPY into a table with no constraint: ${copySeconds.toFixed(1)} s`);

    // The naive way first, into the same empty register, then emptied again for the import.
    const createMany = await child<{ rows: number; seconds: number }>(url, ["create-many", file, String(Math.min(SAMPLE_ROWS, rows))]);
    console.log(`  Prisma createMany, ${thousands(createMany.rows)} rows: ${createMany.seconds.toFixed(1)} s`);
    await removeWorkers(url);

    const ours = await child<ImportRun>(url, ["import", file]);
    console.log(`  the app's import: ${ours.seconds.total.toFixed(1)} s (${ours.status}), peak RSS ${ours.peakRssMb.toFixed(0)} MB`);
    const tallies = await tallyCheck(url);
    console.log(`  reports:check after the import: ${tallies.output}`);
    const writes = await writeCosts(url);
    return { rows, fileMb, copySeconds, ours, createMany, writes, tallies };
  } finally {
    await rm(file, { force: true });
  }
}
