import "server-only";
import type { PortalActor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/schemas/common";
import { PortalNotificationsSeenInput } from "@/lib/schemas/portal";
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
 * What happened to the worker's enrolments that they have not yet marked seen (a place freed up,
 * a course cancelled), oldest first. Reading them changes nothing: a prefetch or a refresh of the
 * page leaves them as they were.
 */
export async function listPortalNotifications(actor: PortalActor | null) {
  const { workerId } = authorizePortal(actor);
  return db.workerNotification.findMany({
    where: { workerId, seenAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, kind: true, createdAt: true, course: { select: { titleEn: true, titleKm: true, startsOn: true } } },
  });
}

/**
 * The worker's explicit "seen": only the notifications they were shown (by id, so one that arrived
 * since stays unseen), and only their own. Returns how many were marked.
 */
export async function markPortalNotificationsSeen(actor: PortalActor | null, input: unknown): Promise<number> {
  const { workerId } = authorizePortal(actor);
  const { notificationIds } = parseInput(PortalNotificationsSeenInput, input);
  const { count } = await db.workerNotification.updateMany({ where: { id: { in: notificationIds }, workerId, seenAt: null }, data: { seenAt: new Date() } });
  return count;
}

export type PortalEnrolment = Awaited<ReturnType<typeof listPortalEnrolments>>[number];
export type PortalNotification = Awaited<ReturnType<typeof listPortalNotifications>>[number];
