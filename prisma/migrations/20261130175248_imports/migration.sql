-- CreateEnum
CREATE TYPE "ImportFormat" AS ENUM ('CSV', 'XLSX');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED');

-- CreateEnum
CREATE TYPE "ImportPhase" AS ENUM ('READING', 'WRITING');

-- AlterTable
ALTER TABLE "Worker" ADD COLUMN     "importJobId" UUID;

-- CreateTable
CREATE TABLE "ImportFile" (
    "id" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "format" "ImportFormat" NOT NULL,
    "byteSize" BIGINT NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "uploadedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportFileChunk" (
    "fileId" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "ImportFileChunk_pkey" PRIMARY KEY ("fileId","seq")
);

-- CreateTable
CREATE TABLE "ImportJob" (
    "id" UUID NOT NULL,
    "fileId" UUID NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "postId" UUID,
    "dryRun" BOOLEAN NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'QUEUED',
    "phase" "ImportPhase",
    "phaseStartedAt" TIMESTAMP(3),
    "phaseStartRows" INTEGER NOT NULL DEFAULT 0,
    "columns" JSONB,
    "bytesRead" BIGINT NOT NULL DEFAULT 0,
    "rowsRead" INTEGER NOT NULL DEFAULT 0,
    "rowsDone" INTEGER NOT NULL DEFAULT 0,
    "lastLine" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "rejected" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "errorValues" JSONB,
    "leaseOwner" TEXT,
    "leaseUntil" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportRejection" (
    "jobId" UUID NOT NULL,
    "line" INTEGER NOT NULL,
    "cells" TEXT[],
    "reasons" TEXT[],

    CONSTRAINT "ImportRejection_pkey" PRIMARY KEY ("jobId","line")
);

-- CreateTable
CREATE TABLE "ImportChange" (
    "jobId" UUID NOT NULL,
    "line" INTEGER NOT NULL,
    "workerId" UUID NOT NULL,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,

    CONSTRAINT "ImportChange_pkey" PRIMARY KEY ("jobId","line")
);

-- CreateIndex
CREATE INDEX "ImportJob_postId_createdAt_id_idx" ON "ImportJob"("postId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "ImportJob_createdAt_id_idx" ON "ImportJob"("createdAt", "id");

-- CreateIndex
CREATE INDEX "ImportJob_status_leaseUntil_idx" ON "ImportJob"("status", "leaseUntil");

-- CreateIndex
CREATE INDEX "ImportChange_workerId_idx" ON "ImportChange"("workerId");

-- AddForeignKey
ALTER TABLE "ImportFileChunk" ADD CONSTRAINT "ImportFileChunk_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "ImportFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "ImportFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportRejection" ADD CONSTRAINT "ImportRejection_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "ImportJob"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportChange" ADD CONSTRAINT "ImportChange_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "ImportJob"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- One active job per content, post and kind: uploading the same file again while its import is
-- queued or running joins that job instead of starting a second one over the same rows.
CREATE UNIQUE INDEX "ImportJob_active_key" ON "ImportJob" ("sha256", "postId", "dryRun") NULLS NOT DISTINCT
  WHERE "status" IN ('QUEUED', 'RUNNING');

-- Uploaded chunks are stored as they are: compressing them would cost more time than the disk it saves.
ALTER TABLE "ImportFileChunk" ALTER COLUMN "data" SET STORAGE EXTERNAL;

-- Ids for imported workers that grow with time (the UUID v7 layout, which PostgreSQL 18 has built
-- in as uuidv7()): a million new rows then append to the primary key instead of landing on random
-- pages of it.
CREATE FUNCTION "import_uuid_v7"() RETURNS uuid LANGUAGE sql VOLATILE AS $$
  SELECT encode(
    set_bit(set_bit(
      overlay(uuid_send(gen_random_uuid()) PLACING substring(int8send((extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6),
      52, 1), 53, 1),
    'hex')::uuid
$$;
