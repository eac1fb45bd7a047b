import { getLocale, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { forPage } from "@/lib/auth/page-guard";
import { getWorkerForEdit } from "@/lib/data/workers";
import { listProvinces } from "@/lib/data/reference";
import { localChoices } from "@/lib/i18n/locales";
import { WorkerForm } from "@/components/workers/worker-form";
import { updateWorkerAction } from "../../actions";

export async function generateMetadata() {
  const t = await getTranslations("workers");
  return { title: t("editTitle") };
}

export default async function EditWorkerPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, actor, locale, t] = await Promise.all([params, getActor(), getLocale(), getTranslations("workers")]);
  const [worker, provinces] = await Promise.all([forPage(getWorkerForEdit(actor, id)), listProvinces()]);
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">
        {t("editTitle")} · <span className="font-mono">{worker.registrationNo}</span>
      </h1>
      <WorkerForm
        action={updateWorkerAction.bind(null, id)}
        provinces={localChoices(locale, provinces)}
        initial={worker.values}
        passportMasked={worker.passportMasked}
      />
    </div>
  );
}
