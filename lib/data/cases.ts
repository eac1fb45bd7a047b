import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db, Prisma, type Tx } from "@/lib/db";
import { fieldError } from "@/lib/errors";
import { formatCaseReference, maskPassport } from "@/lib/mask";
import { CaseInput, isSensitive, NEXT_STEPS, type CaseCategory } from "@/lib/schemas/case";
import { parseInput } from "@/lib/schemas/common";
import { recordAudit } from "./audit";
import { authorize } from "./authorize";
import { findCaseInScope } from "./case-scope";
import { caseDeadlines, overdueOf } from "./case-settings";

export { listCases, type CaseListItem } from "./case-list";

export type NewCase = {
  postId: string | null;
  destinationCountry: string;
  categories: CaseCategory[];
  channel: Prisma.CaseCreateInput["channel"];
  complainant: Prisma.CaseCreateInput["complainant"];
  complainantName?: string;
  complainantRelation?: string;
  complainantContact?: string;
  employer?: string;
  agencyId?: string;
  agencyName?: string;
  description: string;
  markedSensitive?: boolean;
  currency?: string;
  amountClaimed?: string;
  assignedOfficerId?: string | null;
  confirmedAt: Date | null;
  createdById: string | null;
  workers: { workerId?: string; fullName?: string; passportNo?: string; phone?: string; dateOfBirth?: Date }[];
};

/**
 * Writes a case with its workers, its first timeline entry and its audit event, in the caller's
 * transaction. Shared by the counter's intake, the portal and the public page.
 */
export async function insertCase(tx: Tx, actor: Actor | null, input: NewCase): Promise<{ id: string; referenceNo: string }> {
  const [{ next }] = await tx.$queryRaw<{ next: bigint }[]>`SELECT nextval('case_reference_seq') AS next`;
  const now = new Date();
  const referenceNo = formatCaseReference(input.destinationCountry, now, next);
  const { workers, markedSensitive = false, ...fields } = input;
  const sensitive = isSensitive(input.categories, markedSensitive);
  const { id } = await tx.case.create({
    data: { ...fields, referenceNo, markedSensitive, sensitive, receivedAt: now, acknowledgedAt: null, workers: { create: workers } },
    select: { id: true },
  });
  await tx.caseEvent.create({ data: { caseId: id, kind: "STATUS", toStatus: "RECEIVED", at: now, actorId: input.createdById } });
  await recordAudit(tx, actor, {
    action: "case.create",
    entityType: "Case",
    entityId: id,
    after: {
      referenceNo,
      postId: input.postId,
      destinationCountry: input.destinationCountry,
      categories: input.categories,
      channel: input.channel,
      complainant: input.complainant,
      sensitive,
      workers: workers.length,
      assignedOfficerId: input.assignedOfficerId ?? null,
    },
  });
  return { id, referenceNo };
}

/**
 * Takes a complaint at the counter, by phone or from social media. An officer records it for
 * their own post (the destination must be one it covers) and is assigned to it; ministry staff
 * record it for the ministry. Registered workers are looked up by their slip's number within the
 * actor's reach; people not yet registered are kept by name until someone registers them.
 */
export async function createCase(actor: Actor | null, raw: unknown): Promise<{ id: string; referenceNo: string }> {
  const { actor: who, within } = authorize(actor, "case.create");
  const input = parseInput(CaseInput, raw);

  let postId: string | null = null;
  if (within.postId) {
    const post = await db.post.findFirst({ where: { ...within.posts, countries: { some: { code: input.destinationCountry } } }, select: { id: true } });
    if (!post) throw fieldError("destinationCountry", "validation.destinationNotCovered");
    postId = post.id;
  } else if (!(await db.country.findUnique({ where: { code: input.destinationCountry }, select: { code: true } }))) {
    throw fieldError("destinationCountry", "validation.choose");
  }
  if (input.agencyId && !(await db.recruitmentAgency.findFirst({ where: { id: input.agencyId, retiredAt: null }, select: { id: true } }))) {
    throw fieldError("agencyId", "validation.choose");
  }

  const { people, registrationNos, ...fields } = input;
  const numbers = [...new Set(registrationNos)];
  // Workers the actor could read: an officer names their post's workers, the ministry anyone's.
  const found = numbers.length
    ? await db.worker.findMany({ where: { registrationNo: { in: numbers }, ...within.records }, select: { id: true, registrationNo: true } })
    : [];
  const unknown = numbers.filter((number) => !found.some((worker) => worker.registrationNo === number));
  if (unknown.length) throw fieldError("registrationNos", "cases.errors.unknownWorkers", { numbers: unknown.slice(0, 10).join(", ") });

  return db.$transaction((tx) =>
    insertCase(tx, who, {
      ...fields,
      postId,
      assignedOfficerId: who.id,
      confirmedAt: new Date(),
      createdById: who.id,
      workers: [...found.map((worker) => ({ workerId: worker.id })), ...people],
    }),
  );
}

const detailSelect = {
  id: true,
  referenceNo: true,
  postId: true,
  post: { select: { id: true, name: true } },
  destinationCountry: true,
  country: { select: { nameEn: true, nameKm: true } },
  categories: true,
  channel: true,
  complainant: true,
  complainantName: true,
  complainantRelation: true,
  complainantContact: true,
  employer: true,
  agency: { select: { id: true, name: true, licenceNo: true } },
  agencyName: true,
  description: true,
  markedSensitive: true,
  sensitive: true,
  status: true,
  referredTo: true,
  outcome: true,
  currency: true,
  amountClaimed: true,
  amountAgreed: true,
  assignedOfficerId: true,
  assignedOfficer: { select: { id: true, name: true } },
  receivedAt: true,
  acknowledgedAt: true,
  assessmentAt: true,
  mediationAt: true,
  referredAt: true,
  resolvedAt: true,
  closedAt: true,
  confirmedAt: true,
  version: true,
  workers: {
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      fullName: true,
      passportNo: true,
      phone: true,
      worker: { select: { id: true, registrationNo: true, fullName: true, fullNameKm: true, passportNo: true, status: true } },
    },
  },
  events: { orderBy: { at: "asc" }, select: { id: true, kind: true, at: true, fromStatus: true, toStatus: true, note: true, data: true, actorId: true } },
  payments: { orderBy: { receivedOn: "asc" }, select: { id: true, amount: true, currency: true, receivedOn: true, note: true } },
  attachments: { orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, contentType: true, byteSize: true, fromComplainant: true, createdAt: true } },
  transfers: { orderBy: { createdAt: "asc" }, select: { id: true, fromPost: { select: { name: true } }, toPost: { select: { name: true } }, reason: true, createdAt: true } },
} satisfies Prisma.CaseSelect;

type StoredCase = Prisma.CaseGetPayload<{ select: typeof detailSelect }>;

export type CaseDetail = Omit<StoredCase, "workers" | "events" | "amountClaimed" | "amountAgreed" | "payments"> & {
  amountClaimed: string | null;
  amountAgreed: string | null;
  workers: { id: string; fullName: string; fullNameKm: string | null; passportMasked: string | null; phone: string | null; registered: { id: string; registrationNo: string } | null }[];
  events: (Omit<StoredCase["events"][number], "id" | "actorId"> & { id: string; actorName: string | null })[];
  payments: { id: string; amount: string; currency: string; receivedOn: Date; note: string | null }[];
  /** Sum of the instalments received in the agreed currency. */
  receivedInAgreedCurrency: string;
  nextSteps: readonly StoredCase["status"][];
  overdue: "acknowledgement" | "decision" | null;
};

/** Decimal amounts travel as strings: nothing is rounded on the way to the page or the API. */
const amount = (value: Prisma.Decimal | null) => (value === null ? null : value.toFixed(2));

/**
 * One case with its workers, timeline, payments and attachments. Opening a sensitive case is
 * audited every time, whoever opens it.
 */
export async function getCase(actor: Actor | null, id: string): Promise<CaseDetail> {
  const { actor: who, record } = await findCaseInScope(actor, "case.read", id, detailSelect);
  if (record.sensitive) {
    await db.$transaction((tx) => recordAudit(tx, who, { action: "case.openSensitive", entityType: "Case", entityId: record.id }));
  }
  return presentCase(record, await caseDeadlines());
}

async function presentCase(record: StoredCase, deadlines: Awaited<ReturnType<typeof caseDeadlines>>): Promise<CaseDetail> {
  const actorIds = [...new Set(record.events.map((event) => event.actorId).filter((actorId): actorId is string => actorId !== null))];
  const names = new Map((await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })).map((user) => [user.id, user.name]));
  const received = record.payments.filter((payment) => payment.currency === record.currency).reduce((sum, payment) => sum.add(payment.amount), new Prisma.Decimal(0));
  return {
    ...record,
    amountClaimed: amount(record.amountClaimed),
    amountAgreed: amount(record.amountAgreed),
    workers: record.workers.map((person) => ({
      id: person.id,
      fullName: person.worker?.fullName ?? person.fullName ?? "",
      fullNameKm: person.worker?.fullNameKm ?? null,
      passportMasked: person.worker ? maskPassport(person.worker.passportNo) : person.passportNo ? maskPassport(person.passportNo) : null,
      phone: person.phone,
      registered: person.worker ? { id: person.worker.id, registrationNo: person.worker.registrationNo } : null,
    })),
    events: record.events.map(({ id, actorId, ...event }) => ({ ...event, id: String(id), actorName: actorId ? (names.get(actorId) ?? null) : null })),
    payments: record.payments.map((payment) => ({ ...payment, amount: payment.amount.toFixed(2) })),
    receivedInAgreedCurrency: received.toFixed(2),
    nextSteps: record.confirmedAt ? NEXT_STEPS[record.status] : [],
    overdue: overdueOf(record, deadlines),
  };
}
