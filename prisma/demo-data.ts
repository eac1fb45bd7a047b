/**
 * Demo workers: a few hundred plausible records spread over the destinations in the proportions of
 * the ministry's published figures. Deterministic, so every machine shows the same demo register.
 * The benchmark (bench/) builds its national-scale register from the same names and profiles.
 */
import { formatRegistrationNo } from "../lib/mask";
import { isSensitive, type CASE_CHANNELS, type CaseCategory, type CaseStatus, type COMPLAINANTS } from "../lib/schemas/case";

export const DEMO_PASSWORD = "registry-demo-2026";

export const demoPosts = [
  { name: "Royal Embassy of Cambodia in Bangkok", city: "Bangkok", countries: ["TH"] },
  { name: "Royal Embassy of Cambodia in Seoul", city: "Seoul", countries: ["KR"] },
  { name: "Royal Embassy of Cambodia in Kuala Lumpur", city: "Kuala Lumpur", countries: ["MY"] },
  { name: "Royal Embassy of Cambodia in Tokyo", city: "Tokyo", countries: ["JP"] },
  { name: "Royal Embassy of Cambodia in Singapore", city: "Singapore", countries: ["SG"] },
];

/**
 * The demo's accounts. Administrators and officers must sign in with a one-time code: theirs have a
 * known authenticator secret (base32, in the README) that a visitor adds to an app, and that the
 * end-to-end tests compute codes from. Ministry staff may add one; the demo's has none.
 */
export const demoUsers = [
  { email: "admin@registry.test", name: "Sokha Admin", role: "ADMIN", post: null, totpSecret: "ADMINDEMOWORKERREGISTRYCAMBODIAA" },
  { email: "officer.th@registry.test", name: "Dara Chan", role: "OFFICER", post: "Bangkok", totpSecret: "OFFICERBANGKOKDEMOWORKERREGISTRY" },
  { email: "officer.kr@registry.test", name: "Sophea Kim", role: "OFFICER", post: "Seoul", totpSecret: "OFFICERSEOULDEMOWORKERREGISTRYKR" },
  { email: "officer.my@registry.test", name: "Visal Heng", role: "OFFICER", post: "Kuala Lumpur", totpSecret: "OFFICERKUALALUMPURDEMOREGISTRYMY" },
  { email: "ministry@registry.test", name: "Bopha Meas", role: "MINISTRY", post: null, totpSecret: null },
  // The ministry's case supervisor, who holds the "sensitive cases" permission.
  { email: "supervisor@registry.test", name: "Kanha Sok", role: "MINISTRY", post: null, totpSecret: null, sensitiveCases: true },
] as const;

/**
 * Demo courses, dated from the day the demo data is loaded. `enrol` Seoul workers (the first
 * deployed ones by registration number) hold places in the open course, so its roster is not empty.
 */
export const demoCourses = [
  {
    post: "Seoul",
    titleEn: "EPS Korean language and safety",
    titleKm: "ភាសាកូរ៉េ និងសុវត្ថិភាពការងារ EPS",
    provider: "HRD Korea, Seoul region",
    place: "HRD Korea Seoul Regional Office, Guro-gu",
    startsInDays: 14,
    days: 2,
    enrolmentDeadlineInDays: 7,
    scheduleNote: "Saturday and Sunday, 09:00 to 17:00",
    capacity: 20,
    status: "OPEN",
    enrol: 6,
  },
  {
    post: "Bangkok",
    titleEn: "Safe migration and labour rights in Thailand",
    titleKm: "ការធ្វើចំណាកស្រុកប្រកបដោយសុវត្ថិភាព និងសិទ្ធិការងារនៅប្រទេសថៃ",
    provider: "Royal Embassy of Cambodia in Bangkok, labour attaché",
    place: "Royal Embassy of Cambodia, Bangkok",
    startsInDays: 45,
    days: 1,
    enrolmentDeadlineInDays: null,
    scheduleNote: null,
    capacity: 40,
    status: "PLANNED",
    enrol: 0,
  },
] as const;

/** Names as [Latin, Khmer]. */
export type NameLists = { surnames: [string, string][]; maleNames: [string, string][]; femaleNames: [string, string][] };

const surnames: [string, string][] = [
  ["SOK", "សុខ"], ["CHAN", "ចាន់"], ["KIM", "គីម"], ["HENG", "ហេង"], ["MEAS", "មាស"], ["CHEA", "ជា"],
  ["PICH", "ពេជ្រ"], ["KEO", "កែវ"], ["NHEM", "ញឹម"], ["OUK", "អ៊ុក"], ["SAM", "សំ"], ["VANN", "វ៉ាន់"],
  ["PHAN", "ផាន"], ["LONG", "ឡុង"], ["MAO", "ម៉ៅ"], ["LY", "លី"], ["SENG", "សេង"], ["TOUCH", "ទូច"],
  ["YIM", "យឹម"], ["SORN", "សន"], ["HOUN", "ហ៊ុន"], ["KHUON", "ឃួន"],
];
const maleNames: [string, string][] = [
  ["DARA", "ដារ៉ា"], ["SOPHAL", "សុផល"], ["VUTHY", "វុទ្ធី"], ["RITH", "រិទ្ធ"], ["SOKHA", "សុខា"],
  ["VANNAK", "វណ្ណៈ"], ["PISETH", "ពិសិដ្ឋ"], ["BUNTHOEUN", "ប៊ុនធឿន"], ["KOSAL", "កុសល"],
  ["SAMBATH", "សម្បត្តិ"], ["VISAL", "វិសាល"], ["RATHA", "រដ្ឋា"], ["CHANTHOU", "ចាន់ធូ"], ["SOVANN", "សុវណ្ណ"],
];
const femaleNames: [string, string][] = [
  ["SREYMOM", "ស្រីមុំ"], ["SOPHEA", "សុភា"], ["CHANTHY", "ចន្ធី"], ["BOPHA", "បុប្ផា"], ["CHANNARY", "ចន្ទនារី"],
  ["SOKUNTHEA", "សុគន្ធា"], ["DANY", "ដានី"], ["SREYNEANG", "ស្រីនាង"], ["MALIS", "ម្លិះ"], ["PISEY", "ពិសី"],
  ["KANHA", "កញ្ញា"], ["THEARY", "ធារី"], ["SREYLEAK", "ស្រីល័ក្ខ"], ["RACHANA", "រចនា"],
];

export const demoNames: NameLists = { surnames, maleNames, femaleNames };

type Profile = { sectors: string[]; schemes: string[]; employers: string[]; phonePrefix: string };
/** What a worker bound for each destination does there, and the shape of a local phone number. */
export const profiles: Record<string, Profile> = {
  TH: {
    sectors: ["CONSTRUCTION", "AGRICULTURE", "MANUFACTURING", "FISHING", "SERVICES", "HOSPITALITY"],
    schemes: ["MOU", "MOU", "MOU", "OTHER"],
    employers: ["Siam Concrete Works Co., Ltd.", "Chonburi Seafood Processing", "Rayong Rubber Estate", "Bangkok Garment Export", "Sa Kaeo Cassava Farm", "Pattaya Beach Hotel"],
    phonePrefix: "+668",
  },
  KR: {
    sectors: ["MANUFACTURING", "AGRICULTURE", "FISHING", "CONSTRUCTION"],
    schemes: ["EPS"],
    employers: ["Hanil Precision Co.", "Gimhae Agricultural Cooperative", "Ansan Metal Parts", "Tongyeong Fisheries"],
    phonePrefix: "+8210",
  },
  MY: {
    sectors: ["MANUFACTURING", "DOMESTIC_WORK", "AGRICULTURE"],
    schemes: ["MOU", "DOMESTIC_WORK"],
    employers: ["Penang Electronics Sdn Bhd", "Johor Palm Oil Estate", "Private household"],
    phonePrefix: "+601",
  },
  JP: {
    sectors: ["MANUFACTURING", "AGRICULTURE", "CONSTRUCTION", "HOSPITALITY"],
    schemes: ["TECHNICAL_INTERN", "SPECIFIED_SKILLED_WORKER"],
    employers: ["Aichi Auto Parts K.K.", "Ibaraki Vegetable Farm", "Osaka Building Co.", "Kyoto Ryokan Group"],
    phonePrefix: "+8190",
  },
  SG: { sectors: ["DOMESTIC_WORK", "CONSTRUCTION"], schemes: ["DOMESTIC_WORK", "OTHER"], employers: ["Private household", "Jurong Builders Pte Ltd"], phonePrefix: "+658" },
  HK: { sectors: ["DOMESTIC_WORK"], schemes: ["DOMESTIC_WORK"], employers: ["Private household"], phonePrefix: "+8529" },
  SA: { sectors: ["DOMESTIC_WORK"], schemes: ["DOMESTIC_WORK"], employers: ["Private household"], phonePrefix: "+9665" },
};

/** mulberry32: a small seeded generator, so the demo register is the same everywhere. */
export function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  return { next, pick };
}

const DAY = 86_400_000;
const utcDate = (ms: number) => new Date(Math.floor(ms / DAY) * DAY);

/** How many demo workers each destination gets: the published shares of `total`, at least one each. */
export function demoCounts(published: Record<string, number>, total = 400): Record<string, number> {
  const sum = Object.values(published).reduce((a, b) => a + b, 0);
  return Object.fromEntries(Object.entries(published).map(([code, n]) => [code, Math.max(1, Math.round((total * n) / sum))]));
}

export type Random = ReturnType<typeof generator>;

export type WorkerContext = {
  names: NameLists;
  provinces: string[];
  postIdFor: (country: string) => string | null;
  /** Epoch milliseconds; nothing is dated after it. */
  today: number;
};

/** One plausible worker bound for `country`; `index` makes the passport number unique. */
export function plausibleWorker(random: Random, context: WorkerContext, country: string, index: number, sequence: bigint | number) {
  const { next, pick } = random;
  const { names, today } = context;
  const profile = profiles[country];
  const sex = next() < 0.45 ? "F" : "M";
  const [surname, surnameKm] = pick(names.surnames);
  const [given, givenKm] = pick(sex === "F" ? names.femaleNames : names.maleNames);
  const age = 19 + Math.floor(next() * 28);
  const dateOfBirth = utcDate(today - age * 365.25 * DAY - next() * 365 * DAY);
  const roll = next();
  const status = roll < 0.75 ? "DEPLOYED" : roll < 0.85 ? "PRE_DEPARTURE" : roll < 0.97 ? "RETURNED" : "UNKNOWN";
  const createdAt = new Date(today - next() * 730 * DAY);
  const deployedOn = status === "PRE_DEPARTURE" ? null : utcDate(Math.min(today, createdAt.getTime() + next() * 60 * DAY));
  const contractEnd = deployedOn ? utcDate(deployedOn.getTime() + (2 + Math.floor(next() * 3)) * 365 * DAY) : null;
  const returnedOn = status === "RETURNED" && deployedOn ? utcDate(Math.min(today, deployedOn.getTime() + (200 + next() * 400) * DAY)) : null;
  return {
    registrationNo: formatRegistrationNo(country, createdAt, sequence),
    fullName: `${surname} ${given}`,
    fullNameKm: `${surnameKm} ${givenKm}`,
    sex: sex as "M" | "F",
    dateOfBirth,
    passportNo: `N${String(1_200_000 + index * 37).padStart(7, "0")}`,
    phone: next() < 0.85 ? `${profile.phonePrefix}${String(Math.floor(next() * 1e8)).padStart(8, "0")}` : null,
    provinceCode: pick(context.provinces),
    destinationCountry: country,
    postId: context.postIdFor(country),
    employer: pick(profile.employers),
    sector: pick(profile.sectors),
    scheme: pick(profile.schemes),
    status,
    deployedOn,
    contractEnd,
    returnedOn,
    createdAt,
    updatedAt: createdAt,
  };
}

export function demoWorkers(options: {
  counts: Record<string, number>;
  provinces: string[];
  postIdFor: (country: string) => string | null;
  sequences: bigint[];
  today: Date;
}) {
  const random = generator(20261125);
  const context = { names: demoNames, provinces: options.provinces, postIdFor: options.postIdFor, today: options.today.getTime() };
  let index = 0;
  return Object.entries(options.counts).flatMap(([country, count]) =>
    Array.from({ length: count }, () => {
      const i = index++;
      return plausibleWorker(random, context, country, i, options.sequences[i]);
    }),
  );
}

/**
 * Demo recruitment agencies, made up: the real list of licensed agencies is the administrators' to
 * keep. Workers sent where the ministry knows it (one it does not), for the agencies' ranking.
 */
export const demoAgencies = [
  { name: "Angkor Overseas Manpower Co., Ltd.", licenceNo: "DEMO-RA-0112", workersSent: 4200 },
  { name: "Mekong Human Resources Co., Ltd.", licenceNo: "DEMO-RA-0187", workersSent: 2600 },
  { name: "Lotus Bridge Recruitment Co., Ltd.", licenceNo: "DEMO-RA-0203", workersSent: 950 },
  { name: "Tonle Sap Employment Services", licenceNo: "DEMO-RA-0241", workersSent: null },
  { name: "Kampuchea Skills Agency", licenceNo: "DEMO-RA-0266", workersSent: 1800 },
] as const;

/**
 * Demo rates in US dollars per unit, taken on the first of the month the demo is loaded. The riyal
 * has none, so that the case report shows amounts left out of its sums for want of a rate.
 */
export const demoCurrencyRates: Record<string, string> = { USD: "1", KHR: "0.000245", THB: "0.0285", KRW: "0.00072", MYR: "0.223", JPY: "0.0066", SGD: "0.745", HKD: "0.128" };

/**
 * The demo's complaints in the proportions of the ILO's study of migrant resource centres' cases
 * (2011–2015): in Cambodia recruitment agencies' delays in sending workers after the contract was
 * signed came first, then compensation claims (here injury or illness, and death), missing
 * persons, then wages; the rest are few. Sixty cases, some of more than one kind.
 */
const demoCaseMix: [CaseCategory[], number][] = [
  [["RECRUITMENT_FEES_OR_DELAY"], 16],
  [["RECRUITMENT_FEES_OR_DELAY", "CONTRACT_SUBSTITUTION"], 2],
  [["RECRUITMENT_FEES_OR_DELAY", "DOCUMENTS_WITHHELD"], 2],
  [["INJURY_OR_ILLNESS"], 9],
  [["DEATH"], 3],
  [["MISSING_PERSON"], 9],
  [["UNPAID_WAGES"], 8],
  [["CONTRACT_SUBSTITUTION"], 2],
  [["DOCUMENTS_WITHHELD"], 2],
  [["ABUSE_OR_VIOLENCE"], 2],
  [["DETENTION_OR_STATUS"], 2],
  [["TRAFFICKING", "DOCUMENTS_WITHHELD"], 1],
  [["OTHER"], 2],
];

const caseDestinations = ["TH", "TH", "TH", "TH", "MY", "MY", "KR", "KR", "JP", "SG", "SA", "HK"];
/** A month's wage or a typical claim's scale in each destination's currency. */
const claimScale: Record<string, [string, number]> = { TH: ["THB", 12_000], KR: ["KRW", 2_000_000], MY: ["MYR", 1_500], JP: ["JPY", 180_000], SG: ["SGD", 700], SA: ["SAR", 1_500], HK: ["HKD", 4_900] };

const descriptions: Record<CaseCategory, string> = {
  RECRUITMENT_FEES_OR_DELAY: "Contract signed and fees paid to the agency; months later the worker has still not been sent, and the agency does not answer.",
  CONTRACT_SUBSTITUTION: "The work and wage at the destination are not those of the contract signed in Cambodia.",
  DOCUMENTS_WITHHELD: "The passport is kept by the employer or the agency and not given back when asked.",
  INJURY_OR_ILLNESS: "Injured at work; medical costs and wages during treatment claimed from the employer and the insurer.",
  DEATH: "The worker died at the destination; the family asks for the body's repatriation and compensation.",
  MISSING_PERSON: "The family has had no news of the worker for several months; the last known employer does not answer.",
  UNPAID_WAGES: "Wages unpaid or paid below the contract for several months.",
  ABUSE_OR_VIOLENCE: "The worker reports being beaten and threatened by a supervisor.",
  DETENTION_OR_STATUS: "The worker was detained by immigration after the employer let the work permit lapse.",
  TRAFFICKING: "Recruited for a factory job, the worker was taken elsewhere, kept without pay and not free to leave.",
  OTHER: "The worker asks for help with a dispute over accommodation charges.",
};

type Outcome = "COMPENSATION_AGREED" | "RETURNED_HOME" | "CHANGED_EMPLOYER" | "NO_REMEDY" | "WITHDRAWN";
const outcomesFor = (category: CaseCategory): Outcome[] =>
  category === "RECRUITMENT_FEES_OR_DELAY"
    ? ["COMPENSATION_AGREED", "COMPENSATION_AGREED", "WITHDRAWN", "NO_REMEDY"]
    : category === "INJURY_OR_ILLNESS" || category === "DEATH"
      ? ["COMPENSATION_AGREED", "COMPENSATION_AGREED", "COMPENSATION_AGREED", "NO_REMEDY"]
      : category === "MISSING_PERSON"
        ? ["RETURNED_HOME", "RETURNED_HOME", "WITHDRAWN", "NO_REMEDY"]
        : ["COMPENSATION_AGREED", "CHANGED_EMPLOYER", "RETURNED_HOME", "NO_REMEDY"];

export type DemoCaseContext = {
  today: Date;
  postIdFor: (country: string) => string | null;
  /** The officer of a post, or the ministry's staff (its supervisor for sensitive cases): null where there is none. */
  officerFor: (postId: string | null, sensitive: boolean) => string | null;
  /** In the order of demoAgencies. */
  agencyIds: string[];
  workers: { id: string; destinationCountry: string; status: string }[];
};

type DemoStep = { status: CaseStatus; at: Date };
const MARKED_SENSITIVE = 42;
/** Two missing-person complaints (the mix's 33rd and 37th cases). */
const FROM_PUBLIC_PAGE = new Set([33, 37]);

/**
 * Sixty demo cases, deterministic: spread over the destinations, the posts and the ministry (a
 * worker not yet sent complains in Phnom Penh), over the last fourteen months, at every step; the
 * older ones resolved, some with compensation agreed and paid in one or two instalments; two
 * complaints from the public page not yet confirmed. Each with its timeline; the seed numbers them.
 */
export function demoCases(context: DemoCaseContext) {
  const { next, pick } = generator(20261203);
  const today = context.today.getTime();
  const used = new Set<string>();
  const workersOf = (country: string, statuses: string[], count: number) => {
    const found = context.workers.filter((w) => w.destinationCountry === country && statuses.includes(w.status) && !used.has(w.id)).slice(0, count);
    for (const worker of found) used.add(worker.id);
    return found;
  };
  const categoriesList = demoCaseMix.flatMap(([categories, count]) => Array.from({ length: count }, () => categories));
  const cases = categoriesList.map((categories, index) => {
    const main = categories[0];
    const delay = main === "RECRUITMENT_FEES_OR_DELAY";
    const destination = pick(caseDestinations);
    const familyAtHome = main === "MISSING_PERSON" || main === "DEATH";
    // Two families' complaints from the public page, still waiting for the ministry to confirm them.
    const fromPublicPage = FROM_PUBLIC_PAGE.has(index);
    const postId = delay || fromPublicPage || (familyAtHome && next() < 0.5) ? null : context.postIdFor(destination);
    // One wages complaint marked sensitive by its officer: the worker fears the employer.
    const markedSensitive = index === MARKED_SENSITIVE;
    const sensitive = isSensitive(categories, markedSensitive);
    const groupSize = delay ? (next() < 0.25 ? 4 + Math.floor(next() * 5) : 1) : main === "UNPAID_WAGES" && next() < 0.3 ? 3 : 1;
    const registered = workersOf(destination, delay ? ["PRE_DEPARTURE"] : ["DEPLOYED", "RETURNED", "UNKNOWN"], groupSize);
    // A fifth of them in the last month, so that the desks have open cases, some past their deadlines.
    const daysAgo = next() < 0.2 ? 1 + Math.floor(next() * 30) : 30 + Math.floor(next() * 390);
    const receivedAt = new Date(today - daysAgo * DAY - Math.floor(next() * 8) * 3_600_000);
    const complainant: (typeof COMPLAINANTS)[number] = fromPublicPage || familyAtHome ? "FAMILY" : groupSize > 1 ? "REPRESENTATIVE" : main === "TRAFFICKING" ? "ORGANISATION" : "WORKER";
    const channel: (typeof CASE_CHANNELS)[number] = fromPublicPage
      ? "PUBLIC_FORM"
      : complainant === "FAMILY"
        ? pick(["FAMILY_IN_CAMBODIA", "HOTLINE"] as const)
        : complainant === "ORGANISATION"
          ? "REFERRAL"
          : pick(["WALK_IN", "WALK_IN", "HOTLINE", "SOCIAL_MEDIA", "OUTREACH"] as const);
    const [localCurrency, scale] = claimScale[destination];
    const claims = delay || main === "INJURY_OR_ILLNESS" || main === "DEATH" || main === "UNPAID_WAGES" || main === "CONTRACT_SUBSTITUTION";
    // Fees are paid to the agency in Cambodia, in dollars; the rest is claimed where it is owed.
    const currency = claims ? (delay ? "USD" : localCurrency) : null;
    const unit = delay ? 400 : main === "DEATH" ? scale * 20 : main === "INJURY_OR_ILLNESS" ? scale * 6 : scale * 2;
    const amountClaimed = claims ? Math.round(unit * groupSize * (0.6 + next()) / 10) * 10 : null;

    // The course of the case, each step some days after the last, as far as today allows.
    const steps: DemoStep[] = [{ status: "RECEIVED", at: receivedAt }];
    const referred = next() < 0.3;
    const path: [CaseStatus, number][] = [
      ["ACKNOWLEDGED", 1 + Math.floor(next() * (next() < 0.2 ? 14 : 6))],
      ["ASSESSMENT", 2 + Math.floor(next() * 14)],
      [referred ? "REFERRED" : "MEDIATION", 3 + Math.floor(next() * 30)],
      ["RESOLVED", 10 + Math.floor(next() * 110)],
      ["CLOSED", 5 + Math.floor(next() * 50)],
    ];
    const stopAt = fromPublicPage ? 0 : next() < 0.25 ? Math.floor(next() * 4) : path.length;
    for (const [status, days] of path.slice(0, stopAt)) {
      const at = new Date(steps[steps.length - 1].at.getTime() + days * DAY + Math.floor(next() * 6) * 3_600_000);
      if (at.getTime() > today) break;
      steps.push({ status, at });
    }
    const reached = (status: CaseStatus) => steps.find((step) => step.status === status)?.at ?? null;
    const resolvedAt = reached("RESOLVED");
    const outcome = resolvedAt ? pick(outcomesFor(main)) : null;
    const agreed = outcome === "COMPENSATION_AGREED" ? Math.round((amountClaimed ?? unit) * (0.5 + next() * 0.5) / 10) * 10 : null;
    // Paid in one or two instalments: all of it once closed; part, or nothing yet, while resolved.
    const payments: { amount: number; receivedOn: Date }[] = [];
    if (agreed && resolvedAt) {
      const closedAt = reached("CLOSED");
      const end = closedAt ?? new Date(today);
      const instalments = next() < 0.5 ? 1 : 2;
      const paid = closedAt ? instalments : Math.floor(next() * instalments);
      for (let i = 0; i < paid; i++) {
        const amount = instalments === 1 ? agreed : i === 0 ? Math.round(agreed * 0.6) : agreed - Math.round(agreed * 0.6);
        payments.push({ amount, receivedOn: utcDate(resolvedAt.getTime() + ((end.getTime() - resolvedAt.getTime()) * (i + 1)) / (instalments + 1)) });
      }
    }
    const status = steps[steps.length - 1].status;
    const officerId = fromPublicPage ? null : context.officerFor(postId, sensitive);
    const agencyNamed = delay || next() < 0.4;
    const unlisted = agencyNamed && next() < 0.2;
    return {
      postId,
      destinationCountry: destination,
      categories,
      channel,
      complainant,
      complainantName: complainant === "WORKER" ? null : complainant === "FAMILY" ? "Family member" : complainant === "ORGANISATION" ? "Legal aid NGO, Phnom Penh" : "Group representative",
      complainantRelation: complainant === "FAMILY" ? pick(["Mother", "Father", "Husband", "Wife", "Sister", "Brother"]) : null,
      complainantContact: complainant === "FAMILY" ? `+85512${String(100_000 + index * 7919).slice(-6)}` : null,
      employer: delay ? null : pick(profiles[destination].employers),
      agencyId: agencyNamed && !unlisted ? context.agencyIds[index % context.agencyIds.length] : null,
      agencyName: unlisted ? pick(["Village broker in Prey Veng", "Unlicensed agent in Takeo", "Facebook recruiter"]) : null,
      description: categories.map((c) => descriptions[c]).join(" "),
      markedSensitive,
      sensitive,
      status,
      referredTo: reached("REFERRED") ? pick(["LABOUR_OFFICE", "COURT", "NGO", "MINISTRY"] as const) : null,
      outcome,
      currency: currency ?? (agreed ? localCurrency : null),
      amountClaimed: amountClaimed === null ? null : String(amountClaimed),
      amountAgreed: agreed === null ? null : String(agreed),
      assignedOfficerId: officerId,
      receivedAt,
      acknowledgedAt: reached("ACKNOWLEDGED"),
      assessmentAt: reached("ASSESSMENT"),
      mediationAt: reached("MEDIATION"),
      referredAt: reached("REFERRED"),
      resolvedAt,
      closedAt: reached("CLOSED"),
      confirmedAt: fromPublicPage ? null : receivedAt,
      createdAt: receivedAt,
      workers: registered.length > 0 ? registered.map((worker) => ({ workerId: worker.id })) : [{ fullName: `${pick(surnames)[0]} ${pick(maleNames)[0]}` }],
      steps: steps.map((step, i) => ({
        status: step.status,
        at: step.at,
        from: i === 0 ? null : steps[i - 1].status,
        outcome: step.status === "RESOLVED" ? outcome : null,
      })),
      payments,
      actorId: officerId,
    };
  });
  return cases.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
}
