import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getAppFormat } from "@/lib/i18n/get-app-format";
import { getActor } from "@/lib/auth/actor";
import { ListPageSkeleton } from "@/components/ui/page-skeleton";
import { forPage } from "@/lib/auth/page-guard";
import { can, scopeOf } from "@/lib/auth/permissions";
import { countWorkers, listWorkers } from "@/lib/data/workers";
import { listCountries, listProvinces } from "@/lib/data/reference";
import { localChoices, localName } from "@/lib/i18n/locales";
import { AppError } from "@/lib/errors";
import { parseListQuery } from "@/lib/data/worker-list";
import { searchParamsToQuery } from "@/lib/schemas/worker-list";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/table";
import { DoneToast } from "@/components/ui/done-toast";
import { WorkerFilters } from "@/components/workers/worker-filters";
import { WorkerTable } from "@/components/workers/worker-table";
import { listHref } from "@/components/workers/list-href";
import { Notice } from "@/components/ui/notice";
import { CheckedThenStreamed } from "../checked-then-streamed";

export async function generateMetadata() {
  const t = await getTranslations("workers");
  return { title: t("title") };
}

async function WorkersPageContent({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [actor, params, t, format, locale] = await Promise.all([getActor(), searchParams, getTranslations(), getAppFormat(), getLocale()]);
  // `transferred` is a one-off notice after a transfer, not a filter.
  const { transferred, ...values } = searchParamsToQuery(params);
  const [provinces, countries] = await Promise.all([listProvinces(), listCountries()]);
  const provinceOptions = localChoices(locale, provinces);
  const countryOptions = actor && scopeOf(actor, "worker.read") === "all" ? localChoices(locale, countries) : undefined;
  // Keyed by the query so that Back and Forward show the filters of the page they land on.
  const filters = <WorkerFilters key={JSON.stringify(values)} values={values} provinces={provinceOptions} countries={countryOptions} />;

  let query;
  try {
    query = parseListQuery(values);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">{t("workers.title")}</h1>
        {filters}
        <Notice role="alert" tone="error">
          {t("workers.badFilters")}
        </Notice>
      </div>
    );
  }
  // Just after a transfer the list must no longer hold the worker: read the primary, not a replica.
  const read = { afterOwnWrite: Boolean(transferred) };
  const [{ items, nextCursor }, total] = await forPage(Promise.all([listWorkers(actor, values, read), countWorkers(actor, { ...values, cursor: undefined }, read)]));
  const canCreate = actor ? can(actor, "worker.create") : false;
  const mayExportPassports = actor ? can(actor, "worker.revealPassport") : false;
  const filtered = Object.keys(values).some((key) => !["sort", "dir", "cursor", "limit"].includes(key));
  const sortLink = (sort: "name" | "registered") => {
    const active = query.sort === sort ? query.dir : null;
    const dir = active ? (active === "asc" ? "desc" : "asc") : sort === "name" ? "asc" : "desc";
    return { href: listHref("/workers", values, { sort, dir }), active };
  };

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("workers.title")}</h1>
        <div className="flex flex-wrap gap-2">
          <Button asChild variant="secondary">
            <a href={listHref("/workers/export", values, { limit: undefined })} download>
              {t("workers.exportCsv")}
            </a>
          </Button>
          {mayExportPassports && (
            <>
              <Button asChild variant="secondary">
                <a href={listHref("/workers/export", values, { limit: undefined, passports: "full" })} download aria-describedby="export-passports-hint" title={t("workers.exportWithPassportsHint")}>
                  {t("workers.exportWithPassports")}
                </a>
              </Button>
              <span id="export-passports-hint" className="sr-only">
                {t("workers.exportWithPassportsHint")}
              </span>
            </>
          )}
          {canCreate && (
            <Button asChild>
              <Link href="/workers/new">{t("nav.newWorker")}</Link>
            </Button>
          )}
        </div>
      </div>
      {transferred && (
        <DoneToast message={t("workers.transferred", { country: localName(locale, countries.find((c) => c.code === transferred) ?? { nameEn: transferred, nameKm: transferred }) })} />
      )}
      {filters}
      <p className="text-sm text-muted-foreground" data-testid="worker-count" aria-live="polite">
        {total.exact ? t("workers.count", { count: total.count }) : t("workers.countAtLeast", { count: total.count })}
      </p>
      {items.length === 0 ? (
        <EmptyState title={filtered ? t("workers.noMatch") : query.cursor ? t("workers.noMore") : t("workers.empty")}>
          {canCreate && !filtered && !query.cursor && (
            <Link href="/workers/new" className="text-link underline">
              {t("nav.newWorker")}
            </Link>
          )}
        </EmptyState>
      ) : (
        <WorkerTable
          caption={t("workers.caption")}
          sortByName={sortLink("name")}
          sortByRegistered={sortLink("registered")}
          rows={items.map((worker) => ({
            id: worker.id,
            registrationNo: worker.registrationNo,
            fullName: worker.fullName,
            fullNameKm: worker.fullNameKm,
            passportMasked: worker.passportMasked,
            destination: worker.destinationCountry,
            sector: t(`enums.sector.${worker.sector}`),
            status: t(`enums.status.${worker.status}`),
            registeredOn: format.momentDay(worker.createdAt),
          }))}
        />
      )}
      <Pagination
        label={t("workers.pages")}
        first={query.cursor ? { href: listHref("/workers", values, {}), label: t("workers.firstPage") } : undefined}
        next={nextCursor ? { href: listHref("/workers", values, { cursor: nextCursor }), label: t("workers.nextPage") } : undefined}
      />
    </div>
  );
}

export default function WorkersPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return (
    <CheckedThenStreamed action="worker.read" fallback={<ListPageSkeleton />}>
      <WorkersPageContent {...props} />
    </CheckedThenStreamed>
  );
}
