import { getLocale, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { allowedOnPage } from "@/lib/auth/page-guard";
import { listPublishedSources } from "@/lib/data/published-figures";
import { listCountries } from "@/lib/data/reference";
import { localName } from "@/lib/i18n/locales";
import { PublishedSourceForm } from "@/components/reports/published-source-form";
import { createPublishedSourceAction } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("published");
  return { title: t("newTitle") };
}

export default async function NewPublishedSourcePage() {
  const [actor, locale, t] = await Promise.all([getActor(), getLocale(), getTranslations("published")]);
  allowedOnPage(actor, "publishedFigure.manage");
  const [countries, sources] = await Promise.all([listCountries(), listPublishedSources(actor)]);
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("newTitle")}</h1>
      <p className="text-sm text-muted-foreground">{t("requiredNote")}</p>
      <PublishedSourceForm action={createPublishedSourceAction} countries={countries.map((c) => ({ code: c.code, name: localName(locale, c) }))} takenIds={sources.map((source) => source.id)} />
    </div>
  );
}
