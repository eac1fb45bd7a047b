import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "./authorize";

/** Embassies and consulates with the destinations each covers, for administrators (async, so a refusal rejects the promise rather than throwing). */
export async function listPosts(actor: Actor | null) {
  authorize(actor, "post.read");
  return db.post.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      city: true,
      countries: { select: { code: true, nameEn: true, nameKm: true }, orderBy: { code: "asc" } },
      _count: { select: { workers: true, users: true } },
    },
  });
}
