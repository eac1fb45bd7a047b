import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/card";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { PortalEnrolment } from "@/lib/data/portal-enrolments";
import type { Digits } from "@/lib/i18n/digits";
import { useAppFormat } from "@/lib/i18n/use-app-format";

const statusTone: Record<string, BadgeTone> = {
  ENROLLED: "success",
  WAITLISTED: "warning",
  COMPLETED: "info",
};

/** The course title in the reader's language. */
export function useCourseTitle() {
  const locale = useLocale();
  return (course: { titleEn: string; titleKm: string }) => (locale === "km" ? course.titleKm : course.titleEn);
}

/** One card per course, to read on a phone. */
export function PortalEnrolmentList({ enrolments, digits }: { enrolments: PortalEnrolment[]; digits: Digits }) {
  const t = useTranslations("portal");
  const format = useAppFormat(digits);
  const title = useCourseTitle();
  if (enrolments.length === 0) {
    return <EmptyState title={t("home.empty")}>{t("home.emptyHelp")}</EmptyState>;
  }
  return (
    <ul className="space-y-4" aria-label={t("title")}>
      {enrolments.map((enrolment) => {
        const { course } = enrolment;
        const rows: [string, React.ReactNode][] = [
          [t("enrolment.dates"), format.days(course.startsOn, course.endsOn)],
          [t("enrolment.place"), course.place],
          [t("enrolment.provider"), course.provider],
          ...(course.scheduleNote ? [[t("enrolment.schedule"), course.scheduleNote] as [string, React.ReactNode]] : []),
          ...(enrolment.daysPresent + enrolment.daysAbsent > 0
            ? [[t("enrolment.attendance"), t("enrolment.attendanceDays", { present: enrolment.daysPresent, absent: enrolment.daysAbsent })] as [string, React.ReactNode]]
            : []),
          ...(enrolment.certificateNo
            ? [[t("enrolment.certificateNo"), <Link key="certificate" href={`/portal/certificates/${enrolment.id}`} className="font-mono text-link underline" data-testid="certificate-no">{enrolment.certificateNo}</Link>] as [string, React.ReactNode]]
            : []),
        ];
        return (
          <li key={enrolment.id} className="rounded-lg border border-border bg-card p-4 shadow-sm" data-testid="portal-enrolment">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h2 className="text-lg font-semibold">{title(course)}</h2>
              <Badge tone={statusTone[enrolment.status] ?? "neutral"} className="px-3 py-1 text-sm font-medium" data-testid="enrolment-status">
                {t(`status.${enrolment.status}`)}
              </Badge>
            </div>
            {enrolment.waitlistRank !== null && <p className="mt-2 text-sm font-medium text-warning">{t("enrolment.waitlistRank", { rank: enrolment.waitlistRank })}</p>}
            {course.status === "CANCELLED" && <p className="mt-2 text-sm font-medium text-destructive">{t("enrolment.courseCancelled")}</p>}
            {enrolment.completedOn && <p className="mt-2 text-sm text-muted-foreground">{t("enrolment.completedOn", { date: format.day(enrolment.completedOn) })}</p>}
            {enrolment.certificateRevokedOn && (
              <p className="mt-2 text-sm font-medium text-destructive" data-testid="certificate-revoked">
                {t("enrolment.certificateRevoked", { date: format.day(enrolment.certificateRevokedOn) })}
              </p>
            )}
            <dl className="mt-3 space-y-2 text-sm">
              {rows.map(([label, value]) => (
                <div key={label} className="grid grid-cols-[7rem_1fr] gap-2">
                  <dt className="text-muted-foreground">{label}</dt>
                  <dd className="text-foreground">{value}</dd>
                </div>
              ))}
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
