-- CreateEnum
CREATE TYPE "PlaceType" AS ENUM ('LAND_BORDER', 'SEA', 'PORT', 'CHECKPOINT', 'ISLANDS');

-- CreateEnum
CREATE TYPE "IncidentType" AS ENUM ('ILLEGAL_EXIT', 'ILLEGAL_ENTRY', 'INTERCEPTION', 'SUSPECTED_TRAFFICKING', 'RESCUE', 'FORCED_LABOUR_AT_SEA');

-- CreateEnum
CREATE TYPE "InvolvementRole" AS ENUM ('PRESUMED_VICTIM', 'SUSPECT', 'OTHER');

-- CreateTable
CREATE TABLE "BorderIncident" (
    "id" TEXT NOT NULL,
    "externalRef" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "placeType" "PlaceType" NOT NULL,
    "incidentType" "IncidentType" NOT NULL,
    "unitCode" TEXT NOT NULL,
    "otherCountry" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BorderIncident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentPerson" (
    "incidentId" TEXT NOT NULL,
    "personRef" TEXT NOT NULL,
    "role" "InvolvementRole" NOT NULL,

    CONSTRAINT "IncidentPerson_pkey" PRIMARY KEY ("incidentId","personRef")
);

-- CreateIndex
CREATE UNIQUE INDEX "BorderIncident_externalRef_key" ON "BorderIncident"("externalRef");

-- CreateIndex
CREATE INDEX "BorderIncident_occurredAt_idx" ON "BorderIncident"("occurredAt");

-- CreateIndex
CREATE INDEX "IncidentPerson_personRef_idx" ON "IncidentPerson"("personRef");

-- AddForeignKey
ALTER TABLE "IncidentPerson" ADD CONSTRAINT "IncidentPerson_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "BorderIncident"("id") ON DELETE CASCADE ON UPDATE CASCADE;
