import "server-only";
import type { PortalActor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError, fieldError } from "@/lib/errors";
import { compactTyped, normaliseRegistrationNo } from "@/lib/mask";
import { FamilyComplaintInput, PortalComplaintInput } from "@/lib/schemas/case";
import { parseInput } from "@/lib/schemas/common";
import { authorizePortal } from "./authorize";
import { checkAttachments, insertAttachments, MAX_ATTACHMENTS_PER_COMPLAINT, type AttachmentUpload } from "./case-attachments";
import { insertCase } from "./cases";
import { recordFailure, throttleStatus, type ThrottleKey, type ThrottlePolicy } from "./sign-in-throttle";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Complaints one worker may lodge from the portal in a day: enough for a real need, not for a flood. */
export const PORTAL_COMPLAINTS_PER_DAY = 3;
/**
 * The public page counts every complaint from one address, like failed sign-ins: a family may
 * send a few, a script is stopped for an hour.
 */
const perAddress: ThrottlePolicy = { maxFailures: 5, slowAfter: 3, windowMs: 60 * 60_000, lockMs: 60 * 60_000 };

/**
 * A worker's complaint from the portal, about themselves: destination and post come from their
 * record, never from the form. It arrives confirmed (the worker signed in) and unassigned.
 */
export async function lodgePortalComplaint(actor: PortalActor | null, raw: unknown, uploads: AttachmentUpload[] = []): Promise<{ referenceNo: string }> {
  const { workerId } = authorizePortal(actor);
  const input = parseInput(PortalComplaintInput, raw);
  const files = checkAttachments(uploads, MAX_ATTACHMENTS_PER_COMPLAINT);
  const worker = await db.worker.findUniqueOrThrow({ where: { id: workerId }, select: { postId: true, destinationCountry: true } });
  return db.$transaction(async (tx) => {
    // Serialises one worker's complaints so that the daily limit holds.
    await tx.$executeRaw`SELECT 1 FROM "Worker" WHERE id = ${workerId}::uuid FOR UPDATE`;
    const today = await tx.case.count({ where: { channel: "PORTAL", receivedAt: { gt: new Date(Date.now() - DAY_MS) }, workers: { some: { workerId } } } });
    if (today >= PORTAL_COMPLAINTS_PER_DAY) throw new AppError("RATE_LIMITED", "complaints.errors.tooManyToday");
    const { id, referenceNo } = await insertCase(tx, null, {
      postId: worker.postId,
      destinationCountry: worker.destinationCountry,
      categories: input.categories,
      channel: "PORTAL",
      complainant: "WORKER",
      complainantContact: input.contact,
      employer: input.employer,
      agencyName: input.agencyName,
      description: input.description,
      confirmedAt: new Date(),
      createdById: null,
      workers: [{ workerId }],
    });
    await insertAttachments(tx, id, files, { uploadedById: null, fromComplainant: true });
    return { referenceNo };
  });
}

const sameName = (a: string, b: string) => a.replace(/\s+/g, " ").trim().toUpperCase() === b.replace(/\s+/g, " ").trim().toUpperCase();

/**
 * A family member's complaint from the public page. It goes to the ministry, unconfirmed, until
 * staff have checked it. The worker is linked to their record only when a number given and the
 * name both match; the answer is the same either way, so the page tells nobody who is registered.
 */
export async function lodgeFamilyComplaint(raw: unknown, uploads: AttachmentUpload[], clientAddress: string): Promise<{ referenceNo: string }> {
  const keys: ThrottleKey[] = [{ key: `complaint:address:${clientAddress}`, policy: perAddress, clearOnSuccess: false }];
  if ((await throttleStatus(keys)).locked) throw new AppError("RATE_LIMITED", "complaints.errors.tooMany");
  const input = parseInput(FamilyComplaintInput, raw);
  const files = checkAttachments(uploads, MAX_ATTACHMENTS_PER_COMPLAINT);
  if (!(await db.country.findUnique({ where: { code: input.destinationCountry }, select: { code: true } }))) throw fieldError("destinationCountry", "validation.choose");

  const numbers = [
    input.registrationNo ? { registrationNo: normaliseRegistrationNo(input.registrationNo) } : null,
    input.passportNo ? { passportNo: compactTyped(input.passportNo) } : null,
  ].filter((where) => where !== null);
  const candidates = numbers.length ? await db.worker.findMany({ where: { OR: numbers }, select: { id: true, fullName: true }, take: 2 }) : [];
  const match = candidates.find((worker) => sameName(worker.fullName, input.workerName));

  await recordFailure(keys);
  return db.$transaction(async (tx) => {
    const { id, referenceNo } = await insertCase(tx, null, {
      postId: null,
      destinationCountry: input.destinationCountry,
      categories: input.categories,
      channel: "PUBLIC_FORM",
      complainant: "FAMILY",
      complainantName: input.complainantName,
      complainantRelation: input.complainantRelation,
      complainantContact: input.complainantContact,
      description: input.description,
      confirmedAt: null,
      createdById: null,
      workers: [match ? { workerId: match.id } : { fullName: input.workerName, passportNo: input.passportNo, dateOfBirth: input.dateOfBirth }],
    });
    await insertAttachments(tx, id, files, { uploadedById: null, fromComplainant: true });
    return { referenceNo };
  });
}

/** What the portal shows a worker of their cases: reference, step and dates, never internal notes. */
export async function listPortalCases(actor: PortalActor | null) {
  const { workerId } = authorizePortal(actor);
  const cases = await db.case.findMany({
    // Sensitive cases stay off the portal: the phone may not be in the worker's hands alone.
    where: { workers: { some: { workerId } }, sensitive: false, confirmedAt: { not: null } },
    orderBy: { receivedAt: "desc" },
    select: {
      id: true,
      referenceNo: true,
      status: true,
      categories: true,
      referredTo: true,
      outcome: true,
      currency: true,
      amountAgreed: true,
      receivedAt: true,
      acknowledgedAt: true,
      assessmentAt: true,
      mediationAt: true,
      referredAt: true,
      resolvedAt: true,
      closedAt: true,
      payments: { orderBy: { receivedOn: "asc" }, select: { amount: true, currency: true, receivedOn: true } },
    },
  });
  return cases.map((record) => ({
    ...record,
    amountAgreed: record.amountAgreed?.toFixed(2) ?? null,
    payments: record.payments.map((payment) => ({ ...payment, amount: payment.amount.toFixed(2) })),
  }));
}
