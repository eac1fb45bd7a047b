import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getPortalActor } from "@/lib/auth/portal-actor";
import { listPortalCases } from "@/lib/data/case-complaints";
import { getDigits } from "@/lib/i18n/get-digits";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { PortalCaseList } from "@/components/portal/case-list";

export async function generateMetadata() {
  const t = await getTranslations("complaints");
  return { title: t("portal.title") };
}

/** A worker's own cases: reference, step and dates, never the officers' notes. */
export default async function PortalCasesPage({ searchParams }: { searchParams: Promise<{ lodged?: string }> }) {
  const [worker, { lodged }, t, digits] = await Promise.all([getPortalActor(), searchParams, getTranslations("complaints"), getDigits()]);
  if (!worker) redirect("/portal");
  const cases = await listPortalCases(worker);
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold">{t("portal.title")}</h1>
      {lodged && (
        <Notice tone="success" role="status" data-testid="complaint-lodged">
          {t("lodged", { reference: lodged })}
        </Notice>
      )}
      <Button asChild className="w-full py-3 text-base">
        <Link href="/portal/cases/new">{t("portal.new")}</Link>
      </Button>
      <PortalCaseList cases={cases} digits={digits} />
      <Link href="/portal" className="block text-sm text-link underline">
        {t("portal.back")}
      </Link>
    </div>
  );
}
