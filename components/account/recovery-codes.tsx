"use client";
import { useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/**
 * The recovery codes, shown once right after they are made. Printing the page prints this sheet
 * alone (globals.css, as for a worker's access slip).
 */
export function RecoveryCodes({ codes, continueHref }: { codes: string[]; continueHref: string }) {
  const t = useTranslations("twoFactor");
  const [copied, setCopied] = useState(false);
  return (
    <div className="space-y-3" role="status">
      <div data-print-document className="space-y-3 rounded-md border-2 border-dashed border-input bg-card p-4 text-foreground">
        <p className="font-semibold">{t("recoveryTitle")}</p>
        <p className="text-sm text-muted-foreground">{t("recoveryIntro")}</p>
        <ol className="grid grid-cols-1 gap-x-6 gap-y-1 font-mono text-base sm:grid-cols-2" data-testid="recovery-codes">
          {codes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ol>
      </div>
      <div className="flex flex-wrap items-center gap-3 print:hidden">
        <Button variant="secondary" onClick={() => window.print()}>
          {t("print")}
        </Button>
        <Button
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard.writeText(codes.join("\n"));
            setCopied(true);
          }}
        >
          {t("copy")}
        </Button>
        {copied && <span className="text-sm text-success">{t("copied")}</span>}
        <Button asChild className="ml-auto">
          <Link href={continueHref}>{t("continue")}</Link>
        </Button>
      </div>
    </div>
  );
}
