import { getTranslations } from "next-intl/server";
import { Card } from "./card";
import { Skeleton } from "./skeleton";

/** The frame every loading page shares: announced as busy, with a word for screen readers. */
async function Loading({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("ui");
  return (
    <div className="space-y-4" aria-busy="true" data-testid="page-skeleton">
      <span className="sr-only">{t("loading")}</span>
      {children}
    </div>
  );
}

/** While a list loads: its title, its filters and a table's worth of rows. */
export function ListPageSkeleton({ rows = 8 }: { rows?: number }) {
  return (
    <Loading>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Skeleton className="h-8 w-48" />
        <Skeleton className="h-9 w-36" />
      </div>
      <Skeleton className="h-24 w-full" />
      <div className="space-y-px overflow-hidden rounded-lg border border-border bg-card">
        <Skeleton className="h-10 w-full rounded-none" />
        {Array.from({ length: rows }, (_, row) => (
          <div key={row} className="flex gap-4 px-3 py-3">
            <Skeleton className="h-4 w-1/5" />
            <Skeleton className="h-4 w-2/5" />
            <Skeleton className="h-4 w-1/5" />
          </div>
        ))}
      </div>
    </Loading>
  );
}

/** While one record loads: its name, its facts in two columns, and a side panel. */
export function RecordPageSkeleton() {
  return (
    <Loading>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <Skeleton className="h-4 w-32" />
          <Skeleton className="h-8 w-64 max-w-full" />
          <Card className="grid gap-4 sm:grid-cols-2">
            {Array.from({ length: 8 }, (_, fact) => (
              <div key={fact} className="space-y-2">
                <Skeleton className="h-3 w-24" />
                <Skeleton className="h-5 w-40 max-w-full" />
              </div>
            ))}
          </Card>
        </div>
        <Card className="space-y-3">
          <Skeleton className="h-5 w-32" />
          <Skeleton className="h-9 w-full" />
          <Skeleton className="h-9 w-full" />
        </Card>
      </div>
    </Loading>
  );
}

/** While a report loads: its navigation, its title and a table of figures. */
export function ReportPageSkeleton() {
  return (
    <Loading>
      <div className="flex flex-wrap gap-2">
        {Array.from({ length: 3 }, (_, tab) => (
          <Skeleton key={tab} className="h-8 w-28" />
        ))}
      </div>
      <Skeleton className="h-8 w-72 max-w-full" />
      <Skeleton className="h-64 w-full" />
    </Loading>
  );
}
