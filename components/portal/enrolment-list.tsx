import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/card";
import { cn } from "@/lib/cn";
import type { PortalEnrolment } from "@/lib/data/portal-enrolments";
import type { Digits } from "@/lib/i18n/digits";
import { useAppFormat } from "@/lib/i18n/use-app-format";

const statusTone: Record<string, string> = {
  ENROLLED: "bg-green-100 text-green-900",
  WAITLISTED: "bg-amber-100 text-amber-950",
  COMPLETED: "bg-blue-100 text-blue-900",
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
            ? [[t("enrolment.certificateNo"), <Link key="certificate" href={`/portal/certificates/${enrolment.id}`} className="font-mono text-blue-800 underline" data-testid="certificate-no">{enrolment.certificateNo}</Link>] as [string, React.ReactNode]]
            : []),
        ];
        return (
          <li key={enrolment.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="portal-enrolment">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h2 className="text-lg font-semibold">{title(course)}</h2>
              <span className={cn("rounded-full px-3 py-1 text-sm font-medium", statusTone[enrolment.status] ?? "bg-slate-100 text-slate-800")} data-testid="enrolment-status">
                {t(`status.${enrolment.status}`)}
              </span>
            </div>
            {enrolment.waitlistRank !== null && <p className="mt-2 text-sm font-medium text-amber-950">{t("enrolment.waitlistRank", { rank: enrolment.waitlistRank })}</p>}
            {course.status === "CANCELLED" && <p className="mt-2 text-sm font-medium text-red-800">{t("enrolment.courseCancelled")}</p>}
            {enrolment.completedOn && <p className="mt-2 text-sm text-slate-700">{t("enrolment.completedOn", { date: format.day(enrolment.completedOn) })}</p>}
            <dl className="mt-3 space-y-2 text-sm">
              {rows.map(([label, value]) => (
                <div key={label} className="grid grid-cols-[7rem_1fr] gap-2">
                  <dt className="text-slate-500">{label}</dt>
                  <dd className="text-slate-900">{value}</dd>
                </div>
              ))}
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
