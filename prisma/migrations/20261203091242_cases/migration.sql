-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('RECEIVED', 'ACKNOWLEDGED', 'ASSESSMENT', 'MEDIATION', 'REFERRED', 'RESOLVED', 'CLOSED');

-- CreateEnum
CREATE TYPE "CaseCategory" AS ENUM ('UNPAID_WAGES', 'CONTRACT_SUBSTITUTION', 'RECRUITMENT_FEES_OR_DELAY', 'DOCUMENTS_WITHHELD', 'ABUSE_OR_VIOLENCE', 'INJURY_OR_ILLNESS', 'DEATH', 'MISSING_PERSON', 'DETENTION_OR_STATUS', 'TRAFFICKING', 'OTHER');

-- CreateEnum
CREATE TYPE "CaseChannel" AS ENUM ('WALK_IN', 'HOTLINE', 'SOCIAL_MEDIA', 'OUTREACH', 'REFERRAL', 'FAMILY_IN_CAMBODIA', 'PORTAL', 'PUBLIC_FORM');

-- CreateEnum
CREATE TYPE "Complainant" AS ENUM ('WORKER', 'FAMILY', 'REPRESENTATIVE', 'ORGANISATION');

-- CreateEnum
CREATE TYPE "CaseReferral" AS ENUM ('LABOUR_OFFICE', 'COURT', 'NGO', 'MINISTRY');

-- CreateEnum
CREATE TYPE "CaseOutcome" AS ENUM ('COMPENSATION_AGREED', 'RETURNED_HOME', 'CHANGED_EMPLOYER', 'NO_REMEDY', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "CaseEventKind" AS ENUM ('NOTE', 'STATUS', 'ASSIGNED', 'TRANSFERRED', 'PAYMENT', 'ATTACHMENT', 'CONFIRMED', 'UPDATED');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sensitiveCases" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "RecruitmentAgency" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "licenceNo" TEXT,
    "retiredAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "workersSent" INTEGER,

    CONSTRAINT "RecruitmentAgency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "acknowledgeWithinDays" INTEGER NOT NULL DEFAULT 7,
    "decideWithinDays" INTEGER NOT NULL DEFAULT 60,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" UUID,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CaseSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CurrencyRate" (
    "currency" CHAR(3) NOT NULL,
    "usdPerUnit" DECIMAL(18,8) NOT NULL,
    "asOf" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CurrencyRate_pkey" PRIMARY KEY ("currency")
);

-- CreateTable
CREATE TABLE "Case" (
    "id" UUID NOT NULL,
    "referenceNo" TEXT NOT NULL,
    "postId" UUID,
    "destinationCountry" CHAR(2) NOT NULL,
    "categories" "CaseCategory"[],
    "channel" "CaseChannel" NOT NULL,
    "complainant" "Complainant" NOT NULL,
    "complainantName" TEXT,
    "complainantRelation" TEXT,
    "complainantContact" TEXT,
    "employer" TEXT,
    "agencyId" UUID,
    "agencyName" TEXT,
    "description" TEXT NOT NULL,
    "markedSensitive" BOOLEAN NOT NULL DEFAULT false,
    "sensitive" BOOLEAN NOT NULL DEFAULT false,
    "status" "CaseStatus" NOT NULL DEFAULT 'RECEIVED',
    "referredTo" "CaseReferral",
    "outcome" "CaseOutcome",
    "currency" CHAR(3),
    "amountClaimed" DECIMAL(14,2),
    "amountAgreed" DECIMAL(14,2),
    "assignedOfficerId" UUID,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedAt" TIMESTAMP(3),
    "assessmentAt" TIMESTAMP(3),
    "mediationAt" TIMESTAMP(3),
    "referredAt" TIMESTAMP(3),
    "resolvedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "confirmedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseWorker" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "workerId" UUID,
    "fullName" TEXT,
    "passportNo" TEXT,
    "dateOfBirth" DATE,
    "phone" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseWorker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseEvent" (
    "id" BIGSERIAL NOT NULL,
    "caseId" UUID NOT NULL,
    "kind" "CaseEventKind" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "fromStatus" "CaseStatus",
    "toStatus" "CaseStatus",
    "note" TEXT,
    "data" JSONB,

    CONSTRAINT "CaseEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CasePayment" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "receivedOn" DATE NOT NULL,
    "note" TEXT,
    "recordedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CasePayment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseAttachment" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "data" BYTEA NOT NULL,
    "uploadedById" UUID,
    "fromComplainant" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseTransfer" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "fromPostId" UUID,
    "toPostId" UUID,
    "reason" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseTransfer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RecruitmentAgency_name_key" ON "RecruitmentAgency"("name");

-- CreateIndex
CREATE UNIQUE INDEX "RecruitmentAgency_licenceNo_key" ON "RecruitmentAgency"("licenceNo");

-- CreateIndex
CREATE UNIQUE INDEX "Case_referenceNo_key" ON "Case"("referenceNo");

-- CreateIndex
CREATE INDEX "Case_postId_status_receivedAt_idx" ON "Case"("postId", "status", "receivedAt");

-- CreateIndex
CREATE INDEX "Case_status_receivedAt_idx" ON "Case"("status", "receivedAt");

-- CreateIndex
CREATE INDEX "Case_postId_receivedAt_id_idx" ON "Case"("postId", "receivedAt", "id");

-- CreateIndex
CREATE INDEX "Case_receivedAt_id_idx" ON "Case"("receivedAt", "id");

-- CreateIndex
CREATE INDEX "Case_assignedOfficerId_status_idx" ON "Case"("assignedOfficerId", "status");

-- CreateIndex
CREATE INDEX "Case_agencyId_idx" ON "Case"("agencyId");

-- CreateIndex
CREATE INDEX "Case_destinationCountry_status_idx" ON "Case"("destinationCountry", "status");

-- CreateIndex
CREATE INDEX "CaseWorker_workerId_idx" ON "CaseWorker"("workerId");

-- CreateIndex
CREATE INDEX "CaseWorker_caseId_idx" ON "CaseWorker"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "CaseWorker_caseId_workerId_key" ON "CaseWorker"("caseId", "workerId");

-- CreateIndex
CREATE INDEX "CaseEvent_caseId_at_idx" ON "CaseEvent"("caseId", "at");

-- CreateIndex
CREATE INDEX "CasePayment_caseId_receivedOn_idx" ON "CasePayment"("caseId", "receivedOn");

-- CreateIndex
CREATE INDEX "CaseAttachment_caseId_createdAt_idx" ON "CaseAttachment"("caseId", "createdAt");

-- CreateIndex
CREATE INDEX "CaseTransfer_caseId_createdAt_idx" ON "CaseTransfer"("caseId", "createdAt");

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_destinationCountry_fkey" FOREIGN KEY ("destinationCountry") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "RecruitmentAgency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_assignedOfficerId_fkey" FOREIGN KEY ("assignedOfficerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseWorker" ADD CONSTRAINT "CaseWorker_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseWorker" ADD CONSTRAINT "CaseWorker_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "Worker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CasePayment" ADD CONSTRAINT "CasePayment_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseAttachment" ADD CONSTRAINT "CaseAttachment_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseTransfer" ADD CONSTRAINT "CaseTransfer_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseTransfer" ADD CONSTRAINT "CaseTransfer_fromPostId_fkey" FOREIGN KEY ("fromPostId") REFERENCES "Post"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseTransfer" ADD CONSTRAINT "CaseTransfer_toPostId_fkey" FOREIGN KEY ("toPostId") REFERENCES "Post"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Case reference numbers: C-<destination>-<year>-<number>, the number from one sequence.
CREATE SEQUENCE case_reference_seq;

-- The one settings row, with the deadlines of the ministry's guideline.
INSERT INTO "CaseSettings" ("id", "updatedAt") VALUES (1, CURRENT_TIMESTAMP);
