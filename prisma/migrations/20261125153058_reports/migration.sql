-- CreateTable
CREATE TABLE "PublishedSource" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publishedOn" DATE NOT NULL,
    "asOf" DATE NOT NULL,
    "note" TEXT,
    "retiredAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PublishedSource_pkey" PRIMARY KEY ("id")
);

-- Each source's title and dates move from its figures to the source itself.
INSERT INTO "PublishedSource" ("id", "title", "publishedOn", "asOf", "updatedAt")
SELECT DISTINCT ON ("sourceId") "sourceId", "title", "publishedOn", "asOf", CURRENT_TIMESTAMP
FROM "PublishedFigure" ORDER BY "sourceId", "publishedOn" DESC;

-- AlterTable
ALTER TABLE "PublishedFigure" DROP COLUMN "asOf",
DROP COLUMN "publishedOn",
DROP COLUMN "title";

-- CreateTable
CREATE TABLE "Quota" (
    "id" UUID NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "year" INTEGER NOT NULL,
    "workers" INTEGER NOT NULL,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Quota_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkerTally" (
    "id" BIGSERIAL NOT NULL,
    "postId" UUID,
    "destinationCountry" CHAR(2) NOT NULL,
    "status" "WorkerStatus" NOT NULL,
    "sector" "Sector" NOT NULL,
    "sex" "Sex" NOT NULL,
    "provinceCode" TEXT NOT NULL,
    "scheme" "Scheme" NOT NULL,
    "workers" INTEGER NOT NULL,

    CONSTRAINT "WorkerTally_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkerMonthTally" (
    "id" BIGSERIAL NOT NULL,
    "postId" UUID,
    "destinationCountry" CHAR(2) NOT NULL,
    "month" DATE NOT NULL,
    "deployed" INTEGER NOT NULL DEFAULT 0,
    "returned" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "WorkerMonthTally_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Quota_countryCode_year_key" ON "Quota"("countryCode", "year");

-- CreateIndex
-- NULLS NOT DISTINCT: workers of ministry-covered countries (no post) share one tally row per cell.
CREATE UNIQUE INDEX "WorkerTally_postId_destinationCountry_status_sector_sex_pro_key" ON "WorkerTally"("postId", "destinationCountry", "status", "sector", "sex", "provinceCode", "scheme") NULLS NOT DISTINCT;

-- CreateIndex
CREATE UNIQUE INDEX "WorkerMonthTally_postId_destinationCountry_month_key" ON "WorkerMonthTally"("postId", "destinationCountry", "month") NULLS NOT DISTINCT;

-- AddForeignKey
ALTER TABLE "PublishedFigure" ADD CONSTRAINT "PublishedFigure_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "PublishedSource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quota" ADD CONSTRAINT "Quota_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The tallies follow every change to Worker in the same transaction, one statement at a time:
-- a row-by-row trigger would make bulk imports (COPY) crawl. Each statement's changes are summed
-- per cell and applied in key order, so concurrent writers lock tally rows in the same order and
-- cannot deadlock on them.
CREATE FUNCTION "worker_tally_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changes text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT *, 1 AS delta FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT *, -1 AS delta FROM old_rows'
    ELSE 'SELECT *, 1 AS delta FROM new_rows UNION ALL SELECT *, -1 AS delta FROM old_rows'
  END;
BEGIN
  EXECUTE format($sql$
    WITH delta AS (%s),
    cells AS (
      INSERT INTO "WorkerTally" ("postId", "destinationCountry", status, sector, sex, "provinceCode", scheme, workers)
      SELECT "postId", "destinationCountry", status, sector, sex, "provinceCode", scheme, sum(delta)
      FROM delta
      GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(delta) <> 0
      ORDER BY 1, 2, 3, 4, 5, 6, 7
      ON CONFLICT ("postId", "destinationCountry", status, sector, sex, "provinceCode", scheme)
      DO UPDATE SET workers = "WorkerTally".workers + EXCLUDED.workers
    )
    INSERT INTO "WorkerMonthTally" ("postId", "destinationCountry", month, deployed, returned)
    SELECT "postId", "destinationCountry", month, sum(deployed), sum(returned)
    FROM (
      SELECT "postId", "destinationCountry", date_trunc('month', "deployedOn")::date AS month, delta AS deployed, 0 AS returned
      FROM delta WHERE "deployedOn" IS NOT NULL
      UNION ALL
      SELECT "postId", "destinationCountry", date_trunc('month', "returnedOn")::date, 0, delta
      FROM delta WHERE "returnedOn" IS NOT NULL
    ) AS events
    GROUP BY 1, 2, 3 HAVING sum(deployed) <> 0 OR sum(returned) <> 0
    ORDER BY 1, 2, 3
    ON CONFLICT ("postId", "destinationCountry", month)
    DO UPDATE SET deployed = "WorkerMonthTally".deployed + EXCLUDED.deployed, returned = "WorkerMonthTally".returned + EXCLUDED.returned
  $sql$, changes);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Worker_tally_insert" AFTER INSERT ON "Worker" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "worker_tally_apply"();
CREATE TRIGGER "Worker_tally_update" AFTER UPDATE ON "Worker" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "worker_tally_apply"();
CREATE TRIGGER "Worker_tally_delete" AFTER DELETE ON "Worker" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "worker_tally_apply"();

-- Start the tallies from the workers already registered.
INSERT INTO "WorkerTally" ("postId", "destinationCountry", status, sector, sex, "provinceCode", scheme, workers)
SELECT "postId", "destinationCountry", status, sector, sex, "provinceCode", scheme, count(*)::int
FROM "Worker" GROUP BY 1, 2, 3, 4, 5, 6, 7;

INSERT INTO "WorkerMonthTally" ("postId", "destinationCountry", month, deployed, returned)
SELECT "postId", "destinationCountry", month, sum(deployed)::int, sum(returned)::int
FROM (
  SELECT "postId", "destinationCountry", date_trunc('month', "deployedOn")::date AS month, 1 AS deployed, 0 AS returned FROM "Worker" WHERE "deployedOn" IS NOT NULL
  UNION ALL
  SELECT "postId", "destinationCountry", date_trunc('month', "returnedOn")::date, 0, 1 FROM "Worker" WHERE "returnedOn" IS NOT NULL
) AS events
GROUP BY 1, 2, 3;
