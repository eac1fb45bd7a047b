"use client";
import { useActionState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConflictNotice } from "@/components/ui/conflict-notice";
import { Checkbox, DateField, InputField, SelectField } from "@/components/ui/field";
import type { FormState } from "@/lib/errors";
import { INITIAL_STATUSES, SCHEMES, SECTORS, SEXES } from "@/lib/schemas/worker";
import { DuplicateWarning, type DuplicateMatch } from "./duplicate-warning";
import { ErrorSummary } from "@/components/ui/error-summary";

type Option = { value: string; label: string };

/** The fields a correction can change, compared with the saved record after a conflict. */
const CORRECTABLE_FIELDS = ["fullName", "fullNameKm", "sex", "dateOfBirth", "phone", "provinceCode", "employer", "sector", "scheme", "deployedOn", "contractEnd"] as const;

/**
 * Registration (no `initial`) and correction (with the record's current values and version).
 * Destination and status are set here only at registration; afterwards they change through a
 * transfer or a status change, which keep the history.
 */
export function WorkerForm({
  action,
  provinces,
  destinations,
  initial,
  passportMasked,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  provinces: Option[];
  destinations?: Option[];
  initial?: Record<string, string>;
  passportMasked?: string;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const editing = Boolean(initial);
  const values = state.values ?? initial ?? {};
  const current = state.details?.current as Record<string, unknown> | undefined;
  // After a conflict the form carries the version now saved, so saving again is a deliberate overwrite.
  const version = current ? String(current.version) : values.version;
  const duplicates = state.details?.duplicates as DuplicateMatch[] | undefined;
  const errors = (field: string) => state.fieldErrors?.[field]?.map((key) => t(key));
  const enumOptions = (group: string, list: readonly string[]) => list.map((value) => ({ value, label: t(`enums.${group}.${value}`) }));
  const common = (name: string) => ({ name, label: t(`worker.${name}`), errors: errors(name), defaultValue: values[name] ?? "" });

  return (
    // The key remounts the fields with what was typed when the server sends the form back.
    <form key={JSON.stringify(state)} action={formAction} className="space-y-6" noValidate>
      <ErrorSummary state={state} handled={["errors.DUPLICATE", "errors.CONFLICT"]} />
      {current && <ConflictNotice current={current} typed={values} fields={CORRECTABLE_FIELDS.map((name) => ({ name, label: t(`worker.${name}`) }))} />}
      {duplicates && <DuplicateWarning duplicates={duplicates} />}
      {editing && <input type="hidden" name="version" value={version} />}
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">{t("workers.identity")}</legend>
        <InputField {...common("fullName")} required hint={t("workers.fullNameHint")} autoComplete="off" />
        <InputField {...common("fullNameKm")} lang="km" autoComplete="off" />
        <SelectField {...common("sex")} required options={enumOptions("sex", SEXES)} placeholder={t("workers.choose")} />
        <DateField {...common("dateOfBirth")} required />
        <InputField
          {...common("passportNo")}
          required={!editing}
          hint={editing ? t("workers.passportKeep", { masked: passportMasked ?? "" }) : t("workers.passportHint")}
          autoComplete="off"
        />
        <InputField {...common("phone")} type="tel" autoComplete="off" />
        <SelectField {...common("provinceCode")} required options={provinces} placeholder={t("workers.choose")} />
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">{t("workers.employment")}</legend>
        {destinations && (
          <SelectField {...common("destinationCountry")} required options={destinations} placeholder={t("workers.choose")} />
        )}
        <InputField {...common("employer")} autoComplete="off" />
        <SelectField {...common("sector")} required options={enumOptions("sector", SECTORS)} placeholder={t("workers.choose")} />
        <SelectField {...common("scheme")} required options={enumOptions("scheme", SCHEMES)} placeholder={t("workers.choose")} />
        {!editing && (
          <SelectField {...common("status")} defaultValue={values.status ?? "PRE_DEPARTURE"} options={enumOptions("status", INITIAL_STATUSES)} />
        )}
        <DateField {...common("deployedOn")} />
        <DateField {...common("contractEnd")} />
      </fieldset>
      {duplicates && (
        <Checkbox name="confirmDuplicate" label={t("workers.confirmDuplicate")} className="font-medium" />
      )}
      <div className="flex gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("workers.saving") : editing ? t("workers.save") : t("workers.register")}
        </Button>
        {editing && (
          <Link href="." className="self-center text-sm text-muted-foreground underline">
            {t("workers.cancel")}
          </Link>
        )}
      </div>
    </form>
  );
}
