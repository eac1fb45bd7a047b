"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import type { FormState } from "@/lib/errors";
import { RecoveryCodes } from "./recovery-codes";
import { ErrorSummary } from "@/components/ui/error-summary";

/**
 * A code from the authenticator app that confirms a change (turning two-factor sign-in on, new
 * recovery codes); what comes back is a fresh set of recovery codes, shown in place of the form.
 */
export function TwoFactorCodeForm({
  action,
  submitLabel,
  continueHref,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  submitLabel: string;
  continueHref: string;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const codes = state.ok && Array.isArray(state.details?.recoveryCodes) ? (state.details.recoveryCodes as string[]) : null;
  if (codes) return <RecoveryCodes codes={codes} continueHref={continueHref} />;
  const errors = state.fieldErrors?.code?.map((key) => t(key));
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <ErrorSummary state={state} />
      <InputField name="code" label={t("twoFactor.code")} inputMode="numeric" autoComplete="one-time-code" maxLength={7} errors={errors} required />
      <Button type="submit" disabled={pending}>
        {submitLabel}
      </Button>
    </form>
  );
}
