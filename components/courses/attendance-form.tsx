"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/field";
import type { FormState, MessageValues } from "@/lib/errors";

export type AttendanceRow = { enrolmentId: string; fullName: string; registrationNo: string; present: boolean | null };

/** Who came on one day of the course: ticked is present, every other worker listed is absent. */
export function AttendanceForm({
  action,
  day,
  dayLabel,
  rows,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  day: string;
  dayLabel: string;
  rows: AttendanceRow[];
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  // A refused save keeps the boxes as they were ticked.
  const ticked = !state.ok && state.values?.day === day ? (state.values.present ?? "").split(",") : null;
  const saved = state.ok && state.values?.day === day ? (state.details as { present: number; absent: number }) : null;
  const problems = state.values?.day === day ? [...Object.values(state.fieldErrors ?? {}).flat(), ...(state.formError && state.formError !== "errors.VALIDATION" ? [state.formError] : [])] : [];
  return (
    <form key={`${day}${JSON.stringify(state)}`} action={formAction} className="space-y-3" data-testid="attendance-form">
      <input type="hidden" name="day" value={day} />
      <fieldset className="space-y-2">
        <legend className="mb-1 text-sm font-medium text-foreground">{t("courses.attendance.who", { day: dayLabel })}</legend>
        {rows.map((row) => (
          <Checkbox
            key={row.enrolmentId}
            name="present"
            value={row.enrolmentId}
            defaultChecked={ticked ? ticked.includes(row.enrolmentId) : row.present === true}
            className="flex-wrap gap-x-2 rounded-md px-1 py-1 hover:bg-muted"
            label={
              <>
                <span>{row.fullName}</span>
                <span className="font-mono text-xs text-muted-foreground">{row.registrationNo}</span>
                {row.present === null && <span className="text-xs text-muted-foreground">{t("courses.attendance.notRecorded")}</span>}
              </>
            }
          />
        ))}
      </fieldset>
      {saved && (
        <p role="status" className="text-sm text-success">
          {t("courses.attendance.saved", { day: dayLabel, present: saved.present, absent: saved.absent })}
        </p>
      )}
      {problems.length > 0 && (
        <p role="alert" className="text-sm text-destructive">
          {problems.map((key) => t(key, state.details?.messageValues as MessageValues | undefined)).join(" ")}
        </p>
      )}
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("courses.attendance.save")}
      </Button>
    </form>
  );
}
