import "server-only";
import { seesAllSensitiveCases, type Action, type Actor } from "@/lib/auth/permissions";
import { db, type Prisma, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { UUID } from "@/lib/schemas/common";
import { authorize, type PostScope } from "./authorize";

/**
 * The cases the actor may see within a post scope: the post's (or every post's), less the sensitive ones
 * that are neither assigned to the actor nor open to them by the "sensitive cases" permission.
 */
export function caseVisibility(actor: Actor, within: PostScope): Prisma.CaseWhereInput {
  const where: Prisma.CaseWhereInput = { ...within.records };
  if (!seesAllSensitiveCases(actor)) where.OR = [{ sensitive: false }, { assignedOfficerId: actor.id }];
  return where;
}

/** The sensitive cases within the actor's post scope that they may not open: counted, never shown. */
export function hiddenSensitiveCases(actor: Actor, within: PostScope): Prisma.CaseWhereInput | null {
  if (seesAllSensitiveCases(actor)) return null;
  // Not assigned to the actor: to nobody, or to someone else (NOT alone would leave out nobody, as SQL's NULL does).
  return { ...within.records, sensitive: true, OR: [{ assignedOfficerId: null }, { NOT: { assignedOfficerId: actor.id } }] };
}

/**
 * The case if the actor may do `action` to it, or NOT_FOUND: a case outside the actor's scope, or
 * a sensitive case they may not open, is indistinguishable from one that does not exist.
 */
export async function findCaseInScope<S extends Prisma.CaseSelect>(
  actor: Actor | null,
  action: Action,
  id: string,
  select: S,
  client: Tx | typeof db = db,
): Promise<{ actor: Actor; record: Prisma.CaseGetPayload<{ select: S }> }> {
  const { actor: who, within } = authorize(actor, action);
  const record = UUID.test(id) ? await client.case.findFirst({ where: { id, ...caseVisibility(who, within) }, select }) : null;
  if (!record) throw new AppError("NOT_FOUND");
  return { actor: who, record: record as Prisma.CaseGetPayload<{ select: S }> };
}
