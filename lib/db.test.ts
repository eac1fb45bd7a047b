import { afterAll, expect, it } from "vitest";
import { CONNECT_TIMEOUT_MS } from "./database-health";
import { db, POOL_SIZE, POOL_WAIT_MS } from "./db";

afterAll(() => db.$disconnect());

it("a query waiting its turn in a busy pool longer than the connect timeout is answered, not refused as an outage", async () => {
  expect(POOL_WAIT_MS).toBeGreaterThan(CONNECT_TIMEOUT_MS);
  const holdSeconds = CONNECT_TIMEOUT_MS / 1000 + 0.5;
  // Every connection of the pool busy for longer than the connect timeout, and one more query behind them.
  const busy = Array.from({ length: POOL_SIZE }, () => db.$queryRaw`SELECT pg_sleep(${holdSeconds}) IS NULL AS slept`);
  const waiting = db.$queryRaw<{ answer: number }[]>`SELECT 42 AS answer`;
  // Prisma's queries start when awaited: all of them at once here, the busy ones first.
  const answers = await Promise.all([...busy, waiting]);
  expect(answers.at(-1)).toEqual([{ answer: 42 }]);
});
