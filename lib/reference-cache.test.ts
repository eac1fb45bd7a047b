import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listCountries } from "@/lib/data/reference";
import { keptReference } from "./reference-cache";

afterAll(() => db.$disconnect());

describe("reference data kept by the process", () => {
  it("is read once, then again after any change to a reference table, whoever makes it", async () => {
    let reads = 0;
    const read = async () => {
      reads++;
      return db.province.findMany({ select: { code: true } });
    };
    await keptReference("test:provinces", read);
    await keptReference("test:provinces", read);
    expect(reads).toBe(1);
    // A change as a seed or psql would make it: the trigger notifies, not the app.
    await db.$executeRaw`UPDATE "Province" SET "nameEn" = "nameEn" WHERE code = 'KH-12'`;
    await expect.poll(async () => (await keptReference("test:provinces", read), reads)).toBe(2);
    await keptReference("test:provinces", read);
    expect(reads).toBe(2);
  });

  it("shows a renamed country on the next read, and its kept list cannot be changed by a caller", async () => {
    const before = await listCountries();
    expect(Object.isFrozen(before)).toBe(true);
    expect(() => (before as { code: string }[]).push({ code: "XX" })).toThrow(TypeError);
    await db.country.update({ where: { code: "KR" }, data: { nameEn: "Republic of Korea" } });
    await expect.poll(async () => (await listCountries()).find((country) => country.code === "KR")?.nameEn).toBe("Republic of Korea");
  });

  it("does not keep a failed read", async () => {
    let reads = 0;
    const failing = async () => {
      reads++;
      throw new Error("the database went away");
    };
    await expect(keptReference("test:failing", failing)).rejects.toThrow("went away");
    await expect(keptReference("test:failing", failing)).rejects.toThrow("went away");
    expect(reads).toBe(2);
  });
});
