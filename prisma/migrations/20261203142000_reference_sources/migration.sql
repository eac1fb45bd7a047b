-- AlterTable
ALTER TABLE "PublishedSource" ADD COLUMN     "official" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ReferenceSource" (
    "countryCode" CHAR(2) NOT NULL,
    "sourceId" TEXT NOT NULL,
    "chosenById" UUID,
    "chosenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReferenceSource_pkey" PRIMARY KEY ("countryCode")
);

-- AddForeignKey
ALTER TABLE "ReferenceSource" ADD CONSTRAINT "ReferenceSource_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferenceSource" ADD CONSTRAINT "ReferenceSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "PublishedSource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The ministry's own report already on record is its official source (the reference data's file
-- says so from now on in its `official` column).
UPDATE "PublishedSource" SET official = true WHERE id = 'molvt-2021';
