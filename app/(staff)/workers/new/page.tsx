import { getLocale, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { forPage } from "@/lib/auth/page-guard";
import { listDestinationsForNewWorker, listProvinces } from "@/lib/data/reference";
import { localChoices } from "@/lib/i18n/locales";
import { WorkerForm } from "@/components/workers/worker-form";
import { createWorkerAction } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("workers");
  return { title: t("newTitle") };
}

export default async function NewWorkerPage() {
  const [actor, locale, t] = await Promise.all([getActor(), getLocale(), getTranslations("workers")]);
  const [destinations, provinces] = await Promise.all([forPage(listDestinationsForNewWorker(actor)), listProvinces()]);
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("newTitle")}</h1>
      <p className="text-sm text-muted-foreground">{t("requiredNote")}</p>
      <WorkerForm
        action={createWorkerAction}
        provinces={localChoices(locale, provinces)}
        destinations={localChoices(locale, destinations)}
      />
    </div>
  );
}
