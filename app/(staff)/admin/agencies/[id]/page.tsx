import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { allowedOnPage, forPage } from "@/lib/auth/page-guard";
import { listAgencies } from "@/lib/data/recruitment-agencies";
import { AgencyForm } from "@/components/admin/agency-form";
import { updateAgencyAction } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("agencies");
  return { title: t("editTitle") };
}

export default async function AgencyPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, actor, t] = await Promise.all([params, getActor(), getTranslations()]);
  // The list is short and kept whole by the administrators: one agency is read from it.
  const agency = (await forPage(listAgencies(allowedOnPage(actor, "agency.manage")))).find((row) => row.id === id);
  if (!agency) notFound();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{agency.name}</h1>
      <p className="max-w-2xl text-sm text-muted-foreground">{t("agencies.retireHint")}</p>
      <AgencyForm action={updateAgencyAction.bind(null, agency.id)} agency={{ name: agency.name, licenceNo: agency.licenceNo, workersSent: agency.workersSent, retired: agency.retiredAt !== null, version: agency.version }} />
    </div>
  );
}
