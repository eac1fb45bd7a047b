"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { SlipLabels } from "./slip-labels";

export type Slip = { code: string; registrationNo: string; fullName: string; fullNameKm: string | null; dateOfBirth: string };

/**
 * The slip for the worker, shown once right after the code is issued. Printing the page prints
 * the slip alone (globals.css); the code travels in no URL and is kept nowhere in clear.
 */
export function AccessSlip({ slip, labels, portalAddress }: { slip: Slip; labels: SlipLabels; portalAddress: string }) {
  const t = useTranslations("portal.access");
  const rows: [keyof SlipLabels, string, string][] = [
    ["registrationNo", slip.registrationNo, "font-mono text-lg"],
    ["fullName", slip.fullNameKm ? `${slip.fullName} · ${slip.fullNameKm}` : slip.fullName, ""],
    ["dateOfBirth", slip.dateOfBirth, "font-mono"],
    ["portalAddress", portalAddress, "font-mono break-all"],
    ["accessCode", slip.code, "font-mono text-2xl font-semibold tracking-widest"],
  ];
  return (
    <div className="space-y-3">
      <div data-print-slip className="space-y-3 rounded-md border-2 border-dashed border-input bg-card p-4 text-foreground" data-testid="access-slip">
        <p className="font-semibold">
          <span lang="km">{labels.title.km}</span>
          <br />
          <span lang="en">{labels.title.en}</span>
        </p>
        <dl className="space-y-2">
          {rows.map(([label, value, className]) => (
            <div key={label}>
              <dt className="text-xs text-muted-foreground">
                <span lang="km">{labels[label].km}</span> · <span lang="en">{labels[label].en}</span>
              </dt>
              <dd className={className} data-testid={label === "accessCode" ? "access-code" : undefined}>
                {value}
              </dd>
            </div>
          ))}
        </dl>
        <p className="text-xs text-muted-foreground">
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
