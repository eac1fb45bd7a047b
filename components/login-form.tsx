"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

/** The app's six digits; anything else typed as a code is taken for a recovery code. */
const isAppCode = (code: string) => /^\d{6}$/.test(code.replace(/\s/g, ""));

/**
 * Staff sign-in in up to two steps: e-mail and password, then, for an account with two-factor
 * sign-in, the one-time code. The e-mail and password are kept for the second step, so the person
 * only types the code; the server checks all three together.
 */
export function LoginForm({ destination }: { /** A page of the app, checked on the server (lib/safe-destination.ts). */ destination: string }) {
  const t = useTranslations("login");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [credentials, setCredentials] = useState<{ email: string; password: string } | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(event.currentTarget);
    const given = credentials ?? { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
    const code = String(form.get("code") ?? "");
    const result = await signIn("credentials", { ...given, code, redirect: false });
    if (result?.ok && !result.error) {
      // A recovery code is spent: the two-factor page says how many remain and offers new ones.
      router.replace(credentials && !isAppCode(code) ? "/account/two-factor?recoveryUsed=1" : destination);
      router.refresh();
      return;
    }
    setPending(false);
    if (result?.error === "code-required") {
      setCredentials(given);
      return;
    }
    // One message for an unknown e-mail, a wrong password and a wrong code alike; another while locked.
    setError(t(result?.error === "locked" ? "locked" : "failed"));
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error && (
        <Notice role="alert" tone="error" data-testid="login-error">
          {error}
        </Notice>
      )}
      {credentials ? (
        <>
          <p className="text-sm text-muted-foreground">
            <span className="block font-medium">{credentials.email}</span>
            {t("codeIntro")}
          </p>
          {/* Its own key: otherwise React reuses the password's input, with the password in it. */}
          <InputField key="code" name="code" label={t("code")} hint={t("codeHint")} autoComplete="one-time-code" autoFocus required />
        </>
      ) : (
        <>
          <InputField name="email" type="email" label={t("email")} autoComplete="username" required />
          <InputField name="password" type="password" label={t("password")} autoComplete="current-password" required />
        </>
      )}
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("signingIn") : t("submit")}
      </Button>
      {credentials && (
        <Button
          variant="ghost"
          className="w-full"
          onClick={() => {
            setCredentials(null);
            setError(null);
          }}
        >
          {t("otherAccount")}
        </Button>
      )}
    </form>
  );
}
