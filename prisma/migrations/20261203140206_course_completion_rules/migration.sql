-- AlterTable
ALTER TABLE "Course" ADD COLUMN     "minAttendancePercent" INTEGER NOT NULL DEFAULT 80;

-- AlterTable
ALTER TABLE "Enrolment" ADD COLUMN     "certificateRevokedById" UUID,
ADD COLUMN     "certificateRevokedOn" DATE,
ADD COLUMN     "certificateRevokedReason" TEXT;

-- A share of the course's days: whole per cent, at least one (a certificate needs some attendance).
ALTER TABLE "Course" ADD CONSTRAINT "Course_minAttendancePercent_range" CHECK ("minAttendancePercent" BETWEEN 1 AND 100);

-- A revoked certificate always says when and why.
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_certificateRevoked_reason" CHECK (("certificateRevokedOn" IS NULL) = ("certificateRevokedReason" IS NULL));
