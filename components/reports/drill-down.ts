import { listHref } from "@/components/workers/list-href";
import type { BreakdownDimension } from "@/lib/schemas/reports";

type ListFilter =
  | "country"
  | "status"
  | "sector"
  | "sex"
  | "province"
  | "scheme"
  | "deployedFrom"
  | "deployedTo"
  | "contractEndFrom"
  | "contractEndTo"
  | "returnedFrom"
  | "returnedTo"
  | "missing"
  | "likelyDuplicate";

/** The worker list filtered to exactly the workers a report's (or a home page's) number counts (within the viewer's scope, as both are). */
export function workersHref(filters: Partial<Record<ListFilter, string | null>>): string {
  return listHref("/workers", {}, Object.fromEntries(Object.entries(filters).map(([key, value]) => [key, value ?? undefined])));
}

/** The reconciliation table's registered workers are those deployed now. */
export function registeredHref(country: string | null): string {
  return workersHref({ country, status: "DEPLOYED" });
}

/**
 * A total over some of the report's destinations (a source's, or those with a reference figure)
 * is compared with theirs; the list can show that set when it is every destination of the report
 * or a single one.
 */
export function coveredRegisteredHref(rows: { country: string }[], covered: readonly string[]): string | null {
  if (covered.length === rows.length) return registeredHref(null);
  return covered.length === 1 ? registeredHref(covered[0]) : null;
}

export function sourceRegisteredHref(rows: { country: string; published: { sourceId: string }[] }[], sourceId: string): string | null {
  return coveredRegisteredHref(rows, rows.filter((row) => row.published.some((figure) => figure.sourceId === sourceId)).map((row) => row.country));
}

/** A breakdown's category: each dimension is named as the list's filter for it. */
export function breakdownHref(by: BreakdownDimension, key: string | null, scope: { country: string | null; status: string | null }): string {
  return workersHref({ country: scope.country, status: scope.status, [by]: key });
}

function lastDayOf(month: string): string {
  const [year, monthNumber] = month.split("-").map(Number);
  return new Date(Date.UTC(year, monthNumber, 0)).toISOString().slice(0, 10);
}

/** Deployments in whole months (YYYY-MM): workers whose deployment date falls in them, whatever their status now. */
export function deploymentsHref(country: string | null, fromMonth: string, toMonth: string = fromMonth): string {
  return workersHref({ country, deployedFrom: `${fromMonth}-01`, deployedTo: lastDayOf(toMonth) });
}
