import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import QRCode from "qrcode";
import { getActor } from "@/lib/auth/actor";
import { homePath } from "@/lib/auth/home";
import { pendingStep, type Actor } from "@/lib/auth/permissions";
import { forPage } from "@/lib/auth/page-guard";
import { otpauthUri } from "@/lib/auth/totp";
import { getTwoFactorStatus, startTwoFactorEnrolment } from "@/lib/data/two-factor";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { TwoFactorCodeForm } from "@/components/account/two-factor-code-form";
import { LocaleSwitch } from "@/components/locale-switch";
import { SignOutButton } from "@/components/sign-out-button";
import { confirmTwoFactorAction, replaceRecoveryCodesAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("twoFactor");
  return { title: t("title") };
}

/** The key as apps show it, in groups of four, easier to type by hand. */
const grouped = (secret: string) => secret.replace(/(.{4})(?!$)/g, "$1 ");

/**
 * Outside the staff shell: an administrator or officer without two-factor sign-in can open nothing
 * else (every data function refuses); ministry staff come here from the header to add it.
 */
export default async function TwoFactorPage({ searchParams }: { searchParams: Promise<{ recoveryUsed?: string }> }) {
  const [actor, { recoveryUsed }, t] = await Promise.all([getActor(), searchParams, getTranslations()]);
  if (!actor) redirect("/login");
  if (pendingStep(actor) === "passwordChange") redirect(homePath(actor));
  const status = await forPage(getTwoFactorStatus(actor));
  // Every role's home page is at /.
  const continueHref = "/";

  return (
    <main className="mx-auto flex min-h-screen max-w-xl flex-col justify-center gap-6 p-6">
      <div className="flex items-center justify-end gap-3">
        {!actor.mustEnrolTwoFactor && (
          <Link href={continueHref} className="mr-auto text-sm text-link hover:underline">
            {t("twoFactor.backToRegistry")}
          </Link>
        )}
        <LocaleSwitch />
        <SignOutButton />
      </div>
      <Card className="space-y-5">
        {status.enabled ? (
          <>
            <h1 className="text-xl font-semibold">{t("twoFactor.title")}</h1>
            {recoveryUsed && (
              <Notice role="status" tone="warning">
                {t("twoFactor.recoveryUsed")}
              </Notice>
            )}
            <p className="text-sm text-muted-foreground">{t("twoFactor.enabled")}</p>
            <p className="text-sm text-muted-foreground" data-testid="recovery-codes-left">
              {t("twoFactor.recoveryLeft", { count: status.recoveryCodesLeft })}
            </p>
            <p className="text-sm text-muted-foreground">{t("twoFactor.lostPhone")}</p>
            <section className="space-y-3 border-t border-border pt-4">
              <h2 className="font-semibold">{t("twoFactor.replaceTitle")}</h2>
              <p className="text-sm text-muted-foreground">{t("twoFactor.replaceIntro")}</p>
              <TwoFactorCodeForm action={replaceRecoveryCodesAction} submitLabel={t("twoFactor.replace")} continueHref={continueHref} />
            </section>
          </>
        ) : (
          <Enrolment actor={actor} intro={t(status.required ? "twoFactor.requiredIntro" : "twoFactor.optionalIntro")} continueHref={continueHref} />
        )}
      </Card>
    </main>
  );
}

async function Enrolment({ actor, intro, continueHref }: { actor: Actor; intro: string; continueHref: string }) {
  const t = await getTranslations();
  const { secret, email } = await forPage(startTwoFactorEnrolment(actor));
  const uri = otpauthUri(secret, { issuer: t("app.name"), account: email });
  // Drawn here as SVG: nothing is fetched from elsewhere, and the secret never leaves this page.
  const qrCode = await QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return (
    <>
      <h1 className="text-xl font-semibold">{t("twoFactor.setUpTitle")}</h1>
      <p className="text-sm text-muted-foreground">{intro}</p>
      <ol className="list-decimal space-y-4 pl-5 text-sm text-foreground">
        <li>{t("twoFactor.step1")}</li>
        <li className="space-y-3">
          <p>{t("twoFactor.step2")}</p>
          <div role="img" aria-label={t("twoFactor.qrCode")} className="h-48 w-48 border border-border" dangerouslySetInnerHTML={{ __html: qrCode }} />
          <div>
            <p className="text-xs text-muted-foreground">{t("twoFactor.key")}</p>
            <p className="font-mono text-base tracking-wide break-all" data-testid="totp-secret">
              {grouped(secret)}
            </p>
            <p className="text-xs text-muted-foreground">{t("twoFactor.keyHint")}</p>
          </div>
          <details className="text-xs text-muted-foreground">
            <summary className="cursor-pointer">{t("twoFactor.uri")}</summary>
            <p className="mt-1 font-mono break-all" data-testid="totp-uri">
              {uri}
            </p>
          </details>
        </li>
        <li className="space-y-3">
          <p>{t("twoFactor.step3")}</p>
          <TwoFactorCodeForm action={confirmTwoFactorAction} submitLabel={t("twoFactor.confirm")} continueHref={continueHref} />
        </li>
      </ol>
    </>
  );
}
