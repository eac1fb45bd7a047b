"use client";
import { useActionState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import type { FormState } from "@/lib/errors";
import { AccessSlip, type Slip } from "./access-slip";
import type { SlipLabels } from "./slip-labels";

/**
 * Issuing a worker's portal access code. A second code voids the first, so the officer confirms
 * that first; the new code appears once, on the slip to print.
 */
export function AccessCodePanel({
  action,
  issuedAt,
  labels,
  portalAddress,
}: {
  action: () => Promise<FormState>;
  issuedAt: Date | null;
  labels: SlipLabels;
  portalAddress: string;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const slip = state.ok ? (state.details?.slip as Slip | undefined) : undefined;
  return (
    <div className="space-y-3">
      <h3 className="font-semibold">{t("portal.access.title")}</h3>
      <p className="text-sm text-muted-foreground">{t("portal.access.help")}</p>
      <p className="text-sm" data-testid="access-code-status">
        {issuedAt ? t("portal.access.issuedOn", { date: format.dateTime(issuedAt, { dateStyle: "long", timeStyle: "short" }) }) : t("portal.access.notIssued")}
      </p>
      <form action={formAction} className="print:hidden">
        <ConfirmSubmit
          variant="secondary"
          disabled={pending}
          confirm={issuedAt ? { title: t("portal.access.issue"), description: t("portal.access.confirmReissue"), action: t("portal.access.issue") } : undefined}
        >
          {pending ? t("portal.access.issuing") : t("portal.access.issue")}
        </ConfirmSubmit>
      </form>
      {state.formError && (
        <p role="alert" className="text-sm text-destructive">
          {t(state.formError)}
        </p>
      )}
      {slip && (
        <>
          <p role="status" className="text-sm text-success">
            {t("portal.access.issued")}
          </p>
          <AccessSlip slip={slip} labels={labels} portalAddress={portalAddress} />
        </>
      )}
    </div>
  );
}
