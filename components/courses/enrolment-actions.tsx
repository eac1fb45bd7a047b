"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import type { FormState, MessageValues } from "@/lib/errors";

export type Outcome = "COMPLETED" | "NO_SHOW" | "WITHDRAWN";

/**
 * The buttons that close one enrolment: completed (issues the certificate), no-show or withdrawn.
 * Each asks first: a certificate cannot be taken back silently, and a place given up goes to the
 * wait-list.
 */
export function EnrolmentActions({
  action,
  version,
  outcomes,
  workerName,
  attendance,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  version: number;
  outcomes: Outcome[];
  workerName: string;
  attendance: { present: number; days: number };
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const problems = [...Object.values(state.fieldErrors ?? {}).flat(), ...(state.formError && state.formError !== "errors.VALIDATION" ? [state.formError] : [])];
  return (
    <form
      action={formAction}
      className="flex flex-wrap gap-2"
    >
      <input type="hidden" name="version" value={version} />
      {outcomes.map((outcome) => (
        <ConfirmSubmit
          key={outcome}
          name="outcome"
          value={outcome}
          variant="secondary"
          size="sm"
          disabled={pending}
          confirm={{
            title: t(`courses.outcome.${outcome}`),
            description: t(`courses.outcome.confirm.${outcome}`, { name: workerName, ...attendance }),
            action: t(`courses.outcome.${outcome}`),
          }}
        >
          {t(`courses.outcome.${outcome}`)}
        </ConfirmSubmit>
      ))}
      {problems.length > 0 && (
        <p role="alert" className="w-full text-sm text-destructive">
          {problems.map((key) => t(key, state.details?.messageValues as MessageValues | undefined)).join(" ")}
        </p>
      )}
    </form>
  );
}
