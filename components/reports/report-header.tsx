import { useTranslations } from "next-intl";
import type { Digits } from "@/lib/i18n/digits";
import { Button } from "@/components/ui/button";
import { useAppFormat } from "@/lib/i18n/use-app-format";

/**
 * When the report was computed, and its downloads: `exportPath` is the report's export route, to
 * which the format and the report's own query are added.
 */
export function ReportHeader({ asOf, exportPath, query, digits }: { asOf: Date; exportPath: string; query: Record<string, string | null>; digits: Digits }) {
  const t = useTranslations("reports");
  const format = useAppFormat(digits);
  const search = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
  const href = (type: "csv" | "xlsx") => `${exportPath}/${type}${search ? `?${search}` : ""}`;
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-muted-foreground" data-testid="report-as-of">
        {t("asOf", { moment: format.moment(asOf, "long") })}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <Button asChild variant="secondary">
          <a href={href("csv")} download>{t("download.csv")}</a>
        </Button>
        <Button asChild variant="secondary">
          <a href={href("xlsx")} download>{t("download.xlsx")}</a>
        </Button>
      </div>
    </div>
  );
}
