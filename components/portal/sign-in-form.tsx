"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { DateField, InputField } from "@/components/ui/field";
import type { FormState } from "@/lib/errors";
import { ErrorSummary } from "@/components/ui/error-summary";

/** Big fields for a phone; the failure names no field, so it does not tell which one was wrong. */
export function PortalSignInForm({
  action,
  callbackUrl,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** Where the link that brought the worker here pointed; the action follows it only to a page of the portal. */
  callbackUrl: string;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const values = state.values ?? {};
  const errors = (field: string) => state.fieldErrors?.[field]?.map((key) => t(key));
  const big = "py-3 text-base";
  return (
    <form key={JSON.stringify(state)} action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={values.callbackUrl ?? callbackUrl} />
      <ErrorSummary state={state} />
      <InputField
        name="registrationNo"
        label={t("portal.signIn.registrationNo")}
        hint={t("portal.signIn.registrationNoHint")}
        defaultValue={values.registrationNo ?? ""}
        errors={errors("registrationNo")}
        autoCapitalize="characters"
        autoComplete="username"
        spellCheck={false}
        className={big}
        required
      />
      <DateField
        name="dateOfBirth"
        label={t("portal.signIn.dateOfBirth")}
        defaultValue={values.dateOfBirth ?? ""}
        errors={errors("dateOfBirth")}
        className={big}
        required
      />
      <InputField
        name="accessCode"
        label={t("portal.signIn.accessCode")}
        hint={t("portal.signIn.accessCodeHint")}
        errors={errors("accessCode")}
        autoCapitalize="characters"
        autoComplete="off"
        autoCorrect="off"
        spellCheck={false}
        className={`${big} font-mono tracking-widest`}
        required
      />
      <Button type="submit" className="w-full py-3 text-base" disabled={pending}>
        {pending ? t("portal.signIn.signingIn") : t("portal.signIn.submit")}
      </Button>
    </form>
  );
}
