import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { actorFor, refusal } from "@/lib/test/actors";
import { listCurrencyRates, setCurrencyRate } from "./currency-rates";
import { createAgency, listAgencies, listAgencyChoices, updateAgency } from "./recruitment-agencies";

afterAll(() => db.$disconnect());

let admin: Actor;
let ministry: Actor;
let officer: Actor;

beforeAll(async () => {
  admin = await actorFor("admin@registry.test");
  ministry = await actorFor("ministry@registry.test");
  officer = await actorFor("officer.th@registry.test");
});

describe("the recruitment agencies' list", () => {
  it("is kept by administrators, every change audited; a retired agency is no longer offered but keeps its place", async () => {
    const name = `Phnom Penh Manpower ${crypto.randomUUID().slice(0, 8)}`;
    const { id } = await createAgency(admin, { name, licenceNo: `L-${crypto.randomUUID().slice(0, 8)}`, workersSent: 1200 });
    const created = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "agency.create" }, select: { actorId: true, after: true } });
    expect(created.actorId).toBe(admin.id);
    expect(created.after).toMatchObject({ name, workersSent: 1200 });
    expect((await listAgencyChoices(officer)).map((agency) => agency.name)).toContain(name);

    const { version } = await updateAgency(admin, id, { name, workersSent: 1500, retired: true, version: 1 });
    expect(version).toBe(2);
    const updated = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "agency.update" }, select: { before: true, after: true } });
    expect(updated.before).toMatchObject({ workersSent: 1200, retiredAt: null });
    expect(updated.after).toMatchObject({ workersSent: 1500, retiredAt: expect.any(String) });
    expect((await listAgencyChoices(officer)).map((agency) => agency.name)).not.toContain(name);
    expect((await listAgencies(admin)).find((agency) => agency.id === id)).toMatchObject({ workersSent: 1500, retiredAt: expect.any(Date) });

    // A stale version is a conflict, a name already on the list a field error; an officer may not keep the list.
    expect((await refusal(updateAgency(admin, id, { name, version: 1 }))).code).toBe("CONFLICT");
    expect((await refusal(createAgency(admin, { name }))).fields).toEqual({ name: ["agencies.errors.nameTaken"] });
    expect((await refusal(createAgency(officer, { name: `${name} bis` }))).code).toBe("FORBIDDEN");
    expect(await db.auditEvent.count({ where: { entityId: id } })).toBe(2);
  });
});

describe("the currency rate table", () => {
  it("is set by ministry staff, each change audited with the rate it replaced", async () => {
    await setCurrencyRate(ministry, { currency: "HKD", usdPerUnit: "0.128", asOf: "2026-11-01" });
    await setCurrencyRate(ministry, { currency: "HKD", usdPerUnit: "0.1284", asOf: "2026-12-01" });
    expect((await listCurrencyRates(officer)).find((rate) => rate.currency === "HKD")).toMatchObject({ usdPerUnit: "0.1284", asOf: new Date("2026-12-01T00:00:00Z") });
    const last = await db.auditEvent.findFirstOrThrow({ where: { entityId: "HKD", action: "currencyRate.set" }, orderBy: { id: "desc" }, select: { actorId: true, before: true, after: true } });
    expect(last.actorId).toBe(ministry.id);
    expect(last.before).toMatchObject({ usdPerUnit: "0.128" });
    expect(last.after).toMatchObject({ usdPerUnit: "0.1284" });
    expect((await refusal(setCurrencyRate(officer, { currency: "HKD", usdPerUnit: "1", asOf: "2026-12-01" }))).code).toBe("FORBIDDEN");
    expect((await refusal(setCurrencyRate(ministry, { currency: "HKD", usdPerUnit: "-1", asOf: "2026-12-01" }))).fields).toEqual({ usdPerUnit: ["cases.errors.rate"] });
  });
});
