"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/errors";

/** Takes a source out of the reports, or puts it back, once the person has confirmed. */
export function RetireSourceButton({ action, retired, title }: { action: () => Promise<FormState>; retired: boolean; title: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (!window.confirm(t(retired ? "published.restoreConfirm" : "published.retireConfirm", { title }))) event.preventDefault();
      }}
    >
      <Button type="submit" variant="secondary" disabled={pending}>
        {t(retired ? "published.restore" : "published.retire")}
      </Button>
      {state.formError && (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {t(state.formError)}
        </p>
      )}
    </form>
  );
}
