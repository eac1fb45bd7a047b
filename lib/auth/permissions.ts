/**
 * The permission matrix: which role may do what, and over which records. It is data so that one
 * parametrised test can walk every cell; lib/data calls `authorize` before touching anything.
 */
export type Role = "ADMIN" | "OFFICER" | "MINISTRY";

export type Action =
  | "worker.read"
  | "worker.create"
  | "worker.update"
  | "worker.transfer"
  | "worker.export"
  | "worker.revealPassport"
  | "worker.issueAccessCode"
  | "worker.import"
  | "course.read"
  | "course.manage"
  | "enrolment.manage"
  | "course.statistics"
  | "report.read"
  | "publishedFigure.manage"
  | "quota.manage"
  | "user.read"
  | "user.manage"
  | "apiToken.manage"
  | "post.read"
  | "case.read"
  | "case.create"
  | "case.manage"
  | "case.transfer"
  | "case.confirm"
  | "case.report"
  | "agency.manage"
  | "caseSettings.manage"
  | "currencyRate.manage";

/** own-post: only records held by the actor's post; all: every record. */
export type Scope = "own-post" | "all";

export type Actor = {
  id: string;
  role: Role;
  /** The officer's post, read from the database on every request. */
  postId: string | null;
  requestId?: string;
  /** The staff session the request came with (none for an API token). */
  sessionId?: string;
  /** The API token the request came with: the actor is then its owner, with the token's role and post. */
  tokenId?: string;
  /** An administrator set this account's password: nothing is allowed until the user chose their own. */
  mustChangePassword?: boolean;
  /** The role requires two-factor sign-in and the account has none yet: nothing is allowed until it is set up. */
  mustEnrolTwoFactor?: boolean;
  /** The "sensitive cases" permission an administrator granted to this account (never to an API token). */
  sensitiveCases?: boolean;
};

/**
 * Whose sign-in needs a one-time code besides the password: those who change workers' records or
 * accounts must; ministry staff, who read, may choose to.
 */
export const twoFactorRequired: Record<Role, boolean> = { ADMIN: true, OFFICER: true, MINISTRY: false };

/**
 * A worker signed in to the portal. No role and no post: the only records within reach are the
 * worker's own, and the id comes from the portal session, never from the request.
 */
export type PortalActor = {
  workerId: string;
  requestId?: string;
};

export const permissions: Record<Role, Partial<Record<Action, Scope>>> = {
  OFFICER: {
    "worker.read": "own-post",
    "worker.create": "own-post",
    "worker.update": "own-post",
    "worker.transfer": "own-post",
    "worker.export": "own-post",
    "worker.revealPassport": "own-post",
    "worker.issueAccessCode": "own-post",
    "worker.import": "own-post",
    "course.read": "own-post",
    "course.manage": "own-post",
    "enrolment.manage": "own-post",
    "course.statistics": "own-post",
    "report.read": "own-post",
    // Case work at the labour desk: the post's cases, and moving one on when the worker moves.
    "case.read": "own-post",
    "case.create": "own-post",
    "case.manage": "own-post",
    "case.transfer": "own-post",
    "case.report": "own-post",
  },
  MINISTRY: {
    "worker.read": "all",
    "worker.export": "all",
    "course.statistics": "all",
    "report.read": "all",
    "publishedFigure.manage": "all",
    "quota.manage": "all",
    // The ministry takes complaints in Phnom Penh (families, returnees), supervises every post's
    // cases, confirms complaints from the public page and keeps the rate table for the reports.
    "case.read": "all",
    "case.create": "all",
    "case.manage": "all",
    "case.transfer": "all",
    "case.confirm": "all",
    "case.report": "all",
    "currencyRate.manage": "all",
  },
  ADMIN: {
    // Administrators import a post's register for it (or the national one), without reading workers otherwise.
    "worker.import": "all",
    "user.read": "all",
    "user.manage": "all",
    "apiToken.manage": "all",
    "post.read": "all",
    // Administrators may open every case, sensitive ones included (read only), and keep the
    // agencies' list and the deadlines.
    "case.read": "all",
    "agency.manage": "all",
    "caseSettings.manage": "all",
  },
};

/**
 * Who may open a sensitive case (trafficking, violence, death, or marked so) beyond their scope's
 * other cases: "all" sees every sensitive case in scope; "granted" only with the account's
 * "sensitive cases" permission; otherwise only the officer the case is assigned to.
 */
const sensitiveCaseAccess: Record<Role, "all" | "granted"> = { ADMIN: "all", MINISTRY: "granted", OFFICER: "granted" };

/** Whether the actor may open every sensitive case in their scope (not only those assigned to them). */
export function seesAllSensitiveCases(actor: Actor): boolean {
  return sensitiveCaseAccess[actor.role] === "all" || actor.sensitiveCases === true;
}

/** Whether the actor may open a case, given where it is held, whether it is sensitive and to whom it is assigned. */
export function canOpenCase(actor: Actor, record: { postId: string | null; sensitive: boolean; assignedOfficerId: string | null }): boolean {
  if (!can(actor, "case.read", record.postId)) return false;
  return !record.sensitive || seesAllSensitiveCases(actor) || record.assignedOfficerId === actor.id;
}

/**
 * What an account must do before anything else is allowed: replace a temporary password first,
 * then set up the second factor its role requires; null when nothing is pending.
 */
export type PendingStep = "passwordChange" | "twoFactorEnrolment";

export function pendingStep(actor: Pick<Actor, "mustChangePassword" | "mustEnrolTwoFactor">): PendingStep | null {
  if (actor.mustChangePassword) return "passwordChange";
  if (actor.mustEnrolTwoFactor) return "twoFactorEnrolment";
  return null;
}

/** Why a signed-in actor may not do an action: a step pending on the account, or the matrix does not grant it. */
export type Refusal = PendingStep | "notGranted";

export type Decision = { allowed: true; scope: Scope } | { allowed: false; refusal: Refusal };

/**
 * The one permission decision. The data layer's `authorize` enforces it; `scopeOf` and `can` are
 * views of it for pages and templates, so what a page offers and what the data layer allows agree.
 */
export function decide(actor: Actor, action: Action): Decision {
  const pending = pendingStep(actor);
  if (pending) return { allowed: false, refusal: pending };
  const scope = permissions[actor.role][action];
  // An officer without a post holds no records.
  if (!scope || (scope === "own-post" && !actor.postId)) return { allowed: false, refusal: "notGranted" };
  return { allowed: true, scope };
}

/** The scope an actor has for an action, or null when the action is refused to them. */
export function scopeOf(actor: Actor, action: Action): Scope | null {
  const decision = decide(actor, action);
  return decision.allowed ? decision.scope : null;
}

/** Whether the actor may do the action to a record held by `recordPostId` (to any record in scope when omitted). */
export function can(actor: Actor, action: Action, recordPostId?: string | null): boolean {
  const scope = scopeOf(actor, action);
  if (!scope) return false;
  if (scope === "all" || recordPostId === undefined) return true;
  return recordPostId === actor.postId;
}
