import "server-only";
import type { Action, Actor } from "@/lib/auth/permissions";
import { db, type Prisma, type Tx } from "@/lib/db";
import { AppError, fieldError } from "@/lib/errors";
import { CaseAssignInput, CaseNoteInput, CasePaymentInput, CaseSensitiveInput, CaseStepInput, CaseTransferInput, isSensitive, NEXT_STEPS, type CaseStatus } from "@/lib/schemas/case";
import { parseInput, startOfTodayUtc } from "@/lib/schemas/common";
import { recordAudit } from "./audit";
import { findCaseInScope } from "./case-scope";

/** The date column each step stamps. */
const stepDate: Partial<Record<CaseStatus, keyof Prisma.CaseUncheckedUpdateManyInput>> = {
  ACKNOWLEDGED: "acknowledgedAt",
  ASSESSMENT: "assessmentAt",
  MEDIATION: "mediationAt",
  REFERRED: "referredAt",
  RESOLVED: "resolvedAt",
  CLOSED: "closedAt",
};

const baseSelect = {
  id: true,
  version: true,
  status: true,
  postId: true,
  receivedAt: true,
  acknowledgedAt: true,
  confirmedAt: true,
  categories: true,
  markedSensitive: true,
  outcome: true,
  currency: true,
  assignedOfficerId: true,
} satisfies Prisma.CaseSelect;
type Current = Prisma.CaseGetPayload<{ select: typeof baseSelect }>;

/**
 * One change to a case: found in the actor's scope (sensitive rules included) inside the
 * transaction, applied only to the version the actor saw, with its timeline entry and audit event.
 */
async function changeCase<T>(
  actor: Actor | null,
  action: Action,
  id: string,
  work: (tx: Tx, who: Actor, current: Current) => Promise<T>,
): Promise<T> {
  return db.$transaction(async (tx) => {
    const { actor: who, record } = await findCaseInScope(actor, action, id, baseSelect, tx);
    return work(tx, who, record);
  });
}

async function writeVersioned(tx: Tx, current: Current, version: number, data: Prisma.CaseUncheckedUpdateManyInput) {
  if (current.version !== version) throw new AppError("CONFLICT");
  const { count } = await tx.case.updateMany({ where: { id: current.id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new AppError("CONFLICT");
}

/** A step's moment: now, or the (past) day the officer gives, never before the case was received. */
function stepMoment(on: Date | undefined, receivedAt: Date): Date {
  const now = new Date();
  if (!on || on.getTime() === startOfTodayUtc(now).getTime()) return now;
  if (on < startOfTodayUtc(receivedAt)) throw fieldError("on", "cases.errors.beforeReceived");
  return on;
}

/**
 * Moves a case to its next step (see NEXT_STEPS), dated; referral says to whom, resolution says
 * how it ended and, for compensation, how much in which currency. A complaint from the public page
 * must first be confirmed.
 */
export async function moveCase(actor: Actor | null, id: string, raw: unknown): Promise<{ version: number }> {
  const input = parseInput(CaseStepInput, raw);
  return changeCase(actor, "case.manage", id, async (tx, who, current) => {
    if (!current.confirmedAt) throw new AppError("CONFLICT", "cases.errors.unconfirmed");
    if (!NEXT_STEPS[current.status].includes(input.status)) throw fieldError("status", "cases.errors.step");
    const at = stepMoment(input.on, current.receivedAt);
    const data: Prisma.CaseUncheckedUpdateManyInput = { status: input.status, [stepDate[input.status]!]: at };
    // Moving on from RECEIVED acknowledges the complaint, whatever the next step is.
    if (!current.acknowledgedAt && input.status !== "ACKNOWLEDGED") data.acknowledgedAt = at;
    if (input.status === "REFERRED") data.referredTo = input.referredTo;
    if (input.status === "RESOLVED") {
      data.outcome = input.outcome;
      data.amountAgreed = input.outcome === "COMPENSATION_AGREED" ? input.amountAgreed : null;
      if (input.outcome === "COMPENSATION_AGREED") data.currency = input.currency;
    }
    await writeVersioned(tx, current, input.version, data);
    const details = { referredTo: input.referredTo, outcome: input.outcome, amountAgreed: input.outcome === "COMPENSATION_AGREED" ? input.amountAgreed : undefined, currency: input.currency };
    await tx.caseEvent.create({ data: { caseId: id, kind: "STATUS", at, actorId: who.id, fromStatus: current.status, toStatus: input.status, note: input.note, data: details } });
    await recordAudit(tx, who, { action: "case.step", entityType: "Case", entityId: id, before: { status: current.status }, after: { status: input.status, at, ...details } });
    return { version: input.version + 1 };
  });
}

/** A note on the timeline: internal, never shown to the worker or the family. */
export async function addCaseNote(actor: Actor | null, id: string, raw: unknown): Promise<{ id: string }> {
  const { note } = parseInput(CaseNoteInput, raw);
  return changeCase(actor, "case.manage", id, async (tx, who) => {
    const event = await tx.caseEvent.create({ data: { caseId: id, kind: "NOTE", actorId: who.id, note }, select: { id: true } });
    await recordAudit(tx, who, { action: "case.note", entityType: "Case", entityId: id, after: { eventId: String(event.id) } });
    return { id: String(event.id) };
  });
}

/**
 * Assigns the case to an active officer of the post that holds it (or, at the ministry, to
 * ministry staff).
 */
export async function assignCase(actor: Actor | null, id: string, raw: unknown): Promise<{ version: number }> {
  const input = parseInput(CaseAssignInput, raw);
  return changeCase(actor, "case.manage", id, async (tx, who, current) => {
    const officer = await tx.user.findFirst({
      where: { id: input.officerId, active: true, ...(current.postId ? { role: "OFFICER", postId: current.postId } : { role: "MINISTRY" }) },
      select: { id: true, name: true },
    });
    if (!officer) throw fieldError("officerId", "cases.errors.officer");
    await writeVersioned(tx, current, input.version, { assignedOfficerId: officer.id });
    await tx.caseEvent.create({ data: { caseId: id, kind: "ASSIGNED", actorId: who.id, data: { officerId: officer.id, officerName: officer.name } } });
    await recordAudit(tx, who, { action: "case.assign", entityType: "Case", entityId: id, before: { assignedOfficerId: current.assignedOfficerId }, after: { assignedOfficerId: officer.id } });
    return { version: input.version + 1 };
  });
}

/**
 * Hands the case to another post or to the ministry (the worker moved or came home). The case
 * keeps its reference and history; the receiving office assigns it.
 */
export async function transferCase(actor: Actor | null, id: string, raw: unknown): Promise<{ version: number }> {
  const input = parseInput(CaseTransferInput, raw);
  return changeCase(actor, "case.transfer", id, async (tx, who, current) => {
    const toPostId = input.to === "ministry" ? null : input.to;
    if (toPostId && !(await tx.post.findUnique({ where: { id: toPostId }, select: { id: true } }))) throw fieldError("to", "validation.choose");
    if (toPostId === current.postId) throw fieldError("to", "cases.errors.samePost");
    if (current.status === "CLOSED") throw new AppError("CONFLICT", "cases.errors.closed");
    await writeVersioned(tx, current, input.version, { postId: toPostId, assignedOfficerId: null });
    await tx.caseTransfer.create({ data: { caseId: id, fromPostId: current.postId, toPostId, reason: input.reason, createdById: who.id } });
    await tx.caseEvent.create({ data: { caseId: id, kind: "TRANSFERRED", actorId: who.id, note: input.reason, data: { fromPostId: current.postId, toPostId } } });
    await recordAudit(tx, who, { action: "case.transfer", entityType: "Case", entityId: id, before: { postId: current.postId }, after: { postId: toPostId } });
    return { version: input.version + 1 };
  });
}

/** An instalment of the agreed compensation, as actually received (in its own currency). */
export async function recordCasePayment(actor: Actor | null, id: string, raw: unknown): Promise<{ id: string }> {
  const input = parseInput(CasePaymentInput, raw);
  return changeCase(actor, "case.manage", id, async (tx, who, current) => {
    if (current.outcome !== "COMPENSATION_AGREED" || current.status !== "RESOLVED") throw new AppError("CONFLICT", "cases.errors.noCompensation");
    const payment = await tx.casePayment.create({ data: { caseId: id, ...input, recordedById: who.id }, select: { id: true } });
    await tx.caseEvent.create({ data: { caseId: id, kind: "PAYMENT", actorId: who.id, note: input.note, data: { amount: input.amount, currency: input.currency, receivedOn: input.receivedOn.toISOString().slice(0, 10) } } });
    await recordAudit(tx, who, { action: "case.payment", entityType: "Case", entityId: id, after: { paymentId: payment.id, amount: input.amount, currency: input.currency, receivedOn: input.receivedOn } });
    return payment;
  });
}

/** Marks a case sensitive, or unmarks it; trafficking, violence and death stay sensitive regardless. */
export async function setCaseSensitive(actor: Actor | null, id: string, raw: unknown): Promise<{ version: number; sensitive: boolean }> {
  const input = parseInput(CaseSensitiveInput, raw);
  return changeCase(actor, "case.manage", id, async (tx, who, current) => {
    const sensitive = isSensitive(current.categories, input.markedSensitive);
    await writeVersioned(tx, current, input.version, { markedSensitive: input.markedSensitive, sensitive });
    await tx.caseEvent.create({ data: { caseId: id, kind: "UPDATED", actorId: who.id, data: { markedSensitive: input.markedSensitive } } });
    await recordAudit(tx, who, { action: "case.sensitive", entityType: "Case", entityId: id, before: { markedSensitive: current.markedSensitive }, after: { markedSensitive: input.markedSensitive, sensitive } });
    return { version: input.version + 1, sensitive };
  });
}

/** Ministry staff confirm that a complaint from the public page is genuine; work on it may start. */
export async function confirmCase(actor: Actor | null, id: string, raw: unknown): Promise<{ version: number }> {
  const { version } = parseInput(CaseAssignInput.pick({ version: true }), raw);
  return changeCase(actor, "case.confirm", id, async (tx, who, current) => {
    if (current.confirmedAt) throw new AppError("CONFLICT", "cases.errors.alreadyConfirmed");
    await writeVersioned(tx, current, version, { confirmedAt: new Date(), assignedOfficerId: current.assignedOfficerId ?? who.id });
    await tx.caseEvent.create({ data: { caseId: id, kind: "CONFIRMED", actorId: who.id } });
    await recordAudit(tx, who, { action: "case.confirm", entityType: "Case", entityId: id });
    return { version: version + 1 };
  });
}
