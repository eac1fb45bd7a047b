"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/**
 * What a person sees when something failed on the server: no detail, only a reference that the
 * log carries beside the request id, the user and the error itself.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <main className="mx-auto max-w-lg p-10 text-center">
      <h1 className="text-2xl font-semibold">{t("errorTitle")}</h1>
      <p className="mt-3 text-muted-foreground">{t("unexpected")}</p>
      {error.digest && (
        <p className="mt-3 text-sm text-muted-foreground">
          {t("reference")} <span className="font-mono" data-testid="error-reference">{error.digest}</span>
        </p>
      )}
      <Button variant="secondary" className="mt-6" onClick={reset}>
        {t("tryAgain")}
      </Button>
    </main>
  );
}
