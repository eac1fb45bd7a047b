import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { WorkerInput } from "@/lib/schemas/worker";
import { actorFor, workerInput } from "@/lib/test/actors";
import { listWorkers } from "./worker-list";
import { createWorker } from "./workers";

afterAll(() => db.$disconnect());

let officer: Actor;
beforeAll(async () => {
  officer = await actorFor("officer.th@registry.test");
});

const hostile = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 80 }),
  fc.constantFrom("\u0000", "a\u0000b", "<script>alert(1)</script>", "%' OR 1=1 --", "\\", "%%__", "N1234567' --", "សុខ%", "[a-z]*", "'; DROP TABLE \"Worker\"; --"),
);

/** Text a search box or a free-text field takes: up to its length, no NUL (PostgreSQL text cannot hold it). */
const storableText = (maxLength: number) => fc.string({ unit: "grapheme", maxLength }).filter((text) => !text.includes("\u0000") && text.trim().length <= maxLength);

/** The refusal a data function answered with, or null when it answered. Anything else fails the test. */
async function outcomeOf(work: Promise<unknown>): Promise<AppError | null> {
  try {
    await work;
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
}

function expectShare(reached: Map<string, number>, kinds: string[], runs: number) {
  for (const kind of kinds) expect(reached.get(kind) ?? 0, kind).toBeGreaterThan(runs / 8);
}

describe("hostile input to the data layer", () => {
  it("the worker search answers searchable text with results and anything else with a validation error, never a crash", async () => {
    const reached = new Map<string, number>();
    const runs = 60;
    const searches = fc.oneof(
      storableText(100).map((q) => ({ kind: "searchable", q })),
      fc.oneof(
        fc.tuple(storableText(40), storableText(40)).map(([before, after]) => `${before}\u0000${after}`),
        fc.string({ minLength: 101, maxLength: 300 }).filter((q) => q.trim().length > 100),
      ).map((q) => ({ kind: "refused", q })),
      hostile.map((q) => ({ kind: "hostile", q })),
    );
    await fc.assert(
      fc.asyncProperty(searches, async ({ kind, q }) => {
        reached.set(kind, (reached.get(kind) ?? 0) + 1);
        const refusal = await outcomeOf(listWorkers(officer, { q }));
        if (kind === "searchable") expect(refusal).toBeNull();
        if (kind === "refused") expect(refusal?.code).toBe("VALIDATION");
      }),
      { numRuns: runs },
    );
    expectShare(reached, ["searchable", "refused", "hostile"], runs);
  });

  it("stores a registration's valid text as the schema reads it again, and refuses the invalid", async () => {
    const reached = new Map<string, number>();
    const runs = 40;
    const latinName = fc.stringMatching(/^[A-Za-z][A-Za-z .'-]{0,40}$/);
    const phone = fc.stringMatching(/^\+?\d{8,15}$/);
    const registrations = fc.oneof(
      fc.record({ fullName: latinName, employer: storableText(200), phone }).map((fields) => ({ kind: "valid", ...fields })),
      fc.record({ fullName: latinName.map((name) => `${name}<b>`), employer: storableText(200), phone }).map((fields) => ({ kind: "bad name", ...fields })),
      fc.record({ fullName: latinName, employer: storableText(200).map((text) => `${text}\u0000`), phone }).map((fields) => ({ kind: "NUL in employer", ...fields })),
      fc.record({ fullName: hostile, employer: hostile, phone: hostile }).map((fields) => ({ kind: "hostile", ...fields })),
    );
    await fc.assert(
      fc.asyncProperty(registrations, async ({ kind, ...fields }) => {
        reached.set(kind, (reached.get(kind) ?? 0) + 1);
        let id: string | undefined;
        // Saved over any likely-duplicate warning: a generated name may resemble a demo worker's.
        const refusal = await outcomeOf(createWorker(officer, workerInput({ ...fields, confirmDuplicate: true })).then((created) => (id = created.id)));
        if (kind === "valid") expect(refusal).toBeNull();
        if (kind === "bad name") expect(refusal?.fields).toMatchObject({ fullName: ["validation.latinName"] });
        if (kind === "NUL in employer") expect(refusal?.fields).toMatchObject({ employer: ["validation.invalid"] });
        if (refusal) return;
        reached.set("stored", (reached.get("stored") ?? 0) + 1);
        const stored = await db.worker.findUniqueOrThrow({ where: { id } });
        const again = WorkerInput.safeParse({ ...workerInput(), fullName: stored.fullName, employer: stored.employer ?? "", phone: stored.phone ?? "" });
        expect(again.error?.issues ?? []).toEqual([]);
      }),
      { numRuns: runs },
    );
    expectShare(reached, ["valid", "bad name", "NUL in employer", "hostile", "stored"], runs);
  });
});
