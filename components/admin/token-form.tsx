"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import type { FormState } from "@/lib/errors";
import { OneTimeSecret } from "./one-time-secret";
import { PostField } from "./post-field";
import { ErrorSummary } from "@/components/ui/error-summary";

/** Issues a named token for a machine client, acting as ministry staff or as an officer of one post. */
export function TokenForm({ action, posts }: { action: (state: FormState, formData: FormData) => Promise<FormState>; posts: { id: string; name: string }[] }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const values = state.ok ? {} : (state.values ?? {});
  const errors = (field: string) => state.fieldErrors?.[field]?.map((key) => t(key));
  const issued = state.ok && typeof state.details?.token === "string" ? String(state.details.token) : null;
  return (
    <form key={JSON.stringify(state)} action={formAction} className="max-w-lg space-y-4" noValidate>
      {issued && <OneTimeSecret label={t("tokens.issued", { name: String(state.details?.name) })} hint={t("tokens.issuedHint")} value={issued} testId="api-token" />}
      <ErrorSummary state={state} />
      <InputField name="name" label={t("tokens.name")} hint={t("tokens.nameHint")} defaultValue={values.name ?? ""} errors={errors("name")} required />
      <SelectField
        name="role"
        label={t("admin.role")}
        options={["MINISTRY", "OFFICER"].map((value) => ({ value, label: t(`enums.role.${value}`) }))}
        placeholder={t("workers.choose")}
        defaultValue={values.role ?? ""}
        errors={errors("role")}
        required
      />
      <PostField posts={posts} defaultValue={values.postId ?? ""} errors={errors("postId")} />
      <InputField
        name="expiresInDays"
        label={t("tokens.expiresInDays")}
        hint={t("tokens.expiresInDaysHint")}
        defaultValue={values.expiresInDays ?? "90"}
        errors={errors("expiresInDays")}
        inputMode="numeric"
        className="max-w-32"
        required
      />
      <Button type="submit" disabled={pending}>
        {t("tokens.issue")}
      </Button>
    </form>
  );
}
