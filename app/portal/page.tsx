import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getDigits } from "@/lib/i18n/get-digits";
import { PortalEnrolmentList } from "@/components/portal/enrolment-list";
import { PortalNotifications } from "@/components/portal/notifications";
import { PortalSignInForm } from "@/components/portal/sign-in-form";
import { Card } from "@/components/ui/card";
import { getPortalActor } from "@/lib/auth/portal-actor";
import { listPortalEnrolments, listPortalNotifications } from "@/lib/data/portal-enrolments";
import { markNotificationsSeenAction, signInToPortalAction } from "./actions";

/**
 * One address for the slip: the sign-in form, or once signed in the worker's own courses. No id
 * in the URL: whose courses they are comes from the session alone.
 */
export default async function PortalPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const [worker, t, locale, digits, { callbackUrl }] = await Promise.all([getPortalActor(), getTranslations("portal"), getLocale(), getDigits(), searchParams]);
  if (!worker) {
    return (
      <Card className="space-y-4 p-5">
        <div>
          <h1 className="text-xl font-semibold">{t("signIn.title")}</h1>
          <p className="text-sm text-muted-foreground">{t("signIn.intro")}</p>
        </div>
        <PortalSignInForm action={signInToPortalAction} callbackUrl={typeof callbackUrl === "string" ? callbackUrl : ""} />
        <p className="text-sm text-muted-foreground">{t("signIn.lost")}</p>
        <p className="text-sm">
          <Link href="/portal/family" className="text-link underline">
            {t("complaints.familyLink")}
          </Link>
        </p>
      </Card>
    );
  }

  const [notifications, enrolments] = await Promise.all([listPortalNotifications(worker), listPortalEnrolments(worker)]);
  const name = locale === "km" && worker.fullNameKm ? worker.fullNameKm : worker.fullName;
  return (
    <div className="space-y-5">
      <div>
        <p className="text-sm text-muted-foreground" data-testid="portal-worker">
          {t("home.greeting", { name })}
          <br />
          {t("home.registrationNo", { registrationNo: worker.registrationNo })}
        </p>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
      </div>
      <PortalNotifications notifications={notifications} digits={digits} markSeen={markNotificationsSeenAction} />
      <PortalEnrolmentList enrolments={enrolments} digits={digits} />
      <Card className="space-y-2 p-4">
        <h2 className="text-lg font-semibold">{t("complaints.title")}</h2>
        <p className="text-sm text-muted-foreground">{t("complaints.intro")}</p>
        <Link href="/portal/cases" className="block text-link underline" data-testid="portal-cases-link">
          {t("complaints.open")}
        </Link>
      </Card>
    </div>
  );
}
