"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/errors";
import type { Digits } from "@/lib/i18n/digits";
import { useAppFormat } from "@/lib/i18n/use-app-format";
import type { Slip, SlipLabels } from "@/lib/documents/access-slip-document";
import { AccessSlip } from "./access-slip";

/**
 * Issuing a worker's portal access code. A second code voids the first, so the officer confirms
 * that first; the new code appears once, on the slip to print.
 */
export function AccessCodePanel({
  action,
  issuedAt,
  labels,
  portalAddress,
  pdfPath,
  digits,
}: {
  action: () => Promise<FormState>;
  issuedAt: Date | null;
  labels: SlipLabels;
  portalAddress: string;
  pdfPath: string;
  digits: Digits;
}) {
  const t = useTranslations();
  const format = useAppFormat(digits);
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const slip = state.ok ? (state.details?.slip as Slip | undefined) : undefined;
  return (
    <div className="space-y-3">
      <h3 className="font-semibold">{t("portal.access.title")}</h3>
      <p className="text-sm text-slate-600">{t("portal.access.help")}</p>
      <p className="text-sm" data-testid="access-code-status">
        {issuedAt ? t("portal.access.issuedOn", { date: format.moment(issuedAt, "long") }) : t("portal.access.notIssued")}
      </p>
      <form
        action={formAction}
        onSubmit={(event) => {
          if (issuedAt && !window.confirm(t("portal.access.confirmReissue"))) event.preventDefault();
        }}
        className="print:hidden"
      >
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? t("portal.access.issuing") : t("portal.access.issue")}
        </Button>
      </form>
      {state.formError && (
        <p role="alert" className="text-sm text-red-800">
          {t(state.formError)}
        </p>
      )}
      {slip && (
        <>
          <p role="status" className="text-sm text-green-800">
            {t("portal.access.issued")}
          </p>
          <AccessSlip slip={slip} labels={labels} portalAddress={portalAddress} pdfPath={pdfPath} />
        </>
      )}
    </div>
  );
}
