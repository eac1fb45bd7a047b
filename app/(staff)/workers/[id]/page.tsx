import { Suspense } from "react";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getAppFormat } from "@/lib/i18n/get-app-format";
import { getActor } from "@/lib/auth/actor";
import { RecordPageSkeleton } from "@/components/ui/page-skeleton";
import { forPage } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { getWorkerHistory } from "@/lib/data/worker-history";
import { getWorkerRecord, type WorkerRecord } from "@/lib/data/worker-record";
import { listCountries, listProvinces } from "@/lib/data/reference";
import { localChoices, localName } from "@/lib/i18n/locales";
import { STATUS_TRANSITIONS } from "@/lib/schemas/worker";
import { startOfTodayUtc } from "@/lib/schemas/common";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { Facts } from "@/components/ui/facts";
import { Notice } from "@/components/ui/notice";
import { PassportReveal } from "@/components/workers/passport-reveal";
import { StatusForm } from "@/components/workers/status-form";
import { TransferForm } from "@/components/workers/transfer-form";
import { WorkerHistory } from "@/components/workers/worker-history";
import { WorkerCourses } from "@/components/courses/worker-courses";
import { courseTitle } from "@/components/courses/course-title";
import { AccessCodePanel } from "@/components/workers/access-code-panel";
import { SLIP_LABELS } from "@/lib/documents/access-slip-document";
import { bilingual } from "@/lib/i18n/bilingual";
import { publicOrigin } from "@/lib/request-info";
import { changeStatusAction, clearDuplicateFlagAction, issueAccessCodeAction, revealPassportAction, transferWorkerAction } from "../actions";
import { DoneToast } from "@/components/ui/done-toast";

export async function generateMetadata() {
  const t = await getTranslations("workers");
  return { title: t("recordTitle") };
}

/** What the access-code panel needs: the slip's labels in both languages, whichever the officer reads. */
async function portalAccess(current: { issuedAt: Date; validUntil: Date } | null, workerId: string) {
  const format = await getAppFormat();
  return {
    current: current ? { issuedOn: format.moment(current.issuedAt, "long"), validUntil: format.moment(current.validUntil, "long"), expired: current.validUntil <= new Date() } : null,
    labels: bilingual("portal.slip", SLIP_LABELS),
    portalAddress: `${publicOrigin()}/portal`,
    pdfPath: `/workers/${workerId}/slip.pdf`,
  };
}

async function WorkerPageContent({ record, done }: { record: WorkerRecord; done?: string }) {
  const { worker, duplicateFlag, courses, accessCode } = record;
  const id = worker.id;
  const [actor, t, format, locale] = await Promise.all([getActor(), getTranslations(), getAppFormat(), getLocale()]);
  const history = await forPage(getWorkerHistory(actor, id));
  const mayEdit = actor ? can(actor, "worker.update", worker.post?.id ?? null) : false;
  const mayReveal = actor ? can(actor, "worker.revealPassport", worker.post?.id ?? null) : false;
  const today = startOfTodayUtc().toISOString().slice(0, 10);
  const [countries, provinces, access] = await Promise.all([listCountries(), listProvinces(), accessCode === undefined ? null : portalAccess(accessCode, id)]);
  const namesOf = (list: { code: string; nameEn: string; nameKm: string }[]) => Object.fromEntries(list.map((entry) => [entry.code, localName(locale, entry)]));
  const date = (value: Date | null) => format.dayOrDash(value, "long");
  const rows: [string, React.ReactNode][] = [
    [t("worker.fullNameKm"), worker.fullNameKm ?? "—"],
    [t("worker.sex"), t(`enums.sex.${worker.sex}`)],
    [t("worker.dateOfBirth"), date(worker.dateOfBirth)],
    [
      t("worker.passportNo"),
      mayReveal ? (
        <PassportReveal masked={worker.passportMasked} action={revealPassportAction.bind(null, worker.id)} />
      ) : (
        <span className="font-mono" data-testid="passport">{worker.passportMasked}</span>
      ),
    ],
    [t("worker.phone"), worker.phone ?? "—"],
    [t("worker.provinceCode"), localName(locale, worker.province)],
    [t("worker.destinationCountry"), localName(locale, worker.country)],
    [t("worker.post"), worker.post?.name ?? t("workers.noPost")],
    [t("worker.employer"), worker.employer ?? "—"],
    [t("worker.sector"), t(`enums.sector.${worker.sector}`)],
    [t("worker.scheme"), t(`enums.scheme.${worker.scheme}`)],
    [t("worker.status"), t(`enums.status.${worker.status}`)],
    [t("worker.deployedOn"), date(worker.deployedOn)],
    [t("worker.contractEnd"), date(worker.contractEnd)],
    [t("worker.returnedOn"), date(worker.returnedOn)],
    [t("worker.registeredOn"), format.moment(worker.createdAt, "long")],
  ];
  const nextStatuses = [...STATUS_TRANSITIONS[worker.status]];

  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="space-y-4 lg:col-span-2">
        {done && <DoneToast message={done === "created" ? t("workers.created", { registrationNo: worker.registrationNo }) : t("workers.updated")} />}
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <p className="font-mono text-sm text-muted-foreground" data-testid="registration-no">
              {worker.registrationNo}
            </p>
            <h1 className="text-2xl font-semibold">{worker.fullName}</h1>
          </div>
          {mayEdit && (
            <Button asChild variant="secondary">
              <Link href={`/workers/${worker.id}/edit`}>{t("workers.edit")}</Link>
            </Button>
          )}
        </div>
        {duplicateFlag && (
          <Notice role="status" tone="warning" className="space-y-2" data-testid="duplicate-flag">
            <p>
              {t("workers.flaggedDuplicate", {
                reason: t(duplicateFlag.reason === "phone" ? "workers.duplicateByPhone" : "workers.duplicateByName"),
                date: format.momentDay(duplicateFlag.flaggedAt),
              })}
            </p>
            {mayEdit && (
              <ConfirmActionButton action={clearDuplicateFlagAction.bind(null, worker.id)} label={t("workers.clearDuplicateFlag")} confirm={t("workers.clearDuplicateFlagConfirm")} />
            )}
          </Notice>
        )}
        <Card>
          <Facts items={rows} />
        </Card>
        {courses && (
          <section className="space-y-3" aria-labelledby="courses-heading">
            <h2 id="courses-heading" className="text-lg font-semibold">
              {t("courses.workerCourses.title")}
            </h2>
            <WorkerCourses
              rows={courses.map((course) => ({
                enrolmentId: course.enrolmentId,
                courseId: course.courseId,
                title: courseTitle(locale, course),
                dates: format.days(course.startsOn, course.endsOn),
                status: t(`enums.enrolmentStatus.${course.status}`),
                certificateNo: course.certificateNo,
                certificateRevoked: course.certificateRevoked,
              }))}
            />
          </section>
        )}
        <section className="space-y-3" aria-labelledby="history-heading">
          <h2 id="history-heading" className="text-lg font-semibold">
            {t("history.title")}
          </h2>
          <WorkerHistory entries={history} names={{ countries: namesOf(countries), provinces: namesOf(provinces) }} />
        </section>
      </div>
      {(mayEdit || access) && (
        <aside className="space-y-4">
          {mayEdit && nextStatuses.length > 0 && (
            <Card>
              <StatusForm action={changeStatusAction.bind(null, worker.id)} version={worker.version} nextStatuses={nextStatuses} today={today} />
            </Card>
          )}
          {mayEdit && worker.status !== "DECEASED" && (
            <Card>
              <TransferForm
                action={transferWorkerAction.bind(null, worker.id)}
                version={worker.version}
                today={today}
                destinations={localChoices(locale, countries.filter((c) => c.code !== worker.destinationCountry))}
              />
            </Card>
          )}
          {access && (
            <Card>
              <AccessCodePanel action={issueAccessCodeAction.bind(null, worker.id)} {...access} />
            </Card>
          )}
        </aside>
      )}
    </div>
  );
}

/** The record decides 404 or 403 before anything is sent; the rest of the page streams in behind a skeleton. */
export default async function WorkerPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> }) {
  const [{ id }, { done }, actor] = await Promise.all([params, searchParams, getActor()]);
  const record = await forPage(getWorkerRecord(actor, id));
  return (
    <Suspense fallback={<RecordPageSkeleton />}>
      <WorkerPageContent record={record} done={done} />
    </Suspense>
  );
}
