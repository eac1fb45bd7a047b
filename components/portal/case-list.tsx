import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import type { Digits } from "@/lib/i18n/digits";
import { useAppFormat } from "@/lib/i18n/use-app-format";

export type PortalCase = {
  id: string;
  referenceNo: string;
  status: string;
  categories: string[];
  referredTo: string | null;
  outcome: string | null;
  currency: string | null;
  amountAgreed: string | null;
  receivedAt: Date;
  acknowledgedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  payments: { amount: string; currency: string; receivedOn: Date }[];
};

/** One card per case, to read on a phone: where it stands, what comes next, what was paid. */
export function PortalCaseList({ cases, digits }: { cases: PortalCase[]; digits: Digits }) {
  const t = useTranslations();
  const format = useAppFormat(digits);
  if (cases.length === 0) return <EmptyState title={t("complaints.portal.empty")}>{t("complaints.portal.emptyHelp")}</EmptyState>;
  return (
    <ul className="space-y-4" aria-label={t("complaints.portal.title")}>
      {cases.map((record) => {
        const rows: [string, string][] = [
          [t("complaints.portal.kind"), record.categories.map((category) => t(`enums.caseCategory.${category}`)).join(", ")],
          [t("complaints.portal.received"), format.momentDay(record.receivedAt)],
          [t("complaints.portal.acknowledged"), record.acknowledgedAt ? format.momentDay(record.acknowledgedAt) : "—"],
          ...(record.referredTo ? [[t("complaints.portal.referredTo"), t(`enums.caseReferral.${record.referredTo}`)] as [string, string]] : []),
          ...(record.outcome ? [[t("complaints.portal.outcome"), t(`enums.caseOutcome.${record.outcome}`)] as [string, string]] : []),
          ...(record.amountAgreed ? [[t("complaints.portal.agreed"), `${format.amount(Number(record.amountAgreed))} ${record.currency}`] as [string, string]] : []),
          ...record.payments.map((payment) => [t("complaints.portal.paid", { day: format.day(payment.receivedOn) }), `${format.amount(Number(payment.amount))} ${payment.currency}`] as [string, string]),
        ];
        return (
          <li key={record.id} className="rounded-lg border border-border bg-card p-4 shadow-sm" data-testid="portal-case">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h2 className="font-mono text-lg font-semibold">{record.referenceNo}</h2>
              <Badge className="px-3 py-1 text-sm font-medium" data-testid="portal-case-status">
                {t(`enums.caseStatus.${record.status}`)}
              </Badge>
            </div>
            <p className="mt-1 text-sm">{t(`complaints.next.${record.status}`)}</p>
            <dl className="mt-3 space-y-1 text-sm">
              {rows.map(([label, value]) => (
                <div key={label} className="flex flex-wrap justify-between gap-2">
                  <dt className="text-muted-foreground">{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
