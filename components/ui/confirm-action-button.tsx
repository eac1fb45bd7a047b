"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/errors";
import { Button } from "./button";

/** A button for something hard to undo: it asks first, then runs the action and shows a refusal. */
export function ConfirmActionButton({ action, label, confirm }: { action: () => Promise<FormState>; label: string; confirm: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (!window.confirm(confirm)) event.preventDefault();
      }}
    >
      <Button type="submit" variant="secondary" disabled={pending}>
        {label}
      </Button>
      {state.formError && (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {t(state.formError)}
        </p>
      )}
    </form>
  );
}
