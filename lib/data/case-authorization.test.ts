import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { caseInput, compensatedCase, extraStaff, familyComplaint, newCase } from "@/lib/test/cases";
import { actorFor } from "@/lib/test/actors";
import { matrixActors, matrixCells, outcomeOf, type Outcome, type Who } from "@/lib/test/permission-matrix";
import { createCase, getCase, listCases } from "./cases";
import { addCaseNote, assignCase, confirmCase, moveCase, recordCasePayment, setCaseSensitive, transferCase } from "./case-steps";
import { addCaseAttachments, getCaseAttachment } from "./case-attachments";
import { lodgeFamilyComplaint } from "./case-complaints";
import { getCaseSettings, updateCaseSettings } from "./case-settings";
import { createAgency, listAgencies } from "./recruitment-agencies";
import { setCurrencyRate } from "./currency-rates";
import { countOverdueCases } from "./case-list";

afterAll(() => db.$disconnect());

const PDF = new TextEncoder().encode("%PDF-1.4\n% a payslip\n");

let actors: Record<Who, Actor | null>;
let bangkok: Actor;

beforeAll(async () => {
  actors = await matrixActors();
  bangkok = actors.ownOfficer!;
});

type Case = { id: string; version: number; referenceNo: string };
type Operation = { prepare?: () => Promise<Case>; run: (actor: Actor | null, record: Case) => Promise<unknown> };

const inList = async (work: Promise<{ items: { id: string }[] }>, id: string) => ((await work).items.some((item) => item.id === id) ? "ok" : "hidden");

const operations: Record<string, Operation> = {
  read: { run: (actor, c) => getCase(actor, c.id) },
  list: { run: (actor, c) => inList(listCases(actor, { q: c.referenceNo }), c.id) },
  overdueCount: { run: (actor) => countOverdueCases(actor) },
  create: { run: (actor) => createCase(actor, caseInput()) },
  step: { run: (actor, c) => moveCase(actor, c.id, { status: "ACKNOWLEDGED", version: c.version }) },
  note: { run: (actor, c) => addCaseNote(actor, c.id, { note: "Called the employer; no answer." }) },
  assign: { run: (actor, c) => assignCase(actor, c.id, { officerId: bangkok.id, version: c.version }) },
  transfer: { run: (actor, c) => transferCase(actor, c.id, { to: "ministry", reason: "The worker came home.", version: c.version }) },
  sensitive: { run: (actor, c) => setCaseSensitive(actor, c.id, { markedSensitive: true, version: c.version }) },
  attach: { run: (actor, c) => addCaseAttachments(actor, c.id, [{ fileName: "payslip.pdf", bytes: PDF }]) },
  download: {
    prepare: async () => {
      const record = await newCase(bangkok);
      await addCaseAttachments(bangkok, record.id, [{ fileName: "payslip.pdf", bytes: PDF }]);
      return record;
    },
    run: async (actor, c) => {
      const [attachment] = await db.caseAttachment.findMany({ where: { caseId: c.id }, select: { id: true } });
      return getCaseAttachment(actor, c.id, attachment.id);
    },
  },
  payment: {
    prepare: () => compensatedCase(bangkok),
    run: (actor, c) => recordCasePayment(actor, c.id, { amount: "600", currency: "THB", receivedOn: "2026-01-15" }),
  },
  confirm: {
    // A family's complaint from the public page, waiting at the ministry.
    prepare: async () => {
      const { referenceNo } = await lodgeFamilyComplaint(familyComplaint(), [], `matrix-${crypto.randomUUID()}`);
      const { id } = await db.case.findUniqueOrThrow({ where: { referenceNo }, select: { id: true } });
      return { id, referenceNo, version: 1 };
    },
    run: (actor, c) => confirmCase(actor, c.id, { version: c.version }),
  },
  settings: { run: (actor) => getCaseSettings(actor) },
  updateSettings: { run: async (actor) => updateCaseSettings(actor, { acknowledgeWithinDays: 7, decideWithinDays: 60, version: (await db.caseSettings.findUniqueOrThrow({ where: { id: 1 } })).version }) },
  agencies: { run: (actor) => listAgencies(actor) },
  createAgency: { run: (actor) => createAgency(actor, { name: `Agency ${crypto.randomUUID()}` }) },
  setRate: { run: (actor) => setCurrencyRate(actor, { currency: "SAR", usdPerUnit: "0.2666", asOf: "2026-11-30" }) },
};

const manage: Record<Who, Outcome> = { ownOfficer: "ok", otherOfficer: "NOT_FOUND", ministry: "ok", admin: "FORBIDDEN", anonymous: "UNAUTHENTICATED" };
const read: Record<Who, Outcome> = { ownOfficer: "ok", otherOfficer: "NOT_FOUND", ministry: "ok", admin: "ok", anonymous: "UNAUTHENTICATED" };
const adminOnly: Record<Who, Outcome> = { ownOfficer: "FORBIDDEN", otherOfficer: "FORBIDDEN", ministry: "FORBIDDEN", admin: "ok", anonymous: "UNAUTHENTICATED" };

const expected: Record<keyof typeof operations, Record<Who, Outcome>> = {
  read,
  download: read,
  list: { ownOfficer: "ok", otherOfficer: "hidden", ministry: "ok", admin: "ok", anonymous: "UNAUTHENTICATED" },
  overdueCount: { ownOfficer: "ok", otherOfficer: "ok", ministry: "ok", admin: "ok", anonymous: "UNAUTHENTICATED" },
  // Seoul may record cases, but not for Thailand: the destination is refused.
  create: { ownOfficer: "ok", otherOfficer: "VALIDATION", ministry: "ok", admin: "FORBIDDEN", anonymous: "UNAUTHENTICATED" },
  step: manage,
  note: manage,
  assign: manage,
  transfer: manage,
  sensitive: manage,
  attach: manage,
  payment: manage,
  confirm: { ownOfficer: "FORBIDDEN", otherOfficer: "FORBIDDEN", ministry: "ok", admin: "FORBIDDEN", anonymous: "UNAUTHENTICATED" },
  settings: adminOnly,
  updateSettings: adminOnly,
  agencies: adminOnly,
  createAgency: adminOnly,
  setRate: { ownOfficer: "FORBIDDEN", otherOfficer: "FORBIDDEN", ministry: "ok", admin: "FORBIDDEN", anonymous: "UNAUTHENTICATED" },
};

describe("case permission matrix (a Bangkok case)", () => {
  it.each(matrixCells(expected))("$operation by $who: $outcome", async ({ operation, who, outcome }) => {
    const { prepare = () => newCase(bangkok), run } = operations[operation];
    const record = await prepare();
    expect(await outcomeOf(run(actors[who], record))).toBe(outcome);
  });
});

describe("sensitive cases", () => {
  let colleague: Actor;
  let supervisor: Actor;
  let sensitive: Case;

  beforeAll(async () => {
    colleague = await extraStaff({ role: "OFFICER", postId: bangkok.postId });
    supervisor = await actorFor("supervisor@registry.test");
    // Trafficking makes a case sensitive by itself; the officer who took it is assigned.
    sensitive = await newCase(bangkok, { categories: ["TRAFFICKING", "DOCUMENTS_WITHHELD"] });
  });

  const cells: { who: string; actor: () => Actor; read: Outcome; step: Outcome }[] = [
    { who: "the assigned officer", actor: () => bangkok, read: "ok", step: "ok" },
    { who: "another officer of the same post", actor: () => colleague, read: "NOT_FOUND", step: "NOT_FOUND" },
    { who: "an officer of another post", actor: () => actors.otherOfficer!, read: "NOT_FOUND", step: "NOT_FOUND" },
    { who: "ministry staff without the permission", actor: () => actors.ministry!, read: "NOT_FOUND", step: "NOT_FOUND" },
    { who: "the ministry's supervisor with the permission", actor: () => supervisor, read: "ok", step: "ok" },
    { who: "an administrator", actor: () => actors.admin!, read: "ok", step: "FORBIDDEN" },
  ];

  it.each(cells)("$who: opening $read, working on it $step", async ({ actor, read: canRead, step }) => {
    const record = await newCase(bangkok, { categories: ["ABUSE_OR_VIOLENCE"] });
    expect(await outcomeOf(getCase(actor(), record.id))).toBe(canRead);
    expect(await outcomeOf(addCaseNote(actor(), record.id, { note: "Shelter found." }))).toBe(step);
  });

  it("audits every opening, by whoever opens it", async () => {
    await getCase(bangkok, sensitive.id);
    await getCase(supervisor, sensitive.id);
    await getCase(supervisor, sensitive.id);
    const openings = await db.auditEvent.findMany({ where: { entityId: sensitive.id, action: "case.openSensitive" }, select: { actorId: true } });
    expect(openings.map((event) => event.actorId).sort()).toEqual([bangkok.id, supervisor.id, supervisor.id].sort());
    // An ordinary case's opening is not an event.
    const ordinary = await newCase(bangkok);
    await getCase(bangkok, ordinary.id);
    expect(await db.auditEvent.count({ where: { entityId: ordinary.id, action: "case.openSensitive" } })).toBe(0);
  });

  it("is counted in lists without being shown to those who may not open it", async () => {
    const mine = await listCases(colleague, { category: "TRAFFICKING" });
    expect(mine.items.some((item) => item.id === sensitive.id)).toBe(false);
    expect(mine.hiddenSensitive).toBeGreaterThanOrEqual(1);
    const assigned = await listCases(bangkok, { category: "TRAFFICKING" });
    expect(assigned.items.some((item) => item.id === sensitive.id)).toBe(true);
    const ministry = await listCases(actors.ministry, { q: sensitive.referenceNo });
    expect(ministry).toMatchObject({ items: [], total: 0, hiddenSensitive: 1 });
  });

  it("follows a reassignment: the new officer opens it, the former one no longer does", async () => {
    const record = await newCase(bangkok, { categories: ["DEATH"] });
    expect(await outcomeOf(getCase(colleague, record.id))).toBe("NOT_FOUND");
    await assignCase(bangkok, record.id, { officerId: colleague.id, version: 1 });
    expect(await outcomeOf(getCase(colleague, record.id))).toBe("ok");
    expect(await outcomeOf(getCase(bangkok, record.id))).toBe("NOT_FOUND");
  });

  it("makes a marked case sensitive and keeps one of a sensitive category so when unmarked", async () => {
    const record = await newCase(bangkok);
    expect(await outcomeOf(getCase(colleague, record.id))).toBe("ok");
    const { version, sensitive: marked } = await setCaseSensitive(bangkok, record.id, { markedSensitive: "on", version: 1 });
    expect(marked).toBe(true);
    expect(await outcomeOf(getCase(colleague, record.id))).toBe("NOT_FOUND");
    expect((await setCaseSensitive(bangkok, record.id, { markedSensitive: false, version })).sensitive).toBe(false);
    expect((await setCaseSensitive(bangkok, sensitive.id, { markedSensitive: false, version: sensitive.version })).sensitive).toBe(true);
  });
});
