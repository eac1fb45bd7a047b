import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { forPage } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { listWorkers } from "@/lib/data/workers";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { WorkerTable } from "@/components/workers/worker-table";

export async function generateMetadata() {
  const t = await getTranslations("workers");
  return { title: t("title") };
}

export default async function WorkersPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const [actor, { cursor }, t, format] = await Promise.all([getActor(), searchParams, getTranslations(), getFormatter()]);
  const { items, nextCursor } = await forPage(listWorkers(actor, { cursor }));
  const canCreate = actor ? can(actor, "worker.create") : false;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("workers.title")}</h1>
        {canCreate && (
          <Link href="/workers/new" className={buttonClass()}>
            {t("nav.newWorker")}
          </Link>
        )}
      </div>
      {items.length === 0 ? (
        <EmptyState title={cursor ? t("workers.noMore") : t("workers.empty")}>
          {canCreate && !cursor && <Link href="/workers/new" className="text-blue-800 underline">{t("nav.newWorker")}</Link>}
        </EmptyState>
      ) : (
        <WorkerTable
          caption={t("workers.caption")}
          rows={items.map((worker) => ({
            id: worker.id,
            registrationNo: worker.registrationNo,
            fullName: worker.fullName,
            fullNameKm: worker.fullNameKm,
            passport: worker.passportMasked,
            destination: worker.destinationCountry,
            sector: t(`enums.sector.${worker.sector}`),
            status: t(`enums.status.${worker.status}`),
            registeredOn: format.dateTime(worker.createdAt, { dateStyle: "medium" }),
          }))}
        />
      )}
      <nav aria-label={t("workers.pages")} className="flex gap-3">
        {cursor && (
          <Link href="/workers" className={buttonClass("secondary")}>
            {t("workers.firstPage")}
          </Link>
        )}
        {nextCursor && (
          <Link href={`/workers?cursor=${nextCursor}`} className={buttonClass("secondary")}>
            {t("workers.nextPage")}
          </Link>
        )}
      </nav>
    </div>
  );
}
