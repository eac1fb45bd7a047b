"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { DoneToast } from "@/components/ui/done-toast";
import { DateField, InputField } from "@/components/ui/field";
import { ErrorSummary } from "@/components/ui/error-summary";
import type { FormState } from "@/lib/errors";

/** Sets one currency's rate: US dollars per unit, and the day it was taken. */
export function CurrencyRateForm({ action, currency, rate }: { action: (state: FormState, formData: FormData) => Promise<FormState>; currency: string; rate: { usdPerUnit: string; asOf: string } | null }) {
  const t = useTranslations("currencyRates");
  const tAll = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const values = state.ok ? {} : (state.values ?? {});
  const errors = (field: string) => state.fieldErrors?.[field]?.map((key) => tAll(key));
  const id = (field: string) => `${field}-${currency}`;
  return (
    <form key={`${JSON.stringify(state)}-${rate?.usdPerUnit}-${rate?.asOf}`} action={formAction} className="flex flex-wrap items-start gap-2" noValidate>
      <input type="hidden" name="currency" value={currency} />
      <InputField
        id={id("usdPerUnit")}
        name="usdPerUnit"
        label={t("usdPerUnitOf", { currency })}
        inputMode="decimal"
        className="w-36"
        defaultValue={values.usdPerUnit ?? rate?.usdPerUnit ?? ""}
        errors={errors("usdPerUnit")}
        required
      />
      <DateField id={id("asOf")} name="asOf" label={t("asOf")} defaultValue={values.asOf ?? rate?.asOf ?? ""} errors={errors("asOf")} required />
      <Button type="submit" variant="secondary" className="mt-6" disabled={pending}>
        {t("save")}
      </Button>
      <div className="basis-full text-sm">
        {state.ok && <DoneToast message={t("saved", { currency })} />}
        <ErrorSummary state={state} />
        {errors("currency") && <p role="alert" className="text-destructive">{errors("currency")!.join(" ")}</p>}
      </div>
    </form>
  );
}
