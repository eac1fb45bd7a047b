import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { forPage } from "@/lib/auth/page-guard";
import { getCaseSettings } from "@/lib/data/case-settings";
import { CaseSettingsForm } from "@/components/admin/case-settings-form";
import { ListPageSkeleton } from "@/components/ui/page-skeleton";
import { CheckedThenStreamed } from "../../checked-then-streamed";
import { updateCaseSettingsAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("caseSettings");
  return { title: t("title") };
}

async function CaseSettingsPageContent() {
  const [actor, t] = await Promise.all([getActor(), getTranslations()]);
  const settings = await forPage(getCaseSettings(actor));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("caseSettings.title")}</h1>
      <p className="max-w-2xl text-sm text-muted-foreground">{t("caseSettings.intro")}</p>
      <CaseSettingsForm action={updateCaseSettingsAction} settings={{ acknowledgeWithinDays: settings.acknowledgeWithinDays, decideWithinDays: settings.decideWithinDays, version: settings.version }} />
    </div>
  );
}

export default function CaseSettingsPage() {
  return (
    <CheckedThenStreamed action="caseSettings.manage" fallback={<ListPageSkeleton rows={2} />}>
      <CaseSettingsPageContent />
    </CheckedThenStreamed>
  );
}
