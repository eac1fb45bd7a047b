import { describe, expect, it } from "vitest";
import { PASSPORT_PATTERN, WorkerInput } from "../lib/schemas/worker";
import { generator, profiles } from "../prisma/demo-data";
import { benchPassport, registration } from "./write-load";

describe("registration", () => {
  it("is a form the registration accepts, for every destination", () => {
    const random = generator(4);
    Object.keys(profiles).forEach((country, index) => {
      const parsed = WorkerInput.safeParse(registration(random, ["Phnom Penh", "Kampot"], country, index));
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(parsed.data).toMatchObject({ destinationCountry: country, status: "PRE_DEPARTURE", passportNo: benchPassport(index) });
    });
  });
});

describe("benchPassport", () => {
  it("is a valid passport number no generated worker has", () => {
    expect(benchPassport(149)).toBe("WB0000149");
    expect(benchPassport(149)).toMatch(PASSPORT_PATTERN);
  });
});
