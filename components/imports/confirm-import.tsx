"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/errors";

/** After a dry run: the same file imported for real. */
export function ConfirmImport({ action }: { action: (state: FormState) => Promise<FormState> }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  return (
    <form action={formAction} className="space-y-2">
      {state.formError && (
        <p role="alert" className="text-sm text-destructive">
          {t(state.formError)}
        </p>
      )}
      <Button type="submit" disabled={pending}>
        {t("imports.job.confirm")}
      </Button>
      <p className="text-xs text-muted-foreground">{t("imports.job.confirmHint")}</p>
    </form>
  );
}
