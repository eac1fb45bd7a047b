"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/errors";
import { ConfirmSubmit } from "./confirm-submit";

/** A button for something hard to undo: it asks first, then runs the action and shows a refusal. */
export function ConfirmActionButton({ action, label, confirm }: { action: () => Promise<FormState>; label: string; confirm: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  return (
    <form action={formAction}>
      <ConfirmSubmit variant="secondary" disabled={pending} confirm={{ title: label, description: confirm, action: label }}>
        {label}
      </ConfirmSubmit>
      {state.formError && (
        <p role="alert" className="mt-1 text-sm text-destructive">
          {t(state.formError)}
        </p>
      )}
    </form>
  );
}
