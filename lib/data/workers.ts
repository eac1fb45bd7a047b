import "server-only";
import { db, type Prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError, fieldError } from "@/lib/errors";
import { formatRegistrationNo, maskPassport } from "@/lib/mask";
import { WorkerInput, WorkerListQuery } from "@/lib/schemas/worker";
import { fieldErrorsOf } from "@/lib/schemas/common";
import { recordAudit } from "./audit";
import { authorize, ownPost, postScope } from "./authorize";
import { violatesUnique } from "./unique-violation";

const listFields = {
  id: true,
  registrationNo: true,
  fullName: true,
  fullNameKm: true,
  sex: true,
  passportNo: true,
  destinationCountry: true,
  sector: true,
  scheme: true,
  status: true,
  deployedOn: true,
  createdAt: true,
} satisfies Prisma.WorkerSelect;

export type WorkerListItem = Omit<Prisma.WorkerGetPayload<{ select: typeof listFields }>, "passportNo"> & {
  passportMasked: string;
};

/** A page of the workers the actor may see, newest first, with passports masked. */
export async function listWorkers(
  actor: Actor | null,
  query: Partial<Record<keyof WorkerListQuery, unknown>> = {},
): Promise<{ items: WorkerListItem[]; nextCursor: string | null }> {
  const { actor: who, scope } = authorize(actor, "worker.read");
  const { cursor, limit } = WorkerListQuery.parse(query);
  const rows = await db.worker.findMany({
    where: postScope(who, scope),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: listFields,
    take: limit + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, limit);
  return {
    items: page.map(({ passportNo, ...worker }) => ({ ...worker, passportMasked: maskPassport(passportNo) })),
    nextCursor: rows.length > limit ? page[page.length - 1].id : null,
  };
}

const detailFields = {
  ...listFields,
  dateOfBirth: true,
  phone: true,
  employer: true,
  contractEnd: true,
  returnedOn: true,
  version: true,
  updatedAt: true,
  province: { select: { code: true, nameEn: true, nameKm: true } },
  country: { select: { code: true, nameEn: true, nameKm: true } },
  post: { select: { id: true, name: true } },
} satisfies Prisma.WorkerSelect;

export type WorkerDetail = Omit<Prisma.WorkerGetPayload<{ select: typeof detailFields }>, "passportNo"> & {
  passportMasked: string;
};

/** One worker, or NOT_FOUND when it does not exist or lies outside the actor's scope. */
export async function getWorker(actor: Actor | null, id: string): Promise<WorkerDetail> {
  const { actor: who, scope } = authorize(actor, "worker.read");
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? id : null;
  const worker = uuid && (await db.worker.findFirst({ where: { id: uuid, ...postScope(who, scope) }, select: detailFields }));
  if (!worker) throw new AppError("NOT_FOUND");
  const { passportNo, ...rest } = worker;
  return { ...rest, passportMasked: maskPassport(passportNo) };
}

/**
 * Registers a worker for the actor's post. The post is never taken from the input: the destination
 * must be one the actor's post covers. The worker and its audit event are written in one transaction.
 */
export async function createWorker(actor: Actor | null, raw: unknown): Promise<{ id: string; registrationNo: string }> {
  const { actor: who } = authorize(actor, "worker.create");
  const parsed = WorkerInput.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", "errors.VALIDATION", fieldErrorsOf(parsed.error));
  const input = parsed.data;

  const [post, province] = await Promise.all([
    db.post.findFirst({
      where: { id: ownPost(who), countries: { some: { code: input.destinationCountry } } },
      select: { id: true },
    }),
    db.province.findUnique({ where: { code: input.provinceCode }, select: { code: true } }),
  ]);
  if (!post) throw fieldError("destinationCountry", "validation.destinationNotCovered");
  if (!province) throw fieldError("provinceCode", "validation.choose");

  try {
    return await db.$transaction(async (tx) => {
      const [{ next }] = await tx.$queryRaw<{ next: bigint }[]>`SELECT nextval('worker_registration_seq') AS next`;
      const registrationNo = formatRegistrationNo(input.destinationCountry, new Date(), next);
      const record = { ...input, registrationNo, postId: post.id };
      const { id } = await tx.worker.create({
        data: { ...record, createdById: who.id, updatedById: who.id },
        select: { id: true },
      });
      await recordAudit(tx, who, { action: "worker.create", entityType: "Worker", entityId: id, after: record });
      return { id, registrationNo };
    });
  } catch (error) {
    if (violatesUnique(error, "Worker", "passportNo")) throw fieldError("passportNo", "validation.passportTaken");
    throw error;
  }
}
