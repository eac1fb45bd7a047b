import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getAppFormat } from "@/lib/i18n/get-app-format";
import { getActor } from "@/lib/auth/actor";
import { forPage } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { listCases } from "@/lib/data/cases";
import { AppError } from "@/lib/errors";
import { CASE_CATEGORIES, CASE_MILESTONES, CASE_STATUSES } from "@/lib/schemas/case";
import { searchParamsToQuery } from "@/lib/schemas/worker-list";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { Checkbox, DateField, InputField, SelectField } from "@/components/ui/field";
import { ListPageSkeleton } from "@/components/ui/page-skeleton";
import { Notice } from "@/components/ui/notice";
import { Pagination } from "@/components/ui/table";
import { DoneToast } from "@/components/ui/done-toast";
import { CaseTable } from "@/components/cases/case-table";
import { listHref } from "@/components/workers/list-href";
import { CheckedThenStreamed } from "../checked-then-streamed";

const QUERY_KEYS = ["q", "status", "category", "destination", "agency", "agencyName", "receivedFrom", "receivedTo", "sensitive", "has", "mine", "overdue", "unconfirmed", "page"] as const;

export async function generateMetadata() {
  const t = await getTranslations("cases");
  return { title: t("title") };
}

async function CasesPageContent({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [actor, params, t, format] = await Promise.all([getActor(), searchParams, getTranslations(), getAppFormat()]);
  const all = searchParamsToQuery(params);
  const values = Object.fromEntries(QUERY_KEYS.flatMap((key) => (all[key] ? [[key, all[key]]] : []))) as Record<string, string>;
  const canCreate = actor ? can(actor, "case.create") : false;

  const filters = (
    <form method="get" className="grid items-end gap-3 rounded-md border border-border bg-card p-4 sm:grid-cols-4" role="search" aria-label={t("cases.filters.label")}>
      <InputField name="q" label={t("cases.filters.q")} defaultValue={values.q ?? ""} hint={t("cases.filters.qHint")} />
      <SelectField
        name="status"
        label={t("cases.field.status")}
        defaultValue={values.status ?? ""}
        placeholder={t("cases.filters.any")}
        options={[{ value: "OPEN", label: t("cases.filters.open") }, ...CASE_STATUSES.map((value) => ({ value, label: t(`enums.caseStatus.${value}`) }))]}
      />
      <SelectField
        name="category"
        label={t("cases.field.categories")}
        defaultValue={values.category ?? ""}
        placeholder={t("cases.filters.any")}
        options={CASE_CATEGORIES.map((value) => ({ value, label: t(`enums.caseCategory.${value}`) }))}
      />
      <div className="space-y-1">
        <Checkbox name="mine" defaultChecked={values.mine === "on"} label={t("cases.filters.mine")} />
        <Checkbox name="overdue" defaultChecked={values.overdue === "on"} label={t("cases.filters.overdue")} />
        {actor && can(actor, "case.confirm") && <Checkbox name="unconfirmed" defaultChecked={values.unconfirmed === "on"} label={t("cases.filters.unconfirmed")} />}
      </div>
      <DateField name="receivedFrom" label={t("cases.filters.receivedFrom")} defaultValue={values.receivedFrom ?? ""} />
      <DateField name="receivedTo" label={t("cases.filters.receivedTo")} defaultValue={values.receivedTo ?? ""} />
      <SelectField
        name="has"
        label={t("cases.filters.has")}
        defaultValue={values.has ?? ""}
        placeholder={t("cases.filters.any")}
        options={CASE_MILESTONES.map((value) => ({ value, label: t(`cases.filters.milestone.${value}`) }))}
      />
      <div className="space-y-1">
        <Checkbox name="sensitive" defaultChecked={values.sensitive === "on"} label={t("cases.filters.sensitive")} />
      </div>
      {values.destination && <input type="hidden" name="destination" value={values.destination} />}
      {values.agency && <input type="hidden" name="agency" value={values.agency} />}
      {values.agencyName && <input type="hidden" name="agencyName" value={values.agencyName} />}
      <div className="sm:col-span-4">
        <Button type="submit" variant="secondary">
          {t("cases.filters.apply")}
        </Button>
      </div>
    </form>
  );

  const header = (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <h1 className="text-2xl font-semibold">{t("cases.title")}</h1>
      {canCreate && (
        <Button asChild>
          <Link href="/cases/new">{t("cases.new")}</Link>
        </Button>
      )}
    </div>
  );

  let list;
  try {
    list = await forPage(listCases(actor, values));
  } catch (error) {
    if (!(error instanceof AppError && error.code === "VALIDATION")) throw error;
    return (
      <div className="space-y-4">
        {header}
        {filters}
        <Notice role="alert" tone="error">
          {t("cases.filters.invalid")}
        </Notice>
      </div>
    );
  }
  const { items, total, page, pageSize, hiddenSensitive } = list;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const filtered = Object.keys(values).some((key) => key !== "page");

  return (
    <div className="space-y-4">
      {header}
      {filters}
      <p className="text-sm text-muted-foreground" data-testid="case-count" aria-live="polite">
        {t("cases.count", { count: total })}
        {hiddenSensitive > 0 && <> {t("cases.hiddenSensitive", { count: hiddenSensitive })}</>}
      </p>
      {items.length === 0 ? (
        <EmptyState title={filtered ? t("cases.noMatch") : t("cases.empty")}>
          {canCreate && !filtered && (
            <Link href="/cases/new" className="text-link underline">
              {t("cases.new")}
            </Link>
          )}
        </EmptyState>
      ) : (
        <CaseTable
          caption={t("cases.caption")}
          rows={items.map((item) => ({
            id: item.id,
            referenceNo: item.referenceNo,
            status: t(`enums.caseStatus.${item.status}`),
            categories: item.categories.map((category) => t(`enums.caseCategory.${category}`)),
            worker: item.firstWorkerName ?? "—",
            workers: item.workers,
            office: item.postName ?? t("cases.ministry"),
            received: format.momentDay(item.receivedAt),
            officer: item.assignedOfficerName ?? t("cases.unassigned"),
            sensitive: item.sensitive,
            confirmed: item.confirmed,
            overdue: item.overdue,
          }))}
        />
      )}
      {pages > 1 && (
        <Pagination
          label={t("cases.pages.label")}
          previous={page > 1 ? { href: listHref("/cases", values, { page: String(page - 1) }), label: t("cases.pages.previous") } : undefined}
          position={t("cases.pages.position", { page, pages })}
          next={page < pages ? { href: listHref("/cases", values, { page: String(page + 1) }), label: t("cases.pages.next") } : undefined}
        />
      )}
      {all.done === "transferred" && <DoneToast message={t("cases.done.transferred")} />}
    </div>
  );
}

export default async function CasesPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return (
    <CheckedThenStreamed action="case.read" fallback={<ListPageSkeleton />}>
      <CasesPageContent {...props} />
    </CheckedThenStreamed>
  );
}
