import { describe, expect, it } from "vitest";
import { unmigratedChanges } from "./migrations";

describe("migrations", () => {
  it("match prisma/schema.prisma: a schema change without a migration fails here", async () => {
    expect(await unmigratedChanges(process.env.DATABASE_URL!)).toBe("");
  });
});
