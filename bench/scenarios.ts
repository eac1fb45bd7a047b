/**
 * What is measured: the app's own data functions (lib/data/worker-list.ts) against the same
 * question asked the naive way, through the same connection pool.
 */
import type { Actor } from "../lib/auth/permissions";
import type * as WorkerList from "../lib/data/worker-list";
import type * as Database from "../lib/db";
import { normalisePassport } from "../lib/schemas/worker";
import type { Scenario } from "./measure";

type Data = { list: typeof WorkerList; database: typeof Database };
export type BenchActors = { officer: Actor; ministry: Actor };

const PAGE_SIZE = 25;
/** Reached by following nextCursor nine times. */
const DEEP_PAGE = 10;
/** Part of KHIEU VIBOL, a name some 330 workers share in the full register (bench/names.ts). */
const LATIN_NAME = "khieu vib";
const KHMER_NAME = "ខៀវ វិបុល";
/** In SOPHEA, SOPHEAK and SOPHEAP: about one worker in 26. */
const COMMON_NAME = "sophea";
/** Shorter than a trigram: the surname LY (លី), some one worker in 57, typed as a whole. */
const SHORT_NAMES = { Latin: "ly", Khmer: "លី" };

const ids = (rows: { id: string }[]) => rows.map((row) => row.id).join(",");

export async function buildScenarios({ list, database }: Data, actors: BenchActors): Promise<Scenario[]> {
  const { db, Prisma } = database;
  // listWorkers' own select list: the naive way fetches what the page shows.
  const columns = Prisma.sql`id, "registrationNo", "fullName", "fullNameKm", sex::text, "passportNo", "provinceCode", "destinationCountry",
    employer, sector::text, scheme::text, status::text, "deployedOn", "contractEnd", "createdAt"`;
  const who = [
    { label: "Bangkok officer", actor: actors.officer, scope: Prisma.sql`"postId" = ${actors.officer.postId}::uuid` },
    { label: "ministry", actor: actors.ministry, scope: Prisma.sql`TRUE` },
  ];
  const newest = Prisma.sql`ORDER BY "createdAt" DESC, id DESC LIMIT ${PAGE_SIZE}`;

  async function cursorOfPage(actor: Actor, page: number): Promise<string> {
    let cursor: string | undefined;
    for (let i = 1; i < page; i++) cursor = (await list.listWorkers(actor, { cursor })).nextCursor ?? undefined;
    if (!cursor) throw new Error(`fewer than ${page} pages`);
    return cursor;
  }

  const listPages = await Promise.all(
    who.flatMap(({ label, actor, scope }) =>
      [1, DEEP_PAGE].map(async (page): Promise<Scenario> => {
        const cursor = page === 1 ? undefined : await cursorOfPage(actor, page);
        return {
          group: "list",
          name: `${label}, page ${page}`,
          ours: async () => ids((await list.listWorkers(actor, { cursor })).items),
          naive: async () => {
            await db.$queryRaw`SELECT count(*) FROM "Worker" WHERE ${scope}`;
            return ids(await db.$queryRaw<{ id: string }[]>`SELECT ${columns} FROM "Worker" WHERE ${scope} ${newest} OFFSET ${(page - 1) * PAGE_SIZE}`);
          },
        };
      }),
    ),
  );

  const [officer, ministry] = who;
  const searches: [string, string, (typeof who)[number]][] = [
    ["Latin", LATIN_NAME, officer],
    ["Khmer", KHMER_NAME, officer],
    ["Latin", LATIN_NAME, ministry],
    ["Khmer", KHMER_NAME, ministry],
    ["common Latin", COMMON_NAME, officer],
  ];
  const nameSearches = searches.map(([script, q, { label, actor, scope }]): Scenario => {
    const pattern = `%${q}%`;
    return {
      group: "name",
      name: `${label}, ${script} "${q}"`,
      ours: async () => ids((await list.listWorkers(actor, { q })).items),
      // The app's own predicate with the trigram indexes out of reach: GIN indexes are only read
      // through bitmap scans, so the planner falls back on what it would do without them.
      naive: async () => {
        const [, rows] = await db.$transaction([
          db.$executeRaw`SET LOCAL enable_bitmapscan = off`,
          db.$queryRaw<{ id: string }[]>`SELECT ${columns} FROM "Worker"
            WHERE ${scope} AND ("fullName" ILIKE ${pattern} OR "fullNameKm" ILIKE ${pattern}) ${newest}`,
        ]);
        return ids(rows);
      },
    };
  });

  const shortSearches: [string, string, (typeof who)[number]][] = [
    ["Latin", SHORT_NAMES.Latin, officer],
    ["Khmer", SHORT_NAMES.Khmer, officer],
    ["Latin", SHORT_NAMES.Latin, ministry],
  ];
  const shortNameSearches = shortSearches.map(([script, q, { label, actor, scope }]): Scenario => {
    const latin = q.toUpperCase();
    return {
      group: "short",
      name: `${label}, ${script} "${q}"`,
      ours: async () => ids((await list.listWorkers(actor, { q })).items),
      // The app's prefix ranges with every index out of reach: what serving them costs without
      // the b-tree indexes on the names, a scan of the register.
      naive: async () => {
        const [, , rows] = await db.$transaction([
          db.$executeRaw`SET LOCAL enable_indexscan = off`,
          db.$executeRaw`SET LOCAL enable_bitmapscan = off`,
          db.$queryRaw<{ id: string }[]>`SELECT ${columns} FROM "Worker"
            WHERE ${scope} AND (("fullName" >= ${latin} AND "fullName" < ${`${latin}\uffff`}) OR ("fullNameKm" >= ${q} AND "fullNameKm" < ${`${q}\uffff`})) ${newest}`,
        ]);
        return ids(rows);
      },
    };
  });

  const [{ passportNo }] = await db.$queryRaw<{ passportNo: string }[]>`
    SELECT "passportNo" FROM "Worker" WHERE "postId" = ${actors.officer.postId}::uuid ORDER BY id LIMIT 1`;
  // As an officer might type it from the booklet: lower case, in groups.
  const typed = `${passportNo[0].toLowerCase()} ${passportNo.slice(1, 5)} ${passportNo.slice(5)}`;
  const passportLookups = who.map(({ label, actor, scope }): Scenario => ({
    group: "passport",
    name: `${label}, "${typed}"`,
    ours: async () => ids((await list.listWorkers(actor, { q: typed })).items),
    // Numbers kept as typed and normalised when compared: no index can serve that, so the table
    // is scanned. Without the list's ORDER BY … LIMIT, which would have the planner walk the
    // newest-first index through every row in scope: a baseline that slow would flatter ours.
    naive: async () =>
      ids(await db.$queryRaw<{ id: string }[]>`SELECT ${columns} FROM "Worker"
        WHERE ${scope} AND upper(replace("passportNo", ' ', '')) = ${normalisePassport(typed)}`),
  }));

  const shown = ({ count, exact }: { count: number; exact: boolean }) => (exact ? String(count) : `${count}+`);
  const capped = (count: bigint) => (count > list.COUNT_LIMIT ? `${list.COUNT_LIMIT}+` : String(count));
  const commonPattern = `%${COMMON_NAME}%`;
  const counts = who.flatMap(({ label, actor, scope }): Scenario[] => [
    {
      group: "count",
      name: `${label}, every worker`,
      ours: async () => shown(await list.countWorkers(actor)),
      naive: async () => String((await db.$queryRaw<{ count: bigint }[]>`SELECT count(*) FROM "Worker" WHERE ${scope}`)[0].count),
    },
    {
      group: "count",
      name: `${label}, name search "${COMMON_NAME}"`,
      ours: async () => shown(await list.countWorkers(actor, { q: COMMON_NAME })),
      naive: async () =>
        capped(
          (await db.$queryRaw<{ count: bigint }[]>`SELECT count(*) FROM "Worker"
            WHERE ${scope} AND ("fullName" ILIKE ${commonPattern} OR "fullNameKm" ILIKE ${commonPattern})`)[0].count,
        ),
    },
  ]);

  return [...listPages, ...nameSearches, ...shortNameSearches, ...passportLookups, ...counts];
}
