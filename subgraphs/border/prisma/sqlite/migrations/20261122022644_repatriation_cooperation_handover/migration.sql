-- AlterTable
ALTER TABLE "IncidentPerson" ADD COLUMN "handedToSupportAt" DATETIME;
ALTER TABLE "IncidentPerson" ADD COLUMN "supportCaseId" TEXT;

-- CreateTable
CREATE TABLE "Repatriation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "externalRef" TEXT NOT NULL,
    "fromCountry" TEXT NOT NULL,
    "gateCode" TEXT NOT NULL,
    "unitCode" TEXT NOT NULL,
    "receivedAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "statusChangedAt" DATETIME NOT NULL,
    "embassyRef" TEXT,
    "fingerprint" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "RepatriationPerson" (
    "repatriationId" TEXT NOT NULL,
    "personRef" TEXT NOT NULL,

    PRIMARY KEY ("repatriationId", "personRef"),
    CONSTRAINT "RepatriationPerson_repatriationId_fkey" FOREIGN KEY ("repatriationId") REFERENCES "Repatriation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CrossBorderCooperation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "externalRef" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "counterpart" TEXT NOT NULL,
    "counterpartCountry" TEXT NOT NULL,
    "counterpartRef" TEXT,
    "subject" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "requestedAt" DATETIME NOT NULL,
    "answeredAt" DATETIME,
    "closedAt" DATETIME,
    "statusChangedAt" DATETIME NOT NULL,
    "incidentId" TEXT,
    "repatriationId" TEXT,
    "fingerprint" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CrossBorderCooperation_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "BorderIncident" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "CrossBorderCooperation_repatriationId_fkey" FOREIGN KEY ("repatriationId") REFERENCES "Repatriation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_BorderIncident" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "externalRef" TEXT NOT NULL,
    "occurredAt" DATETIME NOT NULL,
    "placeType" TEXT NOT NULL,
    "incidentType" TEXT NOT NULL,
    "unitCode" TEXT NOT NULL,
    "otherCountry" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "handedToReportId" TEXT,
    "handedToCaseId" TEXT,
    "handedOverAt" DATETIME,
    "closedAt" DATETIME,
    "fingerprint" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_BorderIncident" ("createdAt", "externalRef", "id", "incidentType", "occurredAt", "otherCountry", "placeType", "unitCode", "updatedAt") SELECT "createdAt", "externalRef", "id", "incidentType", "occurredAt", "otherCountry", "placeType", "unitCode", "updatedAt" FROM "BorderIncident";
DROP TABLE "BorderIncident";
ALTER TABLE "new_BorderIncident" RENAME TO "BorderIncident";
CREATE UNIQUE INDEX "BorderIncident_externalRef_key" ON "BorderIncident"("externalRef");
CREATE INDEX "BorderIncident_occurredAt_idx" ON "BorderIncident"("occurredAt");
CREATE INDEX "BorderIncident_unitCode_idx" ON "BorderIncident"("unitCode");
CREATE INDEX "BorderIncident_handedToCaseId_idx" ON "BorderIncident"("handedToCaseId");
CREATE INDEX "BorderIncident_handedToReportId_idx" ON "BorderIncident"("handedToReportId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Repatriation_externalRef_key" ON "Repatriation"("externalRef");

-- CreateIndex
CREATE INDEX "Repatriation_receivedAt_idx" ON "Repatriation"("receivedAt");

-- CreateIndex
CREATE INDEX "Repatriation_unitCode_idx" ON "Repatriation"("unitCode");

-- CreateIndex
CREATE INDEX "RepatriationPerson_personRef_idx" ON "RepatriationPerson"("personRef");

-- CreateIndex
CREATE UNIQUE INDEX "CrossBorderCooperation_externalRef_key" ON "CrossBorderCooperation"("externalRef");

-- CreateIndex
CREATE INDEX "CrossBorderCooperation_requestedAt_idx" ON "CrossBorderCooperation"("requestedAt");

-- CreateIndex
CREATE INDEX "CrossBorderCooperation_incidentId_idx" ON "CrossBorderCooperation"("incidentId");

-- CreateIndex
CREATE INDEX "CrossBorderCooperation_repatriationId_idx" ON "CrossBorderCooperation"("repatriationId");
