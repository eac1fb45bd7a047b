"use client";
import { useActionState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConflictNotice } from "@/components/ui/conflict-notice";
import { Checkbox, DateField, InputField, TextareaField } from "@/components/ui/field";
import type { FormState } from "@/lib/errors";
import { formValuesOf } from "@/lib/published-source-form";
import { Notice } from "@/components/ui/notice";

type Country = { code: string; name: string };

/**
 * A new published source (no `initial`) or a correction of one (with its values and version). Each
 * destination has its row: the number the source gives for it, if any, and a note on that number.
 */
export function PublishedSourceForm({
  action,
  countries,
  sourceId,
  initial,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  countries: Country[];
  sourceId?: string;
  initial?: Record<string, string>;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const values = state.values ?? initial ?? {};
  const saved = state.details?.current as Parameters<typeof formValuesOf>[0] | undefined;
  const current = saved ? formValuesOf(saved) : undefined;
  // After a conflict the form carries the version now saved, so saving again is a deliberate overwrite.
  const version = current?.version ?? values.version;
  const errors = (field: string) => state.fieldErrors?.[field]?.map((key) => t(key));
  const field = (name: string) => ({ name, label: t(`published.${name}`), errors: errors(name), defaultValue: values[name] ?? "" });
  const conflictFields = [
    ...["title", "publishedOn", "asOf", "note", "official"].map((name) => ({ name, label: t(`published.${name}`) })),
    ...countries.flatMap((c) => [
      { name: `workers.${c.code}`, label: c.name },
      { name: `note.${c.code}`, label: t("published.figureNote", { country: c.name }) },
    ]),
  ];

  return (
    // The key remounts the fields with what was typed when the server sends the form back.
    <form key={JSON.stringify(state)} action={formAction} className="space-y-6" noValidate>
      {state.formError && state.formError !== "errors.CONFLICT" && (
        <Notice role="alert" tone="error">
          {t(state.formError)}
        </Notice>
      )}
      {current && <ConflictNotice current={current} typed={values} fields={conflictFields} />}
      {sourceId && <input type="hidden" name="version" value={version} />}
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">{t("published.source")}</legend>
        {sourceId ? (
          <div className="space-y-1">
            <p className="text-sm font-medium text-foreground">{t("published.id")}</p>
            <p className="font-mono text-sm" data-testid="source-id">{sourceId}</p>
          </div>
        ) : (
          <InputField {...field("id")} required hint={t("published.idHint")} autoComplete="off" />
        )}
        <div className="sm:col-span-2">
          <InputField {...field("title")} required autoComplete="off" />
        </div>
        <DateField {...field("publishedOn")} required />
        <DateField {...field("asOf")} required hint={t("published.asOfHint")} />
        <div className="sm:col-span-2">
          <TextareaField {...field("note")} rows={2} />
        </div>
        <div className="space-y-1 sm:col-span-2">
          <Checkbox name="official" value="true" defaultChecked={values.official === "true"} label={t("published.official")} aria-describedby="official-hint" />
          <p id="official-hint" className="text-xs text-muted-foreground">
            {t("published.officialHint")}
          </p>
        </div>
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="mb-2 text-base font-semibold">{t("published.figures")}</legend>
        <p className="text-sm text-muted-foreground">{t("published.figuresHint")}</p>
        {errors("figures") && (
          <p role="alert" className="text-sm text-destructive">
            {errors("figures")!.join(" ")}
          </p>
        )}
        <div className="grid gap-x-4 gap-y-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
          {countries.map((country) => (
            <div key={country.code} className="contents">
              <InputField
                name={`workers.${country.code}`}
                label={country.name}
                inputMode="numeric"
                errors={errors(`workers.${country.code}`)}
                defaultValue={values[`workers.${country.code}`] ?? ""}
                autoComplete="off"
              />
              <InputField
                name={`note.${country.code}`}
                label={t("published.figureNote", { country: country.name })}
                errors={errors(`note.${country.code}`)}
                defaultValue={values[`note.${country.code}`] ?? ""}
                autoComplete="off"
              />
            </div>
          ))}
        </div>
      </fieldset>
      <div className="flex gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("published.saving") : t("published.save")}
        </Button>
        <Link href="/reports/published" className="self-center text-sm text-muted-foreground underline">
          {t("published.cancel")}
        </Link>
      </div>
    </form>
  );
}
