-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'OFFICER', 'MINISTRY');

-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('M', 'F', 'X');

-- CreateEnum
CREATE TYPE "Scheme" AS ENUM ('EPS', 'MOU', 'TECHNICAL_INTERN', 'SPECIFIED_SKILLED_WORKER', 'DOMESTIC_WORK', 'OTHER');

-- CreateEnum
CREATE TYPE "Sector" AS ENUM ('AGRICULTURE', 'CONSTRUCTION', 'MANUFACTURING', 'FISHING', 'SERVICES', 'HOSPITALITY', 'DOMESTIC_WORK', 'OTHER');

-- CreateEnum
CREATE TYPE "WorkerStatus" AS ENUM ('PRE_DEPARTURE', 'DEPLOYED', 'RETURNED', 'TRANSFERRED_OUT', 'DECEASED', 'UNKNOWN');

-- CreateTable
CREATE TABLE "Country" (
    "code" CHAR(2) NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameKm" TEXT NOT NULL,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Province" (
    "code" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameKm" TEXT NOT NULL,

    CONSTRAINT "Province_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Post" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "postId" UUID,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "passwordHash" TEXT NOT NULL,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Worker" (
    "id" UUID NOT NULL,
    "registrationNo" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "fullNameKm" TEXT,
    "sex" "Sex" NOT NULL,
    "dateOfBirth" DATE NOT NULL,
    "passportNo" TEXT NOT NULL,
    "phone" TEXT,
    "provinceCode" TEXT NOT NULL,
    "destinationCountry" CHAR(2) NOT NULL,
    "postId" UUID,
    "employer" TEXT,
    "sector" "Sector" NOT NULL,
    "scheme" "Scheme" NOT NULL,
    "deployedOn" DATE,
    "contractEnd" DATE,
    "returnedOn" DATE,
    "status" "WorkerStatus" NOT NULL DEFAULT 'PRE_DEPARTURE',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID,
    "updatedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Worker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublishedFigure" (
    "id" UUID NOT NULL,
    "sourceId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publishedOn" DATE NOT NULL,
    "asOf" DATE NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "workers" INTEGER NOT NULL,
    "note" TEXT,

    CONSTRAINT "PublishedFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "actorRole" "Role",
    "actorPostId" UUID,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "requestId" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_CountryToPost" (
    "A" CHAR(2) NOT NULL,
    "B" UUID NOT NULL,

    CONSTRAINT "_CountryToPost_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Province_nameEn_key" ON "Province"("nameEn");

-- CreateIndex
CREATE UNIQUE INDEX "Post_name_key" ON "Post"("name");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Worker_registrationNo_key" ON "Worker"("registrationNo");

-- CreateIndex
CREATE UNIQUE INDEX "Worker_passportNo_key" ON "Worker"("passportNo");

-- CreateIndex
CREATE INDEX "Worker_postId_createdAt_id_idx" ON "Worker"("postId", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Worker_destinationCountry_status_idx" ON "Worker"("destinationCountry", "status");

-- CreateIndex
CREATE INDEX "Worker_dateOfBirth_idx" ON "Worker"("dateOfBirth");

-- CreateIndex
CREATE UNIQUE INDEX "PublishedFigure_sourceId_countryCode_key" ON "PublishedFigure"("sourceId", "countryCode");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_at_idx" ON "AuditEvent"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "_CountryToPost_B_index" ON "_CountryToPost"("B");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Worker" ADD CONSTRAINT "Worker_provinceCode_fkey" FOREIGN KEY ("provinceCode") REFERENCES "Province"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Worker" ADD CONSTRAINT "Worker_destinationCountry_fkey" FOREIGN KEY ("destinationCountry") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Worker" ADD CONSTRAINT "Worker_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedFigure" ADD CONSTRAINT "PublishedFigure_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CountryToPost" ADD CONSTRAINT "_CountryToPost_A_fkey" FOREIGN KEY ("A") REFERENCES "Country"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CountryToPost" ADD CONSTRAINT "_CountryToPost_B_fkey" FOREIGN KEY ("B") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Registration numbers printed on the workers' slips come from one sequence, so they never repeat.
CREATE SEQUENCE "worker_registration_seq";

-- The audit log is append-only: history cannot be rewritten, even by the application.
CREATE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();
CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();
