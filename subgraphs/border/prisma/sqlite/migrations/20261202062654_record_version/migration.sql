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
    "inputDigest" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_BorderIncident" ("closedAt", "createdAt", "externalRef", "handedOverAt", "handedToCaseId", "handedToReportId", "id", "incidentType", "inputDigest", "occurredAt", "otherCountry", "placeType", "status", "unitCode", "updatedAt") SELECT "closedAt", "createdAt", "externalRef", "handedOverAt", "handedToCaseId", "handedToReportId", "id", "incidentType", "inputDigest", "occurredAt", "otherCountry", "placeType", "status", "unitCode", "updatedAt" FROM "BorderIncident";
DROP TABLE "BorderIncident";
ALTER TABLE "new_BorderIncident" RENAME TO "BorderIncident";
CREATE UNIQUE INDEX "BorderIncident_externalRef_key" ON "BorderIncident"("externalRef");
CREATE INDEX "BorderIncident_occurredAt_idx" ON "BorderIncident"("occurredAt");
CREATE INDEX "BorderIncident_unitCode_idx" ON "BorderIncident"("unitCode");
CREATE INDEX "BorderIncident_handedToCaseId_idx" ON "BorderIncident"("handedToCaseId");
CREATE INDEX "BorderIncident_handedToReportId_idx" ON "BorderIncident"("handedToReportId");
CREATE TABLE "new_CrossBorderCooperation" (
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
    "inputDigest" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CrossBorderCooperation_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "BorderIncident" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "CrossBorderCooperation_repatriationId_fkey" FOREIGN KEY ("repatriationId") REFERENCES "Repatriation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_CrossBorderCooperation" ("answeredAt", "closedAt", "counterpart", "counterpartCountry", "counterpartRef", "createdAt", "direction", "externalRef", "id", "incidentId", "inputDigest", "repatriationId", "requestedAt", "status", "statusChangedAt", "subject", "updatedAt") SELECT "answeredAt", "closedAt", "counterpart", "counterpartCountry", "counterpartRef", "createdAt", "direction", "externalRef", "id", "incidentId", "inputDigest", "repatriationId", "requestedAt", "status", "statusChangedAt", "subject", "updatedAt" FROM "CrossBorderCooperation";
DROP TABLE "CrossBorderCooperation";
ALTER TABLE "new_CrossBorderCooperation" RENAME TO "CrossBorderCooperation";
CREATE UNIQUE INDEX "CrossBorderCooperation_externalRef_key" ON "CrossBorderCooperation"("externalRef");
CREATE INDEX "CrossBorderCooperation_requestedAt_idx" ON "CrossBorderCooperation"("requestedAt");
CREATE INDEX "CrossBorderCooperation_incidentId_idx" ON "CrossBorderCooperation"("incidentId");
CREATE INDEX "CrossBorderCooperation_repatriationId_idx" ON "CrossBorderCooperation"("repatriationId");
CREATE TABLE "new_Repatriation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "externalRef" TEXT NOT NULL,
    "fromCountry" TEXT NOT NULL,
    "gateCode" TEXT NOT NULL,
    "unitCode" TEXT NOT NULL,
    "receivedAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "statusChangedAt" DATETIME NOT NULL,
    "verificationStartedAt" DATETIME,
    "verificationEndedAt" DATETIME,
    "embassyRef" TEXT,
    "embassyRefAt" DATETIME,
    "inputDigest" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Repatriation" ("createdAt", "embassyRef", "embassyRefAt", "externalRef", "fromCountry", "gateCode", "id", "inputDigest", "receivedAt", "status", "statusChangedAt", "unitCode", "updatedAt", "verificationEndedAt", "verificationStartedAt") SELECT "createdAt", "embassyRef", "embassyRefAt", "externalRef", "fromCountry", "gateCode", "id", "inputDigest", "receivedAt", "status", "statusChangedAt", "unitCode", "updatedAt", "verificationEndedAt", "verificationStartedAt" FROM "Repatriation";
DROP TABLE "Repatriation";
ALTER TABLE "new_Repatriation" RENAME TO "Repatriation";
CREATE UNIQUE INDEX "Repatriation_externalRef_key" ON "Repatriation"("externalRef");
CREATE INDEX "Repatriation_receivedAt_idx" ON "Repatriation"("receivedAt");
CREATE INDEX "Repatriation_unitCode_idx" ON "Repatriation"("unitCode");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
