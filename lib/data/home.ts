import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { startOfTodayUtc } from "@/lib/schemas/common";
import { authorize } from "./authorize";
import { listUpcomingCourses } from "./courses";
import { listOpenImports } from "./imports";
import { countPosts } from "./posts";
import { getDestinationReport, getMonthlySeries, type ReferenceComparison } from "./reports";
import { listRecentSignInFailures } from "./sign-in-failures";
import { countUsersByRole } from "./users";
import { countWorkers } from "./worker-list";

/** A contract ending this many days from today or sooner needs the officer's attention. */
const CONTRACT_ENDING_DAYS = 60;
/** Courses and imports a home page lists; the rest are behind its link. */
const SHOWN = 5;
/** Failed sign-ins the administrators' home page lists. */
const SIGN_IN_FAILURES_SHOWN = 10;

const DAY_MS = 86_400_000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The worker list's filters behind each tile of a post's home page, as of `today` (a UTC midnight:
 * the register keeps calendar dates that way), so that a tile's number and its list agree.
 */
export function postHomeFilters(today: Date = startOfTodayUtc()) {
  const monthEnd = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 0));
  return {
    deployed: { status: "DEPLOYED" },
    preDeparture: { status: "PRE_DEPARTURE" },
    returnedThisMonth: { returnedFrom: `${isoDay(today).slice(0, 7)}-01`, returnedTo: isoDay(monthEnd) },
    contractEnding: { status: "DEPLOYED", contractEndFrom: isoDay(today), contractEndTo: isoDay(new Date(today.getTime() + CONTRACT_ENDING_DAYS * DAY_MS)) },
    missingPhone: { missing: "phone" },
    likelyDuplicates: { likelyDuplicate: "true" },
  } satisfies Record<string, Record<string, string>>;
}

/**
 * A post's home page: its workers by where they are, the records needing attention, courses to
 * come and imports under way. Counts come from the tallies, or from the rows through an index
 * and capped like the list's own count (never a scan of the register).
 */
export async function getPostHome(actor: Actor | null) {
  const { actor: who } = authorize(actor, "worker.read");
  const filters = postHomeFilters();
  const month = filters.returnedThisMonth.returnedFrom.slice(0, 7);
  const [deployed, preDeparture, monthly, contractEnding, missingPhone, likelyDuplicates, courses, imports] = await Promise.all([
    countWorkers(who, filters.deployed),
    countWorkers(who, filters.preDeparture),
    // The month tallies count returns by date exactly, as the list filtered to the month does.
    getMonthlySeries(who, { from: month, to: month }),
    countWorkers(who, filters.contractEnding),
    countWorkers(who, filters.missingPhone),
    countWorkers(who, filters.likelyDuplicates),
    can(who, "course.read") ? listUpcomingCourses(who, SHOWN) : null,
    can(who, "worker.import") ? listOpenImports(who, SHOWN) : null,
  ]);
  return {
    filters,
    contractEndingDays: CONTRACT_ENDING_DAYS,
    counts: { deployed, preDeparture, returnedThisMonth: { count: monthly.months[0].returned, exact: true } },
    attention: { contractEnding, missingPhone, likelyDuplicates },
    courses,
    imports,
  };
}

export type ReconciliationLine = { country: string; nameEn: string; nameKm: string; registered: number; reference: ReferenceComparison | null };

/**
 * The ministry's home page: each destination's registered workers against its reference figure
 * (the source ministry staff chose, or the ministry's newest official one), the largest gaps
 * (either way) first, and all destinations against their reference figures together.
 */
export async function getReconciliationHome(actor: Actor | null) {
  const { actor: who } = authorize(actor, "report.read");
  const report = await getDestinationReport(who);
  const lines: ReconciliationLine[] = report.rows.map(({ country, nameEn, nameKm, registered, reference }) => ({ country, nameEn, nameKm, registered, reference }));
  const size = (line: ReconciliationLine) => (line.reference ? Math.abs(line.reference.gap) : -1);
  lines.sort((a, b) => size(b) - size(a) || a.nameEn.localeCompare(b.nameEn));
  return { asOf: report.asOf, lines, reference: report.total.reference };
}

/** The administrators' home page: accounts by role, the posts, and the latest failed sign-ins. */
export async function getAdminHome(actor: Actor | null) {
  const { actor: who } = authorize(actor, "user.read");
  const [accounts, posts, signInFailures] = await Promise.all([countUsersByRole(who), countPosts(who), listRecentSignInFailures(who, SIGN_IN_FAILURES_SHOWN)]);
  return { accounts, posts, signInFailures };
}

export type PostHomeData = Awaited<ReturnType<typeof getPostHome>>;
export type ReconciliationHomeData = Awaited<ReturnType<typeof getReconciliationHome>>;
export type AdminHomeData = Awaited<ReturnType<typeof getAdminHome>>;
