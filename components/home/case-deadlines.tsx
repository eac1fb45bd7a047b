import { useTranslations } from "next-intl";
import type { Digits } from "@/lib/i18n/digits";
import { useAppFormat } from "@/lib/i18n/use-app-format";
import { HomeSection, StatTile, tileGrid } from "./stat-tile";

/** Cases past their deadlines (acknowledgement, decision), each number opening the list behind it. */
export function CaseDeadlines({ overdue, digits }: { overdue: { acknowledgement: number; decision: number; assignedToMe: number }; digits: Digits }) {
  const t = useTranslations("home.cases");
  const format = useAppFormat(digits);
  return (
    <HomeSection id="cases-title" title={t("title")} more={{ href: "/cases?status=OPEN", label: t("allOpen") }}>
      <div className={tileGrid}>
        <StatTile testId="tile-cases-overdue-mine" label={t("overdueMine")} value={format.count(overdue.assignedToMe)} href="/cases?overdue=on&mine=on" />
        <StatTile testId="tile-cases-acknowledgement" label={t("acknowledgementOverdue")} value={format.count(overdue.acknowledgement)} href="/cases?overdue=on&status=RECEIVED" />
        <StatTile testId="tile-cases-decision" label={t("allOverdue")} value={format.count(overdue.decision + overdue.acknowledgement)} href="/cases?overdue=on" hint={t("allOverdueHint")} />
      </div>
    </HomeSection>
  );
}
