import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createDatabaseIfMissing, dropDatabaseIfExists } from "./database-admin";
import { applyMigrations, unmigratedChanges } from "./migrations";

/** A new empty database on the test server, beside this file's own. */
function emptyDatabaseUrl(): string {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/migrations_test_${randomBytes(6).toString("hex")}`;
  return url.toString();
}

describe("migrations", () => {
  it("match prisma/schema.prisma: a schema change without a migration fails here", async () => {
    expect(await unmigratedChanges(process.env.DATABASE_URL!)).toBe("");
  });

  it("apply to two empty databases one after the other in one process (the engine's wasm is instantiated once)", async () => {
    const urls = [emptyDatabaseUrl(), emptyDatabaseUrl()];
    try {
      const applied = [];
      for (const url of urls) {
        await createDatabaseIfMissing(url);
        applied.push(await applyMigrations(url));
      }
      expect(applied[0].length).toBeGreaterThan(0);
      expect(applied[1]).toEqual(applied[0]);
    } finally {
      for (const url of urls) await dropDatabaseIfExists(url);
    }
  }, 120_000);
});
