-- CreateEnum
CREATE TYPE "CourseStatus" AS ENUM ('PLANNED', 'OPEN', 'RUNNING', 'FINISHED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "EnrolmentStatus" AS ENUM ('ENROLLED', 'WAITLISTED', 'COMPLETED', 'WITHDRAWN', 'NO_SHOW');

-- CreateEnum
CREATE TYPE "WorkerNotificationKind" AS ENUM ('PROMOTED_FROM_WAITLIST', 'COURSE_CANCELLED');

-- CreateTable
CREATE TABLE "Course" (
    "id" UUID NOT NULL,
    "postId" UUID NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleKm" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "scheduleNote" TEXT,
    "capacity" INTEGER NOT NULL,
    "enrolmentDeadline" DATE,
    "status" "CourseStatus" NOT NULL DEFAULT 'PLANNED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID,
    "updatedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Course_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Enrolment" (
    "id" UUID NOT NULL,
    "courseId" UUID NOT NULL,
    "workerId" UUID NOT NULL,
    "status" "EnrolmentStatus" NOT NULL,
    "queuePosition" BIGSERIAL NOT NULL,
    "certificateNo" TEXT,
    "completedOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID,
    "updatedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Enrolment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attendance" (
    "enrolmentId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "present" BOOLEAN NOT NULL,
    "recordedById" UUID,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("enrolmentId","day")
);

-- CreateTable
CREATE TABLE "WorkerPortalAccess" (
    "workerId" UUID NOT NULL,
    "codeHash" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "issuedById" UUID,

    CONSTRAINT "WorkerPortalAccess_pkey" PRIMARY KEY ("workerId")
);

-- CreateTable
CREATE TABLE "PortalSession" (
    "tokenHash" TEXT NOT NULL,
    "workerId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PortalSession_pkey" PRIMARY KEY ("tokenHash")
);

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lastFailure" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "WorkerNotification" (
    "id" UUID NOT NULL,
    "workerId" UUID NOT NULL,
    "kind" "WorkerNotificationKind" NOT NULL,
    "courseId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "seenAt" TIMESTAMP(3),

    CONSTRAINT "WorkerNotification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Course_postId_startsOn_idx" ON "Course"("postId", "startsOn");

-- CreateIndex
CREATE INDEX "Course_startsOn_idx" ON "Course"("startsOn");

-- CreateIndex
CREATE UNIQUE INDEX "Enrolment_certificateNo_key" ON "Enrolment"("certificateNo");

-- CreateIndex
CREATE INDEX "Enrolment_courseId_status_queuePosition_idx" ON "Enrolment"("courseId", "status", "queuePosition");

-- CreateIndex
CREATE INDEX "Enrolment_workerId_status_idx" ON "Enrolment"("workerId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Enrolment_courseId_workerId_key" ON "Enrolment"("courseId", "workerId");

-- CreateIndex
CREATE INDEX "PortalSession_workerId_idx" ON "PortalSession"("workerId");

-- CreateIndex
CREATE INDEX "WorkerNotification_workerId_createdAt_idx" ON "WorkerNotification"("workerId", "createdAt");

-- AddForeignKey
ALTER TABLE "Course" ADD CONSTRAINT "Course_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "Worker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkerPortalAccess" ADD CONSTRAINT "WorkerPortalAccess_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "Worker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PortalSession" ADD CONSTRAINT "PortalSession_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "Worker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkerNotification" ADD CONSTRAINT "WorkerNotification_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "Worker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkerNotification" ADD CONSTRAINT "WorkerNotification_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A course runs forward in time and holds at least one place.
ALTER TABLE "Course" ADD CONSTRAINT "Course_dates_check" CHECK ("endsOn" >= "startsOn");
ALTER TABLE "Course" ADD CONSTRAINT "Course_capacity_check" CHECK ("capacity" > 0);
-- A certificate exists only for a completed enrolment.
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_certificate_check" CHECK ("certificateNo" IS NULL OR "status" = 'COMPLETED');
-- Certificate numbers come from one sequence, so two completions never share one.
CREATE SEQUENCE "certificate_seq";
