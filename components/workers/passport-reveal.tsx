"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/errors";
import { Button } from "@/components/ui/button";

/** The masked number, and a button that shows the full one; the server audits each reveal. */
export function PassportReveal({ masked, action }: { masked: string; action: () => Promise<FormState> }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const full = state.details?.passportNo as string | undefined;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span className="font-mono" data-testid="passport">
        {full ?? masked}
      </span>
      {!full && (
        <form action={formAction}>
          <Button type="submit" variant="link" size="inline" disabled={pending} className="underline">
            {t("workers.revealPassport")}
          </Button>
        </form>
      )}
      {state.formError && <span role="alert" className="text-sm text-destructive">{t(state.formError)}</span>}
    </span>
  );
}
