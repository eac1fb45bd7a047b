"use client";
import { useActionState, useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConflictNotice } from "@/components/ui/conflict-notice";
import { Checkbox, DateField, InputField, TextareaField } from "@/components/ui/field";
import type { FormState } from "@/lib/errors";
import { formValuesOf } from "@/lib/published-source-form";
import { proposeSourceId } from "@/lib/source-id";
import { ErrorSummary } from "@/components/ui/error-summary";

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
  takenIds = [],
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  countries: Country[];
  sourceId?: string;
  initial?: Record<string, string>;
  /** The ids already on record, which a proposed id avoids. */
  takenIds?: string[];
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
  // A new source's id is proposed from its title and year until the analyst types one of their own.
  const [proposal, setProposal] = useState({ id: values.id ?? "", typed: Boolean(values.id), title: values.title ?? "", publishedOn: values.publishedOn ?? "" });
  const propose = (change: Partial<typeof proposal>) =>
    setProposal((current) => {
      const next = { ...current, ...change };
      return next.typed ? next : { ...next, id: next.title.trim() ? proposeSourceId(next.title, next.publishedOn, new Set(takenIds)) : "" };
    });
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
      <ErrorSummary state={state} handled={["errors.CONFLICT"]} />
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
          <InputField
            {...field("id")}
            defaultValue={undefined}
            value={proposal.id}
            onChange={(event) => setProposal((current) => ({ ...current, id: event.target.value, typed: event.target.value !== "" }))}
            required
            hint={t("published.idHint")}
            autoComplete="off"
          />
        )}
        <div className="sm:col-span-2">
          <InputField {...field("title")} required autoComplete="off" onChange={sourceId ? undefined : (event) => propose({ title: event.target.value })} />
        </div>
        <DateField {...field("publishedOn")} required onChange={sourceId ? undefined : (event) => propose({ publishedOn: event.target.value })} />
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
      <fieldset id="figures" tabIndex={-1} className="space-y-3">
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
