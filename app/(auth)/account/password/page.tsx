import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { Card } from "@/components/ui/card";
import { PasswordForm } from "@/components/account/password-form";
import { LocaleSwitch } from "@/components/locale-switch";
import { SignOutButton } from "@/components/sign-out-button";
import { changePasswordAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("accounts");
  return { title: t("changePassword") };
}

/** Outside the staff shell: an account with a temporary password can open nothing else. */
export default async function ChangePasswordPage() {
  const actor = await getActor();
  if (!actor) redirect("/login");
  const t = await getTranslations("accounts");
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 p-6">
      <div className="flex justify-end gap-3">
        <LocaleSwitch />
        <SignOutButton />
      </div>
      <Card className="space-y-4">
        <h1 className="text-xl font-semibold">{t("changePassword")}</h1>
        <p className="text-sm text-muted-foreground">{t(actor.mustChangePassword ? "mustChangeIntro" : "changeIntro")}</p>
        <PasswordForm action={changePasswordAction} />
      </Card>
    </main>
  );
}
