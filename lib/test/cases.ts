import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { createCase } from "@/lib/data/cases";
import { moveCase } from "@/lib/data/case-steps";
import { startStaffSession } from "@/lib/data/staff-sessions";
import { actorForSession } from "@/lib/data/users";
import { randomLatinWord } from "./random-person";

/** What an officer types at the counter for one person not yet registered. */
export function caseInput(overrides: Record<string, unknown> = {}) {
  return {
    destinationCountry: "TH",
    categories: ["UNPAID_WAGES"],
    channel: "WALK_IN",
    complainant: "WORKER",
    employer: "Golden Rice Mill Co., Ltd.",
    description: "Three months of wages unpaid since the employer changed owners.",
    people: [{ fullName: `CHAN ${randomLatinWord().toUpperCase()}` }],
    ...overrides,
  };
}

/** A case of the officer's post, with its stored version. */
export async function newCase(officer: Actor, overrides: Record<string, unknown> = {}) {
  const { id, referenceNo } = await createCase(officer, caseInput(overrides));
  return { id, referenceNo, version: 1 };
}

/** A case taken to resolution with compensation agreed, ready for instalments. */
export async function compensatedCase(officer: Actor, amountAgreed = "1200.00", currency = "THB") {
  const record = await newCase(officer);
  let { version } = await moveCase(officer, record.id, { status: "ACKNOWLEDGED", version: record.version });
  ({ version } = await moveCase(officer, record.id, { status: "ASSESSMENT", version }));
  ({ version } = await moveCase(officer, record.id, { status: "MEDIATION", version }));
  ({ version } = await moveCase(officer, record.id, { status: "RESOLVED", outcome: "COMPENSATION_AGREED", amountAgreed, currency, version }));
  return { ...record, version };
}

/** A staff account made for one test (a second officer of a post, a supervisor...), signed in. */
export async function extraStaff(data: { role: "OFFICER" | "MINISTRY"; postId: string | null; sensitiveCases?: boolean }): Promise<Actor> {
  const user = await db.user.create({
    data: { ...data, email: `${randomLatinWord(10).toLowerCase()}@registry.test`, name: `Test ${randomLatinWord()}`, passwordHash: "unused", totpEnabledAt: new Date() },
    select: { id: true },
  });
  const actor = await actorForSession(await startStaffSession(user.id));
  if (!actor) throw new Error("test account cannot act");
  return actor;
}

/** What a mother types on the public page about her daughter abroad. */
export function familyComplaint(overrides: Record<string, unknown> = {}) {
  return {
    workerName: "SOK PHEAP",
    destinationCountry: "MY",
    categories: ["MISSING_PERSON"],
    description: "No news from my daughter for four months; her phone is off.",
    complainantName: "Sok Chenda",
    complainantRelation: "Mother",
    complainantContact: "012 345 678",
    ...overrides,
  };
}
