import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { allowedOnPage } from "@/lib/auth/page-guard";
import { PUBLISHED_FIGURE_COLUMNS } from "@/lib/published-figures-csv";
import { PublishedImportForm } from "@/components/reports/published-import-form";
import { importPublishedFiguresAction } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("published");
  return { title: t("importTitle") };
}

export default async function ImportPublishedFiguresPage() {
  const [actor, t] = await Promise.all([getActor(), getTranslations("published")]);
  allowedOnPage(actor, "publishedFigure.manage");
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("importTitle")}</h1>
      <p className="text-sm text-muted-foreground">{t("importIntro")}</p>
      <p className="text-sm text-muted-foreground">
        {t("importColumns")} <code className="text-xs break-all">{PUBLISHED_FIGURE_COLUMNS.join(",")}</code>
      </p>
      <PublishedImportForm action={importPublishedFiguresAction} />
    </div>
  );
}
