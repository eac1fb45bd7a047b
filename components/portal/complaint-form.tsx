"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Checkbox, DateField, InputField, SelectField, TextareaField } from "@/components/ui/field";
import { ErrorSummary } from "@/components/ui/error-summary";
import type { FormState, MessageValues } from "@/lib/errors";
import { CASE_CATEGORIES } from "@/lib/schemas/case";

/**
 * A complaint from a phone: a worker's own from the portal, or a family member's about a worker
 * abroad (`destinations` given) from the public page. Large controls, few fields, photos allowed.
 */
export function ComplaintForm({ action, destinations }: { action: (state: FormState, formData: FormData) => Promise<FormState>; destinations?: { value: string; label: string }[] }) {
  const t = useTranslations("complaints");
  const tAll = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const values = state.values ?? {};
  const messageValues = state.details?.messageValues as MessageValues | undefined;
  const errors = (name: string) => state.fieldErrors?.[name]?.map((key) => tAll(key, messageValues));
  const field = (name: string) => ({ name, label: t(`field.${name}`), errors: errors(name), defaultValue: values[name] ?? "" });
  const ticked = new Set((values.categories ?? "").split(",").filter(Boolean));
  const family = Boolean(destinations);

  return (
    <form key={JSON.stringify(state)} action={formAction} className="space-y-5" noValidate data-testid="complaint-form">
      <ErrorSummary state={state} />
      {family && (
        <fieldset className="space-y-4">
          <legend className="mb-2 text-base font-semibold">{t("family.aboutWorker")}</legend>
          <InputField {...field("workerName")} required hint={t("family.workerNameHint")} autoComplete="off" />
          <SelectField {...field("destinationCountry")} required options={destinations!} placeholder="" />
          <InputField {...field("registrationNo")} hint={t("family.ifKnown")} autoComplete="off" />
          <InputField {...field("passportNo")} hint={t("family.ifKnown")} autoComplete="off" />
          <DateField {...field("dateOfBirth")} hint={t("family.ifKnown")} />
        </fieldset>
      )}
      <fieldset className="space-y-3">
        <legend className="mb-2 text-base font-semibold">{t("what")}</legend>
        <div className="grid gap-2">
          {CASE_CATEGORIES.map((category) => (
            <Checkbox key={category} name="categories" value={category} defaultChecked={ticked.has(category)} label={tAll(`enums.caseCategory.${category}`)} className="py-1 text-base" />
          ))}
        </div>
        {errors("categories") && (
          <p role="alert" className="text-sm text-destructive">
            {errors("categories")!.join(" ")}
          </p>
        )}
        <TextareaField {...field("description")} required rows={5} />
        {!family && (
          <>
            <InputField {...field("employer")} autoComplete="off" />
            <InputField {...field("agencyName")} autoComplete="off" />
          </>
        )}
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-base font-semibold">{family ? t("family.aboutYou") : t("contactTitle")}</legend>
        {family ? (
          <>
            <InputField {...field("complainantName")} required autoComplete="name" />
            <InputField {...field("complainantRelation")} required hint={t("family.relationHint")} autoComplete="off" />
            <InputField {...field("complainantContact")} required type="tel" autoComplete="tel" />
          </>
        ) : (
          <InputField {...field("contact")} type="tel" hint={t("contactHint")} autoComplete="tel" />
        )}
      </fieldset>
      <div className="space-y-1">
        <label htmlFor="complaint-attachments" className="block text-sm font-medium">
          {t("attachments")}
        </label>
        <input id="complaint-attachments" name="attachments" type="file" multiple accept="application/pdf,image/jpeg,image/png,image/webp" aria-describedby="complaint-attachments-hint" className="block w-full text-sm" />
        <p id="complaint-attachments-hint" className="text-xs text-muted-foreground">
          {t("attachmentsHint")}
        </p>
        {errors("attachments") && (
          <p role="alert" className="text-sm text-destructive">
            {errors("attachments")!.join(" ")}
          </p>
        )}
      </div>
      <Button type="submit" disabled={pending} className="w-full py-3 text-base">
        {pending ? t("sending") : t("send")}
      </Button>
    </form>
  );
}
