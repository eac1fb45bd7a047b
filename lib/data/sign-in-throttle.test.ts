import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { clearFailures, recordFailure, throttleStatus, throttledSignIn, type ThrottleKey, type ThrottlePolicy } from "./sign-in-throttle";

afterAll(async () => {
  await db.signInThrottle.deleteMany({ where: { key: { startsWith: "throttle-test:" } } });
  await db.$disconnect();
});

const minute = 60_000;
const policy: ThrottlePolicy = { maxFailures: 5, slowAfter: 3, windowMs: 15 * minute, lockMs: 15 * minute };
const keyOf = (clearOnSuccess = true): ThrottleKey => ({ key: `throttle-test:${crypto.randomUUID()}`, policy, clearOnSuccess });
const after = (start: Date, ms: number) => new Date(start.getTime() + ms);

async function failTimes(keys: ThrottleKey[], times: number, start: Date, spacingMs = 1_000) {
  for (let i = 0; i < times; i++) await recordFailure(keys, after(start, i * spacingMs));
}

describe("the sign-in throttle", () => {
  it("lets the first failures through unslowed, then slows each attempt, then locks the key at the limit", async () => {
    const key = keyOf();
    const start = new Date();
    await failTimes([key], 2, start);
    expect(await throttleStatus([key], after(start, 2_000))).toEqual({ locked: false, delayMs: 0 });
    await recordFailure([key], after(start, 2_000));
    const slowed = await throttleStatus([key], after(start, 3_000));
    expect(slowed.locked).toBe(false);
    expect(slowed.delayMs).toBeGreaterThan(0);
    await failTimes([key], 2, after(start, 3_000));
    expect(await throttleStatus([key], after(start, 5_000))).toEqual({ locked: true, delayMs: 0 });
    expect((await db.signInThrottle.findUniqueOrThrow({ where: { key: key.key } })).failures).toBe(5);
  });

  it("unlocks the key once the lock has run out, with the count started afresh", async () => {
    const key = keyOf();
    const start = new Date();
    await failTimes([key], 5, start);
    expect((await throttleStatus([key], after(start, 14 * minute))).locked).toBe(true);
    const later = after(start, 20 * minute);
    expect(await throttleStatus([key], later)).toEqual({ locked: false, delayMs: 0 });
    await recordFailure([key], later);
    expect((await db.signInThrottle.findUniqueOrThrow({ where: { key: key.key } })).failures).toBe(1);
    expect((await throttleStatus([key], later)).locked).toBe(false);
  });

  it("forgets failures spread wider apart than the window", async () => {
    const key = keyOf();
    await failTimes([key], 8, new Date(), 16 * minute);
    const row = await db.signInThrottle.findUniqueOrThrow({ where: { key: key.key } });
    expect(row).toMatchObject({ failures: 1, lockedUntil: null });
  });

  it("counts every one of many concurrent failures", async () => {
    const key = keyOf();
    await Promise.all(Array.from({ length: 6 }, () => recordFailure([key])));
    expect((await db.signInThrottle.findUniqueOrThrow({ where: { key: key.key } })).failures).toBe(6);
    expect((await throttleStatus([key])).locked).toBe(true);
  });

  it("refuses unchecked while locked, and clears on success only the keys meant to be cleared", async () => {
    const account = keyOf(true);
    const address = keyOf(false);
    let checked = 0;
    const wrong = async () => {
      checked++;
      return null;
    };
    expect(await throttledSignIn([account, address], wrong)).toEqual({ outcome: "failed" });
    expect(await throttledSignIn([account, address], async () => "welcome")).toEqual({ outcome: "signed-in", value: "welcome" });
    expect(await db.signInThrottle.findUnique({ where: { key: account.key } })).toBeNull();
    expect((await db.signInThrottle.findUniqueOrThrow({ where: { key: address.key } })).failures).toBe(1);

    await failTimes([address], 4, new Date());
    expect(await throttledSignIn([account, address], wrong)).toEqual({ outcome: "locked" });
    expect(checked).toBe(1);
    await clearFailures([address]);
    expect(await db.signInThrottle.findUnique({ where: { key: address.key } })).not.toBeNull();
  });
});
