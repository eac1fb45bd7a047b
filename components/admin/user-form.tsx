"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import type { FormState } from "@/lib/errors";
import { OneTimeSecret } from "./one-time-secret";
import { PostField } from "./post-field";
import { DoneToast } from "@/components/ui/done-toast";
import { ErrorSummary } from "@/components/ui/error-summary";

type Account = { name: string; role: string; postId: string | null; version: number };

/**
 * A staff account: who, which role, and for an officer which post. A new account answers with its
 * temporary password; a changed one ends the person's open sessions.
 */
export function UserForm({
  action,
  posts,
  account,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  posts: { id: string; name: string }[];
  account?: Account;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const values = state.ok ? {} : (state.values ?? {});
  const errors = (field: string) => state.fieldErrors?.[field]?.map((key) => t(key));
  const created = state.ok && typeof state.details?.temporaryPassword === "string" ? state.details : null;
  return (
    <form key={JSON.stringify(state)} action={formAction} className="max-w-lg space-y-4" noValidate>
      {created && (
        <>
          <p role="status" className="text-sm text-success">
            {t("accounts.created", { email: String(created.email) })}
          </p>
          <OneTimeSecret label={t("accounts.temporaryPassword")} hint={t("accounts.temporaryPasswordHint")} value={String(created.temporaryPassword)} testId="temporary-password" />
        </>
      )}
      {state.ok && !created && <DoneToast message={t("accounts.saved")} />}
      <ErrorSummary state={state} />
      {account ? (
        <input type="hidden" name="version" value={account.version} />
      ) : (
        <InputField name="email" type="email" label={t("login.email")} defaultValue={values.email ?? ""} errors={errors("email")} autoComplete="off" required />
      )}
      <InputField name="name" label={t("admin.name")} defaultValue={values.name ?? account?.name ?? ""} errors={errors("name")} required />
      <SelectField
        name="role"
        label={t("admin.role")}
        options={["OFFICER", "MINISTRY", "ADMIN"].map((value) => ({ value, label: t(`enums.role.${value}`) }))}
        placeholder={t("workers.choose")}
        defaultValue={values.role ?? account?.role ?? ""}
        errors={errors("role")}
        required
      />
      <PostField posts={posts} defaultValue={values.postId ?? account?.postId ?? ""} errors={errors("postId")} />
      <Button type="submit" disabled={pending}>
        {t(account ? "accounts.save" : "accounts.create")}
      </Button>
    </form>
  );
}
