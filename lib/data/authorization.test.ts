import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { correctionInput, uniquePassport, workerInput } from "@/lib/test/actors";
import { matrixActors, matrixCells, outcomeOf, type Outcome, type Who } from "@/lib/test/permission-matrix";
import { createWorker, getWorker, listWorkers, revealPassport, updateWorker } from "./workers";
import { changeWorkerStatus, transferWorker } from "./worker-lifecycle";
import { getWorkerHistory } from "./worker-history";
import { exportWorkers } from "./worker-export";
import { issueAccessCode } from "./portal-access";
import { getWorkerRecord } from "./worker-record";

afterAll(() => db.$disconnect());

let actors: Record<Who, Actor | null>;
let bangkokOfficer: Actor;

beforeAll(async () => {
  actors = await matrixActors();
  bangkokOfficer = actors.ownOfficer!;
});

/** A fresh worker held by Bangkok for each cell, so that allowed writes do not affect other cells. */
async function bangkokWorker() {
  const { id } = await createWorker(bangkokOfficer, workerInput());
  return db.worker.findUniqueOrThrow({ where: { id }, select: { id: true, version: true, registrationNo: true } });
}

type Operation = (actor: Actor | null, worker: { id: string; version: number; registrationNo: string }) => Promise<unknown>;

// "hidden": the call succeeds but the Bangkok worker is not in what it returns.
const inList = async (items: { id: string }[], id: string) => (items.some((item) => item.id === id) ? "ok" : "hidden");

const operations: Record<string, Operation> = {
  read: (actor, w) => getWorker(actor, w.id),
  history: (actor, w) => getWorkerHistory(actor, w.id),
  list: async (actor, w) => inList((await listWorkers(actor, { q: w.registrationNo })).items, w.id),
  export: async (actor, w) => {
    const items = [];
    for await (const batch of await exportWorkers(actor, { q: w.registrationNo })) items.push(...batch);
    return inList(items, w.id);
  },
  create: (actor) => createWorker(actor, workerInput({ passportNo: uniquePassport() })),
  update: (actor, w) => updateWorker(actor, w.id, correctionInput(w.version, { employer: "Changed Employer" })),
  status: (actor, w) => changeWorkerStatus(actor, w.id, { status: "RETURNED", effectiveOn: "2025-06-01", version: w.version }),
  transfer: (actor, w) => transferWorker(actor, w.id, { destinationCountry: "MY", effectiveOn: "2025-06-01", version: w.version }),
  revealPassport: (actor, w) => revealPassport(actor, w.id),
  issueAccessCode: (actor, w) => issueAccessCode(actor, w.id),
  // The record is read; its access code is given only to those who may issue one.
  accessCodeIssuedAt: async (actor, w) => ((await getWorkerRecord(actor, w.id)).accessCode === undefined ? "hidden" : "ok"),
};

const expected: Record<keyof typeof operations, Record<Who, Outcome>> = {
  read: { ownOfficer: "ok", otherOfficer: "NOT_FOUND", ministry: "ok", admin: "FORBIDDEN", anonymous: "UNAUTHENTICATED" },
  history: { ownOfficer: "ok", otherOfficer: "NOT_FOUND", ministry: "ok", admin: "FORBIDDEN", anonymous: "UNAUTHENTICATED" },
  list: { ownOfficer: "ok", otherOfficer: "hidden", ministry: "ok", admin: "FORBIDDEN", anonymous: "UNAUTHENTICATED" },
  export: { ownOfficer: "ok", otherOfficer: "hidden", ministry: "ok", admin: "FORBIDDEN", anonymous: "UNAUTHENTICATED" },
  // Seoul may create workers, but not for Thailand: the destination is refused, whatever the form sent.
  create: { ownOfficer: "ok", otherOfficer: "VALIDATION", ministry: "FORBIDDEN", admin: "FORBIDDEN", anonymous: "UNAUTHENTICATED" },
  update: { ownOfficer: "ok", otherOfficer: "NOT_FOUND", ministry: "FORBIDDEN", admin: "FORBIDDEN", anonymous: "UNAUTHENTICATED" },
  status: { ownOfficer: "ok", otherOfficer: "NOT_FOUND", ministry: "FORBIDDEN", admin: "FORBIDDEN", anonymous: "UNAUTHENTICATED" },
  transfer: { ownOfficer: "ok", otherOfficer: "NOT_FOUND", ministry: "FORBIDDEN", admin: "FORBIDDEN", anonymous: "UNAUTHENTICATED" },
  revealPassport: { ownOfficer: "ok", otherOfficer: "NOT_FOUND", ministry: "FORBIDDEN", admin: "FORBIDDEN", anonymous: "UNAUTHENTICATED" },
  issueAccessCode: { ownOfficer: "ok", otherOfficer: "NOT_FOUND", ministry: "FORBIDDEN", admin: "FORBIDDEN", anonymous: "UNAUTHENTICATED" },
  accessCodeIssuedAt: { ownOfficer: "ok", otherOfficer: "NOT_FOUND", ministry: "hidden", admin: "FORBIDDEN", anonymous: "UNAUTHENTICATED" },
};

const cells = matrixCells(expected);

describe("every role × operation × scope cell, through the data layer", () => {
  it.each(cells)("$who $operation a Bangkok worker: $outcome", async ({ operation, who, outcome }) => {
    const worker = await bangkokWorker();
    const result = await outcomeOf(operations[operation](actors[who], worker));
    expect(result).toBe(outcome);
    if (outcome !== "ok") {
      // A refusal changes nothing.
      const after = await db.worker.findUniqueOrThrow({ where: { id: worker.id }, select: { version: true, postId: true } });
      expect(after).toEqual({ version: worker.version, postId: bangkokOfficer.postId });
    }
  });
});
