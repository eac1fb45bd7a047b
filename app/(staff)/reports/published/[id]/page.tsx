import { getLocale, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { allowedOnPage, forPage } from "@/lib/auth/page-guard";
import { getPublishedSource } from "@/lib/data/published-figures";
import { listCountries } from "@/lib/data/reference";
import { localName } from "@/lib/i18n/locales";
import { formValuesOf } from "@/lib/published-source-form";
import { PublishedSourceForm } from "@/components/reports/published-source-form";
import { correctPublishedSourceAction } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("published");
  return { title: t("editTitle") };
}

export default async function CorrectPublishedSourcePage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, actor, locale, t] = await Promise.all([params, getActor(), getLocale(), getTranslations("published")]);
  allowedOnPage(actor, "publishedFigure.manage");
  const [source, countries] = await forPage(Promise.all([getPublishedSource(actor, id), listCountries()]));
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("editTitle")}</h1>
      {source.retiredAt && <p className="text-sm text-muted-foreground">{t("editRetired")}</p>}
      <PublishedSourceForm
        action={correctPublishedSourceAction.bind(null, source.id)}
        countries={countries.map((c) => ({ code: c.code, name: localName(locale, c) }))}
        sourceId={source.id}
        initial={formValuesOf(source)}
      />
    </div>
  );
}
