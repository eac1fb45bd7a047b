import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { actorFor, refusal, correctionInput, uniquePassport, workerInput } from "@/lib/test/actors";
import { createWorker, getWorker, getWorkerForEdit, updateWorker } from "./workers";
import { formInput } from "@/lib/schemas/form-input";
import { WorkerUpdateInput } from "@/lib/schemas/worker";
import { changeWorkerStatus, transferWorker } from "./worker-lifecycle";
import { getWorkerHistory } from "./worker-history";
import { listWorkers } from "./worker-list";

afterAll(() => db.$disconnect());

describe("optimistic concurrency", () => {
  it("lets exactly one of two updates from the same version win, and reports the other as a conflict", async () => {
    const officer = await actorFor("officer.th@registry.test");
    const { id } = await createWorker(officer, workerInput());
    const results = await Promise.allSettled([
      updateWorker(officer, id, correctionInput(1, { employer: "First Employer" })),
      updateWorker(officer, id, correctionInput(1, { employer: "Second Employer" })),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toBeInstanceOf(AppError);
    expect((lost[0].reason as AppError).code).toBe("CONFLICT");
    const current = (lost[0].reason as AppError).details?.current as { version: number; employer: string };
    expect(current.version).toBe(2);

    const stored = await db.worker.findUniqueOrThrow({ where: { id } });
    expect(stored.version).toBe(2);
    expect(current.employer).toBe(stored.employer);
    expect(await db.auditEvent.count({ where: { entityId: id, action: "worker.update" } })).toBe(1);
  });

  it("refuses a stale version without writing, and accepts the current one", async () => {
    const officer = await actorFor("officer.th@registry.test");
    const { id } = await createWorker(officer, workerInput());
    await updateWorker(officer, id, correctionInput(1, { employer: "Newer Employer" }));
    const error = await refusal(updateWorker(officer, id, correctionInput(1, { employer: "Stale Employer" })));
    expect(error.code).toBe("CONFLICT");
    expect((await getWorker(officer, id)).employer).toBe("Newer Employer");
    await updateWorker(officer, id, correctionInput(2, { employer: "Deliberate Employer" }));
    expect((await getWorker(officer, id)).employer).toBe("Deliberate Employer");
  });

  it("audits only the fields that changed, with the passport masked", async () => {
    const officer = await actorFor("officer.th@registry.test");
    const { id } = await createWorker(officer, workerInput());
    // What the edit form sends back: the record as shown, with two fields changed.
    const { values } = await getWorkerForEdit(officer, id);
    const passportNo = uniquePassport();
    await updateWorker(officer, id, formInput(WorkerUpdateInput, { ...values, passportNo, employer: "Other Co." }));
    const events = await db.auditEvent.findMany({ where: { entityId: id, action: "worker.update" } });
    expect(events).toHaveLength(1);
    expect(events[0].after).toEqual({ passportNo: `••••${passportNo.slice(-4)}`, employer: "Other Co." });
    expect(Object.keys(events[0].before as object).sort()).toEqual(["employer", "passportNo"]);
  });

  it("writes nothing when nothing changed", async () => {
    const officer = await actorFor("officer.th@registry.test");
    const { id } = await createWorker(officer, workerInput());
    const { values } = await getWorkerForEdit(officer, id);
    expect(await updateWorker(officer, id, formInput(WorkerUpdateInput, values))).toEqual({ version: 1 });
    expect(await db.auditEvent.count({ where: { entityId: id, action: "worker.update" } })).toBe(0);
  });
});

describe("status changes", () => {
  it("follows the allowed transitions with the date of each, and keeps them in order", async () => {
    const officer = await actorFor("officer.th@registry.test");
    const { id } = await createWorker(officer, workerInput({ status: "PRE_DEPARTURE", deployedOn: undefined, contractEnd: undefined }));
    await changeWorkerStatus(officer, id, { status: "DEPLOYED", effectiveOn: "2024-05-02", version: 1 });
    await changeWorkerStatus(officer, id, { status: "RETURNED", effectiveOn: "2025-11-30", version: 2 });
    const worker = await db.worker.findUniqueOrThrow({ where: { id }, include: { statusChanges: { orderBy: { createdAt: "asc" } } } });
    expect(worker).toMatchObject({ status: "RETURNED", version: 3 });
    expect(worker.deployedOn?.toISOString().slice(0, 10)).toBe("2024-05-02");
    expect(worker.returnedOn?.toISOString().slice(0, 10)).toBe("2025-11-30");
    expect(worker.statusChanges.map((c) => [c.fromStatus, c.toStatus])).toEqual([
      ["PRE_DEPARTURE", "DEPLOYED"],
      ["DEPLOYED", "RETURNED"],
    ]);
  });

  it("refuses a transition that does not exist, a return before the deployment, and anything after death", async () => {
    const officer = await actorFor("officer.th@registry.test");
    const { id } = await createWorker(officer, workerInput({ status: "PRE_DEPARTURE", deployedOn: undefined, contractEnd: undefined }));
    expect((await refusal(changeWorkerStatus(officer, id, { status: "RETURNED", effectiveOn: "2025-01-01", version: 1 }))).fields).toEqual({
      status: ["validation.transitionNotAllowed"],
    });
    await changeWorkerStatus(officer, id, { status: "DEPLOYED", effectiveOn: "2025-01-01", version: 1 });
    expect((await refusal(changeWorkerStatus(officer, id, { status: "RETURNED", effectiveOn: "2024-12-31", version: 2 }))).fields).toEqual({
      effectiveOn: ["validation.returnBeforeDeployment"],
    });
    await changeWorkerStatus(officer, id, { status: "DECEASED", effectiveOn: "2025-02-01", version: 2 });
    expect((await refusal(changeWorkerStatus(officer, id, { status: "RETURNED", effectiveOn: "2025-03-01", version: 3 }))).code).toBe("VALIDATION");
    expect((await refusal(transferWorker(officer, id, { destinationCountry: "MY", effectiveOn: "2025-03-01", version: 3 }))).code).toBe("VALIDATION");
  });

  it("refuses a date in the future", async () => {
    const officer = await actorFor("officer.th@registry.test");
    const { id } = await createWorker(officer, workerInput());
    const error = await refusal(changeWorkerStatus(officer, id, { status: "RETURNED", effectiveOn: "2999-01-01", version: 1 }));
    expect(error.fields).toEqual({ effectiveOn: ["validation.dateInFuture"] });
  });
});

describe("transfers", () => {
  it("moves a worker from Kuala Lumpur to Singapore: the receiving post holds them, the history stays", async () => {
    const kualaLumpur = await actorFor("officer.my@registry.test");
    const ministry = await actorFor("ministry@registry.test");
    const { id } = await createWorker(kualaLumpur, workerInput({ destinationCountry: "MY", scheme: "DOMESTIC_WORK", sector: "DOMESTIC_WORK" }));
    await transferWorker(kualaLumpur, id, { destinationCountry: "SG", effectiveOn: "2025-08-15", employer: "Private household", version: 1 });

    const singapore = await db.post.findFirstOrThrow({ where: { city: "Singapore" } });
    const worker = await db.worker.findUniqueOrThrow({ where: { id }, include: { transfers: true } });
    expect(worker).toMatchObject({ destinationCountry: "SG", postId: singapore.id, status: "DEPLOYED", version: 2, employer: "Private household" });
    expect(worker.transfers).toHaveLength(1);
    expect(worker.transfers[0]).toMatchObject({ fromPostId: kualaLumpur.postId, toPostId: singapore.id, fromCountry: "MY", toCountry: "SG" });

    expect((await refusal(getWorker(kualaLumpur, id))).code).toBe("NOT_FOUND");
    expect((await listWorkers(kualaLumpur, { q: worker.registrationNo })).items).toHaveLength(0);
    const history = await getWorkerHistory(ministry, id);
    expect(history.map((h) => h.action)).toEqual(["worker.transfer", "worker.create"]);
    expect(history[0].changes).toContainEqual({ field: "post", before: "Royal Embassy of Cambodia in Kuala Lumpur", after: "Royal Embassy of Cambodia in Singapore" });
  });

  it("hands a worker moving to Hong Kong, where there is no post, to the ministry", async () => {
    const kualaLumpur = await actorFor("officer.my@registry.test");
    const { id } = await createWorker(kualaLumpur, workerInput({ destinationCountry: "MY" }));
    const result = await transferWorker(kualaLumpur, id, { destinationCountry: "HK", effectiveOn: "2025-08-15", version: 1 });
    expect(result.postId).toBeNull();
    expect((await getWorker(await actorFor("ministry@registry.test"), id)).destinationCountry).toBe("HK");
  });

  it("refuses a transfer to the same destination", async () => {
    const officer = await actorFor("officer.th@registry.test");
    const { id } = await createWorker(officer, workerInput());
    expect((await refusal(transferWorker(officer, id, { destinationCountry: "TH", effectiveOn: "2025-01-01", version: 1 }))).fields).toEqual({
      destinationCountry: ["validation.sameDestination"],
    });
  });
});
