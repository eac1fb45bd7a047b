-- API tokens belong to the administrator who issued them, and expire: tokens issued before this
-- expire 90 days from now. Hand-written so that existing rows keep their issuer as owner.
ALTER TABLE "ApiToken" RENAME COLUMN "createdById" TO "ownerId";
ALTER TABLE "ApiToken" ADD COLUMN "expiresAt" TIMESTAMP(3) NOT NULL DEFAULT (now() AT TIME ZONE 'UTC') + interval '90 days';
ALTER TABLE "ApiToken" ALTER COLUMN "expiresAt" DROP DEFAULT;

CREATE INDEX "ApiToken_ownerId_idx" ON "ApiToken"("ownerId");

ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The audit trail names the token an actor acted through.
ALTER TABLE "AuditEvent" ADD COLUMN "actorTokenId" UUID;

-- Import jobs keep who their uploader was when they queued them. Jobs queued through a token before
-- this recorded the token's id as their creator: it becomes the token's owner.
ALTER TABLE "ImportJob" ADD COLUMN "createdByPostId" UUID,
ADD COLUMN "createdByRole" "Role",
ADD COLUMN "createdByTokenId" UUID;

UPDATE "ImportJob" j SET "createdByRole" = t.role, "createdByPostId" = t."postId", "createdByTokenId" = t.id, "createdById" = t."ownerId"
FROM "ApiToken" t WHERE t.id = j."createdById";

UPDATE "ImportJob" j SET "createdByRole" = u.role, "createdByPostId" = u."postId"
FROM "User" u WHERE u.id = j."createdById" AND j."createdByRole" IS NULL;

ALTER TABLE "ImportJob" ALTER COLUMN "createdByRole" SET NOT NULL;
