import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError, fieldError } from "@/lib/errors";
import { AgencyInput, AgencyUpdateInput } from "@/lib/schemas/case";
import { parseInput, UUID } from "@/lib/schemas/common";
import { recordAudit } from "./audit";
import { authorize } from "./authorize";
import { violatesUnique } from "./unique-violation";

/** The licensed agencies a case can name (current ones), for intake forms and filters. */
export async function listAgencyChoices(actor: Actor | null): Promise<{ id: string; name: string }[]> {
  authorize(actor, "case.read");
  return db.recruitmentAgency.findMany({ where: { retiredAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** The whole list, retired agencies included, for the administrators who keep it. */
export async function listAgencies(actor: Actor | null) {
  authorize(actor, "agency.manage");
  return db.recruitmentAgency.findMany({
    orderBy: [{ retiredAt: { sort: "desc", nulls: "first" } }, { name: "asc" }],
    select: { id: true, name: true, licenceNo: true, workersSent: true, retiredAt: true, version: true, _count: { select: { cases: true } } },
  });
}

function nameTaken(error: unknown): never {
  if (violatesUnique(error, "RecruitmentAgency", "name")) throw fieldError("name", "agencies.errors.nameTaken");
  if (violatesUnique(error, "RecruitmentAgency", "licenceNo")) throw fieldError("licenceNo", "agencies.errors.licenceTaken");
  throw error;
}

export async function createAgency(actor: Actor | null, raw: unknown): Promise<{ id: string }> {
  const { actor: who } = authorize(actor, "agency.manage");
  const input = parseInput(AgencyInput, raw);
  try {
    return await db.$transaction(async (tx) => {
      const { id } = await tx.recruitmentAgency.create({ data: input, select: { id: true } });
      await recordAudit(tx, who, { action: "agency.create", entityType: "RecruitmentAgency", entityId: id, after: input });
      return { id };
    });
  } catch (error) {
    return nameTaken(error);
  }
}

/** Corrects an agency, or retires it (its cases keep naming it) and brings it back. */
export async function updateAgency(actor: Actor | null, id: string, raw: unknown): Promise<{ version: number }> {
  const { actor: who } = authorize(actor, "agency.manage");
  const { version, retired, ...input } = parseInput(AgencyUpdateInput, raw);
  if (!UUID.test(id)) throw new AppError("NOT_FOUND");
  try {
    return await db.$transaction(async (tx) => {
      const current = await tx.recruitmentAgency.findUnique({ where: { id }, select: { name: true, licenceNo: true, workersSent: true, retiredAt: true } });
      if (!current) throw new AppError("NOT_FOUND");
      const retiredAt = retired ? (current.retiredAt ?? new Date()) : null;
      const { count } = await tx.recruitmentAgency.updateMany({
        where: { id, version },
        data: { name: input.name, licenceNo: input.licenceNo ?? null, workersSent: input.workersSent ?? null, retiredAt, version: { increment: 1 } },
      });
      if (count === 0) throw new AppError("CONFLICT");
      await recordAudit(tx, who, { action: "agency.update", entityType: "RecruitmentAgency", entityId: id, before: current, after: { ...input, retiredAt } });
      return { version: version + 1 };
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    return nameTaken(error);
  }
}
