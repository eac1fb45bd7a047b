import { describe, expect, it } from "vitest";
import { AppError, fieldError } from "../lib/errors";
import { combine, drive, errorKind, sustain } from "./drive";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("drive", () => {
  it("does every piece of work, never more than `concurrency` at once", async () => {
    let running = 0;
    let most = 0;
    const tasks = Array.from({ length: 20 }, () => async () => {
      running++;
      most = Math.max(most, running);
      await pause(2);
      running--;
    });
    const driven = await drive(() => tasks.shift() ?? null, 3);
    expect(driven.done).toBe(20);
    expect(most).toBe(3);
    expect(driven.latency?.median).toBeGreaterThan(1);
    expect(driven.errors).toEqual({});
  });

  it("counts failures by kind, goes on, and times only the successes", async () => {
    let n = 0;
    const driven = await drive(() => {
      n++;
      if (n > 6) return null;
      return n % 3 === 0 ? async () => Promise.reject(new AppError("CONFLICT")) : async () => pause(1);
    }, 2);
    expect(driven.done).toBe(4);
    expect(driven.errors).toEqual({ "CONFLICT errors.CONFLICT": 2 });
  });

  it("has no latency when nothing succeeded", async () => {
    const tasks = [async () => Promise.reject(new Error("down"))];
    const driven = await drive(() => tasks.shift() ?? null, 4);
    expect(driven.latency).toBeNull();
    expect(driven.errors).toEqual({ down: 1 });
  });
});

describe("sustain", () => {
  it("stops by itself once the time is up", async () => {
    const start = performance.now();
    const driven = await sustain(() => pause(5), { concurrency: 2, warmup: 0.02, seconds: 0.05 });
    expect(performance.now() - start).toBeLessThan(500);
    expect(driven.done).toBeGreaterThan(2);
    expect(driven.seconds).toBeGreaterThanOrEqual(0.05);
  });
});

describe("combine", () => {
  it("adds up the stretches: work, time, failures, and the latencies of them all", async () => {
    const once = async (ms: number, fail: boolean) => {
      const tasks = [async () => pause(ms), async () => Promise.reject(new Error(fail ? "down" : "slow"))];
      return drive(() => tasks.shift() ?? null, 1);
    };
    const combined = combine([await once(1, true), await once(30, true), await once(1, false)]);
    expect(combined.done).toBe(3);
    expect(combined.errors).toEqual({ down: 2, slow: 1 });
    expect(combined.samples).toHaveLength(3);
    expect(combined.latency!.median).toBeLessThan(30);
    expect(combined.perSecond).toBeCloseTo(3 / combined.seconds);
  });
});

describe("errorKind", () => {
  it("keeps the code and the last line of the message, where Prisma says what went wrong", () => {
    const prisma = Object.assign(new Error("\nInvalid `tx.worker.updateMany()` invocation:\n\n\nTransaction failed due to a write conflict or a deadlock.\n"), {
      code: "P2034",
    });
    expect(errorKind(prisma)).toBe("P2034 Transaction failed due to a write conflict or a deadlock.");
  });

  it("names the fields of a validation error", () => {
    expect(errorKind(fieldError("effectiveOn", "validation.date"))).toBe('VALIDATION errors.VALIDATION {"effectiveOn":["validation.date"]}');
  });

  it("takes anything thrown", () => {
    expect(errorKind("boom")).toBe("boom");
  });
});
