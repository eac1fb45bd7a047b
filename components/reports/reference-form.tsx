"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { DoneToast } from "@/components/ui/done-toast";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/field";
import type { FormState } from "@/lib/errors";

/**
 * Chooses the source of one destination's reference figure among those that give one, or the
 * default: the ministry's newest official source (named, when there is one).
 */
export function ReferenceForm({
  action,
  countryCode,
  countryName,
  chosen,
  sources,
  defaultTitle,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  countryCode: string;
  countryName: string;
  /** The source chosen by ministry staff; null when the default applies. */
  chosen: string | null;
  sources: { sourceId: string; label: string }[];
  /** The source the default would give, or null when no official source covers the destination. */
  defaultTitle: string | null;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const id = `sourceId-${countryCode}`;
  return (
    <form key={`${chosen}-${JSON.stringify(state)}`} action={formAction} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="countryCode" value={countryCode} />
      <div className="min-w-64 flex-1">
        <SelectField
          id={id}
          name="sourceId"
          label={t("reports.reference.chooseFor", { country: countryName })}
          defaultValue={state.ok ? (state.values?.sourceId ?? "") : (chosen ?? "")}
          errors={state.fieldErrors?.sourceId?.map((key) => t(key))}
          options={[
            { value: "", label: defaultTitle ? t("reports.reference.defaultOption", { title: defaultTitle }) : t("reports.reference.defaultNone") },
            ...sources.map((source) => ({ value: source.sourceId, label: source.label })),
          ]}
        />
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("reports.reference.save")}
      </Button>
      <div className="basis-full">
        <ErrorSummary state={state} />
        {state.ok && <DoneToast message={t("reports.reference.saved", { country: countryName })} />}
      </div>
    </form>
  );
}
