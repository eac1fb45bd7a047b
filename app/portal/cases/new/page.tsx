import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getPortalActor } from "@/lib/auth/portal-actor";
import { ComplaintForm } from "@/components/portal/complaint-form";
import { lodgeComplaintAction } from "../../actions";

export async function generateMetadata() {
  const t = await getTranslations("complaints");
  return { title: t("portal.new") };
}

export default async function NewPortalComplaintPage() {
  const [worker, t] = await Promise.all([getPortalActor(), getTranslations("complaints")]);
  if (!worker) redirect("/portal");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("portal.new")}</h1>
      <p className="text-sm text-muted-foreground">{t("portal.intro")}</p>
      <ComplaintForm action={lodgeComplaintAction} />
    </div>
  );
}
