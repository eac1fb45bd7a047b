import type pg from "pg";
import { hashPassword } from "../lib/auth/password";
import { DEMO_PASSWORD, demoPosts, demoUsers } from "../prisma/demo-data";

/**
 * The demo's five embassies and its accounts (password DEMO_PASSWORD), so that the app pointed at
 * the bench database signs in as usual. Hong Kong and Saudi Arabia have no post, as in the demo.
 * Returns the post holding each destination's records.
 */
export async function createPostsAndAccounts(client: pg.ClientBase): Promise<Map<string, string>> {
  const byCity = new Map<string, string>();
  const byCountry = new Map<string, string>();
  for (const post of demoPosts) {
    const {
      rows: [{ id }],
    } = await client.query<{ id: string }>(`INSERT INTO "Post" (id, name, city) VALUES (gen_random_uuid(), $1, $2) RETURNING id`, [post.name, post.city]);
    byCity.set(post.city, id);
    for (const country of post.countries) {
      await client.query(`INSERT INTO "_CountryToPost" ("A", "B") VALUES ($1, $2)`, [country, id]);
      byCountry.set(country, id);
    }
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of demoUsers) {
    await client.query(
      `INSERT INTO "User" (id, email, name, role, "postId", "passwordHash", "updatedAt") VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, now())`,
      [user.email, user.name, user.role, user.post ? byCity.get(user.post) : null, passwordHash],
    );
  }
  return byCountry;
}
