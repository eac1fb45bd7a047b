import pg from "pg";
import { describe, expect, it } from "vitest";
import { freePort } from "@/scripts/processes";
import { isDatabaseUnavailable } from "./database-unavailable";

describe("isDatabaseUnavailable", () => {
  it("recognises node-postgres failing to reach a server", async () => {
    const client = new pg.Client({ host: "127.0.0.1", port: await freePort(), user: "nobody", connectionTimeoutMillis: 2000 });
    const error = await client.connect().then(
      () => null,
      (failure: unknown) => failure,
    );
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("recognises the errors Prisma's pg adapter wraps them in, as observed on a stopped server", () => {
    // A query while PostgreSQL shuts down (fast): P2010 with the adapter's error, code 57P01.
    const shutDown = Object.assign(new Error("Raw query failed. Code: `57P01`."), {
      code: "P2010",
      meta: { driverAdapterError: { name: "DriverAdapterError", cause: { originalCode: "57P01", kind: "postgres", code: "57P01", severity: "FATAL" } } },
    });
    // A query while it is down: P1001, DatabaseNotReachable.
    const down = Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), {
      code: "P1001",
      meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 } } },
    });
    const terminated = new Error("Connection terminated unexpectedly");
    expect([shutDown, down, terminated].map(isDatabaseUnavailable)).toEqual([true, true, true]);
    expect(isDatabaseUnavailable(new AggregateError([new Error("x"), Object.assign(new Error("refused"), { code: "ECONNREFUSED" })]))).toBe(true);
  });

  it("leaves the app's own failures alone: a constraint, a syntax error, a bug", () => {
    const unique = Object.assign(new Error("Unique constraint failed"), { code: "P2002", meta: { driverAdapterError: { cause: { kind: "UniqueConstraintViolation" } } } });
    const syntax = Object.assign(new Error("syntax error at or near"), { code: "42601" });
    expect([unique, syntax, new TypeError("x is undefined"), null, "text"].map(isDatabaseUnavailable)).toEqual([false, false, false, false, false]);
  });
});
