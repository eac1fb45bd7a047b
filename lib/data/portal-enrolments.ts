import "server-only";
import type { PortalActor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { authorizePortal } from "./authorize";

export type PortalEnrolment = {
  id: string;
  course: { titleEn: string; titleKm: string; provider: string; place: string; startsOn: Date; endsOn: Date; scheduleNote: string | null; status: string };
  status: "ENROLLED" | "WAITLISTED" | "COMPLETED" | "WITHDRAWN" | "NO_SHOW";
  /** 1 for the first in line; null unless wait-listed. */
  waitlistRank: number | null;
  daysPresent: number;
  daysAbsent: number;
  certificateNo: string | null;
  completedOn: Date | null;
};

/** The signed-in worker's own enrolments, latest course first; the worker comes from the session alone. */
export async function listPortalEnrolments(actor: PortalActor | null): Promise<PortalEnrolment[]> {
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
      course: { select: { titleEn: true, titleKm: true, provider: true, place: true, startsOn: true, endsOn: true, scheduleNote: true, status: true } },
      attendance: { select: { present: true } },
    },
  });
  return Promise.all(
    enrolments.map(async ({ courseId, queuePosition, attendance, ...enrolment }) => ({
      ...enrolment,
      // The place in line: wait-listed workers of the course who came earlier, plus this one.
      waitlistRank:
        enrolment.status === "WAITLISTED"
          ? await db.enrolment.count({ where: { courseId, status: "WAITLISTED", queuePosition: { lte: queuePosition } } })
          : null,
      daysPresent: attendance.filter((day) => day.present).length,
      daysAbsent: attendance.filter((day) => !day.present).length,
    })),
  );
}

export type PortalNotification = { id: string; kind: "PROMOTED_FROM_WAITLIST" | "COURSE_CANCELLED"; createdAt: Date; course: { titleEn: string; titleKm: string; startsOn: Date } };

/**
 * What happened to the worker's enrolments since they last looked (a place freed up, a course
 * cancelled), oldest first; they are marked seen as they are handed over, so each shows once.
 */
export async function takePortalNotifications(actor: PortalActor | null): Promise<PortalNotification[]> {
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
