"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { DoneToast } from "@/components/ui/done-toast";
import { Checkbox, InputField } from "@/components/ui/field";
import { ErrorSummary } from "@/components/ui/error-summary";
import type { FormState } from "@/lib/errors";

type SavedAgency = { name: string; licenceNo: string | null; workersSent: number | null; retired: boolean; version: number };

/** Adds a licensed agency to the list, or corrects one (and retires it or brings it back) as of the version shown. */
export function AgencyForm({ action, agency }: { action: (state: FormState, formData: FormData) => Promise<FormState>; agency?: SavedAgency }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const values = state.ok ? {} : (state.values ?? {});
  const errors = (field: string) => state.fieldErrors?.[field]?.map((key) => t(key));
  const typed = (field: string, saved: string | number | null | undefined) => values[field] ?? (saved === null || saved === undefined ? "" : String(saved));
  return (
    <form key={JSON.stringify(state)} action={formAction} className="max-w-lg space-y-4" noValidate>
      {state.ok && <DoneToast message={t("agencies.done.created")} />}
      <ErrorSummary state={state} />
      {agency && <input type="hidden" name="version" value={agency.version} />}
      <InputField name="name" label={t("agencies.name")} defaultValue={typed("name", agency?.name)} errors={errors("name")} required />
      <InputField name="licenceNo" label={t("agencies.licenceNo")} defaultValue={typed("licenceNo", agency?.licenceNo)} errors={errors("licenceNo")} />
      <InputField
        name="workersSent"
        label={t("agencies.workersSent")}
        hint={t("agencies.workersSentHint")}
        inputMode="numeric"
        className="max-w-40"
        defaultValue={typed("workersSent", agency?.workersSent)}
        errors={errors("workersSent")}
      />
      {agency && <Checkbox name="retired" defaultChecked={values.retired ? values.retired === "on" : agency.retired} label={t("agencies.retire")} />}
      <Button type="submit" disabled={pending}>
        {agency ? t("agencies.save") : t("agencies.add")}
      </Button>
    </form>
  );
}
