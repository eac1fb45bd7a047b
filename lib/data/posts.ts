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

/** How many posts there are, and how many hold no staff account yet (no one there can record workers). */
export async function countPosts(actor: Actor | null): Promise<{ posts: number; withoutStaff: number }> {
  authorize(actor, "post.read");
  const [posts, withoutStaff] = await Promise.all([db.post.count(), db.post.count({ where: { users: { none: { active: true } } } })]);
  return { posts, withoutStaff };
}
