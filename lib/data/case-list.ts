import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { readerFor, type Prisma } from "@/lib/db";
import { CASE_PAGE_SIZE, CaseListQuery, OPEN_STATUSES, type CaseCategory, type CaseMilestone, type CaseStatus } from "@/lib/schemas/case";
import { dayAfter, parseInput } from "@/lib/schemas/common";
import { authorize } from "./authorize";
import { caseVisibility, hiddenSensitiveCases } from "./case-scope";
import { caseDeadlines, overdueOf, overdueWhere } from "./case-settings";

export type CaseListItem = {
  id: string;
  referenceNo: string;
  status: CaseStatus;
  categories: CaseCategory[];
  destinationCountry: string;
  postName: string | null;
  receivedAt: Date;
  assignedOfficerName: string | null;
  workers: number;
  firstWorkerName: string | null;
  sensitive: boolean;
  confirmed: boolean;
  overdue: "acknowledgement" | "decision" | null;
};

const milestoneWhere: Record<CaseMilestone, Prisma.CaseWhereInput> = {
  acknowledgement: { acknowledgedAt: { not: null } },
  resolution: { resolvedAt: { not: null } },
  claim: { amountClaimed: { not: null } },
  agreement: { amountAgreed: { not: null } },
  payment: { payments: { some: {} } },
};

/** The filters a list, a report's number and the API share, as one `where` (without the scope). */
export function caseFilters(query: CaseListQuery, actor: Actor, deadlines: Awaited<ReturnType<typeof caseDeadlines>>): Prisma.CaseWhereInput[] {
  const filters: Prisma.CaseWhereInput[] = [];
  if (query.status === "OPEN") filters.push({ status: { in: [...OPEN_STATUSES] } });
  else if (query.status) filters.push({ status: query.status });
  if (query.category) filters.push({ categories: { has: query.category } });
  if (query.destination) filters.push({ destinationCountry: query.destination });
  if (query.agency === "none") filters.push({ agencyId: null, agencyName: null });
  else if (query.agency) filters.push({ agencyId: query.agency });
  // As the report groups them: a name typed by the complainant counts only where no listed agency is named.
  if (query.agencyName) filters.push({ agencyId: null, agencyName: query.agencyName });
  if (query.receivedFrom) filters.push({ receivedAt: { gte: query.receivedFrom } });
  if (query.receivedTo) filters.push({ receivedAt: { lt: dayAfter(query.receivedTo) } });
  if (query.sensitive) filters.push({ sensitive: true });
  if (query.has) filters.push(milestoneWhere[query.has]);
  if (query.mine) filters.push({ assignedOfficerId: actor.id });
  if (query.overdue) filters.push(overdueWhere(deadlines));
  if (query.unconfirmed) filters.push({ confirmedAt: null });
  if (query.q) {
    const words = query.q;
    filters.push({
      OR: [
        { referenceNo: { startsWith: words.toUpperCase() } },
        { workers: { some: { OR: [{ fullName: { contains: words, mode: "insensitive" } }, { worker: { fullName: { contains: words, mode: "insensitive" } } }] } } },
        { workers: { some: { worker: { registrationNo: words.toUpperCase() } } } },
      ],
    });
  }
  return filters;
}

/**
 * The cases in the actor's scope, newest first, 25 to a page. Sensitive cases the actor may not
 * open are left out of the items and counted apart, so that the list does not hide that they exist.
 */
export async function listCases(actor: Actor | null, raw: unknown = {}) {
  const { actor: who, within } = authorize(actor, "case.read");
  const query = parseInput(CaseListQuery, raw);
  const page = query.page ?? 1;
  const deadlines = await caseDeadlines();
  const filters = caseFilters(query, who, deadlines);
  const where: Prisma.CaseWhereInput = { AND: [caseVisibility(who, within), ...filters] };
  const hidden = hiddenSensitiveCases(who, within);
  const reader = readerFor();
  const [total, rows, hiddenSensitive] = await Promise.all([
    reader.case.count({ where }),
    reader.case.findMany({
      where,
      orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * CASE_PAGE_SIZE,
      take: CASE_PAGE_SIZE,
      select: {
        id: true,
        referenceNo: true,
        status: true,
        categories: true,
        destinationCountry: true,
        post: { select: { name: true } },
        receivedAt: true,
        assignedOfficer: { select: { name: true } },
        sensitive: true,
        confirmedAt: true,
        _count: { select: { workers: true } },
        workers: { take: 1, orderBy: { createdAt: "asc" }, select: { fullName: true, worker: { select: { fullName: true } } } },
      },
    }),
    hidden ? reader.case.count({ where: { AND: [hidden, ...filters] } }) : Promise.resolve(0),
  ]);
  const items: CaseListItem[] = rows.map((row) => ({
    id: row.id,
    referenceNo: row.referenceNo,
    status: row.status,
    categories: row.categories,
    destinationCountry: row.destinationCountry,
    postName: row.post?.name ?? null,
    receivedAt: row.receivedAt,
    assignedOfficerName: row.assignedOfficer?.name ?? null,
    workers: row._count.workers,
    firstWorkerName: row.workers[0]?.worker?.fullName ?? row.workers[0]?.fullName ?? null,
    sensitive: row.sensitive,
    confirmed: row.confirmedAt !== null,
    overdue: overdueOf(row, deadlines),
  }));
  return { items, total, page, pageSize: CASE_PAGE_SIZE, hiddenSensitive, query };
}

/** How many of the actor's cases are past a deadline, for the home page (numbers only). */
export async function countOverdueCases(actor: Actor | null): Promise<{ acknowledgement: number; decision: number; assignedToMe: number }> {
  const { actor: who, within } = authorize(actor, "case.read");
  const deadlines = await caseDeadlines();
  const [ack, decide] = overdueWhere(deadlines).OR!;
  const visible = caseVisibility(who, within);
  const reader = readerFor();
  const [acknowledgement, decision, assignedToMe] = await Promise.all([
    reader.case.count({ where: { AND: [visible, ack] } }),
    reader.case.count({ where: { AND: [visible, decide, { NOT: ack }] } }),
    reader.case.count({ where: { AND: [visible, overdueWhere(deadlines), { assignedOfficerId: who.id }] } }),
  ]);
  return { acknowledgement, decision, assignedToMe };
}
