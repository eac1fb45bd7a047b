import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getAppFormat } from "@/lib/i18n/get-app-format";
import { getActor } from "@/lib/auth/actor";
import { forPage } from "@/lib/auth/page-guard";
import { getImport } from "@/lib/data/imports";
import { Card } from "@/components/ui/card";
import { ConfirmImport } from "@/components/imports/confirm-import";
import { RefreshWhileRunning } from "@/components/imports/refresh-while-running";
import { confirmImportAction } from "../actions";
import { Notice } from "@/components/ui/notice";
import { Progress } from "@/components/ui/progress";

export async function generateMetadata() {
  const t = await getTranslations("imports");
  return { title: t("title") };
}

export default async function ImportPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, actor, t, format] = await Promise.all([params, getActor(), getTranslations(), getAppFormat()]);
  const job = await forPage(getImport(actor, id));
  const running = job.status === "QUEUED" || job.status === "RUNNING";
  const percent = Math.floor(job.progress * 100);
  const number = format.count;
  const counts: [string, number][] = [
    ["imports.job.rowsRead", job.rowsRead],
    [job.dryRun ? "imports.job.wouldCreate" : "imports.job.created", job.created],
    [job.dryRun ? "imports.job.wouldUpdate" : "imports.job.updated", job.updated],
    ["imports.job.unchanged", job.unchanged],
    ["imports.job.rejected", job.rejected],
  ];

  return (
    <div className="max-w-3xl space-y-6">
      <RefreshWhileRunning running={running} />
      <div className="space-y-1">
        <Link href="/imports" className="text-sm text-link underline">
          {t("imports.job.back")}
        </Link>
        <h1 className="text-2xl font-semibold break-all">{t(job.dryRun ? "imports.job.dryRunTitle" : "imports.job.importTitle", { file: job.fileName })}</h1>
        <p className="text-sm text-muted-foreground">
          {t("imports.job.post")}: {job.post?.name ?? t("imports.job.allPosts")} · {t("imports.job.uploadedOn", { when: format.moment(job.createdAt) })}
        </p>
      </div>

      <Card className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 className="font-semibold">{t("imports.job.progress")}</h2>
          <span data-testid="import-status" className="text-sm font-medium">
            {t(`imports.status.${job.status}`)}
            {job.status === "RUNNING" && job.phase ? ` · ${t(`imports.phase.${job.phase}`)}` : ""}
          </span>
        </div>
        <Progress value={percent} label={t("imports.job.progress")} failed={job.status === "FAILED"} />
        <p className="flex flex-wrap gap-x-4 text-sm text-muted-foreground tabular-nums" aria-live="polite">
          <span>{percent}%</span>
          {job.phase === "WRITING" && <span>{t("imports.job.rowsSoFar", { done: number(job.rowsDone), total: number(job.rowsRead) })}</span>}
          {job.rowsPerSecond !== null && <span data-testid="rows-per-second">{t("imports.job.rowsPerSecond", { rate: number(job.rowsPerSecond) })}</span>}
        </p>
        {job.status === "QUEUED" && <p className="text-sm text-muted-foreground">{t("imports.job.waiting")}</p>}
        {running && <p className="text-xs text-muted-foreground">{t("imports.job.closeHint")}</p>}
        {job.status === "FAILED" && job.error && (
          <Notice role="alert" tone="error">
            <p className="font-semibold">{t("imports.job.failed")}</p>
            <p>{t(`imports.errors.${job.error.code}`, job.error.values)}</p>
          </Notice>
        )}
        {job.status === "SUCCEEDED" && (
          <Notice role="status" tone="success">
            {t(job.dryRun ? "imports.job.dryRunDone" : "imports.job.done")}
          </Notice>
        )}
      </Card>

      {(job.status === "SUCCEEDED" || job.rowsDone > 0) && (
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5" data-testid="import-counts">
          {counts.map(([label, value]) => (
            <div key={label} className="rounded-lg border border-border bg-card p-3">
              <dt className="text-xs text-muted-foreground">{t(label)}</dt>
              <dd className="text-xl font-semibold tabular-nums">{number(value)}</dd>
            </div>
          ))}
        </dl>
      )}

      {job.status === "SUCCEEDED" && (
        <div className="space-y-4">
          {job.rejected > 0 ? (
            <a href={`/api/v1/imports/${job.id}/rejected.csv`} className="inline-block text-link underline" download>
              {t("imports.job.downloadRejected")}
            </a>
          ) : (
            <p className="text-sm text-muted-foreground">{t("imports.job.noneRejected")}</p>
          )}
          {job.importedAs ? (
            <Link href={`/imports/${job.importedAs}`} className="inline-block text-link underline">
              {t("imports.job.seeImport")}
            </Link>
          ) : (
            job.dryRun && job.created + job.updated > 0 && <ConfirmImport action={confirmImportAction.bind(null, job.id)} />
          )}
        </div>
      )}

      {job.columns && (
        <div className="space-y-1 text-xs text-muted-foreground">
          <p>{t("imports.job.columnsRead", { columns: job.columns.read.map((column) => column.header).join(", ") })}</p>
          {job.columns.ignored.length > 0 && <p>{t("imports.job.columnsIgnored", { columns: job.columns.ignored.join(", ") })}</p>}
        </div>
      )}
    </div>
  );
}
