import pg from "pg";
import { seed, seedDemoAccounts } from "../prisma/seed";
import { resetDatabase } from "../scripts/database-admin";
import { applyMigrations } from "../scripts/migrations";
import { thousands } from "./format";
import { loadRegister, type LoadReport } from "./load";

/**
 * A register of exactly `counts` workers per destination in the bench database. One already there
 * is kept, so that reruns are quick; otherwise the database is emptied, migrated, given its
 * reference data and loaded. Either way the demo posts and accounts are made by the seed's own code,
 * their authenticator keys sealed under `authSecret`, the secret the bench's server runs with.
 */
export async function prepareRegister(
  url: string,
  counts: Record<string, number>,
  { fresh, authSecret }: { fresh: boolean; authSecret: string },
): Promise<{ load: LoadReport | null; reused: boolean }> {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const present = await inspect(url);
  if (!fresh && present.workers === total) {
    // A migration newer than the load applies to it as to any database.
    await applyMigrations(url);
    await seedDemoAccounts(url, authSecret);
    console.log(`${thousands(total)} workers already loaded: generation skipped (--fresh regenerates them)`);
    return { load: present.load, reused: true };
  }
  if (fresh || present.workers) {
    console.log(`bench database holds ${thousands(present.workers)} workers${fresh ? "" : `, not ${thousands(total)}`}: emptying it`);
  }
  await resetDatabase(url);
  await applyMigrations(url);
  await seed(url, { demo: false });
  const postIds = await seedDemoAccounts(url, authSecret);
  console.log(`generating and loading ${thousands(total)} workers`);
  return { load: await loadRegister(url, counts, postIds), reused: false };
}

async function inspect(url: string): Promise<{ workers: number; load: LoadReport | null }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const {
      rows: [tables],
    } = await client.query<{ worker: string | null; load: string | null }>(`SELECT to_regclass('"Worker"') AS worker, to_regclass('bench_load') AS load`);
    const workers = tables.worker ? Number((await client.query(`SELECT count(*) FROM "Worker"`)).rows[0].count) : 0;
    const load = tables.load ? ((await client.query<{ report: LoadReport }>(`SELECT report FROM bench_load`)).rows[0]?.report ?? null) : null;
    return { workers, load };
  } finally {
    await client.end();
  }
}
