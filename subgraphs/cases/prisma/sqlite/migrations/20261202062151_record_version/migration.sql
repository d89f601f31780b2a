-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CriminalCase" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "externalRef" TEXT NOT NULL,
    "openedAt" DATETIME NOT NULL,
    "codeArticle" INTEGER NOT NULL,
    "unitCode" TEXT NOT NULL,
    "routeKind" TEXT NOT NULL,
    "destinationCountry" TEXT,
    "organisedRing" BOOLEAN NOT NULL DEFAULT false,
    "onlineRecruitment" BOOLEAN NOT NULL DEFAULT false,
    "peakCampaignId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'INVESTIGATING',
    "solvedAt" DATETIME,
    "suspendedAt" DATETIME,
    "closedAt" DATETIME,
    "transferredAt" DATETIME,
    "inputDigest" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CriminalCase_peakCampaignId_fkey" FOREIGN KEY ("peakCampaignId") REFERENCES "PeakCampaign" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_CriminalCase" ("closedAt", "codeArticle", "createdAt", "destinationCountry", "externalRef", "id", "inputDigest", "onlineRecruitment", "openedAt", "organisedRing", "peakCampaignId", "routeKind", "solvedAt", "status", "suspendedAt", "transferredAt", "unitCode", "updatedAt") SELECT "closedAt", "codeArticle", "createdAt", "destinationCountry", "externalRef", "id", "inputDigest", "onlineRecruitment", "openedAt", "organisedRing", "peakCampaignId", "routeKind", "solvedAt", "status", "suspendedAt", "transferredAt", "unitCode", "updatedAt" FROM "CriminalCase";
DROP TABLE "CriminalCase";
ALTER TABLE "new_CriminalCase" RENAME TO "CriminalCase";
CREATE UNIQUE INDEX "CriminalCase_externalRef_key" ON "CriminalCase"("externalRef");
CREATE INDEX "CriminalCase_openedAt_idx" ON "CriminalCase"("openedAt");
CREATE INDEX "CriminalCase_unitCode_idx" ON "CriminalCase"("unitCode");
CREATE TABLE "new_IncomingReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "externalRef" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "receivedAt" DATETIME NOT NULL,
    "receivedByUnitCode" TEXT NOT NULL,
    "unitCode" TEXT NOT NULL,
    "traffickingRelated" BOOLEAN,
    "classifiedAt" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'RECEIVED',
    "resolvedAt" DATETIME,
    "caseId" TEXT,
    "inputDigest" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "IncomingReport_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "CriminalCase" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_IncomingReport" ("caseId", "channel", "classifiedAt", "createdAt", "externalRef", "id", "inputDigest", "kind", "receivedAt", "receivedByUnitCode", "resolvedAt", "status", "traffickingRelated", "unitCode", "updatedAt") SELECT "caseId", "channel", "classifiedAt", "createdAt", "externalRef", "id", "inputDigest", "kind", "receivedAt", "receivedByUnitCode", "resolvedAt", "status", "traffickingRelated", "unitCode", "updatedAt" FROM "IncomingReport";
DROP TABLE "IncomingReport";
ALTER TABLE "new_IncomingReport" RENAME TO "IncomingReport";
CREATE UNIQUE INDEX "IncomingReport_externalRef_key" ON "IncomingReport"("externalRef");
CREATE INDEX "IncomingReport_receivedAt_idx" ON "IncomingReport"("receivedAt");
CREATE INDEX "IncomingReport_unitCode_idx" ON "IncomingReport"("unitCode");
CREATE INDEX "IncomingReport_caseId_idx" ON "IncomingReport"("caseId");
CREATE TABLE "new_Victim" (
    "personRef" TEXT NOT NULL PRIMARY KEY,
    "externalRef" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "identifiedAt" DATETIME,
    "recordedAt" DATETIME NOT NULL,
    "recruitmentMethod" TEXT NOT NULL,
    "rescueOperationId" TEXT,
    "consentToCount" TEXT NOT NULL,
    "consentToShare" TEXT NOT NULL,
    "fullNameSealed" TEXT,
    "nationalIdSealed" TEXT,
    "dateOfBirthSealed" TEXT,
    "addressSealed" TEXT,
    "phoneSealed" TEXT,
    "inputDigest" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Victim_personRef_fkey" FOREIGN KEY ("personRef") REFERENCES "Person" ("personRef") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Victim_rescueOperationId_fkey" FOREIGN KEY ("rescueOperationId") REFERENCES "RescueOperation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Victim" ("addressSealed", "consentToCount", "consentToShare", "createdAt", "dateOfBirthSealed", "externalRef", "fullNameSealed", "identifiedAt", "inputDigest", "nationalIdSealed", "personRef", "phoneSealed", "recordedAt", "recruitmentMethod", "rescueOperationId", "status", "updatedAt") SELECT "addressSealed", "consentToCount", "consentToShare", "createdAt", "dateOfBirthSealed", "externalRef", "fullNameSealed", "identifiedAt", "inputDigest", "nationalIdSealed", "personRef", "phoneSealed", "recordedAt", "recruitmentMethod", "rescueOperationId", "status", "updatedAt" FROM "Victim";
DROP TABLE "Victim";
ALTER TABLE "new_Victim" RENAME TO "Victim";
CREATE UNIQUE INDEX "Victim_externalRef_key" ON "Victim"("externalRef");
CREATE INDEX "Victim_rescueOperationId_idx" ON "Victim"("rescueOperationId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
