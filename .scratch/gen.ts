import { createWriteStream } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { generator, plausibleWorker } from "/work/wt-imports/prisma/demo-data";
import { registerNames } from "/work/wt-imports/bench/names";
import { apportion, publishedFigures } from "/work/wt-imports/bench/distribution";
const root = "/work/wt-imports";
const figures = publishedFigures(await readFile(path.join(root, "prisma/data/published-totals.csv"), "utf8"));
const total = Number(process.argv[2] ?? Object.values(figures).reduce((a, b) => a + b, 0));
const counts = apportion(figures, total);
const provinces = JSON.parse(await readFile(path.join(root, "prisma/data/provinces.json"), "utf8")).map((p: {code: string}) => p.code);
const out = createWriteStream(process.argv[3] ?? "/tmp/imp/register.csv");
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
const q = (s: string | null) => (s == null ? "" : /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
out.write("\uFEFFregistration_no,passport_no,full_name,full_name_km,sex,date_of_birth,phone,province_of_origin,destination_country,employer,sector,scheme,deployed_on,contract_end,status\n");
const random = generator(1_301_609);
let index = 0; let buf: string[] = [];
for (const [country, count] of Object.entries(counts)) for (let n = 0; n < count; n++, index++) {
  const w = plausibleWorker(random, { names: registerNames, provinces, postIdFor: () => null, today: Date.now() }, country, index, index + 1);
  buf.push([w.registrationNo, w.passportNo, w.fullName, w.fullNameKm, w.sex, day(w.dateOfBirth), w.phone, w.provinceCode, w.destinationCountry, w.employer, w.sector, w.scheme, day(w.deployedOn), day(w.contractEnd), w.status].map(q).join(",") + "\n");
  if (buf.length === 10000) { if (!out.write(buf.join(""))) await new Promise(r => out.once("drain", r)); buf = []; }
}
out.write(buf.join("")); out.end();
await new Promise(r => out.on("finish", r));
console.log(counts);
