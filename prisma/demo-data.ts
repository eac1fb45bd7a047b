/**
 * Demo workers: a few hundred plausible records spread over the destinations in the proportions of
 * the ministry's published figures. Deterministic, so every machine shows the same demo register.
 * The benchmark (bench/) builds its national-scale register from the same names and profiles.
 */
import { formatRegistrationNo } from "../lib/mask";

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
