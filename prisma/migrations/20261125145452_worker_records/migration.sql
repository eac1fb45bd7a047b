-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- DropIndex
DROP INDEX "Worker_postId_createdAt_id_idx";

-- CreateTable
CREATE TABLE "WorkerStatusChange" (
    "id" UUID NOT NULL,
    "workerId" UUID NOT NULL,
    "fromStatus" "WorkerStatus" NOT NULL,
    "toStatus" "WorkerStatus" NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkerStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkerTransfer" (
    "id" UUID NOT NULL,
    "workerId" UUID NOT NULL,
    "fromPostId" UUID,
    "toPostId" UUID,
    "fromCountry" CHAR(2) NOT NULL,
    "toCountry" CHAR(2) NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkerTransfer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WorkerStatusChange_workerId_createdAt_idx" ON "WorkerStatusChange"("workerId", "createdAt");

-- CreateIndex
CREATE INDEX "WorkerStatusChange_toStatus_effectiveOn_idx" ON "WorkerStatusChange"("toStatus", "effectiveOn");

-- CreateIndex
CREATE INDEX "WorkerTransfer_workerId_createdAt_idx" ON "WorkerTransfer"("workerId", "createdAt");

-- CreateIndex
CREATE INDEX "Worker_postId_createdAt_id_idx" ON "Worker"("postId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Worker_createdAt_id_idx" ON "Worker"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Worker_postId_fullName_id_idx" ON "Worker"("postId", "fullName", "id");

-- CreateIndex
CREATE INDEX "Worker_fullName_id_idx" ON "Worker"("fullName", "id");

-- CreateIndex
CREATE INDEX "Worker_postId_deployedOn_id_idx" ON "Worker"("postId", "deployedOn", "id");

-- CreateIndex
CREATE INDEX "Worker_deployedOn_id_idx" ON "Worker"("deployedOn", "id");

-- CreateIndex
CREATE INDEX "Worker_postId_status_idx" ON "Worker"("postId", "status");

-- CreateIndex
CREATE INDEX "Worker_phone_idx" ON "Worker"("phone");

-- CreateIndex
CREATE INDEX "Worker_fullName_trgm_idx" ON "Worker" USING GIN ("fullName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Worker_fullNameKm_trgm_idx" ON "Worker" USING GIN ("fullNameKm" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "WorkerStatusChange" ADD CONSTRAINT "WorkerStatusChange_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "Worker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkerTransfer" ADD CONSTRAINT "WorkerTransfer_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "Worker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkerTransfer" ADD CONSTRAINT "WorkerTransfer_fromPostId_fkey" FOREIGN KEY ("fromPostId") REFERENCES "Post"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkerTransfer" ADD CONSTRAINT "WorkerTransfer_toPostId_fkey" FOREIGN KEY ("toPostId") REFERENCES "Post"("id") ON DELETE SET NULL ON UPDATE CASCADE;
