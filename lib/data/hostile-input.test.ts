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

/** Only an expected refusal may come out; anything else is a bug the property reports. */
async function expectedOutcome(work: Promise<unknown>) {
  try {
    await work;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
  }
}

describe("hostile input to the data layer", () => {
  it("the worker search answers any text with results or a validation error, never a crash", async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (q) => {
        await expectedOutcome(listWorkers(officer, { q }));
      }),
      { numRuns: 60 },
    );
  });

  it("whatever a registration carries, what is stored passes the schema again", async () => {
    await fc.assert(
      fc.asyncProperty(hostile, hostile, hostile, async (fullName, employer, phone) => {
        let id: string | undefined;
        try {
          ({ id } = await createWorker(officer, workerInput({ fullName, employer, phone })));
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          return;
        }
        const stored = await db.worker.findUniqueOrThrow({ where: { id } });
        const again = WorkerInput.safeParse({
          ...workerInput(),
          fullName: stored.fullName,
          employer: stored.employer ?? "",
          phone: stored.phone ?? "",
        });
        expect(again.success).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
