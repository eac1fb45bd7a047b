import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorFor, refusal, randomPhone, uniquePassport, workerInput } from "@/lib/test/actors";
import { createWorker, getWorker, listWorkers } from "./workers";

afterAll(() => db.$disconnect());

describe("createWorker", () => {
  it("writes the worker and its audit event in one transaction", async () => {
    const officer = await actorFor("officer.th@registry.test");
    const passport = uniquePassport();
    const phone = randomPhone();
    const { id, registrationNo } = await createWorker(
      officer,
      workerInput({ fullName: "  sok   dara ", passportNo: ` ${passport.slice(0, 3).toLowerCase()} ${passport.slice(3)} `, phone: `${phone.slice(0, 3)} ${phone.slice(3, 5)} ${phone.slice(5)}` }),
    );

    const worker = await db.worker.findUniqueOrThrow({ where: { id } });
    expect(worker).toMatchObject({ passportNo: passport, fullName: "SOK DARA", postId: officer.postId, registrationNo, createdById: officer.id });
    expect(worker.phone).toBe(phone);
    expect(registrationNo).toMatch(/^TH\d{2}-\d{7}$/);

    const events = await db.auditEvent.findMany({ where: { entityType: "Worker", entityId: id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "worker.create", actorId: officer.id, actorRole: "OFFICER", actorPostId: officer.postId, requestId: officer.requestId });
    // The log never holds a full passport number.
    expect(JSON.stringify(events[0].after)).not.toContain(passport);
    expect((events[0].after as { passportNo: string }).passportNo).toBe(`••••${passport.slice(-4)}`);

    // Rows written by one transaction carry the same transaction id.
    const [workerTx] = await db.$queryRaw<{ xmin: string }[]>`SELECT xmin::text FROM "Worker" WHERE id = ${id}::uuid`;
    const [auditTx] = await db.$queryRaw<{ xmin: string }[]>`SELECT xmin::text FROM "AuditEvent" WHERE "entityId" = ${id}`;
    expect(auditTx.xmin).toBe(workerTx.xmin);
  });

  it("refuses a passport already registered as a field error, whatever its spacing", async () => {
    const officer = await actorFor("officer.th@registry.test");
    const passport = uniquePassport();
    await createWorker(officer, workerInput({ passportNo: passport }));
    const error = await refusal(createWorker(officer, workerInput({ passportNo: `${passport.slice(0, 4)} ${passport.slice(4).toLowerCase()}` })));
    expect(error.code).toBe("VALIDATION");
    expect(error.fields).toEqual({ passportNo: ["validation.passportTaken"] });
    expect(await db.worker.count({ where: { passportNo: passport } })).toBe(1);
  });

  it("returns every invalid field at once and writes nothing", async () => {
    const officer = await actorFor("officer.th@registry.test");
    const before = await db.worker.count();
    const error = await refusal(createWorker(officer, workerInput({ fullName: "", passportNo: "12", dateOfBirth: "2999-01-01", sector: "MINING" })));
    expect(error.fields).toMatchObject({
      fullName: ["validation.required"],
      passportNo: ["validation.passport"],
      dateOfBirth: ["validation.birthInFuture"],
      sector: ["validation.choose"],
    });
    expect(await db.worker.count()).toBe(before);
  });

  it("refuses fields the form does not have, such as a post chosen by the client", async () => {
    const officer = await actorFor("officer.th@registry.test");
    const seoul = await db.post.findFirstOrThrow({ where: { city: "Seoul" } });
    const error = await refusal(createWorker(officer, workerInput({ postId: seoul.id })));
    expect(error.fields).toEqual({ _form: ["validation.unknownField"] });
  });

  it("does not let the Bangkok officer register a worker for Korea", async () => {
    const officer = await actorFor("officer.th@registry.test");
    const passport = uniquePassport();
    const error = await refusal(createWorker(officer, workerInput({ passportNo: passport, destinationCountry: "KR", scheme: "EPS" })));
    expect(error.fields).toEqual({ destinationCountry: ["validation.destinationNotCovered"] });
    expect(await db.worker.count({ where: { passportNo: passport } })).toBe(0);
  });

  it("refuses ministry staff, administrators and anonymous callers", async () => {
    for (const email of ["ministry@registry.test", "admin@registry.test"]) {
      const error = await refusal(createWorker(await actorFor(email), workerInput()));
      expect(error.code).toBe("FORBIDDEN");
    }
    expect((await refusal(createWorker(null, workerInput()))).code).toBe("UNAUTHENTICATED");
  });
});

describe("reading workers", () => {
  it("never shows the Bangkok officer a worker held by Seoul", async () => {
    const seoulOfficer = await actorFor("officer.kr@registry.test");
    const bangkokOfficer = await actorFor("officer.th@registry.test");
    const { id } = await createWorker(seoulOfficer, workerInput({ destinationCountry: "KR", scheme: "EPS", sector: "MANUFACTURING" }));

    expect((await refusal(getWorker(bangkokOfficer, id))).code).toBe("NOT_FOUND");
    expect((await getWorker(seoulOfficer, id)).id).toBe(id);

    const { items } = await listWorkers(bangkokOfficer, { limit: 100 });
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((worker) => worker.destinationCountry === "TH")).toBe(true);
  });

  it("shows ministry staff every post's workers, with passports masked", async () => {
    const ministry = await actorFor("ministry@registry.test");
    const { items } = await listWorkers(ministry, { limit: 100 });
    expect(new Set(items.map((w) => w.destinationCountry)).size).toBeGreaterThan(1);
    for (const worker of items) {
      expect(worker).not.toHaveProperty("passportNo");
      expect(worker.passportMasked).toMatch(/^••••\w{4}$/);
    }
  });

  it("pages through the list without repeating or skipping anyone", async () => {
    const officer = await actorFor("officer.th@registry.test");
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listWorkers(officer, { limit: 50, cursor });
      seen.push(...page.items.map((w) => w.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(await db.worker.count({ where: { postId: officer.postId } }));
  });

  it("answers NOT_FOUND for an id that is not a worker id at all", async () => {
    const officer = await actorFor("officer.th@registry.test");
    expect((await refusal(getWorker(officer, "../../etc/passwd"))).code).toBe("NOT_FOUND");
  });

  it("refuses administrators", async () => {
    expect((await refusal(listWorkers(await actorFor("admin@registry.test")))).code).toBe("FORBIDDEN");
  });
});

describe("the audit log", () => {
  it("is append-only: the database refuses updates and deletes", async () => {
    const [event] = await db.auditEvent.findMany({ take: 1 });
    expect(event).toBeDefined();
    await expect(db.$executeRaw`UPDATE "AuditEvent" SET action = 'tampered' WHERE id = ${event.id}`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM "AuditEvent" WHERE id = ${event.id}`).rejects.toThrow(/append-only/);
  });
});
