import "server-only";
import { Prisma, readerFor, type Reader } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { compareWithPublished, monthsBetween, pickReference, type ReferenceBasis } from "@/lib/reports-math";
import { parseInput } from "@/lib/schemas/common";
import { BreakdownQuery, MonthlyQuery, type BreakdownDimension } from "@/lib/schemas/reports";
import { authorize, type PostScope } from "./authorize";

/**
 * Reports read the tallies that a trigger on Worker keeps in the same transaction as each change,
 * so they are exact at every moment without scanning the register. They read through `readerFor()`:
 * on a replica, a report may trail the last change by the replication lag, which a report tolerates.
 * `reportScope` checks the actor may read reports and gives the post scope they are narrowed to.
 */
function reportScope(actor: Actor | null): PostScope {
  return authorize(actor, "report.read").within;
}

/** The destinations a report covers: every one for the ministry, the post's own for an officer. */
function countriesInScope(reader: Reader, within: PostScope) {
  return reader.country.findMany({
    where: within.countries,
    orderBy: { nameEn: "asc" },
    select: { code: true, nameEn: true, nameKm: true },
  });
}

/** The destinations the viewer's reports cover, for choosing one in a form. */
export async function listReportCountries(actor: Actor | null) {
  return countriesInScope(readerFor(), reportScope(actor));
}

export type PublishedComparison = {
  sourceId: string;
  title: string;
  publishedOn: Date;
  asOf: Date;
  /** Published by the ministry itself. */
  official: boolean;
  workers: number;
  gap: number;
  coverage: number | null;
};

export type ReferenceComparison = PublishedComparison & { basis: ReferenceBasis };

/** A source's total over the destinations in scope it gives a figure for, which it names. */
export type SourceTotal = PublishedComparison & { countries: string[] };

/**
 * The reconciliation table: per destination, the workers registered as deployed now, its reference
 * figure (the source ministry staff chose, or the ministry's newest official one) and every current
 * published figure for it, each with the gap and the coverage. The national line compares the
 * registered workers of the destinations with a reference figure against the sum of those figures;
 * a source's own total is given only when it covers more than one destination, and says which.
 */
export async function getDestinationReport(actor: Actor | null) {
  const within = reportScope(actor);
  const asOf = new Date();
  const reader = readerFor();
  const countries = await countriesInScope(reader, within);
  const codes = countries.map((c) => c.code);
  const [counts, figures, choices] = await Promise.all([
    reader.$queryRaw<{ country: string; workers: bigint }[]>`
      SELECT "destinationCountry" AS country, sum(workers) AS workers FROM "WorkerTally"
      WHERE status = 'DEPLOYED' AND ${within.sql()} GROUP BY 1`,
    reader.publishedFigure.findMany({
      where: { source: { retiredAt: null }, countryCode: { in: codes } },
      select: { countryCode: true, workers: true, source: { select: { id: true, title: true, publishedOn: true, asOf: true, official: true } } },
      orderBy: [{ source: { asOf: "desc" } }, { sourceId: "asc" }],
    }),
    reader.referenceSource.findMany({ where: { countryCode: { in: codes } }, select: { countryCode: true, sourceId: true } }),
  ]);
  const registeredIn = new Map(counts.map((c) => [c.country, Number(c.workers)]));
  const chosenFor = new Map(choices.map((choice) => [choice.countryCode, choice.sourceId]));
  const compare = (registered: number, source: (typeof figures)[number]["source"], workers: number): PublishedComparison => ({
    sourceId: source.id,
    title: source.title,
    publishedOn: source.publishedOn,
    asOf: source.asOf,
    official: source.official,
    workers,
    ...compareWithPublished(registered, workers),
  });

  const rows = countries.map((country) => {
    const registered = registeredIn.get(country.code) ?? 0;
    const published = figures.filter((f) => f.countryCode === country.code).map((f) => compare(registered, f.source, f.workers));
    const reference: ReferenceComparison | null = pickReference(published, chosenFor.get(country.code) ?? null);
    return { country: country.code, nameEn: country.nameEn, nameKm: country.nameKm, registered, reference, published };
  });

  const registered = rows.reduce((sum, row) => sum + row.registered, 0);
  const referenced = rows.filter((row) => row.reference);
  const referenceWorkers = referenced.reduce((sum, row) => sum + row.reference!.workers, 0);
  const referenceRegistered = referenced.reduce((sum, row) => sum + row.registered, 0);
  const reference = referenced.length
    ? {
        workers: referenceWorkers,
        registered: referenceRegistered,
        ...compareWithPublished(referenceRegistered, referenceWorkers),
        countries: referenced.map((row) => row.country),
        sources: [...new Map(referenced.map((row) => [row.reference!.sourceId, { sourceId: row.reference!.sourceId, title: row.reference!.title }])).values()],
      }
    : null;

  const bySource = new Map<string, { source: (typeof figures)[number]["source"]; workers: number; registered: number; countries: string[] }>();
  for (const figure of figures) {
    const entry = bySource.get(figure.source.id) ?? { source: figure.source, workers: 0, registered: 0, countries: [] };
    entry.workers += figure.workers;
    // A source's total is compared with the registered workers of the countries it gives a figure for.
    entry.registered += registeredIn.get(figure.countryCode) ?? 0;
    entry.countries.push(figure.countryCode);
    bySource.set(figure.source.id, entry);
  }
  // A one-destination source's "total" is its one figure again: it would pass for a national one.
  const published: SourceTotal[] = [...bySource.values()]
    .filter((entry) => entry.countries.length > 1)
    .map((entry) => ({ ...compare(entry.registered, entry.source, entry.workers), countries: codes.filter((code) => entry.countries.includes(code)) }));
  return { asOf, rows, total: { registered, reference, published } };
}

const dimensionColumn: Record<BreakdownDimension, Prisma.Sql> = {
  sector: Prisma.sql`sector::text`,
  sex: Prisma.sql`sex::text`,
  province: Prisma.sql`"provinceCode"`,
  scheme: Prisma.sql`scheme::text`,
  status: Prisma.sql`status::text`,
};

/** Registered workers by one dimension, for one destination or all, optionally of one status. */
export async function getBreakdown(actor: Actor | null, raw: unknown) {
  const within = reportScope(actor);
  const query = parseInput(BreakdownQuery, raw);
  const country = query.country ? Prisma.sql`AND "destinationCountry" = ${query.country}` : Prisma.empty;
  const status = query.status ? Prisma.sql`AND status = ${query.status}::"WorkerStatus"` : Prisma.empty;
  const rows = await readerFor().$queryRaw<{ key: string; workers: bigint }[]>`
    SELECT ${dimensionColumn[query.by]} AS key, sum(workers) AS workers FROM "WorkerTally"
    WHERE ${within.sql()} ${country} ${status}
    GROUP BY 1 HAVING sum(workers) > 0 ORDER BY 2 DESC, 1`;
  const items = rows.map((row) => ({ key: row.key, workers: Number(row.workers) }));
  return { asOf: new Date(), by: query.by, country: query.country ?? null, status: query.status ?? null, rows: items, total: items.reduce((s, r) => s + r.workers, 0) };
}

function monthKey(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/** Deployments and returns per month (by the workers' dates), every month of the range listed. */
export async function getMonthlySeries(actor: Actor | null, raw: unknown) {
  const within = reportScope(actor);
  const query = parseInput(MonthlyQuery, raw);
  const now = new Date();
  const to = query.to ?? monthKey(now);
  const from = query.from ?? monthKey(new Date(Date.UTC(now.getUTCFullYear() - 2, now.getUTCMonth() + 1, 1)));
  const country = query.country ? Prisma.sql`AND "destinationCountry" = ${query.country}` : Prisma.empty;
  const rows = await readerFor().$queryRaw<{ month: Date; deployed: bigint; returned: bigint }[]>`
    SELECT month, sum(deployed) AS deployed, sum(returned) AS returned FROM "WorkerMonthTally"
    WHERE month BETWEEN ${`${from}-01`}::date AND ${`${to}-01`}::date AND ${within.sql()} ${country}
    GROUP BY 1`;
  const byMonth = new Map(rows.map((row) => [monthKey(row.month), row]));
  const months = monthsBetween(from, to).map((month) => ({
    month,
    deployed: Number(byMonth.get(month)?.deployed ?? 0),
    returned: Number(byMonth.get(month)?.returned ?? 0),
  }));
  return { asOf: new Date(), country: query.country ?? null, from, to, months };
}

/** Deployments per destination in a year, for quota utilisation. */
export async function deploymentsInYear(reader: Reader, within: PostScope, year: number): Promise<Map<string, number>> {
  const rows = await reader.$queryRaw<{ country: string; deployed: bigint }[]>`
    SELECT "destinationCountry" AS country, sum(deployed) AS deployed FROM "WorkerMonthTally"
    WHERE month >= ${`${year}-01-01`}::date AND month < ${`${year + 1}-01-01`}::date AND ${within.sql()}
    GROUP BY 1`;
  return new Map(rows.map((row) => [row.country, Number(row.deployed)]));
}

export { countriesInScope, reportScope };
