"use client";
import { useActionState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConflictNotice } from "@/components/ui/conflict-notice";
import { DateField, InputField, SelectField, TextareaField } from "@/components/ui/field";
import type { FormState, MessageValues } from "@/lib/errors";
import { COURSE_STATUSES, DEFAULT_MIN_ATTENDANCE_PERCENT } from "@/lib/schemas/course";
import { ErrorSummary } from "@/components/ui/error-summary";

/** Every field of the form, compared with the saved course after a conflict. */
const COURSE_FIELDS = ["titleEn", "titleKm", "provider", "place", "startsOn", "endsOn", "scheduleNote", "capacity", "enrolmentDeadline", "minAttendancePercent", "status"] as const;

/** A new course (no `initial`) or a change to one (with its current values and version). */
export function CourseForm({ action, initial }: { action: (state: FormState, formData: FormData) => Promise<FormState>; initial?: Record<string, string> }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const editing = Boolean(initial);
  const values = state.values ?? initial ?? {};
  const current = state.details?.current as Record<string, unknown> | undefined;
  // After a conflict the form carries the version now saved, so saving again is a deliberate overwrite.
  const version = current ? String(current.version) : values.version;
  const messageValues = state.details?.messageValues as MessageValues | undefined;
  const errors = (field: string) => state.fieldErrors?.[field]?.map((key) => t(key, messageValues));
  const common = (name: (typeof COURSE_FIELDS)[number]) => ({ name, label: t(`courses.field.${name}`), errors: errors(name), defaultValue: values[name] ?? "" });
  const statusLabel = (value: unknown) => (typeof value === "string" && value ? t(`enums.courseStatus.${value}`) : value);

  return (
    // The key remounts the fields with what was typed when the server sends the form back.
    <form key={JSON.stringify(state)} action={formAction} className="space-y-6" noValidate>
      <ErrorSummary state={state} handled={["errors.CONFLICT"]} />
      {current && (
        <ConflictNotice
          current={{ ...current, status: statusLabel(current.status) }}
          typed={{ ...values, status: String(statusLabel(values.status) ?? "") }}
          fields={COURSE_FIELDS.map((name) => ({ name, label: t(`courses.field.${name}`) }))}
        />
      )}
      {editing && <input type="hidden" name="version" value={version} />}
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">{t("courses.form.about")}</legend>
        <InputField {...common("titleEn")} required autoComplete="off" />
        <InputField {...common("titleKm")} required lang="km" autoComplete="off" />
        <InputField {...common("provider")} required hint={t("courses.form.providerHint")} autoComplete="off" />
        <InputField {...common("place")} required autoComplete="off" />
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">{t("courses.form.when")}</legend>
        <DateField {...common("startsOn")} required />
        <DateField {...common("endsOn")} required />
        <DateField {...common("enrolmentDeadline")} hint={t("courses.form.deadlineHint")} />
        <InputField {...common("capacity")} type="number" inputMode="numeric" min={1} max={500} required hint={t("courses.form.capacityHint")} />
        <InputField
          {...common("minAttendancePercent")}
          defaultValue={values.minAttendancePercent ?? String(DEFAULT_MIN_ATTENDANCE_PERCENT)}
          type="number"
          inputMode="numeric"
          min={1}
          max={100}
          required
          hint={t("courses.form.minAttendanceHint")}
        />
        <SelectField
          {...common("status")}
          defaultValue={values.status ?? "PLANNED"}
          required
          options={COURSE_STATUSES.map((value) => ({ value, label: t(`enums.courseStatus.${value}`) }))}
          hint={t("courses.form.statusHint")}
        />
        <div className="sm:col-span-2">
          <TextareaField {...common("scheduleNote")} rows={3} hint={t("courses.form.scheduleHint")} />
        </div>
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("courses.form.saving") : editing ? t("courses.form.save") : t("courses.form.create")}
        </Button>
        <Link href={editing ? "." : "/courses"} className="self-center text-sm text-muted-foreground underline">
          {t("courses.form.cancel")}
        </Link>
      </div>
    </form>
  );
}
