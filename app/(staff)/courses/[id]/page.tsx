import { Suspense } from "react";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getAppFormat } from "@/lib/i18n/get-app-format";
import { getActor } from "@/lib/auth/actor";
import { RecordPageSkeleton } from "@/components/ui/page-skeleton";
import { forPage } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { HOLDS_A_PLACE } from "@/lib/data/course-places";
import { getCourse } from "@/lib/data/courses";
import { listEnrolments } from "@/lib/data/enrolments";
import { listWorkers } from "@/lib/data/worker-list";
import { AppError } from "@/lib/errors";
import { startOfTodayUtc } from "@/lib/schemas/common";
import { Button } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import { Facts } from "@/components/ui/facts";
import { DateField, InputField } from "@/components/ui/field";
import { AttendanceForm } from "@/components/courses/attendance-form";
import { courseTitle } from "@/components/courses/course-title";
import { EnrolForm, type Candidate } from "@/components/courses/enrol-form";
import { EnrolmentActions, type Outcome } from "@/components/courses/enrolment-actions";
import { Roster } from "@/components/courses/roster";
import { RevokeCertificateForm } from "@/components/courses/revoke-certificate-form";
import { completionBlocker, tallyAttendance } from "@/lib/course-completion";
import { enrolWorkersAction, recordAttendanceAction, revokeCertificateAction, setOutcomeAction } from "../actions";
import { Notice } from "@/components/ui/notice";
import { DoneToast } from "@/components/ui/done-toast";

/** How many workers a search for enrolment lists at once. */
const SEARCH_LIMIT = 20;

/** What an officer may still do with an enrolment in each state. */
const OUTCOMES: Record<string, Outcome[]> = {
  ENROLLED: ["COMPLETED", "NO_SHOW", "WITHDRAWN"],
  WAITLISTED: ["WITHDRAWN"],
};

/** Those who hold a place take attendance; the wait-list and the withdrawn do not. */
const ATTENDING = new Set<string>(HOLDS_A_PLACE);

/** Whose attendance the roster tallies: whoever held a place, including those who did not come. */
const TALLIED = new Set(["ENROLLED", "COMPLETED", "NO_SHOW"]);

/** Courses that no longer take anyone; the data layer refuses enrolments in them all the same. */
const CLOSED = new Set(["FINISHED", "CANCELLED"]);

export async function generateMetadata() {
  const t = await getTranslations("courses");
  return { title: t("detailTitle") };
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The course days whose attendance can be recorded: from the first day to the last, or to today
 * while the course is running (a day that has not come cannot be recorded). Null before it starts.
 */
function recordableDays(startsOn: Date, endsOn: Date): { first: string; last: string } | null {
  const today = isoDay(startOfTodayUtc());
  const first = isoDay(startsOn);
  const last = isoDay(endsOn) < today ? isoDay(endsOn) : today;
  return first <= last ? { first, last } : null;
}

/** The day whose attendance is shown: the one asked for if it can be recorded, else the latest that can. */
function attendanceDay(asked: string | undefined, days: { first: string; last: string }): string {
  return asked && /^\d{4}-\d{2}-\d{2}$/.test(asked) && asked >= days.first && asked <= days.last ? asked : days.last;
}

async function searchWorkers(actor: Awaited<ReturnType<typeof getActor>>, q: string | undefined) {
  if (!q?.trim()) return null;
  try {
    return (await forPage(listWorkers(actor, { q, limit: SEARCH_LIMIT }))).items;
  } catch (error) {
    if (error instanceof AppError && error.code === "VALIDATION") return "invalid" as const;
    throw error;
  }
}

type CourseQuery = { done?: string; enrolment?: string; promoted?: string; q?: string; day?: string };

async function CoursePageContent({ course, query }: { course: Awaited<ReturnType<typeof getCourse>>; query: CourseQuery }) {
  const [actor, t, format, locale] = await Promise.all([getActor(), getTranslations(), getAppFormat(), getLocale()]);
  const roster = await forPage(listEnrolments(actor, course.id));
  const mayEdit = actor ? can(actor, "course.manage") : false;
  const mayEnrol = actor ? can(actor, "enrolment.manage") : false;
  const date = (value: Date) => format.day(value, "long");
  const title = courseTitle(locale, course);
  const byId = new Map(roster.map((enrolment) => [enrolment.id, enrolment]));
  const byWorker = new Map(roster.map((enrolment) => [enrolment.workerId, enrolment]));
  const days = recordableDays(course.startsOn, course.endsOn);
  const day = days ? attendanceDay(query.day, days) : undefined;
  const attending = roster.filter((enrolment) => ATTENDING.has(enrolment.status));
  const found = mayEnrol ? await searchWorkers(actor, query.q) : null;
  const today = startOfTodayUtc();
  const rule = tallyAttendance(course, []);

  const saved = query.done === "created" || query.done === "updated" ? t(`courses.done.${query.done}`) : null;
  // What became of an enrolment stays on the page: it may carry a certificate number to note down.
  const notice = (() => {
    const enrolment = query.enrolment ? byId.get(query.enrolment) : undefined;
    if (!enrolment || !["COMPLETED", "NO_SHOW", "WITHDRAWN", "revoked"].includes(query.done ?? "")) return null;
    const promoted = query.promoted ? byId.get(query.promoted) : undefined;
    return [
      t(`courses.done.${query.done}`, { name: enrolment.fullName, certificateNo: enrolment.certificateNo ?? "" }),
      promoted && t("courses.done.promoted", { name: promoted.fullName }),
    ]
      .filter(Boolean)
      .join(" ");
  })();

  const facts: [string, React.ReactNode][] = [
    [t("courses.field.provider"), course.provider],
    [t("courses.field.place"), course.place],
    [t("courses.field.dates"), format.days(course.startsOn, course.endsOn, "long")],
    [t("courses.field.enrolmentDeadline"), course.enrolmentDeadline ? date(course.enrolmentDeadline) : t("courses.noDeadline")],
    [t("courses.field.completionRule"), t("courses.completionRule", { required: rule.required, days: rule.days, percent: course.minAttendancePercent })],
    [t("courses.field.scheduleNote"), course.scheduleNote ? <span className="whitespace-pre-line">{course.scheduleNote}</span> : "—"],
    [t("courses.field.status"), t(`enums.courseStatus.${course.status}`)],
  ];

  return (
    <div className="space-y-6">
      {saved && <DoneToast message={saved} />}
      {notice && (
        <Notice role="status" tone="success" data-testid="course-notice">
          {notice}
        </Notice>
      )}
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-sm text-muted-foreground">
            <Link href="/courses" className="underline-offset-2 hover:underline">
              {t("courses.title")}
            </Link>
          </p>
          <h1 className="text-2xl font-semibold">{title}</h1>
          <p className="text-muted-foreground">{courseTitle(locale === "km" ? "en" : "km", course)}</p>
        </div>
        {mayEdit && (
          <Button asChild variant="secondary">
            <Link href={`/courses/${course.id}/edit`}>{t("courses.edit")}</Link>
          </Button>
        )}
      </div>

      <div className="grid gap-4 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <Facts items={facts} />
        </Card>
        <Card>
          <dl className="grid grid-cols-3 gap-3 text-center lg:grid-cols-1 lg:text-left" data-testid="course-counts">
            <div>
              <dt className="text-xs font-medium tracking-wide text-muted-foreground uppercase">{t("courses.counts.enrolled")}</dt>
              <dd className="text-2xl font-semibold tabular-nums" data-testid="count-enrolled">
                {/* Completed workers kept their place to the end: they count against the capacity. */}
                {t("courses.placesTaken", { enrolled: course.enrolled + course.completed, capacity: course.capacity })}
              </dd>
            </div>
            <div>
              <dt className="text-xs font-medium tracking-wide text-muted-foreground uppercase">{t("courses.counts.waitlisted")}</dt>
              <dd className="text-2xl font-semibold tabular-nums" data-testid="count-waitlisted">
                {course.waitlisted}
              </dd>
            </div>
            <div>
              <dt className="text-xs font-medium tracking-wide text-muted-foreground uppercase">{t("courses.counts.completed")}</dt>
              <dd className="text-2xl font-semibold tabular-nums">{course.completed}</dd>
            </div>
          </dl>
        </Card>
      </div>

      <section className="space-y-3" aria-labelledby="roster-heading">
        <h2 id="roster-heading" className="text-lg font-semibold">
          {t("courses.roster.title")}
        </h2>
        {roster.length === 0 ? (
          <EmptyState title={t("courses.roster.empty")} />
        ) : (
          <Roster
            caption={t("courses.roster.caption", { title })}
            rows={roster.map((enrolment) => {
              const tally = tallyAttendance(course, enrolment.attendance);
              const blocker = enrolment.status === "ENROLLED" ? completionBlocker(course, tally, today) : null;
              // "Mark completed" is offered only when the data layer would accept it; the note says why not.
              const outcomes = mayEnrol ? (OUTCOMES[enrolment.status] ?? []).filter((outcome) => outcome !== "COMPLETED" || !blocker) : [];
              const revocable = mayEnrol && enrolment.status === "COMPLETED" && !enrolment.certificateRevokedOn ? enrolment.certificateNo : null;
              return {
                id: enrolment.id,
                workerId: enrolment.workerId,
                registrationNo: enrolment.registrationNo,
                fullName: enrolment.fullName,
                fullNameKm: enrolment.fullNameKm,
                status: t(`enums.enrolmentStatus.${enrolment.status}`),
                waitlistRank: enrolment.waitlistRank,
                certificateNo: enrolment.certificateNo,
                completedOn: enrolment.completedOn ? date(enrolment.completedOn) : null,
                revokedOn: enrolment.certificateRevokedOn ? date(enrolment.certificateRevokedOn) : null,
                attendance: TALLIED.has(enrolment.status) ? tally : null,
                completionNote: !mayEnrol
                  ? null
                  : blocker === "notEnded"
                    ? t("courses.roster.completableFrom", { day: date(course.endsOn) })
                    : blocker === "attendanceShort"
                      ? t("courses.roster.attendanceShort", { required: tally.required })
                      : null,
                actions: (outcomes.length > 0 || revocable) && (
                  <>
                    {outcomes.length > 0 && (
                      <EnrolmentActions
                        action={setOutcomeAction.bind(null, course.id, enrolment.id)}
                        version={enrolment.version}
                        outcomes={outcomes}
                        workerName={enrolment.fullName}
                        attendance={{ present: tally.present, days: tally.days }}
                      />
                    )}
                    {revocable && (
                      <RevokeCertificateForm
                        action={revokeCertificateAction.bind(null, course.id, enrolment.id)}
                        version={enrolment.version}
                        certificateNo={revocable}
                        workerName={enrolment.fullName}
                        fieldId={`reason-${enrolment.id}`}
                      />
                    )}
                  </>
                ),
              };
            })}
          />
        )}
      </section>

      {mayEnrol && (
        <div className="grid gap-6 lg:grid-cols-2">
          <section aria-labelledby="attendance-heading">
            <Card className="space-y-4">
              <h2 id="attendance-heading" className="text-lg font-semibold">
                {t("courses.attendance.title")}
              </h2>
              {!days || !day ? (
                <p className="text-sm text-muted-foreground">{t("courses.attendance.notStarted")}</p>
              ) : attending.length === 0 ? (
                <p className="text-sm text-muted-foreground">{t("courses.attendance.nobody")}</p>
              ) : (
                <>
                  <form method="get" action={`/courses/${course.id}`} className="flex flex-wrap items-end gap-3">
                    {query.q && <input type="hidden" name="q" value={query.q} />}
                    <div className="min-w-48 flex-1">
                      <DateField name="day" label={t("courses.attendance.day")} min={days.first} max={days.last} defaultValue={day} key={day} />
                    </div>
                    <Button type="submit" variant="secondary">
                      {t("courses.attendance.show")}
                    </Button>
                  </form>
                  <AttendanceForm
                    action={recordAttendanceAction.bind(null, course.id)}
                    day={day}
                    dayLabel={date(new Date(`${day}T00:00:00Z`))}
                    rows={attending.map((enrolment) => ({
                      enrolmentId: enrolment.id,
                      fullName: enrolment.fullName,
                      registrationNo: enrolment.registrationNo,
                      present: enrolment.attendance.find((a) => isoDay(a.day) === day)?.present ?? null,
                    }))}
                  />
                </>
              )}
            </Card>
          </section>

          <section aria-labelledby="enrol-heading">
            <Card className="space-y-4">
              <h2 id="enrol-heading" className="text-lg font-semibold">
                {t("courses.enrol.title")}
              </h2>
              {CLOSED.has(course.status) ? (
                <p className="text-sm text-muted-foreground">{t("courses.enrol.closed")}</p>
              ) : (
                <>
                  <form method="get" action={`/courses/${course.id}`} role="search" className="flex flex-wrap items-end gap-3">
                    {query.day && <input type="hidden" name="day" value={query.day} />}
                    <div className="min-w-48 flex-1">
                      <InputField name="q" type="search" label={t("courses.enrol.search")} hint={t("courses.enrol.searchHint")} defaultValue={query.q ?? ""} autoComplete="off" key={query.q ?? ""} />
                    </div>
                    <Button type="submit" variant="secondary">
                      {t("courses.enrol.searchButton")}
                    </Button>
                  </form>
                  {found === "invalid" && (
                    <p role="alert" className="text-sm text-destructive">
                      {t("courses.enrol.searchInvalid")}
                    </p>
                  )}
                  {Array.isArray(found) && found.length === 0 && <p className="text-sm text-muted-foreground">{t("courses.enrol.noResults")}</p>}
                  {Array.isArray(found) && found.length > 0 && (
                    <EnrolForm
                      action={enrolWorkersAction.bind(null, course.id)}
                      candidates={found.map((worker): Candidate => {
                        const enrolment = byWorker.get(worker.id);
                        return {
                          id: worker.id,
                          registrationNo: worker.registrationNo,
                          fullName: worker.fullName,
                          fullNameKm: worker.fullNameKm,
                          passportMasked: worker.passportMasked,
                          inCourse: enrolment ? t(`enums.enrolmentStatus.${enrolment.status}`) : null,
                        };
                      })}
                    />
                  )}
                </>
              )}
            </Card>
          </section>
        </div>
      )}
    </div>
  );
}

/** The course decides 404 or 403 before anything is sent; its roster and forms stream in behind a skeleton. */
export default async function CoursePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<CourseQuery> }) {
  const [{ id }, query, actor] = await Promise.all([params, searchParams, getActor()]);
  const course = await forPage(getCourse(actor, id));
  return (
    <Suspense fallback={<RecordPageSkeleton />}>
      <CoursePageContent course={course} query={query} />
    </Suspense>
  );
}
