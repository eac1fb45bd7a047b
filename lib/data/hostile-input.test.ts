import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { WorkerInput } from "@/lib/schemas/worker";
import { actorFor, workerInput } from "@/lib/test/actors";
import { checkEachKind, expectEveryKindChecked } from "@/lib/test/each-kind";
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

describe("hostile input to the data layer", () => {
  it("the worker search answers searchable text with results and anything else with a validation error, never a crash", async () => {
    const runs = 20;
    const kinds = [
      storableText(100).map((q) => ({ kind: "searchable", q })),
      fc
        .oneof(
          fc.tuple(storableText(40), storableText(40)).map(([before, after]) => `${before}\u0000${after}`),
          fc.string({ minLength: 101, maxLength: 300 }).filter((q) => q.trim().length > 100),
        )
        .map((q) => ({ kind: "refused", q })),
      hostile.map((q) => ({ kind: "hostile", q })),
    ];
    const counts = await checkEachKind(kinds, runs, async ({ kind, q }) => {
      const refusal = await outcomeOf(listWorkers(officer, { q }));
      if (kind === "searchable") expect(refusal).toBeNull();
      else if (kind === "refused") expect(refusal?.code).toBe("VALIDATION");
      else return false;
      return true;
    });
    expectEveryKindChecked(counts, kinds.length, runs, ["hostile"]);
  });

  it("stores a registration's valid text as the schema reads it again, and refuses the invalid", async () => {
    const runs = 12;
    const latinName = fc.stringMatching(/^[A-Za-z][A-Za-z .'-]{0,40}$/);
    const phone = fc.stringMatching(/^\+?\d{8,15}$/);
    const kinds = [
      fc.record({ fullName: latinName, employer: storableText(200), phone }).map((fields) => ({ kind: "valid", ...fields })),
      fc.record({ fullName: latinName.map((name) => `${name}<b>`), employer: storableText(200), phone }).map((fields) => ({ kind: "bad name", ...fields })),
      fc.record({ fullName: latinName, employer: storableText(200).map((text) => `${text}\u0000`), phone }).map((fields) => ({ kind: "NUL in employer", ...fields })),
      fc.record({ fullName: hostile, employer: hostile, phone: hostile }).map((fields) => ({ kind: "hostile", ...fields })),
    ];
    let stored = 0;
    const counts = await checkEachKind(kinds, runs, async ({ kind, ...fields }) => {
      let id: string | undefined;
      // Saved over any likely-duplicate warning: a generated name may resemble a demo worker's.
      const refusal = await outcomeOf(createWorker(officer, workerInput({ ...fields, confirmDuplicate: true })).then((created) => (id = created.id)));
      if (!refusal) {
        stored++;
        const record = await db.worker.findUniqueOrThrow({ where: { id } });
        const again = WorkerInput.safeParse({ ...workerInput(), fullName: record.fullName, employer: record.employer ?? "", phone: record.phone ?? "" });
        expect(again.error?.issues ?? []).toEqual([]);
      }
      if (kind === "valid") expect(refusal).toBeNull();
      else if (kind === "bad name") expect(refusal?.fields).toMatchObject({ fullName: ["validation.latinName"] });
      else if (kind === "NUL in employer") expect(refusal?.fields).toMatchObject({ employer: ["validation.invalid"] });
      else return false;
      return true;
    });
    expectEveryKindChecked(counts, kinds.length, runs, ["hostile"]);
    // Every valid registration, at least, reached the check on what was stored.
    expect(stored).toBeGreaterThanOrEqual(runs);
  });
});
