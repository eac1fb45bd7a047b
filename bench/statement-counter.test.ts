import pg from "pg";
import { afterAll, beforeAll, expect, test } from "vitest";
import { startStatementCounter, type StatementCounter } from "./statement-counter";

let counter: StatementCounter;
let pool: pg.Pool;

beforeAll(async () => {
  counter = await startStatementCounter(process.env.DATABASE_URL!);
  pool = new pg.Pool({ connectionString: counter.url, max: 2 });
});

afterAll(async () => {
  await pool.end();
  await counter.close();
});

test("counts simple queries, prepared executions and a transaction's BEGIN and COMMIT, and passes answers through", async () => {
  await pool.query("SELECT 1"); // connects: the startup packet is not a statement
  counter.reset();
  expect((await pool.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
  expect((await pool.query("SELECT $1::int + 1 AS two", [1])).rows).toEqual([{ two: 2 }]);
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT $1::text AS word", ["x".repeat(100_000)]);
    await client.query("COMMIT");
  } finally {
    client.release();
  }
  expect(counter.count()).toBe(5);
  counter.reset();
  expect(counter.count()).toBe(0);
});
