import "server-only";
import type { Actor, PortalActor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db";
import type { Certificate } from "@/lib/documents/certificate-document";
import { AppError } from "@/lib/errors";
import { UUID } from "@/lib/schemas/common";
import { authorize, authorizePortal } from "./authorize";

const certificateFields = {
  id: true,
  certificateNo: true,
  completedOn: true,
  certificateRevokedOn: true,
  certificateRevokedReason: true,
  worker: { select: { registrationNo: true, fullName: true, fullNameKm: true } },
  course: { select: { titleEn: true, titleKm: true, provider: true, place: true, startsOn: true, endsOn: true, post: { select: { name: true } } } },
} satisfies Prisma.EnrolmentSelect;

async function findCertificate(enrolmentId: string, where: Prisma.EnrolmentWhereInput): Promise<Certificate> {
  const found = UUID.test(enrolmentId)
    ? await db.enrolment.findFirst({ where: { id: enrolmentId, status: "COMPLETED", certificateNo: { not: null }, ...where }, select: certificateFields })
    : null;
  if (!found?.certificateNo || !found.completedOn) throw new AppError("NOT_FOUND");
  const { post, ...course } = found.course;
  const revoked = found.certificateRevokedOn ? { on: found.certificateRevokedOn, reason: found.certificateRevokedReason ?? "" } : null;
  return { enrolmentId: found.id, certificateNo: found.certificateNo, completedOn: found.completedOn, revoked, worker: found.worker, course, postName: post.name };
}

/**
 * The certificate of a completed enrolment, for an officer: of the post that held the course, or
 * of the post the worker now belongs to (the history goes with the worker). NOT_FOUND otherwise,
 * and for an enrolment without a certificate. A revoked certificate is still found: it says so.
 */
export async function getCertificate(actor: Actor | null, enrolmentId: string): Promise<Certificate> {
  const { within } = authorize(actor, "course.read");
  return findCertificate(enrolmentId, { OR: [{ course: within.records }, { worker: within.records }] });
}

/** The signed-in worker's own certificate; any other enrolment is NOT_FOUND. */
export async function getPortalCertificate(actor: PortalActor | null, enrolmentId: string): Promise<Certificate> {
  const { workerId } = authorizePortal(actor);
  return findCertificate(enrolmentId, { workerId });
}
