-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_HotlineContact" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "externalRef" TEXT NOT NULL,
    "inputDigest" TEXT NOT NULL DEFAULT '',
    "receivedAt" DATETIME NOT NULL,
    "unitCode" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "concernsTrafficking" BOOLEAN NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'RECEIVED',
    "forwardedReportId" TEXT,
    "forwardedAt" DATETIME,
    "closedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_HotlineContact" ("channel", "closedAt", "concernsTrafficking", "createdAt", "externalRef", "forwardedAt", "forwardedReportId", "id", "inputDigest", "receivedAt", "status", "unitCode", "updatedAt") SELECT "channel", "closedAt", "concernsTrafficking", "createdAt", "externalRef", "forwardedAt", "forwardedReportId", "id", "inputDigest", "receivedAt", "status", "unitCode", "updatedAt" FROM "HotlineContact";
DROP TABLE "HotlineContact";
ALTER TABLE "new_HotlineContact" RENAME TO "HotlineContact";
CREATE UNIQUE INDEX "HotlineContact_externalRef_key" ON "HotlineContact"("externalRef");
CREATE UNIQUE INDEX "HotlineContact_forwardedReportId_key" ON "HotlineContact"("forwardedReportId");
CREATE INDEX "HotlineContact_receivedAt_idx" ON "HotlineContact"("receivedAt");
CREATE INDEX "HotlineContact_unitCode_idx" ON "HotlineContact"("unitCode");
CREATE INDEX "HotlineContact_status_idx" ON "HotlineContact"("status");
CREATE TABLE "new_SupportCase" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "externalRef" TEXT NOT NULL,
    "inputDigest" TEXT NOT NULL DEFAULT '',
    "personRef" TEXT NOT NULL,
    "receivedAt" DATETIME NOT NULL,
    "facility" TEXT NOT NULL,
    "unitCode" TEXT NOT NULL,
    "arrival" TEXT NOT NULL DEFAULT 'OTHER',
    "consentToShare" TEXT NOT NULL DEFAULT 'NOT_ASKED',
    "consentRecordedAt" DATETIME,
    "screeningResult" TEXT,
    "screenedAt" DATETIME,
    "needs" TEXT NOT NULL DEFAULT '',
    "needsAssessedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_SupportCase" ("arrival", "consentRecordedAt", "consentToShare", "createdAt", "externalRef", "facility", "id", "inputDigest", "needs", "needsAssessedAt", "personRef", "receivedAt", "screenedAt", "screeningResult", "unitCode", "updatedAt") SELECT "arrival", "consentRecordedAt", "consentToShare", "createdAt", "externalRef", "facility", "id", "inputDigest", "needs", "needsAssessedAt", "personRef", "receivedAt", "screenedAt", "screeningResult", "unitCode", "updatedAt" FROM "SupportCase";
DROP TABLE "SupportCase";
ALTER TABLE "new_SupportCase" RENAME TO "SupportCase";
CREATE UNIQUE INDEX "SupportCase_externalRef_key" ON "SupportCase"("externalRef");
CREATE INDEX "SupportCase_personRef_idx" ON "SupportCase"("personRef");
CREATE INDEX "SupportCase_receivedAt_idx" ON "SupportCase"("receivedAt");
CREATE INDEX "SupportCase_unitCode_idx" ON "SupportCase"("unitCode");
CREATE TABLE "new_SupportService" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "externalRef" TEXT NOT NULL,
    "inputDigest" TEXT NOT NULL DEFAULT '',
    "supportCaseId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "providerName" TEXT NOT NULL,
    "providerType" TEXT NOT NULL,
    "startedOn" DATETIME NOT NULL,
    "endedOn" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SupportService_supportCaseId_fkey" FOREIGN KEY ("supportCaseId") REFERENCES "SupportCase" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_SupportService" ("createdAt", "endedOn", "externalRef", "id", "inputDigest", "providerName", "providerType", "startedOn", "supportCaseId", "type") SELECT "createdAt", "endedOn", "externalRef", "id", "inputDigest", "providerName", "providerType", "startedOn", "supportCaseId", "type" FROM "SupportService";
DROP TABLE "SupportService";
ALTER TABLE "new_SupportService" RENAME TO "SupportService";
CREATE UNIQUE INDEX "SupportService_externalRef_key" ON "SupportService"("externalRef");
CREATE INDEX "SupportService_supportCaseId_idx" ON "SupportService"("supportCaseId");
CREATE INDEX "SupportService_startedOn_idx" ON "SupportService"("startedOn");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
