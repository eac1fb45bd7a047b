"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/errors";

/** The form's own error, announced; a validation failure is shown at its fields instead. */
export function FormError({ state }: { state: FormState }) {
  const t = useTranslations();
  if (!state.formError || state.formError === "errors.VALIDATION") return null;
  return (
    <p role="alert" className="text-sm text-destructive">
      {t(state.formError)}
    </p>
  );
}
