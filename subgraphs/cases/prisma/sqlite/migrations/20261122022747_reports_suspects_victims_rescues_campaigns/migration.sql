-- CreateTable
CREATE TABLE "IncomingReport" (
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "IncomingReport_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "CriminalCase" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Suspect" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "externalRef" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "personRef" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "arrestStatus" TEXT NOT NULL,
    "arrestedAt" DATETIME,
    "wanted" BOOLEAN NOT NULL DEFAULT false,
    "inputDigest" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Suspect_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "CriminalCase" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Suspect_personRef_fkey" FOREIGN KEY ("personRef") REFERENCES "Person" ("personRef") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Victim" (
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Victim_personRef_fkey" FOREIGN KEY ("personRef") REFERENCES "Person" ("personRef") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Victim_rescueOperationId_fkey" FOREIGN KEY ("rescueOperationId") REFERENCES "RescueOperation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "VictimExploitationForm" (
    "personRef" TEXT NOT NULL,
    "form" TEXT NOT NULL,

    PRIMARY KEY ("personRef", "form"),
    CONSTRAINT "VictimExploitationForm_personRef_fkey" FOREIGN KEY ("personRef") REFERENCES "Victim" ("personRef") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RescueOperation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "externalRef" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "unitCode" TEXT NOT NULL,
    "destinationCountry" TEXT,
    "caseId" TEXT,
    "peakCampaignId" TEXT,
    "inputDigest" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RescueOperation_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "CriminalCase" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "RescueOperation_peakCampaignId_fkey" FOREIGN KEY ("peakCampaignId") REFERENCES "PeakCampaign" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PeakCampaign" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "externalRef" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "startsOn" TEXT NOT NULL,
    "endsOn" TEXT NOT NULL,
    "inputDigest" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "PeakCampaignUnit" (
    "campaignId" TEXT NOT NULL,
    "unitCode" TEXT NOT NULL,

    PRIMARY KEY ("campaignId", "unitCode"),
    CONSTRAINT "PeakCampaignUnit_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "PeakCampaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CriminalCase_peakCampaignId_fkey" FOREIGN KEY ("peakCampaignId") REFERENCES "PeakCampaign" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_CriminalCase" ("codeArticle", "createdAt", "destinationCountry", "externalRef", "id", "openedAt", "routeKind", "unitCode", "updatedAt") SELECT "codeArticle", "createdAt", "destinationCountry", "externalRef", "id", "openedAt", "routeKind", "unitCode", "updatedAt" FROM "CriminalCase";
DROP TABLE "CriminalCase";
ALTER TABLE "new_CriminalCase" RENAME TO "CriminalCase";
CREATE UNIQUE INDEX "CriminalCase_externalRef_key" ON "CriminalCase"("externalRef");
CREATE INDEX "CriminalCase_openedAt_idx" ON "CriminalCase"("openedAt");
CREATE INDEX "CriminalCase_unitCode_idx" ON "CriminalCase"("unitCode");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "IncomingReport_externalRef_key" ON "IncomingReport"("externalRef");

-- CreateIndex
CREATE INDEX "IncomingReport_receivedAt_idx" ON "IncomingReport"("receivedAt");

-- CreateIndex
CREATE INDEX "IncomingReport_unitCode_idx" ON "IncomingReport"("unitCode");

-- CreateIndex
CREATE INDEX "IncomingReport_caseId_idx" ON "IncomingReport"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "Suspect_externalRef_key" ON "Suspect"("externalRef");

-- CreateIndex
CREATE INDEX "Suspect_personRef_idx" ON "Suspect"("personRef");

-- CreateIndex
CREATE UNIQUE INDEX "Suspect_caseId_personRef_key" ON "Suspect"("caseId", "personRef");

-- CreateIndex
CREATE UNIQUE INDEX "Victim_externalRef_key" ON "Victim"("externalRef");

-- CreateIndex
CREATE INDEX "Victim_rescueOperationId_idx" ON "Victim"("rescueOperationId");

-- CreateIndex
CREATE UNIQUE INDEX "RescueOperation_externalRef_key" ON "RescueOperation"("externalRef");

-- CreateIndex
CREATE INDEX "RescueOperation_startedAt_idx" ON "RescueOperation"("startedAt");

-- CreateIndex
CREATE INDEX "RescueOperation_caseId_idx" ON "RescueOperation"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "PeakCampaign_externalRef_key" ON "PeakCampaign"("externalRef");
