import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { LoginForm } from "@/components/login-form";
import { LocaleSwitch } from "@/components/locale-switch";
import { getActor } from "@/lib/auth/actor";
import { homePath } from "@/lib/auth/home";
import { publicOrigin } from "@/lib/request-info";
import { safeDestination } from "@/lib/safe-destination";
import { ThemeSwitch } from "@/components/theme-switch";

export async function generateMetadata() {
  const t = await getTranslations("login");
  return { title: t("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; passwordChanged?: string }> }) {
  const actor = await getActor();
  if (actor) redirect(homePath(actor));
  const [{ callbackUrl, passwordChanged }, t] = await Promise.all([searchParams, getTranslations()]);
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 p-6">
      <div className="flex flex-wrap justify-end gap-2">
        <LocaleSwitch />
        <ThemeSwitch />
      </div>
      <Card>
        <h1 className="text-xl font-semibold">{t("app.name")}</h1>
        <p className="mb-6 text-sm text-muted-foreground">{t("login.title")}</p>
        {passwordChanged && (
          <p role="status" className="mb-4 text-sm text-success">
            {t("login.passwordChanged")}
          </p>
        )}
        <LoginForm destination={safeDestination(callbackUrl, publicOrigin())} />
      </Card>
    </main>
  );
}
