"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import type { FormState } from "@/lib/errors";
import { OneTimeSecret } from "./one-time-secret";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** One confirmed change to an account (a password or two-factor reset, deactivation), as of the version shown. */
function ConfirmedAction({ action, version, label, confirm, disabled = false }: { action: Action; version: number; label: string; confirm: string; disabled?: boolean }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const temporaryPassword = state.ok && typeof state.details?.temporaryPassword === "string" ? state.details.temporaryPassword : null;
  // What was done, as the action reported it: the account shown may have changed since.
  const done = state.ok && typeof state.details?.done === "string" ? state.details.done : null;
  return (
    <form
      action={formAction}
      className="space-y-2"
    >
      <input type="hidden" name="version" value={version} />
      <ConfirmSubmit variant="secondary" disabled={pending || disabled} confirm={{ title: label, description: confirm, action: label }}>
        {label}
      </ConfirmSubmit>
      {temporaryPassword && <OneTimeSecret label={t("accounts.temporaryPassword")} hint={t("accounts.temporaryPasswordHint")} value={temporaryPassword} testId="temporary-password" />}
      {done && (
        <p role="status" className="text-sm text-success">
          {t(done)}
        </p>
      )}
      {state.formError && (
        <p role="alert" className="text-sm text-destructive">
          {t(state.formError)}
        </p>
      )}
    </form>
  );
}

/** What an administrator can do to an account besides editing it. */
export function AccountActions({
  resetPassword,
  resetTwoFactor,
  setActive,
  account,
}: {
  resetPassword: Action;
  resetTwoFactor: Action;
  setActive: Action;
  account: { email: string; active: boolean; version: number; totpEnabledAt: Date | null };
}) {
  const t = useTranslations("accounts");
  return (
    <div className="flex flex-wrap items-start gap-6">
      <ConfirmedAction action={resetPassword} version={account.version} label={t("resetPassword")} confirm={t("resetConfirm", { email: account.email })} />
      {/* Disabled rather than hidden while off: it stays to say that the reset was done. */}
      <ConfirmedAction
        action={resetTwoFactor}
        version={account.version}
        label={t("resetTwoFactor")}
        confirm={t("resetTwoFactorConfirm", { email: account.email })}
        disabled={!account.totpEnabledAt}
      />
      <ConfirmedAction
        action={setActive}
        version={account.version}
        label={t(account.active ? "deactivate" : "reactivate")}
        confirm={t(account.active ? "deactivateConfirm" : "reactivateConfirm", { email: account.email })}
      />
    </div>
  );
}
