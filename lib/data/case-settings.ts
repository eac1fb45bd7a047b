import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { CaseSettingsInput, OPEN_STATUSES, type CaseStatus } from "@/lib/schemas/case";
import { parseInput } from "@/lib/schemas/common";
import { recordAudit } from "./audit";
import { authorize } from "./authorize";

const DAY_MS = 24 * 60 * 60 * 1000;

export type CaseDeadlines = { acknowledgeWithinDays: number; decideWithinDays: number };

/** The deadlines administrators set (the ministry's guideline: 7 days to acknowledge, 60 to decide). */
export async function caseDeadlines(): Promise<CaseDeadlines> {
  const settings = await db.caseSettings.findUnique({ where: { id: 1 }, select: { acknowledgeWithinDays: true, decideWithinDays: true } });
  return settings ?? { acknowledgeWithinDays: 7, decideWithinDays: 60 };
}

/** Which deadline a case has missed, if any: acknowledgement first, then the decision (resolution). */
export function overdueOf(record: { status: CaseStatus; receivedAt: Date }, deadlines: CaseDeadlines, now = new Date()): "acknowledgement" | "decision" | null {
  const age = now.getTime() - record.receivedAt.getTime();
  if (record.status === "RECEIVED" && age > deadlines.acknowledgeWithinDays * DAY_MS) return "acknowledgement";
  if ((OPEN_STATUSES as readonly string[]).includes(record.status) && age > deadlines.decideWithinDays * DAY_MS) return "decision";
  return null;
}

/** The same rule as a `where`, for lists and the officer's home page. */
export function overdueWhere(deadlines: CaseDeadlines, now = new Date()): Prisma.CaseWhereInput {
  return {
    OR: [
      { status: "RECEIVED", receivedAt: { lt: new Date(now.getTime() - deadlines.acknowledgeWithinDays * DAY_MS) } },
      { status: { in: [...OPEN_STATUSES] }, receivedAt: { lt: new Date(now.getTime() - deadlines.decideWithinDays * DAY_MS) } },
    ],
  };
}

export async function getCaseSettings(actor: Actor | null) {
  authorize(actor, "caseSettings.manage");
  return db.caseSettings.findUniqueOrThrow({ where: { id: 1 }, select: { acknowledgeWithinDays: true, decideWithinDays: true, version: true, updatedAt: true } });
}

/** Administrators set the deadlines; a stale version is a conflict. */
export async function updateCaseSettings(actor: Actor | null, raw: unknown): Promise<{ version: number }> {
  const { actor: who } = authorize(actor, "caseSettings.manage");
  const { version, ...input } = parseInput(CaseSettingsInput, raw);
  return db.$transaction(async (tx) => {
    const current = await tx.caseSettings.findUniqueOrThrow({ where: { id: 1 }, select: { acknowledgeWithinDays: true, decideWithinDays: true } });
    const { count } = await tx.caseSettings.updateMany({ where: { id: 1, version }, data: { ...input, version: { increment: 1 }, updatedById: who.id } });
    if (count === 0) throw new AppError("CONFLICT");
    await recordAudit(tx, who, { action: "caseSettings.update", entityType: "CaseSettings", entityId: "1", before: current, after: input });
    return { version: version + 1 };
  });
}
