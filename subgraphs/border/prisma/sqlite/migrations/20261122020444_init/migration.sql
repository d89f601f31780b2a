-- CreateTable
CREATE TABLE "BorderIncident" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "externalRef" TEXT NOT NULL,
    "occurredAt" DATETIME NOT NULL,
    "placeType" TEXT NOT NULL,
    "incidentType" TEXT NOT NULL,
    "unitCode" TEXT NOT NULL,
    "otherCountry" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "IncidentPerson" (
    "incidentId" TEXT NOT NULL,
    "personRef" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    PRIMARY KEY ("incidentId", "personRef"),
    CONSTRAINT "IncidentPerson_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "BorderIncident" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "BorderIncident_externalRef_key" ON "BorderIncident"("externalRef");

-- CreateIndex
CREATE INDEX "BorderIncident_occurredAt_idx" ON "BorderIncident"("occurredAt");

-- CreateIndex
CREATE INDEX "IncidentPerson_personRef_idx" ON "IncidentPerson"("personRef");
