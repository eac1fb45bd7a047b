"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { DoneToast } from "@/components/ui/done-toast";
import { InputField } from "@/components/ui/field";
import type { FormState } from "@/lib/errors";

type SavedQuota = { workers: number; note: string | null; version: number };

/** Sets one destination's quota for the year, or corrects it as of the version shown. */
export function QuotaForm({
  action,
  countryCode,
  countryName,
  year,
  quota,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  countryCode: string;
  countryName: string;
  year: number;
  quota: SavedQuota | null;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const values = state.ok ? {} : (state.values ?? {});
  const current = state.details?.current as SavedQuota | undefined;
  // After a conflict the form carries the version now saved, so saving again is a deliberate overwrite.
  const version = current?.version ?? quota?.version;
  const errors = (field: string) => state.fieldErrors?.[field]?.map((key) => t(key));
  const id = (field: string) => `${field}-${countryCode}`;
  // The destination and year come from the page, not from what was typed: their errors go under the form.
  const otherErrors = ["countryCode", "year", "version", "_form"].flatMap((field) => errors(field) ?? []);
  return (
    // Keyed by the saved version too: after a save the fields show the quota as saved.
    <form key={`${JSON.stringify(state)}-${quota?.version}`} action={formAction} className="flex flex-wrap items-start gap-2" noValidate>
      <input type="hidden" name="countryCode" value={countryCode} />
      <input type="hidden" name="year" value={year} />
      {version !== undefined && <input type="hidden" name="version" value={version} />}
      <InputField
        id={id("workers")}
        name="workers"
        label={t("quotas.quotaFor", { country: countryName })}
        inputMode="numeric"
        className="w-32"
        defaultValue={values.workers ?? quota?.workers ?? ""}
        errors={errors("workers")}
        required
      />
      <InputField id={id("note")} name="note" label={t("quotas.note")} className="w-56" defaultValue={values.note ?? quota?.note ?? ""} errors={errors("note")} />
      <Button type="submit" variant="secondary" className="mt-6" disabled={pending}>
        {t("quotas.save")}
      </Button>
      <div className="basis-full text-sm">
        {state.ok && <DoneToast message={t("quotas.saved")} />}
        {current && (
          <p role="alert" className="text-warning" data-testid="conflict">
            {t("quotas.conflict", { workers: current.workers })}
          </p>
        )}
        {state.formError && state.formError !== "errors.CONFLICT" && state.formError !== "errors.VALIDATION" && (
          <p role="alert" className="text-destructive">{t(state.formError)}</p>
        )}
        {otherErrors.length > 0 && <p role="alert" className="text-destructive">{otherErrors.join(" ")}</p>}
      </div>
    </form>
  );
}
