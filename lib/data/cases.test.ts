import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor, PortalActor } from "@/lib/auth/permissions";
import { actorFor, refusal } from "@/lib/test/actors";
import { caseInput, compensatedCase, familyComplaint, newCase } from "@/lib/test/cases";
import { newWorkers } from "@/lib/test/courses";
import { createCase, getCase, listCases } from "./cases";
import { addCaseNote, assignCase, confirmCase, moveCase, recordCasePayment, transferCase } from "./case-steps";
import { addCaseAttachments, MAX_ATTACHMENT_BYTES } from "./case-attachments";
import { listPortalCases, lodgeFamilyComplaint, lodgePortalComplaint, PORTAL_COMPLAINTS_PER_DAY } from "./case-complaints";
import { countOverdueCases } from "./case-list";

afterAll(() => db.$disconnect());

let bangkok: Actor;
let seoul: Actor;
let ministry: Actor;

beforeAll(async () => {
  bangkok = await actorFor("officer.th@registry.test");
  seoul = await actorFor("officer.kr@registry.test");
  ministry = await actorFor("ministry@registry.test");
});

const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n");
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const registrationNos = async (ids: string[]) =>
  (await db.worker.findMany({ where: { id: { in: ids } }, select: { registrationNo: true } })).map((worker) => worker.registrationNo);

describe("intake at the counter", () => {
  it("records a group claim of twelve registered workers and a person not yet registered, with a reference", async () => {
    const ids = await newWorkers(bangkok, 12);
    const numbers = await registrationNos(ids);
    const { id, referenceNo } = await createCase(bangkok, caseInput({
      categories: ["UNPAID_WAGES", "DOCUMENTS_WITHHELD", "UNPAID_WAGES"],
      registrationNos: numbers.map((number) => number.toLowerCase()).join("\n"),
      people: "SREY MOM\n",
      currency: "THB",
      amountClaimed: "1,250,000.50",
      complainant: "REPRESENTATIVE",
      complainantName: "Legal Support for Children and Women",
    }));
    expect(referenceNo).toMatch(new RegExp(`^C-TH-${new Date().getUTCFullYear()}-\\d{6}$`));
    const record = await getCase(bangkok, id);
    expect(record).toMatchObject({
      status: "RECEIVED",
      categories: ["UNPAID_WAGES", "DOCUMENTS_WITHHELD"],
      postId: bangkok.postId,
      assignedOfficerId: bangkok.id,
      amountClaimed: "1250000.50",
      currency: "THB",
      sensitive: false,
      nextSteps: ["ACKNOWLEDGED", "RESOLVED"],
    });
    expect(record.workers).toHaveLength(13);
    expect(record.workers.filter((person) => person.registered)).toHaveLength(12);
    expect(record.workers.at(-1)).toMatchObject({ fullName: "SREY MOM", registered: null });
    // The passport never leaves unmasked.
    expect(record.workers.every((person) => person.passportMasked === null || person.passportMasked.startsWith("••••"))).toBe(true);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "case.create" }, select: { actorId: true, after: true } });
    expect(audit).toMatchObject({ actorId: bangkok.id, after: { referenceNo, workers: 13, categories: ["UNPAID_WAGES", "DOCUMENTS_WITHHELD"] } });
  });

  it("refuses workers outside the officer's reach, a destination the post does not cover, and nobody concerned", async () => {
    const [seoulWorker] = await registrationNos(await newWorkers(seoul, 1, "KR"));
    expect((await refusal(createCase(bangkok, caseInput({ registrationNos: [seoulWorker] })))).fields).toEqual({ registrationNos: ["cases.errors.unknownWorkers"] });
    expect((await refusal(createCase(bangkok, caseInput({ destinationCountry: "KR" })))).fields).toEqual({ destinationCountry: ["validation.destinationNotCovered"] });
    expect((await refusal(createCase(bangkok, caseInput({ people: [], categories: [] })))).fields).toEqual({
      categories: ["cases.errors.category"],
      registrationNos: ["cases.errors.noWorker"],
    });
    expect((await refusal(createCase(bangkok, caseInput({ amountClaimed: "-5", currency: "THB" })))).fields).toEqual({ amountClaimed: ["cases.errors.amount"] });
    expect((await refusal(createCase(bangkok, caseInput({ postId: seoul.postId })))).fields).toEqual({ _form: ["validation.unknownField"] });
    // The ministry records a case for the ministry itself, about anyone in the register.
    const { id } = await createCase(ministry, caseInput({ registrationNos: [seoulWorker], destinationCountry: "KR" }));
    expect(await getCase(ministry, id)).toMatchObject({ postId: null, destinationCountry: "KR" });
  });
});

describe("the course of a case", () => {
  it("goes step by step, each dated and on the timeline, and refuses a step out of order or a stale version", async () => {
    const record = await newCase(bangkok);
    expect((await refusal(moveCase(bangkok, record.id, { status: "MEDIATION", version: 1 }))).fields).toEqual({ status: ["cases.errors.step"] });
    let { version } = await moveCase(bangkok, record.id, { status: "ACKNOWLEDGED", version: 1 });
    expect((await refusal(moveCase(bangkok, record.id, { status: "ASSESSMENT", version: 1 }))).code).toBe("CONFLICT");
    ({ version } = await moveCase(bangkok, record.id, { status: "ASSESSMENT", version }));
    expect((await refusal(moveCase(bangkok, record.id, { status: "REFERRED", version }))).fields).toEqual({ referredTo: ["validation.choose"] });
    ({ version } = await moveCase(bangkok, record.id, { status: "REFERRED", referredTo: "LABOUR_OFFICE", note: "Sent to the provincial labour office.", version }));
    await addCaseNote(bangkok, record.id, { note: "The labour office called back." });
    ({ version } = await moveCase(bangkok, record.id, { status: "RESOLVED", outcome: "CHANGED_EMPLOYER", version }));
    ({ version } = await moveCase(bangkok, record.id, { status: "CLOSED", version }));
    const closed = await getCase(bangkok, record.id);
    expect(closed).toMatchObject({ status: "CLOSED", referredTo: "LABOUR_OFFICE", outcome: "CHANGED_EMPLOYER", nextSteps: [], version });
    for (const field of ["acknowledgedAt", "assessmentAt", "referredAt", "resolvedAt", "closedAt"] as const) expect(closed[field]).toBeInstanceOf(Date);
    expect(closed.mediationAt).toBeNull();
    expect(closed.events.map((event) => event.kind === "NOTE" ? "note" : event.toStatus)).toEqual(["RECEIVED", "ACKNOWLEDGED", "ASSESSMENT", "REFERRED", "note", "RESOLVED", "CLOSED"]);
    expect(closed.events[3]).toMatchObject({ note: "Sent to the provincial labour office.", actorName: "Dara Chan" });
    expect(await db.auditEvent.count({ where: { entityId: record.id, action: "case.step" } })).toBe(5);
  });

  it("takes a step on a past day, never before the case was received nor in the future", async () => {
    const record = await newCase(bangkok);
    expect((await refusal(moveCase(bangkok, record.id, { status: "ACKNOWLEDGED", on: "2020-01-01", version: 1 }))).fields).toEqual({ on: ["cases.errors.beforeReceived"] });
    expect((await refusal(moveCase(bangkok, record.id, { status: "ACKNOWLEDGED", on: "2999-01-01", version: 1 }))).fields).toEqual({ on: ["cases.errors.future"] });
    // Resolving straight away (withdrawn) also acknowledges it.
    await moveCase(bangkok, record.id, { status: "RESOLVED", outcome: "WITHDRAWN", version: 1 });
    const resolved = await getCase(bangkok, record.id);
    expect(resolved.acknowledgedAt).toEqual(resolved.resolvedAt);
  });

  it("records compensation agreed and then received in two instalments, in their own currencies", async () => {
    const record = await compensatedCase(bangkok, "36000", "THB");
    expect((await refusal(recordCasePayment(bangkok, (await newCase(bangkok)).id, { amount: "1", currency: "THB", receivedOn: "2026-01-01" }))).message).toBe("cases.errors.noCompensation");
    await recordCasePayment(bangkok, record.id, { amount: "20,000", currency: "THB", receivedOn: "2026-10-01" });
    await recordCasePayment(bangkok, record.id, { amount: 16000, currency: "THB", receivedOn: "2026-11-02", note: "Final instalment" });
    await recordCasePayment(bangkok, record.id, { amount: "50", currency: "USD", receivedOn: "2026-11-03" });
    const paid = await getCase(bangkok, record.id);
    expect(paid).toMatchObject({ outcome: "COMPENSATION_AGREED", amountAgreed: "36000.00", currency: "THB", receivedInAgreedCurrency: "36000.00" });
    expect(paid.payments.map((payment) => [payment.amount, payment.currency])).toEqual([["20000.00", "THB"], ["16000.00", "THB"], ["50.00", "USD"]]);
    await moveCase(bangkok, record.id, { status: "CLOSED", version: record.version });
    expect((await refusal(recordCasePayment(bangkok, record.id, { amount: "1", currency: "THB", receivedOn: "2026-11-03" }))).code).toBe("CONFLICT");
  });

  it("transfers a case to the ministry when the worker comes home: Bangkok no longer sees it, the ministry assigns it", async () => {
    const record = await newCase(bangkok);
    await transferCase(bangkok, record.id, { to: "ministry", reason: "The worker returned to Prey Veng.", version: 1 });
    expect((await refusal(getCase(bangkok, record.id))).code).toBe("NOT_FOUND");
    const moved = await getCase(ministry, record.id);
    expect(moved).toMatchObject({ postId: null, assignedOfficerId: null, referenceNo: record.referenceNo });
    expect(moved.transfers).toMatchObject([{ fromPost: { name: "Royal Embassy of Cambodia in Bangkok" }, toPost: null, reason: "The worker returned to Prey Veng." }]);
    // Only staff of the office that holds the case may be assigned.
    expect((await refusal(assignCase(ministry, record.id, { officerId: bangkok.id, version: 2 }))).fields).toEqual({ officerId: ["cases.errors.officer"] });
    await assignCase(ministry, record.id, { officerId: ministry.id, version: 2 });
    expect((await getCase(ministry, record.id)).assignedOfficer).toMatchObject({ id: ministry.id });
  });
});

describe("attachments", () => {
  it("keeps PDFs and photos, and refuses what is empty, too large or of another type, whatever its name", async () => {
    const record = await newCase(bangkok);
    await addCaseAttachments(bangkok, record.id, [{ fileName: "C:\\scans\\contract.pdf", bytes: PDF }, { fileName: "payslip.jpg", bytes: JPEG }]);
    const detail = await getCase(bangkok, record.id);
    expect(detail.attachments.map((file) => [file.fileName, file.contentType, file.byteSize])).toEqual([["contract.pdf", "application/pdf", PDF.length], ["payslip.jpg", "image/jpeg", JPEG.length]]);
    const refused = async (bytes: Uint8Array, fileName = "scan.pdf") => (await refusal(addCaseAttachments(bangkok, record.id, [{ fileName, bytes }]))).fields;
    expect(await refused(new TextEncoder().encode("<html><script>alert(1)</script>"), "evil.pdf")).toEqual({ attachments: ["cases.errors.fileType"] });
    expect(await refused(new Uint8Array())).toEqual({ attachments: ["cases.errors.emptyFile"] });
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    big.set(PDF);
    expect(await refused(big)).toEqual({ attachments: ["cases.errors.fileTooLarge"] });
    expect(await db.caseAttachment.count({ where: { caseId: record.id } })).toBe(2);
  });
});

describe("complaints from workers and families", () => {
  it("lets a worker lodge a complaint from the portal and follow it, without internal notes", async () => {
    const [workerId] = await newWorkers(bangkok, 1);
    const worker: PortalActor = { workerId };
    const { referenceNo } = await lodgePortalComplaint(worker, { categories: "UNPAID_WAGES", description: "ប្រាក់ខែមិនបានបើក ៣ ខែ" }, [{ fileName: "ប្រាក់ខែ.jpg", bytes: JPEG }]);
    const stored = await db.case.findUniqueOrThrow({ where: { referenceNo }, select: { id: true, postId: true, channel: true, confirmedAt: true, assignedOfficerId: true } });
    expect(stored).toMatchObject({ postId: bangkok.postId, channel: "PORTAL", assignedOfficerId: null });
    expect(stored.confirmedAt).toBeInstanceOf(Date);
    // It reaches the post's list, and the officer works on it.
    expect((await listCases(bangkok, { q: referenceNo })).items.map((item) => item.referenceNo)).toEqual([referenceNo]);
    await moveCase(bangkok, stored.id, { status: "ACKNOWLEDGED", version: 1 });
    await addCaseNote(bangkok, stored.id, { note: "Employer known for late wages; internal." });
    const [mine] = await listPortalCases(worker);
    expect(mine).toMatchObject({ referenceNo, status: "ACKNOWLEDGED", categories: ["UNPAID_WAGES"] });
    expect(JSON.stringify(mine)).not.toContain("internal");
    // Another worker sees none of it.
    const [otherId] = await newWorkers(bangkok, 1);
    expect(await listPortalCases({ workerId: otherId })).toEqual([]);
  });

  it("limits a worker to a few complaints a day", async () => {
    const [workerId] = await newWorkers(bangkok, 1);
    for (let i = 0; i < PORTAL_COMPLAINTS_PER_DAY; i++) await lodgePortalComplaint({ workerId }, { categories: ["OTHER"], description: `Complaint ${i}` });
    expect((await refusal(lodgePortalComplaint({ workerId }, { categories: ["OTHER"], description: "One more" }))).code).toBe("RATE_LIMITED");
  });

  it("brings a family's complaint to the ministry unconfirmed, links the worker only when number and name match, and throttles the address", async () => {
    const [workerId] = await newWorkers(bangkok, 1);
    const worker = await db.worker.findUniqueOrThrow({ where: { id: workerId }, select: { registrationNo: true, fullName: true } });
    const address = `family-${crypto.randomUUID()}`;
    const linked = await lodgeFamilyComplaint(familyComplaint({ workerName: worker.fullName.toLowerCase(), registrationNo: worker.registrationNo.replace("-", " "), destinationCountry: "TH" }), [{ fileName: "photo.jpg", bytes: JPEG }], address);
    const wrongName = await lodgeFamilyComplaint(familyComplaint({ workerName: "SOMEONE ELSE", registrationNo: worker.registrationNo, destinationCountry: "TH" }), [], address);
    const people = async (referenceNo: string) =>
      (await db.case.findUniqueOrThrow({ where: { referenceNo }, select: { postId: true, confirmedAt: true, channel: true, workers: { select: { workerId: true, fullName: true } } } }));
    expect(await people(linked.referenceNo)).toEqual({ postId: null, confirmedAt: null, channel: "PUBLIC_FORM", workers: [{ workerId, fullName: null }] });
    expect((await people(wrongName.referenceNo)).workers).toEqual([{ workerId: null, fullName: "SOMEONE ELSE" }]);

    // Not on the worker's portal, and no work on it, until the ministry confirms it.
    expect(await listPortalCases({ workerId })).toEqual([]);
    const { id } = await db.case.findUniqueOrThrow({ where: { referenceNo: linked.referenceNo }, select: { id: true } });
    expect((await refusal(moveCase(ministry, id, { status: "ACKNOWLEDGED", version: 1 }))).message).toBe("cases.errors.unconfirmed");
    expect((await listCases(ministry, { unconfirmed: true, q: linked.referenceNo })).total).toBe(1);
    await confirmCase(ministry, id, { version: 1 });
    await moveCase(ministry, id, { status: "ACKNOWLEDGED", version: 2 });
    expect((await listPortalCases({ workerId })).map((record) => record.status)).toEqual(["ACKNOWLEDGED"]);

    // Invalid forms do not count; five complaints from one address in an hour do, then it waits.
    expect((await refusal(lodgeFamilyComplaint(familyComplaint({ complainantContact: "" }), [], address))).code).toBe("VALIDATION");
    for (let i = 0; i < 3; i++) await lodgeFamilyComplaint(familyComplaint(), [], address);
    expect((await refusal(lodgeFamilyComplaint(familyComplaint(), [], address))).code).toBe("RATE_LIMITED");
    expect((await lodgeFamilyComplaint(familyComplaint(), [], `${address}-elsewhere`)).referenceNo).toMatch(/^C-MY-/);
  }, 30_000);
});

describe("deadlines", () => {
  it("counts cases past the acknowledgement and decision deadlines on the officer's home page", async () => {
    const before = await countOverdueCases(bangkok);
    const late = await newCase(bangkok);
    const older = await newCase(bangkok);
    await moveCase(bangkok, older.id, { status: "ACKNOWLEDGED", version: 1 });
    await db.case.update({ where: { id: late.id }, data: { receivedAt: new Date(Date.now() - 8 * 86_400_000) } });
    await db.case.update({ where: { id: older.id }, data: { receivedAt: new Date(Date.now() - 61 * 86_400_000) } });
    const after = await countOverdueCases(bangkok);
    expect(after.acknowledgement - before.acknowledgement).toBe(1);
    expect(after.decision - before.decision).toBe(1);
    expect(after.assignedToMe - before.assignedToMe).toBe(2);
    expect((await getCase(bangkok, late.id)).overdue).toBe("acknowledgement");
    expect((await getCase(bangkok, older.id)).overdue).toBe("decision");
    expect((await listCases(bangkok, { overdue: "on", q: late.referenceNo })).items.map((item) => item.overdue)).toEqual(["acknowledgement"]);
  });
});
