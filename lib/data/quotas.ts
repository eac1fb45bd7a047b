import "server-only";
import { db, readerFor } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError, fieldError } from "@/lib/errors";
import { utilisation } from "@/lib/reports-math";
import { parseInput } from "@/lib/schemas/common";
import { QuotaInput } from "@/lib/schemas/reports";
import { recordAudit } from "./audit";
import { authorize } from "./authorize";
import { countriesInScope, deploymentsInYear, reportScope } from "./reports";

const quotaFields = { id: true, countryCode: true, year: true, workers: true, note: true, version: true } as const;

/**
 * The quotas of a year for the destinations in scope, with deployments that year against each. The
 * answer carries each quota's version for its correction form, so all of it is read from the primary.
 */
export async function listQuotas(actor: Actor | null, year: number) {
  const within = reportScope(actor);
  const reader = readerFor({ forCorrection: true });
  const countries = await countriesInScope(reader, within);
  const [quotas, deployed] = await Promise.all([
    reader.quota.findMany({ where: { year, countryCode: { in: countries.map((c) => c.code) } }, select: quotaFields }),
    deploymentsInYear(reader, within, year),
  ]);
  return countries.map((country) => {
    const quota = quotas.find((q) => q.countryCode === country.code) ?? null;
    const deployedInYear = deployed.get(country.code) ?? 0;
    return { country: country.code, nameEn: country.nameEn, nameKm: country.nameKm, year, quota, deployed: deployedInYear, utilisation: quota ? utilisation(deployedInYear, quota.workers) : null };
  });
}

/** Sets a destination's quota for a year (a new one, or a correction of the version given). */
export async function saveQuota(actor: Actor | null, raw: unknown): Promise<{ id: string; version: number }> {
  const { actor: who } = authorize(actor, "quota.manage");
  const { version, ...input } = parseInput(QuotaInput, raw);
  if (!(await db.country.findUnique({ where: { code: input.countryCode }, select: { code: true } }))) throw fieldError("countryCode", "validation.choose");
  return db.$transaction(async (tx) => {
    const current = await tx.quota.findUnique({ where: { countryCode_year: { countryCode: input.countryCode, year: input.year } }, select: quotaFields });
    if (current && current.version !== version) throw new AppError("CONFLICT", "errors.CONFLICT", undefined, { current });
    const data = { ...input, note: input.note ?? null };
    const saved = current
      ? await tx.quota.update({ where: { id: current.id }, data: { ...data, version: { increment: 1 } } })
      : await tx.quota.create({ data });
    await recordAudit(tx, who, {
      action: current ? "quota.update" : "quota.create",
      entityType: "Quota",
      entityId: saved.id,
      before: current ? { workers: current.workers, note: current.note } : undefined,
      after: { countryCode: saved.countryCode, year: saved.year, workers: saved.workers, note: saved.note },
    });
    return { id: saved.id, version: saved.version };
  });
}
