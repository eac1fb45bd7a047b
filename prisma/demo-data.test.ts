import { describe, expect, it } from "vitest";
import { CASE_STATUSES, isSensitive } from "../lib/schemas/case";
import { demoCases, demoCounts } from "./demo-data";

describe("demo data", () => {
  it("spreads demo workers in the published proportions, at least one per destination", () => {
    const counts = demoCounts({ TH: 1_220_197, KR: 45_866, MY: 23_027, JP: 11_453, SG: 821, HK: 202, SA: 43 });
    expect(counts).toEqual({ TH: 375, KR: 14, MY: 7, JP: 4, SG: 1, HK: 1, SA: 1 });
  });

  describe("demo cases", () => {
    const today = new Date("2026-12-03T10:00:00Z");
    const countries = ["TH", "KR", "MY", "JP", "SG", "HK", "SA"];
    const workers = countries.flatMap((country) =>
      ["DEPLOYED", "PRE_DEPARTURE", "RETURNED"].flatMap((status) => Array.from({ length: 12 }, (_, i) => ({ id: `${country}-${status}-${i}`, destinationCountry: country, status }))),
    );
    const context = {
      today,
      postIdFor: (country: string) => (["TH", "KR", "MY", "JP", "SG"].includes(country) ? `post-${country}` : null),
      officerFor: (postId: string | null, sensitive: boolean) => (postId ? `officer-${postId}` : sensitive ? "supervisor" : "ministry"),
      agencyIds: ["a1", "a2", "a3", "a4", "a5"],
      workers,
    };
    const cases = demoCases(context);
    const count = (category: string) => cases.filter((c) => (c.categories as string[]).includes(category)).length;

    it("follow the ILO study's order: agencies' delays, then compensation claims, missing persons, wages", () => {
      expect(cases).toHaveLength(60);
      const delays = count("RECRUITMENT_FEES_OR_DELAY");
      const compensation = count("INJURY_OR_ILLNESS") + count("DEATH");
      const missing = count("MISSING_PERSON");
      const wages = count("UNPAID_WAGES");
      expect(delays).toBeGreaterThan(compensation);
      expect(compensation).toBeGreaterThan(missing);
      expect(missing).toBeGreaterThan(wages);
      for (const other of ["CONTRACT_SUBSTITUTION", "DOCUMENTS_WITHHELD", "ABUSE_OR_VIOLENCE", "DETENTION_OR_STATUS", "TRAFFICKING", "OTHER"]) expect(count(other)).toBeLessThan(wages);
      // Deterministic: every machine shows the same demo cases.
      expect(demoCases(context)).toEqual(cases);
    });

    it("are dated step after step, never after today, and paid no more than was agreed", () => {
      for (const c of cases) {
        const order = c.steps.map((step) => CASE_STATUSES.indexOf(step.status));
        expect(order).toEqual([...order].sort((a, b) => a - b));
        expect(c.steps.every((step, i) => i === 0 || step.at >= c.steps[i - 1].at)).toBe(true);
        expect(c.steps.at(-1)!.at.getTime()).toBeLessThanOrEqual(today.getTime());
        expect(c.status).toBe(c.steps.at(-1)!.status);
        expect(c.sensitive).toBe(isSensitive(c.categories, c.markedSensitive));
        const paid = c.payments.reduce((sum, p) => sum + p.amount, 0);
        if (c.outcome !== "COMPENSATION_AGREED") expect(paid).toBe(0);
        else expect(paid).toBeLessThanOrEqual(Number(c.amountAgreed));
        if (c.status === "CLOSED" && c.outcome === "COMPENSATION_AGREED") expect(paid).toBe(Number(c.amountAgreed));
        if (c.payments.length) expect(c.currency).not.toBeNull();
      }
    });

    it("hold every step and outcome the report counts: open, resolved with compensation received, sensitive, unconfirmed", () => {
      expect(cases.filter((c) => c.status !== "RESOLVED" && c.status !== "CLOSED").length).toBeGreaterThan(5);
      expect(cases.filter((c) => c.payments.length === 2).length).toBeGreaterThan(0);
      expect(cases.filter((c) => c.sensitive).length).toBeGreaterThan(3);
      const unconfirmed = cases.filter((c) => c.confirmedAt === null);
      expect(unconfirmed).toHaveLength(2);
      expect(unconfirmed.every((c) => c.channel === "PUBLIC_FORM" && c.postId === null && c.assignedOfficerId === null && c.status === "RECEIVED")).toBe(true);
      // Delays are complained of in Phnom Penh, by workers who never left.
      expect(cases.filter((c) => c.categories.includes("RECRUITMENT_FEES_OR_DELAY")).every((c) => c.postId === null)).toBe(true);
      expect(new Set(cases.map((c) => c.postId)).size).toBeGreaterThan(3);
    });
  });
});
