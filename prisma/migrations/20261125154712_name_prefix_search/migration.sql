-- CreateIndex
CREATE INDEX "Worker_fullNameKm_id_idx" ON "Worker"("fullNameKm", "id");
