"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { SlipLabels } from "./slip-labels";

export type Slip = { code: string; registrationNo: string; fullName: string; fullNameKm: string | null; dateOfBirth: string };

function Label({ text }: { text: { km: string; en: string } }) {
  return (
    <dt className="text-xs text-slate-600">
      <span lang="km">{text.km}</span> · <span lang="en">{text.en}</span>
    </dt>
  );
}

/**
 * The slip for the worker, shown once right after the code is issued. Printing the page prints
 * the slip alone (globals.css); the code travels in no URL and is kept nowhere in clear.
 */
export function AccessSlip({ slip, labels, portalAddress }: { slip: Slip; labels: SlipLabels; portalAddress: string }) {
  const t = useTranslations("portal.access");
  return (
    <div className="space-y-3">
      <div data-print-slip className="space-y-3 rounded-md border-2 border-dashed border-slate-400 bg-white p-4 text-slate-900" data-testid="access-slip">
        <p className="font-semibold">
          <span lang="km">{labels.title.km}</span>
          <br />
          <span lang="en">{labels.title.en}</span>
        </p>
        <dl className="space-y-2">
          <div>
            <Label text={labels.registrationNo} />
            <dd className="font-mono text-lg">{slip.registrationNo}</dd>
          </div>
          <div>
            <Label text={labels.fullName} />
            <dd>
              {slip.fullName}
              {slip.fullNameKm && <span lang="km"> · {slip.fullNameKm}</span>}
            </dd>
          </div>
          <div>
            <Label text={labels.dateOfBirth} />
            <dd className="font-mono">{slip.dateOfBirth}</dd>
          </div>
          <div>
            <Label text={labels.portalAddress} />
            <dd className="font-mono break-all">{portalAddress}</dd>
          </div>
          <div>
            <Label text={labels.accessCode} />
            <dd className="font-mono text-2xl font-semibold tracking-widest" data-testid="access-code">
              {slip.code}
            </dd>
          </div>
        </dl>
        <p className="text-xs text-slate-600">
          <span lang="km">{labels.keepSafe.km}</span>
          <br />
          <span lang="en">{labels.keepSafe.en}</span>
        </p>
      </div>
      <Button variant="secondary" onClick={() => window.print()} className="print:hidden">
        {t("print")}
      </Button>
    </div>
  );
}
