import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { homePath } from "@/lib/auth/home";
import { allowedOnPage } from "@/lib/auth/page-guard";
import { can, permissions, scopeOf, type Action, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { matrixActors } from "@/lib/test/permission-matrix";
import { authorize } from "./authorize";

afterAll(() => db.$disconnect());

// What next.config's `experimental.authInterrupts` sets in the app, so that forbidden() may be called here too.
beforeAll(() => {
  vi.stubEnv("__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS", "true");
});

const ACTIONS = [...new Set(Object.values(permissions).flatMap((grants) => Object.keys(grants)))] as Action[];
const FLAGS = {
  none: {},
  mustChangePassword: { mustChangePassword: true },
  mustEnrolTwoFactor: { mustEnrolTwoFactor: true },
  both: { mustChangePassword: true, mustEnrolTwoFactor: true },
} satisfies Record<string, Partial<Actor>>;
type Flag = keyof typeof FLAGS;

/** What the data layer decides: the scope it narrows to, or the message it refuses with. */
function dataDecision(actor: Actor, action: Action): string {
  try {
    return `scope:${authorize(actor, action).scope}`;
  } catch (error) {
    if (error instanceof AppError && error.code === "FORBIDDEN") return `refused:${error.message}`;
    throw error;
  }
}

/** What a page (CheckedThenStreamed, a form's page) decides: go on, 403, or the account's pending step. */
function pageDecision(actor: Actor, action: Action): string {
  try {
    allowedOnPage(actor, action);
    return "shown";
  } catch (error) {
    const digest = String((error as { digest?: string }).digest);
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;403") return "forbidden";
    if (digest.startsWith("NEXT_REDIRECT;")) return `redirect:${digest.split(";")[2]}`;
    throw error;
  }
}

const pendingMessage: Record<Exclude<Flag, "none">, string> = {
  mustChangePassword: "refused:errors.passwordChangeRequired",
  mustEnrolTwoFactor: "refused:errors.twoFactorRequired",
  // A temporary password goes first: two-factor is set up after signing in with one's own.
  both: "refused:errors.passwordChangeRequired",
};

let actors: Record<string, Actor>;
beforeAll(async () => {
  const { ownOfficer, ministry, admin } = await matrixActors();
  actors = { officer: ownOfficer!, "officer without a post": { ...ownOfficer!, postId: null }, ministry: ministry!, admin: admin! };
});

const cells = ["officer", "officer without a post", "ministry", "admin"].flatMap((who) =>
  (Object.keys(FLAGS) as Flag[]).flatMap((flag) => ACTIONS.map((action) => ({ who, flag, action }))),
);

describe("one permission decision: the data layer's authorize and the pages' can agree", () => {
  it.each(cells)("$who ($flag) $action", ({ who, flag, action }) => {
    const actor: Actor = { ...actors[who], ...FLAGS[flag] };
    const scope = scopeOf(actor, action);
    // The pages' view and the data layer's check give one answer, scope included.
    expect(dataDecision(actor, action)).toBe(can(actor, action) ? `scope:${scope}` : flag === "none" ? "refused:errors.FORBIDDEN" : pendingMessage[flag]);
    // An account with a step pending is refused everything until it is done, in every view.
    expect(flag !== "none" && can(actor, action)).toBe(false);
    expect(pageDecision(actor, action)).toBe(can(actor, action) ? "shown" : flag === "none" ? "forbidden" : `redirect:${homePath(actor)}`);
  });

  it("allows some cells and refuses others, so the agreement is not vacuous", () => {
    const decisions = cells.filter(({ flag }) => flag === "none").map(({ who, action }) => can(actors[who], action));
    expect(decisions).toContain(true);
    expect(decisions).toContain(false);
  });
});
