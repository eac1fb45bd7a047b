import "server-only";
import { Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordDenial } from "./security-events";
import { decide, pendingStep, type Action, type Actor, type PortalActor, type Refusal, type Scope } from "@/lib/auth/permissions";

/** The message a refusal carries, so the person is told what to do first. */
const refusalMessage: Record<Refusal, string> = {
  passwordChange: "errors.passwordChangeRequired",
  twoFactorEnrolment: "errors.twoFactorRequired",
  notGranted: "errors.FORBIDDEN",
};

/**
 * The one permission check each data function makes before anything else: it enforces `decide`,
 * the decision pages show through `can`. It returns the scope, and `within`, the post scope every
 * query of the caller is narrowed with; an anonymous caller is refused outright.
 */
export function authorize(actor: Actor | null, action: Action): { actor: Actor; scope: Scope; within: PostScope } {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const decision = decide(actor, action);
  if (decision.allowed) return { actor, scope: decision.scope, within: postScopeOf(actor, decision.scope) };
  // Recorded beside the refusal, without holding it up; a pending step is no attempt on another's records.
  if (decision.refusal === "notGranted") void recordDenial(actor, action);
  throw new AppError("FORBIDDEN", refusalMessage[decision.refusal]);
}

/**
 * For what a signed-in person does to their own account's sign-in (setting up two-factor): open
 * to an account that must still set it up, not to one that must first replace a temporary password.
 */
export function authorizeOwnAccount(actor: Actor | null): Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  if (pendingStep(actor) === "passwordChange") throw new AppError("FORBIDDEN", refusalMessage.passwordChange);
  return actor;
}

/** The actor's own post; what is scoped to it is refused to an actor without one. */
function ownPost(actor: Actor): string {
  if (!actor.postId) throw new AppError("FORBIDDEN");
  return actor.postId;
}

/**
 * Post scope, written once for every way a query is written: the records an actor may reach for an
 * action are one post's (an officer's own) or every post's. Data functions narrow their reads and
 * locks with it, never with the actor's post directly.
 */
export type PostScope = {
  /** The one post whose records are in reach; null for every post's. */
  readonly postId: string | null;
  /** A Prisma `where` on a record's own post (Worker, Course, Case, ImportJob…): `{ postId }`, or nothing. */
  readonly records: { postId?: string };
  /** A Prisma `where` on Post itself. */
  readonly posts: { id?: string };
  /** A Prisma `where` on Country: the destinations the post covers, or every one. */
  readonly countries: { posts?: { some: { id: string } } };
  /** The same as an SQL condition on a post column, `"postId"` unless another is named (c."postId"). */
  sql(column?: Prisma.Sql): Prisma.Sql;
  /** Whether a record held by `recordPostId` is in reach. */
  holds(recordPostId: string | null): boolean;
  /** The post a record created in this scope belongs to: the actor's own (refused for an every-post scope). */
  ownPost(): string;
};

const POST_COLUMN = Prisma.sql`"postId"`;

function postScopeOf(actor: Actor, scope: Scope): PostScope {
  if (scope === "all") {
    const refused = () => {
      throw new AppError("FORBIDDEN");
    };
    return { postId: null, records: {}, posts: {}, countries: {}, sql: () => Prisma.sql`TRUE`, holds: () => true, ownPost: refused };
  }
  const postId = ownPost(actor);
  return {
    postId,
    records: { postId },
    posts: { id: postId },
    countries: { posts: { some: { id: postId } } },
    sql: (column = POST_COLUMN) => Prisma.sql`${column} = ${postId}::uuid`,
    holds: (recordPostId) => recordPostId === postId,
    ownPost: () => postId,
  };
}

/** The portal's one check: a signed-in worker, who then reads only what `workerId` owns. */
export function authorizePortal(actor: PortalActor | null): PortalActor {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  return actor;
}
