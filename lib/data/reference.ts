import "server-only";
import { db } from "@/lib/db";
import { keptReference } from "@/lib/reference-cache";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "./authorize";

/** The 25 provinces of origin; reference data, the same for everyone, kept by the process. */
export function listProvinces() {
  return keptReference("provinces", () => db.province.findMany({ orderBy: { nameEn: "asc" }, select: { code: true, nameEn: true, nameKm: true } }));
}

/** The destinations the actor may register workers for: those their post covers. */
export async function listDestinationsForNewWorker(actor: Actor | null) {
  const { within } = authorize(actor, "worker.create");
  return db.country.findMany({
    where: within.countries,
    orderBy: { nameEn: "asc" },
    select: { code: true, nameEn: true, nameKm: true },
  });
}

/** Every destination country, for filters and transfers; kept by the process. */
export function listCountries() {
  return keptReference("countries", () => db.country.findMany({ orderBy: { nameEn: "asc" }, select: { code: true, nameEn: true, nameKm: true } }));
}
