import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { actorFor, randomBirthDate, randomPhone, refusal, workerInput } from "@/lib/test/actors";
import { clearDuplicateFlag } from "./duplicate-flags";
import { getWorkerRecord } from "./worker-record";
import { createWorker } from "./workers";

afterAll(() => db.$disconnect());

const flagOf = async (...args: Parameters<typeof getWorkerRecord>) => (await getWorkerRecord(...args)).duplicateFlag;

async function duplicatesOf(work: Promise<unknown>) {
  const error = await work.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("DUPLICATE");
  return (error as AppError).details?.duplicates as { inScope: boolean; id?: string; reason: string; postName?: string }[];
}

describe("likely duplicates", () => {
  it("flags the same date of birth with a similar Latin name, until the officer confirms", async () => {
    const officer = await actorFor("officer.th@registry.test");
    const dateOfBirth = randomBirthDate();
    const first = await createWorker(officer, workerInput({ fullName: "Phan Sreyneang", fullNameKm: "", dateOfBirth }));
    const matches = await duplicatesOf(createWorker(officer, workerInput({ fullName: "Phan Sreyneng", fullNameKm: "", dateOfBirth })));
    expect(matches).toContainEqual(expect.objectContaining({ inScope: true, id: first.id, reason: "name" }));
    await expect(createWorker(officer, workerInput({ fullName: "Phan Sreyneng", fullNameKm: "", dateOfBirth, confirmDuplicate: true }))).resolves.toHaveProperty("id");
  });

  it("flags a similar Khmer name with the same date of birth", async () => {
    const officer = await actorFor("officer.th@registry.test");
    const dateOfBirth = randomBirthDate();
    await createWorker(officer, workerInput({ fullName: "Touch Malis", fullNameKm: "ទូច ម្លិះ", dateOfBirth }));
    const matches = await duplicatesOf(createWorker(officer, workerInput({ fullName: "Tuch Maly", fullNameKm: "ទូច ម្លិះ", dateOfBirth })));
    expect(matches[0].reason).toBe("name");
  });

  it("flags the same phone number, and reports a match at another post without its personal data", async () => {
    const bangkok = await actorFor("officer.th@registry.test");
    const seoul = await actorFor("officer.kr@registry.test");
    const phone = randomPhone();
    await createWorker(bangkok, workerInput({ phone }));
    const matches = await duplicatesOf(createWorker(seoul, workerInput({ destinationCountry: "KR", scheme: "EPS", phone, fullName: "Someone Else", fullNameKm: "" })));
    expect(matches).toEqual([{ inScope: false, postName: "Royal Embassy of Cambodia in Bangkok", reason: "phone" }]);
  });

  it("does not flag a different person born the same day", async () => {
    const officer = await actorFor("officer.th@registry.test");
    const dateOfBirth = randomBirthDate();
    await createWorker(officer, workerInput({ fullName: "Heng Vuthy", fullNameKm: "ហេង វុទ្ធី", dateOfBirth }));
    await expect(createWorker(officer, workerInput({ fullName: "Yim Channary", fullNameKm: "យឹម ចន្ទនារី", dateOfBirth }))).resolves.toHaveProperty("id");
  });
});

describe("records registered over the warning", () => {
  it("are flagged, with an audit event, until an officer of the post has checked them", async () => {
    const bangkok = await actorFor("officer.th@registry.test");
    const phone = randomPhone();
    const first = await createWorker(bangkok, workerInput({ phone }));
    expect(await flagOf(bangkok, first.id)).toBeNull();
    const second = await createWorker(bangkok, workerInput({ phone, confirmDuplicate: true }));
    expect(await flagOf(bangkok, second.id)).toMatchObject({ reason: "phone" });
    expect(await db.auditEvent.count({ where: { entityId: second.id, action: "worker.flagDuplicate", actorId: bangkok.id } })).toBe(1);

    const seoul = await actorFor("officer.kr@registry.test");
    const ministry = await actorFor("ministry@registry.test");
    expect((await refusal(clearDuplicateFlag(seoul, second.id))).code).toBe("NOT_FOUND");
    expect((await refusal(clearDuplicateFlag(ministry, second.id))).code).toBe("FORBIDDEN");
    // The ministry reads every record, flag included, without clearing it.
    expect(await flagOf(ministry, second.id)).toMatchObject({ reason: "phone" });

    await clearDuplicateFlag(bangkok, second.id);
    await clearDuplicateFlag(bangkok, second.id);
    expect(await flagOf(bangkok, second.id)).toBeNull();
    expect(await db.auditEvent.count({ where: { entityId: second.id, action: "worker.clearDuplicateFlag" } })).toBe(1);
  });
});
