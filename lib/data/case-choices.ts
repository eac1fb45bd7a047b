import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { authorize } from "./authorize";
import { findCaseInScope } from "./case-scope";

/** The destinations a case can be recorded for: the post's own, or every one for the ministry. */
export async function listCaseDestinations(actor: Actor | null): Promise<{ code: string; nameEn: string; nameKm: string }[]> {
  const { within } = authorize(actor, "case.create");
  return db.country.findMany({
    where: within.countries,
    orderBy: { code: "asc" },
    select: { code: true, nameEn: true, nameKm: true },
  });
}

/** Where a case can be transferred: every post but the one holding it (the ministry is offered apart). */
export async function listTransferTargets(actor: Actor | null, caseId: string): Promise<{ id: string; name: string }[]> {
  const { record } = await findCaseInScope(actor, "case.transfer", caseId, { postId: true });
  return db.post.findMany({ where: record.postId ? { id: { not: record.postId } } : {}, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** Who may be assigned the case: active officers of the post that holds it, or ministry staff for the ministry's. */
export async function listCaseAssignees(actor: Actor | null, caseId: string): Promise<{ id: string; name: string }[]> {
  const { record } = await findCaseInScope(actor, "case.manage", caseId, { postId: true });
  return db.user.findMany({
    where: { active: true, ...(record.postId ? { role: "OFFICER", postId: record.postId } : { role: "MINISTRY" }) },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
