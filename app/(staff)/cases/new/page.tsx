import { getLocale, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { allowedOnPage, forPage } from "@/lib/auth/page-guard";
import { listCaseDestinations } from "@/lib/data/case-choices";
import { listAgencyChoices } from "@/lib/data/recruitment-agencies";
import { CaseIntakeForm } from "@/components/cases/case-intake-form";
import { createCaseAction } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("cases");
  return { title: t("intake.title") };
}

export default async function NewCasePage() {
  const actor = allowedOnPage(await getActor(), "case.create");
  const [t, locale, destinations, agencies] = await Promise.all([getTranslations(), getLocale(), forPage(listCaseDestinations(actor)), forPage(listAgencyChoices(actor))]);
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("cases.intake.title")}</h1>
      <p className="text-sm text-muted-foreground">{t("cases.intake.intro")}</p>
      <CaseIntakeForm
        action={createCaseAction}
        destinations={destinations.map((country) => ({ value: country.code, label: locale === "km" ? country.nameKm : country.nameEn }))}
        agencies={agencies.map((agency) => ({ value: agency.id, label: agency.name }))}
      />
    </div>
  );
}
