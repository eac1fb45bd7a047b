"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import type { FormState } from "@/lib/errors";
import { INITIAL_STATUSES, SCHEMES, SECTORS, SEXES } from "@/lib/schemas/worker";

type Option = { value: string; label: string };

export function WorkerForm({
  action,
  provinces,
  destinations,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  provinces: Option[];
  destinations: Option[];
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const values = state.values ?? {};
  const errors = (field: string) => state.fieldErrors?.[field]?.map((key) => t(key));
  const enumOptions = (group: string, list: readonly string[]) => list.map((value) => ({ value, label: t(`enums.${group}.${value}`) }));
  const common = (name: string) => ({ name, label: t(`worker.${name}`), errors: errors(name), defaultValue: values[name] ?? "" });

  return (
    // The key remounts the fields with what was typed when the server sends the form back.
    <form key={JSON.stringify(values)} action={formAction} className="space-y-6" noValidate>
      {state.formError && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          {t(state.formError)}
        </p>
      )}
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">{t("workers.identity")}</legend>
        <InputField {...common("fullName")} required hint={t("workers.fullNameHint")} autoComplete="off" />
        <InputField {...common("fullNameKm")} lang="km" autoComplete="off" />
        <SelectField {...common("sex")} required options={enumOptions("sex", SEXES)} placeholder={t("workers.choose")} />
        <InputField {...common("dateOfBirth")} type="date" required />
        <InputField {...common("passportNo")} required hint={t("workers.passportHint")} autoComplete="off" />
        <InputField {...common("phone")} type="tel" autoComplete="off" />
        <SelectField {...common("provinceCode")} required options={provinces} placeholder={t("workers.choose")} />
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">{t("workers.employment")}</legend>
        <SelectField {...common("destinationCountry")} required options={destinations} placeholder={t("workers.choose")} />
        <InputField {...common("employer")} autoComplete="off" />
        <SelectField {...common("sector")} required options={enumOptions("sector", SECTORS)} placeholder={t("workers.choose")} />
        <SelectField {...common("scheme")} required options={enumOptions("scheme", SCHEMES)} placeholder={t("workers.choose")} />
        <SelectField
          {...common("status")}
          defaultValue={values.status ?? "PRE_DEPARTURE"}
          options={enumOptions("status", INITIAL_STATUSES)}
        />
        <InputField {...common("deployedOn")} type="date" />
        <InputField {...common("contractEnd")} type="date" />
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? t("workers.saving") : t("workers.register")}
      </Button>
    </form>
  );
}
