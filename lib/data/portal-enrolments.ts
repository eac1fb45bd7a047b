import "server-only";
import type { PortalActor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { authorizePortal } from "./authorize";
import { waitlistRank } from "./course-places";

/** The signed-in worker's own enrolments, latest course first; the worker comes from the session alone. */
export async function listPortalEnrolments(actor: PortalActor | null) {
  const { workerId } = authorizePortal(actor);
  const enrolments = await db.enrolment.findMany({
    where: { workerId },
    orderBy: [{ course: { startsOn: "desc" } }, { createdAt: "desc" }],
    select: {
      id: true,
      courseId: true,
      status: true,
      queuePosition: true,
      certificateNo: true,
      completedOn: true,
      certificateRevokedOn: true,
      course: { select: { titleEn: true, titleKm: true, provider: true, place: true, startsOn: true, endsOn: true, scheduleNote: true, status: true } },
      attendance: { select: { present: true } },
    },
  });
  return Promise.all(
    enrolments.map(async ({ courseId, queuePosition, attendance, ...enrolment }) => ({
      ...enrolment,
      waitlistRank: enrolment.status === "WAITLISTED" ? await waitlistRank(db, courseId, queuePosition) : null,
      daysPresent: attendance.filter((day) => day.present).length,
      daysAbsent: attendance.filter((day) => !day.present).length,
    })),
  );
}

/**
 * What happened to the worker's enrolments since they last looked (a place freed up, a course
 * cancelled), oldest first; they are marked seen as they are handed over, so each shows once.
 */
export async function takePortalNotifications(actor: PortalActor | null) {
  const { workerId } = authorizePortal(actor);
  return db.$transaction(async (tx) => {
    const unseen = await tx.workerNotification.findMany({
      where: { workerId, seenAt: null },
      orderBy: { createdAt: "asc" },
      select: { id: true, kind: true, createdAt: true, course: { select: { titleEn: true, titleKm: true, startsOn: true } } },
    });
    if (unseen.length) await tx.workerNotification.updateMany({ where: { id: { in: unseen.map(({ id }) => id) }, seenAt: null }, data: { seenAt: new Date() } });
    return unseen;
  });
}

export type PortalEnrolment = Awaited<ReturnType<typeof listPortalEnrolments>>[number];
export type PortalNotification = Awaited<ReturnType<typeof takePortalNotifications>>[number];
