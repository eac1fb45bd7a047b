-- CreateTable
CREATE TABLE "DuplicateFlag" (
    "workerId" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "flaggedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "flaggedById" UUID,

    CONSTRAINT "DuplicateFlag_pkey" PRIMARY KEY ("workerId")
);

-- CreateIndex
CREATE INDEX "Worker_contractEnd_idx" ON "Worker"("contractEnd");

-- CreateIndex
CREATE INDEX "Worker_returnedOn_idx" ON "Worker"("returnedOn");

-- CreateIndex
CREATE INDEX "AuditEvent_action_at_idx" ON "AuditEvent"("action", "at");

-- AddForeignKey
ALTER TABLE "DuplicateFlag" ADD CONSTRAINT "DuplicateFlag_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "Worker"("id") ON DELETE CASCADE ON UPDATE CASCADE;
