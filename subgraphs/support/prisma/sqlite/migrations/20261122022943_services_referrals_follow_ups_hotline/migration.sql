-- CreateTable
CREATE TABLE "SupportService" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "externalRef" TEXT NOT NULL,
    "payloadHash" TEXT NOT NULL DEFAULT '',
    "supportCaseId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "providerName" TEXT NOT NULL,
    "providerType" TEXT NOT NULL,
    "startedOn" DATETIME NOT NULL,
    "endedOn" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SupportService_supportCaseId_fkey" FOREIGN KEY ("supportCaseId") REFERENCES "SupportCase" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SupportReferral" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "externalRef" TEXT NOT NULL,
    "payloadHash" TEXT NOT NULL DEFAULT '',
    "supportCaseId" TEXT NOT NULL,
    "fromName" TEXT NOT NULL,
    "fromType" TEXT NOT NULL,
    "toName" TEXT NOT NULL,
    "toType" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "forService" TEXT NOT NULL,
    "sharesPersonData" BOOLEAN NOT NULL,
    "consentAtReferral" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'IN_PROGRESS',
    "referredAt" DATETIME NOT NULL,
    "acceptedAt" DATETIME,
    "rejectedAt" DATETIME,
    "doneAt" DATETIME,
    "revokedAt" DATETIME,
    "statusChangedAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "SupportReferral_supportCaseId_fkey" FOREIGN KEY ("supportCaseId") REFERENCES "SupportCase" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReintegrationFollowUp" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "externalRef" TEXT NOT NULL,
    "payloadHash" TEXT NOT NULL DEFAULT '',
    "supportCaseId" TEXT NOT NULL,
    "followedUpAt" DATETIME NOT NULL,
    "outcome" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReintegrationFollowUp_supportCaseId_fkey" FOREIGN KEY ("supportCaseId") REFERENCES "SupportCase" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HotlineContact" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "externalRef" TEXT NOT NULL,
    "payloadHash" TEXT NOT NULL DEFAULT '',
    "receivedAt" DATETIME NOT NULL,
    "unitCode" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "concernsTrafficking" BOOLEAN NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'RECEIVED',
    "forwardedReportId" TEXT,
    "forwardedAt" DATETIME,
    "closedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_SupportCase" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "externalRef" TEXT NOT NULL,
    "payloadHash" TEXT NOT NULL DEFAULT '',
    "personRef" TEXT NOT NULL,
    "receivedAt" DATETIME NOT NULL,
    "facility" TEXT NOT NULL,
    "unitCode" TEXT NOT NULL,
    "consentToShare" TEXT NOT NULL DEFAULT 'NOT_ASKED',
    "consentRecordedAt" DATETIME,
    "screeningResult" TEXT,
    "screenedAt" DATETIME,
    "needs" TEXT NOT NULL DEFAULT '',
    "needsAssessedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_SupportCase" ("createdAt", "externalRef", "facility", "id", "personRef", "receivedAt", "unitCode", "updatedAt") SELECT "createdAt", "externalRef", "facility", "id", "personRef", "receivedAt", "unitCode", "updatedAt" FROM "SupportCase";
DROP TABLE "SupportCase";
ALTER TABLE "new_SupportCase" RENAME TO "SupportCase";
CREATE UNIQUE INDEX "SupportCase_externalRef_key" ON "SupportCase"("externalRef");
CREATE INDEX "SupportCase_personRef_idx" ON "SupportCase"("personRef");
CREATE INDEX "SupportCase_receivedAt_idx" ON "SupportCase"("receivedAt");
CREATE INDEX "SupportCase_unitCode_idx" ON "SupportCase"("unitCode");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "SupportService_externalRef_key" ON "SupportService"("externalRef");

-- CreateIndex
CREATE INDEX "SupportService_supportCaseId_idx" ON "SupportService"("supportCaseId");

-- CreateIndex
CREATE INDEX "SupportService_startedOn_idx" ON "SupportService"("startedOn");

-- CreateIndex
CREATE UNIQUE INDEX "SupportReferral_externalRef_key" ON "SupportReferral"("externalRef");

-- CreateIndex
CREATE INDEX "SupportReferral_supportCaseId_idx" ON "SupportReferral"("supportCaseId");

-- CreateIndex
CREATE INDEX "SupportReferral_referredAt_idx" ON "SupportReferral"("referredAt");

-- CreateIndex
CREATE INDEX "SupportReferral_status_idx" ON "SupportReferral"("status");

-- CreateIndex
CREATE UNIQUE INDEX "ReintegrationFollowUp_externalRef_key" ON "ReintegrationFollowUp"("externalRef");

-- CreateIndex
CREATE INDEX "ReintegrationFollowUp_supportCaseId_idx" ON "ReintegrationFollowUp"("supportCaseId");

-- CreateIndex
CREATE UNIQUE INDEX "HotlineContact_externalRef_key" ON "HotlineContact"("externalRef");

-- CreateIndex
CREATE UNIQUE INDEX "HotlineContact_forwardedReportId_key" ON "HotlineContact"("forwardedReportId");

-- CreateIndex
CREATE INDEX "HotlineContact_receivedAt_idx" ON "HotlineContact"("receivedAt");

-- CreateIndex
CREATE INDEX "HotlineContact_unitCode_idx" ON "HotlineContact"("unitCode");

-- CreateIndex
CREATE INDEX "HotlineContact_status_idx" ON "HotlineContact"("status");
