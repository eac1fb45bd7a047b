/**
 * `npm run db:seed`: reference data always (countries, provinces, published figures); demo posts,
 * accounts and workers only outside production. Safe to run again: nothing is duplicated.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "../lib/generated/prisma/client";
import { parsePublishedFigures } from "../lib/published-figures-csv";
import { hashPassword } from "../lib/auth/password";
import { sealSecret } from "../lib/auth/secret-box";
import { TOTP_SEAL_PURPOSE } from "../lib/auth/totp";
import { formatCaseReference } from "../lib/mask";
import { DEMO_PASSWORD, demoAgencies, demoCases, demoCounts, demoCourses, demoCurrencyRates, demoPosts, demoUsers, demoWorkers } from "./demo-data";

const dataDir = path.join(import.meta.dirname, "data");
const readJson = async <T,>(file: string): Promise<T> => JSON.parse(await readFile(path.join(dataDir, file), "utf8"));

async function seedReference(db: PrismaClient) {
  const countries = await readJson<{ code: string; nameEn: string; nameKm: string }[]>("countries.json");
  const provinces = await readJson<{ code: string; nameEn: string; nameKm: string }[]>("provinces.json");
  for (const country of countries) {
    await db.country.upsert({ where: { code: country.code }, create: country, update: country });
  }
  for (const province of provinces) {
    await db.province.upsert({ where: { code: province.code }, create: province, update: province });
  }
  const figures = parsePublishedFigures(await readFile(path.join(dataDir, "published-totals.csv"), "utf8"));
  for (const { source, figures: byCountry } of figures) {
    // Seeded sources are created once; corrections made by ministry staff afterwards are kept.
    await db.publishedSource.upsert({ where: { id: source.id }, create: source, update: {} });
    for (const figure of byCountry) {
      await db.publishedFigure.upsert({
        where: { sourceId_countryCode: { sourceId: source.id, countryCode: figure.countryCode } },
        create: { sourceId: source.id, ...figure },
        update: {},
      });
    }
  }
  console.log(`reference data: ${countries.length} countries, ${provinces.length} provinces, ${figures.length} published sources`);
}

type PostIds = { byCity: Map<string, string>; byCountry: Map<string, string> };

/** The demo posts and their accounts; returns each post's id by city and by destination country. */
async function seedDemoPostsAndAccounts(db: PrismaClient, authSecret: string): Promise<PostIds> {
  const posts: PostIds = { byCity: new Map(), byCountry: new Map() };
  for (const post of demoPosts) {
    const countries = { set: post.countries.map((code) => ({ code })) };
    const { id } = await db.post.upsert({
      where: { name: post.name },
      create: { name: post.name, city: post.city, countries: { connect: post.countries.map((code) => ({ code })) } },
      update: { city: post.city, countries },
    });
    posts.byCity.set(post.city, id);
    for (const code of post.countries) posts.byCountry.set(code, id);
  }

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of demoUsers) {
    // Sealed again on every run with the given secret, which must be the server's NEXTAUTH_SECRET;
    // a demo account whose two-factor sign-in was reset gets its known secret back.
    const twoFactor = user.totpSecret ? { totpSecret: sealSecret(user.totpSecret, { authSecret, purpose: TOTP_SEAL_PURPOSE }), totpEnabledAt: new Date() } : {};
    await db.user.upsert({
      where: { email: user.email },
      create: {
        email: user.email,
        name: user.name,
        role: user.role,
        passwordHash,
        postId: user.post ? posts.byCity.get(user.post) : null,
        sensitiveCases: "sensitiveCases" in user && user.sensitiveCases,
        ...twoFactor,
      },
      update: twoFactor,
    });
  }
  return posts;
}

async function seedDemo(db: PrismaClient, authSecret: string) {
  const posts = await seedDemoPostsAndAccounts(db, authSecret);
  await seedDemoWorkers(db, posts.byCountry);
  await seedDemoCourses(db, posts.byCity);
  await seedDemoCases(db, posts.byCountry);
}

async function seedDemoWorkers(db: PrismaClient, posts: Map<string, string>) {
  if ((await db.worker.count()) > 0) {
    console.log("demo data: posts and accounts in place; workers already present, left as they are");
    return;
  }
  const published = await db.publishedFigure.findMany({ where: { sourceId: "molvt-2021" }, select: { countryCode: true, workers: true } });
  const counts = demoCounts(Object.fromEntries(published.map((f) => [f.countryCode, f.workers])));
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const sequences = await db.$queryRaw<{ n: bigint }[]>`SELECT nextval('worker_registration_seq') AS n FROM generate_series(1, ${total})`;
  const provinces = (await db.province.findMany({ select: { code: true } })).map((p) => p.code);
  const workers = demoWorkers({
    counts,
    provinces,
    postIdFor: (country) => posts.get(country) ?? null,
    sequences: sequences.map((s) => s.n),
    today: new Date(),
  });
  await db.worker.createMany({ data: workers as Prisma.WorkerCreateManyInput[] });
  console.log(`demo data: ${demoPosts.length} posts, ${demoUsers.length} accounts (password ${DEMO_PASSWORD}), ${workers.length} workers`);
}

/** Each demo course once, found again by its post and title; courses changed since are left as they are. */
async function seedDemoCourses(db: PrismaClient, posts: Map<string, string>) {
  const today = new Date();
  const day = (offset: number) => new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + offset));
  let created = 0;
  for (const { post, startsInDays, days, enrolmentDeadlineInDays, enrol, ...course } of demoCourses) {
    const postId = posts.get(post)!;
    if (await db.course.findFirst({ where: { postId, titleEn: course.titleEn }, select: { id: true } })) continue;
    const { id } = await db.course.create({
      data: {
        ...course,
        postId,
        startsOn: day(startsInDays),
        endsOn: day(startsInDays + days - 1),
        enrolmentDeadline: enrolmentDeadlineInDays === null ? null : day(enrolmentDeadlineInDays),
      },
      select: { id: true },
    });
    const workers = await db.worker.findMany({ where: { postId, status: "DEPLOYED" }, orderBy: { registrationNo: "asc" }, take: enrol, select: { id: true } });
    // One at a time, so the queue positions follow the roster order.
    for (const worker of workers) await db.enrolment.create({ data: { courseId: id, workerId: worker.id, status: "ENROLLED" } });
    created++;
  }
  console.log(`demo data: ${created} of ${demoCourses.length} demo courses created`);
}

/**
 * The demo's agencies and currency rates (each once; changes made since are kept), and its cases
 * when there are none yet: written as the case forms would have left them, timeline included.
 */
async function seedDemoCases(db: PrismaClient, posts: Map<string, string>) {
  const today = new Date();
  const asOf = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1));
  for (const [currency, usdPerUnit] of Object.entries(demoCurrencyRates)) {
    await db.currencyRate.upsert({ where: { currency }, create: { currency, usdPerUnit, asOf }, update: {} });
  }
  const agencyIds: string[] = [];
  for (const agency of demoAgencies) agencyIds.push((await db.recruitmentAgency.upsert({ where: { name: agency.name }, create: agency, update: {}, select: { id: true } })).id);
  if ((await db.case.count()) > 0) {
    console.log("demo data: cases already present, left as they are");
    return;
  }
  const staff = await db.user.findMany({ where: { email: { in: demoUsers.map((user) => user.email) } }, select: { id: true, email: true, role: true, postId: true } });
  const officers = new Map(staff.filter((user) => user.role === "OFFICER" && user.postId).map((user) => [user.postId!, user.id]));
  const ministry = staff.find((user) => user.email === "ministry@registry.test")?.id ?? null;
  const supervisor = staff.find((user) => user.email === "supervisor@registry.test")?.id ?? null;
  const workers = await db.worker.findMany({ orderBy: { registrationNo: "asc" }, select: { id: true, destinationCountry: true, status: true } });
  const cases = demoCases({
    today,
    postIdFor: (country) => posts.get(country) ?? null,
    officerFor: (postId, sensitive) => (postId ? (officers.get(postId) ?? null) : sensitive ? supervisor : ministry),
    agencyIds,
    workers,
  });
  for (const { workers: concerned, steps, payments, actorId, ...fields } of cases) {
    const [{ next }] = await db.$queryRaw<{ next: bigint }[]>`SELECT nextval('case_reference_seq') AS next`;
    await db.case.create({
      data: {
        ...fields,
        referenceNo: formatCaseReference(fields.destinationCountry, fields.receivedAt, next),
        createdById: actorId,
        workers: { create: concerned },
        payments: { create: payments.map((payment) => ({ ...payment, currency: fields.currency!, recordedById: actorId })) },
        events: {
          create: [
            ...steps.map((step) => ({
              kind: "STATUS" as const,
              at: step.at,
              actorId,
              fromStatus: step.from,
              toStatus: step.status,
              data: step.outcome ? { outcome: step.outcome, amountAgreed: fields.amountAgreed ?? undefined, currency: fields.amountAgreed ? fields.currency : undefined } : undefined,
            })),
            ...payments.map((payment) => ({
              kind: "PAYMENT" as const,
              at: payment.receivedOn,
              actorId,
              data: { amount: String(payment.amount), currency: fields.currency, receivedOn: payment.receivedOn.toISOString().slice(0, 10) },
            })),
          ],
        },
      },
    });
  }
  console.log(`demo data: ${cases.length} cases, ${demoAgencies.length} recruitment agencies, ${Object.keys(demoCurrencyRates).length} currency rates`);
}

/** `authSecret`: the NEXTAUTH_SECRET the app will run with, under which demo accounts' authenticator secrets are sealed. */
export async function seed(connectionString: string, options: { demo: false } | { demo: boolean; authSecret: string }) {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  try {
    await seedReference(db);
    if (options.demo) await seedDemo(db, options.authSecret);
  } finally {
    await db.$disconnect();
  }
}

/**
 * The demo posts and accounts alone, exactly as `seed` makes them, for a register whose workers come
 * from elsewhere (the benchmark's). Returns each destination's post id.
 */
export async function seedDemoAccounts(connectionString: string, authSecret: string): Promise<Map<string, string>> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  try {
    return (await seedDemoPostsAndAccounts(db, authSecret)).byCountry;
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Imported here, not above: scripts/dev.ts calls seed() before DATABASE_URL exists.
  const { env } = await import("../lib/env");
  const production = env.APP_ENV === "production";
  if (production) console.log("APP_ENV is production: refusing to load demo data and demo accounts");
  seed(env.DATABASE_URL, { demo: !production, authSecret: env.NEXTAUTH_SECRET }).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
