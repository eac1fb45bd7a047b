import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorFor, refusal, workerInput } from "@/lib/test/actors";
import { newCourse } from "@/lib/test/courses";
import { getCourse, patchCourse } from "./courses";
import { createWorker, getWorker, patchWorker, revealPassport } from "./workers";

afterAll(() => db.$disconnect());

describe("a worker corrected with a JSON Merge Patch", () => {
  it("changes what the patch names and nothing else", async () => {
    const officer = await actorFor("officer.th@registry.test");
    const input = workerInput({ employer: "Siam Concrete", fullNameKm: "សុខ ចាន់", contractEnd: "2026-01-31" });
    const { id } = await createWorker(officer, input);
    const before = await getWorker(officer, id);

    expect(await patchWorker(officer, id, { phone: "+66 81 999 0000", version: 1 })).toEqual({ version: 2 });
    const after = await getWorker(officer, id);
    expect(after.phone).toBe("+66819990000");
    // Everything the patch left out is as it was, the passport number included.
    expect(after).toEqual({ ...before, phone: "+66819990000", version: 2, updatedAt: after.updatedAt });
    expect(await revealPassport(officer, id)).toBe(input.passportNo);
  });

  it("clears an optional field sent as null, and refuses null for a required one by name", async () => {
    const officer = await actorFor("officer.th@registry.test");
    const { id } = await createWorker(officer, workerInput({ employer: "Siam Concrete" }));
    await patchWorker(officer, id, { employer: null, contractEnd: null, version: 1 });
    expect(await getWorker(officer, id)).toMatchObject({ employer: null, contractEnd: null, phone: expect.any(String), version: 2 });

    expect((await refusal(patchWorker(officer, id, { fullName: null, passportNo: null, version: 2 }))).fields).toEqual({
      fullName: ["validation.required"],
      passportNo: ["validation.required"],
    });
    expect((await refusal(patchWorker(officer, id, { colour: null, version: 2 }))).fields).toEqual({ _form: ["validation.unknownField"] });
    expect((await refusal(patchWorker(officer, id, { colour: "red", version: 2 }))).fields).toEqual({ _form: ["validation.unknownField"] });
  });

  it("validates the merged record whole, as the form's, and needs the version corrected", async () => {
    const officer = await actorFor("officer.th@registry.test");
    const { id } = await createWorker(officer, workerInput({ deployedOn: "2024-02-01", contractEnd: "2026-01-31" }));
    // The contract end alone is valid; against the stored deployment date it is not.
    expect((await refusal(patchWorker(officer, id, { contractEnd: "2023-01-01", version: 1 }))).fields).toEqual({
      contractEnd: ["validation.contractBeforeDeployment"],
    });
    expect((await refusal(patchWorker(officer, id, { phone: "0812345678" }))).fields).toEqual({ version: ["validation.required"] });
    expect((await refusal(patchWorker(officer, id, { phone: "0812345678", version: "1" }))).fields).toEqual({ version: ["validation.invalid"] });
    expect((await refusal(patchWorker(officer, id, ["phone"]))).fields).toEqual({ _form: ["validation.mergePatch"] });
    expect((await refusal(patchWorker(officer, id, { phone: "0812345678", version: 9 }))).code).toBe("CONFLICT");
  });

  it("is refused outside the officer's post as if the record did not exist", async () => {
    const { id } = await createWorker(await actorFor("officer.th@registry.test"), workerInput());
    expect((await refusal(patchWorker(await actorFor("officer.kr@registry.test"), id, { employer: "X", version: 1 }))).code).toBe("NOT_FOUND");
  });
});

describe("a course edited with a JSON Merge Patch", () => {
  it("changes what the patch names, clears what is null, and keeps the rest", async () => {
    const officer = await actorFor("officer.kr@registry.test");
    const id = await newCourse(officer, { scheduleNote: "Saturdays", capacity: 12 });
    const before = await getCourse(officer, id);
    await patchCourse(officer, id, { capacity: 20, scheduleNote: null, version: 1 });
    const after = await getCourse(officer, id);
    expect(after).toMatchObject({ capacity: 20, scheduleNote: null, version: 2, titleEn: before.titleEn, startsOn: before.startsOn, status: before.status });
    expect((await refusal(patchCourse(officer, id, { status: null, version: 2 }))).fields).toEqual({ status: ["validation.required"] });
    expect((await refusal(patchCourse(officer, id, { capacity: "30", version: 2 }))).fields).toEqual({ capacity: ["courses.errors.capacity"] });
  });
});
