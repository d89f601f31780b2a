-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_SupportReferral" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "externalRef" TEXT NOT NULL,
    "inputDigest" TEXT NOT NULL DEFAULT '',
    "supportCaseId" TEXT NOT NULL,
    "fromName" TEXT NOT NULL,
    "fromType" TEXT NOT NULL,
    "toName" TEXT NOT NULL,
    "toType" TEXT NOT NULL,
    "toUnitCode" TEXT,
    "referredBy" TEXT,
    "answeredBy" TEXT,
    "reason" TEXT NOT NULL,
    "forService" TEXT NOT NULL,
    "sharesPersonData" BOOLEAN NOT NULL,
    "consentAtReferral" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "status" TEXT NOT NULL DEFAULT 'IN_PROGRESS',
    "referredAt" DATETIME NOT NULL,
    "acceptedAt" DATETIME,
    "rejectedAt" DATETIME,
    "doneAt" DATETIME,
    "revokedAt" DATETIME,
    "sharingEndedAt" DATETIME,
    "statusChangedAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "SupportReferral_supportCaseId_fkey" FOREIGN KEY ("supportCaseId") REFERENCES "SupportCase" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_SupportReferral" ("acceptedAt", "answeredBy", "consentAtReferral", "createdAt", "doneAt", "externalRef", "forService", "fromName", "fromType", "id", "inputDigest", "reason", "referredAt", "referredBy", "rejectedAt", "revokedAt", "sharesPersonData", "sharingEndedAt", "status", "statusChangedAt", "supportCaseId", "toName", "toType", "toUnitCode", "updatedAt") SELECT "acceptedAt", "answeredBy", "consentAtReferral", "createdAt", "doneAt", "externalRef", "forService", "fromName", "fromType", "id", "inputDigest", "reason", "referredAt", "referredBy", "rejectedAt", "revokedAt", "sharesPersonData", "sharingEndedAt", "status", "statusChangedAt", "supportCaseId", "toName", "toType", "toUnitCode", "updatedAt" FROM "SupportReferral";
DROP TABLE "SupportReferral";
ALTER TABLE "new_SupportReferral" RENAME TO "SupportReferral";
CREATE UNIQUE INDEX "SupportReferral_externalRef_key" ON "SupportReferral"("externalRef");
CREATE INDEX "SupportReferral_supportCaseId_idx" ON "SupportReferral"("supportCaseId");
CREATE INDEX "SupportReferral_referredAt_idx" ON "SupportReferral"("referredAt");
CREATE INDEX "SupportReferral_status_idx" ON "SupportReferral"("status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
