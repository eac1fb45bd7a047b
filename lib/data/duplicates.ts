import "server-only";
import { db } from "@/lib/db";
import type { PostScope } from "./authorize";

/** How alike two names must be (pg_trgm similarity, 0 to 1) to count as the same person. */
const NAME_SIMILARITY = 0.45;

export type LikelyDuplicate =
  | { inScope: true; id: string; registrationNo: string; fullName: string; fullNameKm: string | null; dateOfBirth: Date; reason: "name" | "phone" }
  | { inScope: false; postName: string | null; reason: "name" | "phone" };

/**
 * Workers who may be the same person as the one being registered: the same date of birth and a
 * similar name in either script, or the same phone number. Matches outside the actor's post scope
 * are reported without their personal data, only which post holds them.
 */
export async function findLikelyDuplicates(
  within: PostScope,
  person: { fullName: string; fullNameKm?: string; dateOfBirth: Date; phone?: string },
): Promise<LikelyDuplicate[]> {
  const rows = await db.$queryRaw<
    { id: string; registrationNo: string; fullName: string; fullNameKm: string | null; dateOfBirth: Date; postId: string | null; postName: string | null; samePhone: boolean }[]
  >`
    SELECT w.id, w."registrationNo", w."fullName", w."fullNameKm", w."dateOfBirth", w."postId", p.name AS "postName",
           (w.phone IS NOT NULL AND w.phone = ${person.phone ?? null}) AS "samePhone"
    FROM "Worker" w LEFT JOIN "Post" p ON p.id = w."postId"
    WHERE (w."dateOfBirth" = ${person.dateOfBirth}::date
           AND (similarity(w."fullName", ${person.fullName}) >= ${NAME_SIMILARITY}
                OR similarity(w."fullNameKm", ${person.fullNameKm ?? ""}) >= ${NAME_SIMILARITY}))
       OR w.phone = ${person.phone ?? null}
    LIMIT 10`;
  return rows.map((row) => {
    const reason = row.samePhone ? "phone" : "name";
    if (row.postId && within.holds(row.postId)) {
      const { id, registrationNo, fullName, fullNameKm, dateOfBirth } = row;
      return { inScope: true, id, registrationNo, fullName, fullNameKm, dateOfBirth, reason };
    }
    return { inScope: false, postName: row.postName, reason };
  });
}
