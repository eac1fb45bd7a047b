"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import type { FormState } from "@/lib/errors";
import type { Slip, SlipLabels } from "@/lib/documents/access-slip-document";
import { AccessSlip } from "./access-slip";

/**
 * Issuing a worker's portal access code. A second code voids the first, so the officer confirms
 * that first; the new code appears once, on the slip to print.
 */
export function AccessCodePanel({
  action,
  current,
  labels,
  portalAddress,
  pdfPath,
}: {
  action: () => Promise<FormState>;
  /** The current code's dates, written on the server (browsers' Intl may not know Khmer; Chromium's does not); null when none was issued. */
  current: { issuedOn: string; validUntil: string; expired: boolean } | null;
  labels: SlipLabels;
  portalAddress: string;
  pdfPath: string;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const slip = state.ok ? (state.details?.slip as Slip | undefined) : undefined;
  return (
    <div className="space-y-3">
      <h3 className="font-semibold">{t("portal.access.title")}</h3>
      <p className="text-sm text-muted-foreground">{t("portal.access.help")}</p>
      <p className="text-sm" data-testid="access-code-status">
        {!current
          ? t("portal.access.notIssued")
          : current.expired
            ? t("portal.access.expiredOn", { date: current.validUntil })
            : t("portal.access.issuedOn", { date: current.issuedOn, validUntil: current.validUntil })}
      </p>
      <form action={formAction} className="print:hidden">
        <ConfirmSubmit
          variant="secondary"
          disabled={pending}
          confirm={current ? { title: t("portal.access.issue"), description: t("portal.access.confirmReissue"), action: t("portal.access.issue") } : undefined}
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
          <AccessSlip slip={slip} labels={labels} portalAddress={portalAddress} pdfPath={pdfPath} />
        </>
      )}
    </div>
  );
}
