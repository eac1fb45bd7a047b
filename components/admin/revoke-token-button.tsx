"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/errors";

/** Revokes a token once the administrator has confirmed: its next call is refused. */
export function RevokeTokenButton({ action, name }: { action: () => Promise<FormState>; name: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (!window.confirm(t("tokens.revokeConfirm", { name }))) event.preventDefault();
      }}
    >
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("tokens.revoke")}
      </Button>
      {state.formError && (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {t(state.formError)}
        </p>
      )}
    </form>
  );
}
