"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { DoneToast } from "@/components/ui/done-toast";
import { DateField, SelectField } from "@/components/ui/field";
import type { FormState } from "@/lib/errors";
import { ErrorSummary } from "@/components/ui/error-summary";

/** The next step in a worker's life abroad, with the day it happened. */
export function StatusForm({
  action,
  version,
  nextStatuses,
  today,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  version: number;
  nextStatuses: string[];
  today: string;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const values = state.ok ? {} : (state.values ?? {});
  const errors = (field: string) => state.fieldErrors?.[field]?.map((key) => t(key));
  return (
    <form key={JSON.stringify(state)} action={formAction} className="space-y-3" noValidate>
      <h3 className="font-semibold">{t("workers.changeStatus")}</h3>
      {state.ok && <DoneToast message={t("workers.statusChanged")} />}
      <ErrorSummary state={state} />
      <input type="hidden" name="version" value={version} />
      <SelectField
        name="status"
        label={t("workers.newStatus")}
        options={nextStatuses.map((value) => ({ value, label: t(`enums.status.${value}`) }))}
        placeholder={t("workers.choose")}
        defaultValue={values.status ?? ""}
        errors={errors("status")}
        required
      />
      <DateField name="effectiveOn" label={t("workers.effectiveOn")} max={today} defaultValue={values.effectiveOn ?? today} errors={errors("effectiveOn")} required />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("workers.changeStatus")}
      </Button>
    </form>
  );
}
