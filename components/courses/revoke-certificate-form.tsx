"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextareaField } from "@/components/ui/field";
import type { FormState } from "@/lib/errors";

/**
 * Revoking an issued certificate: folded away under its button, since it is rare; the reason is
 * required (it is printed on the certificate) and the officer confirms once more before it goes.
 */
export function RevokeCertificateForm({
  action,
  version,
  certificateNo,
  workerName,
  fieldId,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  version: number;
  certificateNo: string;
  workerName: string;
  /** One form per roster row: each reason field needs its own id. */
  fieldId: string;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const errors = state.fieldErrors?.reason?.map((key) => t(key));
  const title = t("courses.revoke.title", { certificateNo });
  return (
    <details className="w-full" open={Boolean(errors?.length || state.formError)}>
      <summary className="cursor-pointer text-sm text-link underline-offset-2 hover:underline">{t("courses.revoke.button")}</summary>
      <form action={formAction} className="mt-2 space-y-2" noValidate>
        <input type="hidden" name="version" value={version} />
        <TextareaField
          name="reason"
          id={fieldId}
          label={t("courses.revoke.reason")}
          hint={t("courses.revoke.reasonHint")}
          errors={errors}
          defaultValue={state.values?.reason ?? ""}
          rows={2}
          required
        />
        <ErrorSummary state={state} />
        <ConfirmSubmit
          variant="destructive"
          size="sm"
          disabled={pending}
          confirm={{ title, description: t("courses.revoke.description", { name: workerName }), action: t("courses.revoke.confirm") }}
        >
          {t("courses.revoke.submit")}
        </ConfirmSubmit>
      </form>
    </details>
  );
}
