"use client";
import { useActionState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { InputField, TextareaField } from "@/components/ui/field";
import { Table, Td, Th } from "@/components/ui/table";
import type { FormState } from "@/lib/errors";
import type { CsvProblem } from "@/lib/published-figures-csv";
import { Notice } from "@/components/ui/notice";

type ImportResult = { created: string[]; updated: string[]; problems: CsvProblem[]; dryRun: boolean };

/**
 * A file of published figures, uploaded or pasted: checked first (a dry run saves nothing), then
 * imported. Any problem row stops the import; each is listed with its line and what is wrong.
 */
export function PublishedImportForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const result = state.details?.result as ImportResult | undefined;
  const empty = result && result.problems.length === 0 && result.created.length + result.updated.length === 0;
  const readyToImport = result?.dryRun && state.ok && !empty;
  const ids = (list: string[]) => (list.length ? list.join(", ") : "—");

  return (
    <div className="space-y-6">
      <form key={JSON.stringify(state)} action={formAction} className="space-y-4" noValidate>
        {state.formError && (
          <Notice role="alert" tone="error">
            {t(state.formError)}
          </Notice>
        )}
        <InputField name="file" type="file" accept=".csv,text/csv" label={t("published.importFile")} />
        <TextareaField
          name="csv"
          label={t("published.importText")}
          hint={t("published.importTextHint")}
          rows={8}
          className="font-mono"
          defaultValue={state.values?.csv ?? ""}
          spellCheck={false}
        />
        <div className="flex flex-wrap gap-3">
          <Button type="submit" name="mode" value="dryRun" variant={readyToImport ? "secondary" : "primary"} disabled={pending}>
            {t("published.dryRun")}
          </Button>
          {readyToImport && (
            <Button type="submit" name="mode" value="import" disabled={pending}>
              {t("published.import")}
            </Button>
          )}
        </div>
      </form>

      {result && (
        <section aria-live="polite" className="space-y-3" data-testid="import-result">
          {empty ? (
            <p role="status">{t("published.importEmpty")}</p>
          ) : result.problems.length > 0 ? (
            <>
              <p role="alert" className="font-semibold text-destructive">
                {t("published.importProblems", { count: result.problems.length })}
              </p>
              <Table data-testid="import-problems">
                <thead>
                  <tr>
                    <Th>{t("published.line")}</Th>
                    <Th>{t("published.problem")}</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-border">
                  {result.problems.map((problem, index) => (
                    <tr key={index}>
                      <Td className="tabular-nums">{problem.line}</Td>
                      <Td>{t(problem.message, problem.values)}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </>
          ) : (
            <Notice role="status" tone="success" className="space-y-1">
              <p className="font-semibold">{result.dryRun ? t("published.dryRunDone") : t("published.imported")}</p>
              <p>{t(result.dryRun ? "published.wouldCreate" : "published.created", { ids: ids(result.created) })}</p>
              <p>{t(result.dryRun ? "published.wouldUpdate" : "published.updated", { ids: ids(result.updated) })}</p>
              {!result.dryRun && (
                <Link href="/reports/published" className="text-link underline">
                  {t("published.backToList")}
                </Link>
              )}
            </Notice>
          )}
        </section>
      )}
    </div>
  );
}
