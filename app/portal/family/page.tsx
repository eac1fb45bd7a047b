import { getLocale, getTranslations } from "next-intl/server";
import { listCountries } from "@/lib/data/reference";
import { localName } from "@/lib/i18n/locales";
import { Notice } from "@/components/ui/notice";
import { ComplaintForm } from "@/components/portal/complaint-form";
import { lodgeFamilyComplaintAction } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("complaints");
  return { title: t("family.title") };
}

/** The public page where a family in Cambodia reports what happened to a relative abroad. */
export default async function FamilyComplaintPage({ searchParams }: { searchParams: Promise<{ lodged?: string }> }) {
  const [{ lodged }, t, locale, countries] = await Promise.all([searchParams, getTranslations("complaints"), getLocale(), listCountries()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("family.title")}</h1>
      {lodged ? (
        <Notice tone="success" role="status" data-testid="complaint-lodged">
          {t("family.lodged", { reference: lodged })}
        </Notice>
      ) : (
        <>
          <p className="text-sm text-muted-foreground">{t("family.intro")}</p>
          <ComplaintForm action={lodgeFamilyComplaintAction} destinations={countries.map((country) => ({ value: country.code, label: localName(locale, country) }))} />
        </>
      )}
    </div>
  );
}
