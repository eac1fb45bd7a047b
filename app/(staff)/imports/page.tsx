import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getAppFormat } from "@/lib/i18n/get-app-format";
import { getActor } from "@/lib/auth/actor";
import { ListPageSkeleton } from "@/components/ui/page-skeleton";
import { allowedOnPage, forPage } from "@/lib/auth/page-guard";
import { scopeOf } from "@/lib/auth/permissions";
import { listImports, type ImportView } from "@/lib/data/imports";
import { listPosts } from "@/lib/data/posts";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { IMPORT_COLUMNS } from "@/lib/imports/columns";
import { searchParamsToQuery } from "@/lib/schemas/worker-list";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { ImportTable } from "@/components/imports/import-table";
import { ImportUploadForm } from "@/components/imports/upload-form";
import { CheckedThenStreamed } from "../checked-then-streamed";

export async function generateMetadata() {
  const t = await getTranslations("imports");
  return { title: t("title") };
}

async function ImportsPageContent({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [actor, params, t, format] = await Promise.all([getActor(), searchParams, getTranslations(), getAppFormat()]);
  const who = allowedOnPage(actor, "worker.import");
  const { cursor } = searchParamsToQuery(params);
  const national = scopeOf(who, "worker.import") === "all";
  // A cursor that does not read (edited by hand) starts again from the newest.
  const page = listImports(who, cursor ? { cursor } : {}).catch((error) => {
    if (error instanceof AppError && error.code === "VALIDATION") redirect("/imports");
    throw error;
  });
  const [{ items, nextCursor }, posts] = await forPage(Promise.all([page, national ? listPosts(who) : Promise.resolve(null)]));
  const rowOf = (job: ImportView) => ({
    id: job.id,
    fileName: job.fileName,
    kind: t(job.dryRun ? "imports.list.dryRun" : "imports.list.import"),
    post: job.post?.name ?? t("imports.job.allPosts"),
    status: t(`imports.status.${job.status}`),
    result: job.status === "SUCCEEDED" ? t("imports.list.summary", { rows: job.rowsRead, created: job.created, updated: job.updated, rejected: job.rejected }) : "",
    uploadedOn: format.moment(job.createdAt),
  });

  return (
    <div className="space-y-8">
      <div className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-semibold">{t("imports.title")}</h1>
        <p className="text-sm text-muted-foreground">{t("imports.intro")}</p>
      </div>

      <section aria-labelledby="upload-title" className="max-w-xl space-y-3">
        <h2 id="upload-title" className="text-lg font-semibold">
          {t("imports.upload.title")}
        </h2>
        <ImportUploadForm posts={posts?.map((post) => ({ id: post.id, name: post.name })) ?? null} maxMegabytes={env.IMPORT_MAX_MB} />
      </section>

      <section aria-labelledby="list-title" className="space-y-3">
        <h2 id="list-title" className="text-lg font-semibold">
          {t("imports.list.title")}
        </h2>
        {items.length === 0 ? (
          <EmptyState title={t("imports.list.empty")}>{!cursor && t("imports.list.emptyHint")}</EmptyState>
        ) : (
          <ImportTable
            caption={t("imports.list.caption")}
            headings={{
              file: t("imports.list.file"),
              kind: t("imports.list.kind"),
              post: t("imports.list.post"),
              status: t("imports.list.status"),
              result: t("imports.list.result"),
              startedOn: t("imports.list.startedOn"),
            }}
            rows={items.map(rowOf)}
          />
        )}
        <nav aria-label={t("imports.list.pages")} className="flex gap-3">
          {cursor && (
            <Button asChild variant="secondary">
              <Link href="/imports">{t("imports.list.newest")}</Link>
            </Button>
          )}
          {nextCursor && (
            <Button asChild variant="secondary">
              <Link href={`/imports?cursor=${encodeURIComponent(nextCursor)}`}>{t("imports.list.older")}</Link>
            </Button>
          )}
        </nav>
      </section>

      <section aria-labelledby="template-title" className="space-y-3">
        <h2 id="template-title" className="text-lg font-semibold">
          {t("imports.templateTitle")}
        </h2>
        <p className="max-w-3xl text-sm text-muted-foreground">{t("imports.templateIntro")}</p>
        <div className="flex flex-wrap gap-3">
          <Button asChild variant="secondary">
            <a href="/imports/template/csv" download>{t("imports.templateCsv")}</a>
          </Button>
          <Button asChild variant="secondary">
            <a href="/imports/template/xlsx" download>{t("imports.templateXlsx")}</a>
          </Button>
        </div>
        <Table>
          <thead>
            <tr>
              <Th>{t("imports.column")}</Th>
              <Th>{t("imports.meaning")}</Th>
              <Th>{t("imports.required")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {IMPORT_COLUMNS.map((column) => (
              <tr key={column.field}>
                <Td>
                  <code className="text-xs">{column.field}</code>
                  <div className="text-xs text-muted-foreground">{t(`worker.${column.label}`)}</div>
                </Td>
                <Td>{t(`imports.columnHelp.${column.field}`)}</Td>
                <Td>{t(column.required ? "imports.required" : "imports.optional")}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </section>
    </div>
  );
}

export default function ImportsPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return (
    <CheckedThenStreamed action="worker.import" fallback={<ListPageSkeleton />}>
      <ImportsPageContent {...props} />
    </CheckedThenStreamed>
  );
}
