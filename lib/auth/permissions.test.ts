import { describe, expect, it } from "vitest";
import { can, canOpenCase, permissions, scopeOf, type Action, type Actor, type Role } from "./permissions";

const BANGKOK = "post-bangkok";
const SEOUL = "post-seoul";
const actors: Record<Role, Actor> = {
  OFFICER: { id: "officer", role: "OFFICER", postId: BANGKOK },
  MINISTRY: { id: "ministry", role: "MINISTRY", postId: null },
  ADMIN: { id: "admin", role: "ADMIN", postId: null },
};

// The expected matrix, written out independently of permissions.ts: role × action × record's post.
const expected: Record<Action, Record<Role, { own: boolean; other: boolean }>> = {
  "worker.read": { OFFICER: { own: true, other: false }, MINISTRY: { own: true, other: true }, ADMIN: { own: false, other: false } },
  "worker.create": { OFFICER: { own: true, other: false }, MINISTRY: { own: false, other: false }, ADMIN: { own: false, other: false } },
  "worker.update": { OFFICER: { own: true, other: false }, MINISTRY: { own: false, other: false }, ADMIN: { own: false, other: false } },
  "worker.transfer": { OFFICER: { own: true, other: false }, MINISTRY: { own: false, other: false }, ADMIN: { own: false, other: false } },
  "worker.export": { OFFICER: { own: true, other: false }, MINISTRY: { own: true, other: true }, ADMIN: { own: false, other: false } },
  "worker.revealPassport": { OFFICER: { own: true, other: false }, MINISTRY: { own: false, other: false }, ADMIN: { own: false, other: false } },
  "worker.issueAccessCode": { OFFICER: { own: true, other: false }, MINISTRY: { own: false, other: false }, ADMIN: { own: false, other: false } },
  "worker.import": { OFFICER: { own: true, other: false }, MINISTRY: { own: false, other: false }, ADMIN: { own: true, other: true } },
  "course.read": { OFFICER: { own: true, other: false }, MINISTRY: { own: false, other: false }, ADMIN: { own: false, other: false } },
  "course.manage": { OFFICER: { own: true, other: false }, MINISTRY: { own: false, other: false }, ADMIN: { own: false, other: false } },
  "enrolment.manage": { OFFICER: { own: true, other: false }, MINISTRY: { own: false, other: false }, ADMIN: { own: false, other: false } },
  "course.statistics": { OFFICER: { own: true, other: false }, MINISTRY: { own: true, other: true }, ADMIN: { own: false, other: false } },
  "report.read": { OFFICER: { own: true, other: false }, MINISTRY: { own: true, other: true }, ADMIN: { own: false, other: false } },
  "publishedFigure.manage": { OFFICER: { own: false, other: false }, MINISTRY: { own: true, other: true }, ADMIN: { own: false, other: false } },
  "quota.manage": { OFFICER: { own: false, other: false }, MINISTRY: { own: true, other: true }, ADMIN: { own: false, other: false } },
  "user.read": { OFFICER: { own: false, other: false }, MINISTRY: { own: false, other: false }, ADMIN: { own: true, other: true } },
  "user.manage": { OFFICER: { own: false, other: false }, MINISTRY: { own: false, other: false }, ADMIN: { own: true, other: true } },
  "apiToken.manage": { OFFICER: { own: false, other: false }, MINISTRY: { own: false, other: false }, ADMIN: { own: true, other: true } },
  "post.read": { OFFICER: { own: false, other: false }, MINISTRY: { own: false, other: false }, ADMIN: { own: true, other: true } },
  "case.read": { OFFICER: { own: true, other: false }, MINISTRY: { own: true, other: true }, ADMIN: { own: true, other: true } },
  "case.create": { OFFICER: { own: true, other: false }, MINISTRY: { own: true, other: true }, ADMIN: { own: false, other: false } },
  "case.manage": { OFFICER: { own: true, other: false }, MINISTRY: { own: true, other: true }, ADMIN: { own: false, other: false } },
  "case.transfer": { OFFICER: { own: true, other: false }, MINISTRY: { own: true, other: true }, ADMIN: { own: false, other: false } },
  "case.confirm": { OFFICER: { own: false, other: false }, MINISTRY: { own: true, other: true }, ADMIN: { own: false, other: false } },
  "case.report": { OFFICER: { own: true, other: false }, MINISTRY: { own: true, other: true }, ADMIN: { own: false, other: false } },
  "agency.manage": { OFFICER: { own: false, other: false }, MINISTRY: { own: false, other: false }, ADMIN: { own: true, other: true } },
  "caseSettings.manage": { OFFICER: { own: false, other: false }, MINISTRY: { own: false, other: false }, ADMIN: { own: true, other: true } },
  "currencyRate.manage": { OFFICER: { own: false, other: false }, MINISTRY: { own: true, other: true }, ADMIN: { own: false, other: false } },
};

describe("the permission matrix", () => {
  const cells = Object.entries(expected).flatMap(([action, roles]) =>
    Object.entries(roles).flatMap(([role, scopes]) => [
      { action: action as Action, role: role as Role, post: BANGKOK, allowed: scopes.own },
      { action: action as Action, role: role as Role, post: SEOUL, allowed: scopes.other },
    ]),
  );

  it.each(cells)("$role $action on a record of $post: $allowed", ({ action, role, post, allowed }) => {
    expect(can(actors[role], action, post)).toBe(allowed);
  });

  it("covers every action the matrix grants", () => {
    const granted = new Set(Object.values(permissions).flatMap((grants) => Object.keys(grants)));
    expect([...granted].every((action) => action in expected)).toBe(true);
  });

  it("gives an officer without a post nothing of their post's", () => {
    const unposted: Actor = { id: "x", role: "OFFICER", postId: null };
    expect(scopeOf(unposted, "worker.read")).toBeNull();
    expect(can(unposted, "worker.create")).toBe(false);
  });
});

describe("sensitive cases", () => {
  const granted: Actor = { id: "supervisor", role: "MINISTRY", postId: null, sensitiveCases: true };
  const grantedOfficer: Actor = { ...actors.OFFICER, id: "head-of-chancery", sensitiveCases: true };
  const sensitive = (assignedOfficerId: string | null, postId = BANGKOK) => ({ postId, sensitive: true, assignedOfficerId });
  const cells = [
    { who: "the assigned officer", actor: actors.OFFICER, record: sensitive("officer"), allowed: true },
    { who: "another officer of the post", actor: { ...actors.OFFICER, id: "colleague" }, record: sensitive("officer"), allowed: false },
    { who: "an officer of the post with the permission", actor: grantedOfficer, record: sensitive("officer"), allowed: true },
    { who: "an officer of another post with the permission", actor: { ...grantedOfficer, postId: SEOUL }, record: sensitive("officer"), allowed: false },
    { who: "the assigned officer, once the case moved to another post", actor: actors.OFFICER, record: sensitive("officer", SEOUL), allowed: false },
    { who: "ministry staff without the permission", actor: actors.MINISTRY, record: sensitive("officer"), allowed: false },
    { who: "ministry staff with the permission", actor: granted, record: sensitive("officer"), allowed: true },
    { who: "an administrator", actor: actors.ADMIN, record: sensitive(null), allowed: true },
  ];
  it.each(cells)("$who: $allowed", ({ actor, record, allowed }) => {
    expect(canOpenCase(actor, record)).toBe(allowed);
  });

  it("leaves other cases to the role's scope", () => {
    expect(canOpenCase(actors.MINISTRY, { postId: SEOUL, sensitive: false, assignedOfficerId: null })).toBe(true);
    expect(canOpenCase({ ...actors.OFFICER, id: "colleague" }, { postId: BANGKOK, sensitive: false, assignedOfficerId: "officer" })).toBe(true);
    expect(canOpenCase(actors.OFFICER, { postId: SEOUL, sensitive: false, assignedOfficerId: "officer" })).toBe(false);
  });
});
