"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { DateField, InputField, SelectField } from "@/components/ui/field";
import type { FormState } from "@/lib/errors";
import { ErrorSummary } from "@/components/ui/error-summary";

/** Moves the worker to another destination; the post that covers it takes over the record. */
export function TransferForm({
  action,
  version,
  destinations,
  today,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  version: number;
  destinations: { value: string; label: string }[];
  today: string;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const values = state.values ?? {};
  const errors = (field: string) => state.fieldErrors?.[field]?.map((key) => t(key));
  return (
    <form
      key={JSON.stringify(state)}
      action={formAction}
      className="space-y-3"
      noValidate
    >
      <h3 className="font-semibold">{t("workers.transfer")}</h3>
      <p className="text-sm text-muted-foreground">{t("workers.transferHelp")}</p>
      <ErrorSummary state={state} />
      <input type="hidden" name="version" value={version} />
      <SelectField
        name="destinationCountry"
        label={t("workers.transferTo")}
        options={destinations}
        placeholder={t("workers.choose")}
        defaultValue={values.destinationCountry ?? ""}
        errors={errors("destinationCountry")}
        required
      />
      <DateField name="effectiveOn" label={t("workers.effectiveOn")} max={today} defaultValue={values.effectiveOn ?? today} errors={errors("effectiveOn")} required />
      <InputField name="employer" label={t("workers.newEmployer")} defaultValue={values.employer ?? ""} errors={errors("employer")} />
      <ConfirmSubmit variant="secondary" disabled={pending} confirm={{ title: t("workers.transfer"), description: t("workers.transferConfirm"), action: t("workers.transfer") }}>
        {t("workers.transfer")}
      </ConfirmSubmit>
    </form>
  );
}
