import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { db, Prisma } from "@/lib/db";

/**
 * Failed sign-ins counted per key (a registration number, an e-mail, a client address...), in the
 * database so the limits hold across app servers and restarts. Sign-in by the portal now, by staff
 * later: each passes its own keys and policies.
 */
export type ThrottlePolicy = {
  /** Failures in a row (each within `windowMs` of the one before) that lock the key. */
  maxFailures: number;
  /** From this many failures on, each attempt waits a little before it is checked. */
  slowAfter: number;
  windowMs: number;
  lockMs: number;
};

export type ThrottleKey = {
  key: string;
  policy: ThrottlePolicy;
  /**
   * Whether a successful sign-in forgets the key's failures. Not for a client address: one good
   * sign-in between guesses at other accounts must not reset the count.
   */
  clearOnSuccess: boolean;
};

export type ThrottledResult<T> = { outcome: "signed-in"; value: T } | { outcome: "failed" } | { outcome: "locked" };

const DELAY_STEP_MS = 250;
const MAX_DELAY_MS = 1_000;

type Row = { key: string; failures: number; lastFailure: Date; lockedUntil: Date | null };

/** Failures that still count at `now`: those of a streak whose last one is within the window. */
function recentFailures(row: Row | undefined, policy: ThrottlePolicy, now: Date): number {
  return row && row.lastFailure.getTime() > now.getTime() - policy.windowMs ? row.failures : 0;
}

function delayFor(failures: number, policy: ThrottlePolicy): number {
  return failures < policy.slowAfter ? 0 : Math.min(MAX_DELAY_MS, DELAY_STEP_MS * (failures - policy.slowAfter + 1));
}

/** Whether any key is locked at `now`, and otherwise how long the next attempt should wait. */
export async function throttleStatus(keys: ThrottleKey[], now = new Date()): Promise<{ locked: boolean; delayMs: number }> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keys.map(({ key }) => key) } } });
  const byKey = new Map(rows.map((row) => [row.key, row]));
  let delayMs = 0;
  for (const { key, policy } of keys) {
    const row = byKey.get(key);
    if (row?.lockedUntil && row.lockedUntil > now) return { locked: true, delayMs: 0 };
    delayMs = Math.max(delayMs, delayFor(recentFailures(row, policy, now), policy));
  }
  return { locked: false, delayMs };
}

/** A UTC timestamp for the table's `timestamp without time zone` columns, whatever the session's zone. */
const utc = (date: Date) => Prisma.sql`(to_timestamp(${date.getTime() / 1000}::double precision) AT TIME ZONE 'UTC')`;

/**
 * Counts a failure against every key, in one statement per key so that concurrent failures are
 * all counted: a streak continues while failures come within the window, and locks at the limit.
 */
export async function recordFailure(keys: ThrottleKey[], now = new Date()): Promise<void> {
  for (const { key, policy } of keys) {
    const windowStart = utc(new Date(now.getTime() - policy.windowMs));
    const lockEnd = utc(new Date(now.getTime() + policy.lockMs));
    const failures = Prisma.sql`CASE WHEN t."lastFailure" > ${windowStart} THEN t."failures" + 1 ELSE 1 END`;
    await db.$executeRaw`
      INSERT INTO "SignInThrottle" AS t ("key", "failures", "lastFailure", "lockedUntil")
      VALUES (${key}, 1, ${utc(now)}, CASE WHEN 1 >= ${policy.maxFailures}::int THEN ${lockEnd} END)
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = ${failures},
        "lastFailure" = EXCLUDED."lastFailure",
        "lockedUntil" = CASE WHEN ${failures} >= ${policy.maxFailures}::int THEN ${lockEnd} END`;
  }
}

/** Forgets the failures of the keys that a successful sign-in clears. */
export async function clearFailures(keys: ThrottleKey[]): Promise<void> {
  const cleared = keys.filter((key) => key.clearOnSuccess).map(({ key }) => key);
  if (cleared.length) await db.signInThrottle.deleteMany({ where: { key: { in: cleared } } });
}

/**
 * One throttled sign-in attempt: refused unchecked while any key is locked, slowed after a few
 * failures, then `attempt` (null for a failure, which is counted against every key). A value for
 * which `complete` is false (a right password still waiting for its one-time code) neither counts
 * nor clears: otherwise asking for the code again would wipe the count of wrong codes.
 */
export async function throttledSignIn<T>(
  keys: ThrottleKey[],
  attempt: () => Promise<T | null>,
  { complete = () => true }: { complete?: (value: T) => boolean } = {},
): Promise<ThrottledResult<T>> {
  const { locked, delayMs } = await throttleStatus(keys);
  if (locked) return { outcome: "locked" };
  if (delayMs) await sleep(delayMs);
  const value = await attempt();
  if (value === null) {
    await recordFailure(keys);
    return { outcome: "failed" };
  }
  if (complete(value)) await clearFailures(keys);
  return { outcome: "signed-in", value };
}
