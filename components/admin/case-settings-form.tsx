"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { DoneToast } from "@/components/ui/done-toast";
import { InputField } from "@/components/ui/field";
import { ErrorSummary } from "@/components/ui/error-summary";
import type { FormState } from "@/lib/errors";

/** The case deadlines, in days from a complaint's receipt, as of the version shown. */
export function CaseSettingsForm({ action, settings }: { action: (state: FormState, formData: FormData) => Promise<FormState>; settings: { acknowledgeWithinDays: number; decideWithinDays: number; version: number } }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const values = state.ok ? {} : (state.values ?? {});
  const errors = (field: string) => state.fieldErrors?.[field]?.map((key) => t(key));
  return (
    <form key={`${JSON.stringify(state)}-${settings.version}`} action={formAction} className="max-w-lg space-y-4" noValidate>
      {state.ok && <DoneToast message={t("caseSettings.saved")} />}
      <ErrorSummary state={state} />
      <input type="hidden" name="version" value={settings.version} />
      <InputField
        name="acknowledgeWithinDays"
        label={t("caseSettings.acknowledgeWithinDays")}
        inputMode="numeric"
        className="max-w-32"
        defaultValue={values.acknowledgeWithinDays ?? String(settings.acknowledgeWithinDays)}
        errors={errors("acknowledgeWithinDays")}
        required
      />
      <InputField
        name="decideWithinDays"
        label={t("caseSettings.decideWithinDays")}
        inputMode="numeric"
        className="max-w-32"
        defaultValue={values.decideWithinDays ?? String(settings.decideWithinDays)}
        errors={errors("decideWithinDays")}
        required
      />
      <Button type="submit" disabled={pending}>
        {t("caseSettings.save")}
      </Button>
    </form>
  );
}
