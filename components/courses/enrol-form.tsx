"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { FormState } from "@/lib/errors";
import type { EnrolmentResult } from "./enrolment-result";

export type Candidate = { id: string; registrationNo: string; fullName: string; fullNameKm: string | null; passportMasked: string; inCourse: string | null };

type EnrolState = FormState & { names?: Record<string, string> };

/** The workers a search found, to tick and enrol together; the answer says what became of each. */
export function EnrolForm({ action, candidates }: { action: (state: FormState, formData: FormData) => Promise<FormState>; candidates: Candidate[] }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(async (previous: EnrolState, formData: FormData): Promise<EnrolState> => {
    // The names are taken when the form is sent: by the time the answer comes, the search may have changed.
    const chosen = new Set(formData.getAll("workerId"));
    const names = Object.fromEntries(candidates.filter((c) => chosen.has(c.id)).map((c) => [c.id, `${c.fullName} (${c.registrationNo})`]));
    return { ...(await action(previous, formData)), names };
  }, { ok: false });
  const results = (state.details?.results ?? []) as EnrolmentResult[];
  const outcome = (result: EnrolmentResult) => {
    if ("refused" in result) return t("courses.enrol.refused", { reason: t(result.refused, result.messageValues) });
    return result.status === "ENROLLED" ? t("courses.enrol.enrolled") : t("courses.enrol.waitlisted", { rank: result.waitlistRank ?? 0 });
  };

  return (
    <form key={JSON.stringify(state)} action={formAction} className="space-y-3" data-testid="enrol-form">
      {results.length > 0 && (
        <Notice role="status" tone="neutral" data-testid="enrol-results">
          <p className="font-medium">{t("courses.enrol.resultsTitle")}</p>
          <ul className="mt-1 space-y-1">
            {results.map((result) => (
              <li key={result.workerId} className={"refused" in result ? "text-destructive" : "text-success"}>
                {state.names?.[result.workerId] ?? result.workerId}: {outcome(result)}
              </li>
            ))}
          </ul>
        </Notice>
      )}
      {state.formError && (
        <p role="alert" className="text-sm text-destructive">
          {t(state.formError)}
        </p>
      )}
      <fieldset className="space-y-1">
        <legend className="mb-1 text-sm font-medium text-foreground">{t("courses.enrol.choose")}</legend>
        {candidates.map((candidate) => (
          <Checkbox
            key={candidate.id}
            name="workerId"
            value={candidate.id}
            className="flex-wrap gap-x-2 rounded-md px-1 py-1 hover:bg-muted"
            label={
              <>
                <span>{candidate.fullName}</span>
                {candidate.fullNameKm && <span lang="km" className="text-muted-foreground">{candidate.fullNameKm}</span>}
                <span className="font-mono text-xs text-muted-foreground">{candidate.registrationNo}</span>
                <span className="font-mono text-xs text-muted-foreground">{candidate.passportMasked}</span>
                {candidate.inCourse && <Badge tone="warning">{t("courses.enrol.inCourse", { status: candidate.inCourse })}</Badge>}
              </>
            }
          />
        ))}
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? t("courses.enrol.enrolling") : t("courses.enrol.submit")}
      </Button>
    </form>
  );
}
