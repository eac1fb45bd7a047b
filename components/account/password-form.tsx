"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import type { FormState } from "@/lib/errors";
import { ErrorSummary } from "@/components/ui/error-summary";

export function PasswordForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const lengths = { min: 12 };
  const errors = (field: string) => state.fieldErrors?.[field]?.map((key) => t(key, lengths));
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <ErrorSummary state={state} messageValues={lengths} />
      <InputField name="currentPassword" type="password" label={t("accounts.currentPassword")} autoComplete="current-password" errors={errors("currentPassword")} required />
      <InputField
        name="newPassword"
        type="password"
        label={t("accounts.newPassword")}
        hint={t("accounts.passwordRules")}
        autoComplete="new-password"
        errors={errors("newPassword")}
        required
      />
      <InputField name="confirmPassword" type="password" label={t("accounts.confirmPassword")} autoComplete="new-password" errors={errors("confirmPassword")} required />
      <Button type="submit" disabled={pending}>
        {t("accounts.changePassword")}
      </Button>
    </form>
  );
}
