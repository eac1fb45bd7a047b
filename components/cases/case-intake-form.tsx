"use client";
import { useActionState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Checkbox, InputField, SelectField, TextareaField } from "@/components/ui/field";
import { ErrorSummary } from "@/components/ui/error-summary";
import type { FormState, MessageValues } from "@/lib/errors";
import { CASE_CATEGORIES, COMPLAINANTS, CURRENCIES, STAFF_CHANNELS } from "@/lib/schemas/case";

type Choice = { value: string; label: string };

/** The counter's intake: who complains, about whom, what happened, how it came. */
export function CaseIntakeForm({
  action,
  destinations,
  agencies,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  destinations: Choice[];
  agencies: Choice[];
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const values = state.values ?? {};
  const messageValues = state.details?.messageValues as MessageValues | undefined;
  const errors = (field: string) => state.fieldErrors?.[field]?.map((key) => t(key, messageValues));
  const field = (name: string) => ({ name, label: t(`cases.field.${name}`), errors: errors(name), defaultValue: values[name] ?? "" });
  const ticked = new Set((values.categories ?? "").split(",").filter(Boolean));
  const categoryErrors = errors("categories");

  return (
    <form key={JSON.stringify(state)} action={formAction} className="space-y-6" noValidate data-testid="case-intake">
      <ErrorSummary state={state} />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">{t("cases.intake.who")}</legend>
        <SelectField {...field("complainant")} defaultValue={values.complainant ?? "WORKER"} required options={COMPLAINANTS.map((value) => ({ value, label: t(`enums.complainant.${value}`) }))} />
        <SelectField {...field("channel")} defaultValue={values.channel ?? "WALK_IN"} required options={STAFF_CHANNELS.map((value) => ({ value, label: t(`enums.caseChannel.${value}`) }))} />
        <InputField {...field("complainantName")} hint={t("cases.intake.complainantNameHint")} autoComplete="off" />
        <InputField {...field("complainantRelation")} hint={t("cases.intake.relationHint")} autoComplete="off" />
        <InputField {...field("complainantContact")} autoComplete="off" />
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">{t("cases.intake.workers")}</legend>
        <TextareaField {...field("registrationNos")} rows={4} hint={t("cases.intake.registrationNosHint")} />
        <TextareaField {...field("people")} rows={4} hint={t("cases.intake.peopleHint")} />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-2 text-base font-semibold">{t("cases.intake.what")}</legend>
        <div role="group" aria-labelledby="categories-label" aria-describedby={categoryErrors ? "categories-error" : undefined} className="space-y-2">
          <p id="categories-label" className="text-sm font-medium">
            {t("cases.field.categories")}
            <span aria-hidden="true" className="text-destructive"> *</span>
          </p>
          <div className="grid gap-2 sm:grid-cols-2">
            {CASE_CATEGORIES.map((category) => (
              <Checkbox key={category} name="categories" value={category} defaultChecked={ticked.has(category)} label={t(`enums.caseCategory.${category}`)} />
            ))}
          </div>
          {categoryErrors && (
            <p id="categories-error" role="alert" className="text-sm text-destructive">
              {categoryErrors.join(" ")}
            </p>
          )}
        </div>
        <TextareaField {...field("description")} rows={5} required />
        <Checkbox name="markedSensitive" defaultChecked={values.markedSensitive === "on"} label={t("cases.intake.markSensitive")} />
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">{t("cases.intake.where")}</legend>
        <SelectField {...field("destinationCountry")} defaultValue={values.destinationCountry ?? destinations[0]?.value} required options={destinations} />
        <InputField {...field("employer")} autoComplete="off" />
        <SelectField {...field("agencyId")} options={agencies} placeholder={t("cases.intake.noAgency")} />
        <InputField {...field("agencyName")} hint={t("cases.intake.agencyNameHint")} autoComplete="off" />
        <SelectField {...field("currency")} options={CURRENCIES.map((value) => ({ value, label: value }))} placeholder="" />
        <InputField {...field("amountClaimed")} inputMode="decimal" autoComplete="off" />
      </fieldset>

      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {t("cases.intake.submit")}
        </Button>
        <Link href="/cases" className="self-center text-sm text-muted-foreground underline">
          {t("cases.intake.cancel")}
        </Link>
      </div>
    </form>
  );
}
