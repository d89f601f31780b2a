-- CreateTable
CREATE TABLE "StatusChange" (
    "seq" SERIAL NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT NOT NULL,
    "effectiveAt" TIMESTAMP(3) NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "inputDigest" TEXT,

    CONSTRAINT "StatusChange_pkey" PRIMARY KEY ("seq")
);

-- CreateIndex
CREATE INDEX "StatusChange_entityType_entityId_effectiveAt_idx" ON "StatusChange"("entityType", "entityId", "effectiveAt");

-- CreateIndex
CREATE INDEX "StatusChange_recordedAt_idx" ON "StatusChange"("recordedAt");

-- Records written before this migration get their history from their columns (the rules of
-- src/domain/statusHistory.ts): received; verifying from the classification (or the reception);
-- the outcome at "resolvedAt" (a transfer straight from reception). A case: opened, then each
-- dated status in date order; a case investigated again after a suspension was resumed at its
-- last update. Steps not kept before (an earlier suspension since resumed) cannot be recovered.
-- Backfilled steps are recorded at the record's last update and carry no input digest.
INSERT INTO "StatusChange" ("entityType", "entityId", "fromStatus", "toStatus", "effectiveAt", "recordedAt")
SELECT 'INCOMING_REPORT', "id", NULL, 'RECEIVED', "receivedAt", "updatedAt" FROM "IncomingReport" ORDER BY "receivedAt";

INSERT INTO "StatusChange" ("entityType", "entityId", "fromStatus", "toStatus", "effectiveAt", "recordedAt")
SELECT 'INCOMING_REPORT', "id", 'RECEIVED', 'VERIFYING',
  CASE WHEN "resolvedAt" IS NULL OR COALESCE("classifiedAt", "receivedAt") <= "resolvedAt" THEN COALESCE("classifiedAt", "receivedAt") ELSE "resolvedAt" END,
  "updatedAt"
FROM "IncomingReport" WHERE "status" IN ('VERIFYING', 'CASE_OPENED', 'NO_CASE_OPENED', 'SUSPENDED') ORDER BY "receivedAt";

INSERT INTO "StatusChange" ("entityType", "entityId", "fromStatus", "toStatus", "effectiveAt", "recordedAt")
SELECT 'INCOMING_REPORT', "id", CASE WHEN "status" = 'TRANSFERRED' THEN 'RECEIVED' ELSE 'VERIFYING' END, CAST("status" AS TEXT),
  COALESCE("resolvedAt", "classifiedAt", "receivedAt"), "updatedAt"
FROM "IncomingReport" WHERE "status" IN ('CASE_OPENED', 'NO_CASE_OPENED', 'SUSPENDED', 'TRANSFERRED') ORDER BY "receivedAt";

INSERT INTO "StatusChange" ("entityType", "entityId", "fromStatus", "toStatus", "effectiveAt", "recordedAt")
SELECT 'CRIMINAL_CASE', s."id", LAG(s."status") OVER (PARTITION BY s."id" ORDER BY s."at", s."step"), s."status", s."at", s."updatedAt"
FROM (
  SELECT "id", 'INVESTIGATING' AS "status", "openedAt" AS "at", 0 AS "step", "updatedAt" FROM "CriminalCase"
  UNION ALL SELECT "id", 'SUSPENDED', "suspendedAt", 1, "updatedAt" FROM "CriminalCase" WHERE "suspendedAt" IS NOT NULL
  UNION ALL SELECT "id", 'INVESTIGATING', "updatedAt", 2, "updatedAt" FROM "CriminalCase" WHERE "status" = 'INVESTIGATING' AND "suspendedAt" IS NOT NULL
  UNION ALL SELECT "id", 'SOLVED', "solvedAt", 3, "updatedAt" FROM "CriminalCase" WHERE "solvedAt" IS NOT NULL
  UNION ALL SELECT "id", 'CLOSED', "closedAt", 4, "updatedAt" FROM "CriminalCase" WHERE "closedAt" IS NOT NULL
  UNION ALL SELECT "id", 'TRANSFERRED_FOR_PROSECUTION', "transferredAt", 5, "updatedAt" FROM "CriminalCase" WHERE "transferredAt" IS NOT NULL
) s
ORDER BY s."id", s."at", s."step";
