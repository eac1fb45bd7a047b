import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { CurrencyRateInput } from "@/lib/schemas/case";
import { parseInput } from "@/lib/schemas/common";
import { recordAudit } from "./audit";
import { authorize } from "./authorize";

/** The rate table the case reports convert with: US dollars per unit of each currency. */
export async function listCurrencyRates(actor: Actor | null) {
  authorize(actor, "case.report");
  const rates = await db.currencyRate.findMany({ orderBy: { currency: "asc" }, select: { currency: true, usdPerUnit: true, asOf: true, version: true } });
  return rates.map((rate) => ({ ...rate, usdPerUnit: rate.usdPerUnit.toString() }));
}

/** Ministry staff set a currency's rate (one per currency, with the day it was taken). */
export async function setCurrencyRate(actor: Actor | null, raw: unknown): Promise<void> {
  const { actor: who } = authorize(actor, "currencyRate.manage");
  const input = parseInput(CurrencyRateInput, raw);
  await db.$transaction(async (tx) => {
    const before = await tx.currencyRate.findUnique({ where: { currency: input.currency }, select: { usdPerUnit: true, asOf: true } });
    await tx.currencyRate.upsert({
      where: { currency: input.currency },
      create: input,
      update: { usdPerUnit: input.usdPerUnit, asOf: input.asOf, version: { increment: 1 } },
    });
    await recordAudit(tx, who, {
      action: "currencyRate.set",
      entityType: "CurrencyRate",
      entityId: input.currency,
      before: before ? { usdPerUnit: before.usdPerUnit.toString(), asOf: before.asOf } : undefined,
      after: input,
    });
  });
}
