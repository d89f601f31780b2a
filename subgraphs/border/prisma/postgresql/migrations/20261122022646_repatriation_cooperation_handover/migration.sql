-- CreateEnum
CREATE TYPE "BorderIncidentStatus" AS ENUM ('OPEN', 'HANDED_TO_POLICE', 'CLOSED');

-- CreateEnum
CREATE TYPE "RepatriationStatus" AS ENUM ('PENDING', 'IN_PROGRESS', 'VERIFIED', 'NOT_CONFIRMED');

-- CreateEnum
CREATE TYPE "CooperationDirection" AS ENUM ('OUTGOING', 'INCOMING');

-- CreateEnum
CREATE TYPE "CooperationCounterpart" AS ENUM ('INTERPOL', 'ASEANAPOL', 'NEIGHBOURING_BORDER_POST', 'OTHER_FOREIGN_AUTHORITY');

-- CreateEnum
CREATE TYPE "CooperationSubject" AS ENUM ('VERIFY_IDENTITY', 'LOCATE_PERSON', 'RESCUE', 'HAND_OVER_PERSONS', 'SUSPECT_INFORMATION', 'OTHER');

-- CreateEnum
CREATE TYPE "CooperationStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'ANSWERED', 'DECLINED', 'CLOSED');

-- AlterTable
ALTER TABLE "BorderIncident" ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "fingerprint" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "handedOverAt" TIMESTAMP(3),
ADD COLUMN     "handedToCaseId" TEXT,
ADD COLUMN     "handedToReportId" TEXT,
ADD COLUMN     "status" "BorderIncidentStatus" NOT NULL DEFAULT 'OPEN';

-- AlterTable
ALTER TABLE "IncidentPerson" ADD COLUMN     "handedToSupportAt" TIMESTAMP(3),
ADD COLUMN     "supportCaseId" TEXT;

-- CreateTable
CREATE TABLE "Repatriation" (
    "id" TEXT NOT NULL,
    "externalRef" TEXT NOT NULL,
    "fromCountry" TEXT NOT NULL,
    "gateCode" TEXT NOT NULL,
    "unitCode" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "status" "RepatriationStatus" NOT NULL DEFAULT 'PENDING',
    "statusChangedAt" TIMESTAMP(3) NOT NULL,
    "embassyRef" TEXT,
    "fingerprint" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Repatriation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RepatriationPerson" (
    "repatriationId" TEXT NOT NULL,
    "personRef" TEXT NOT NULL,

    CONSTRAINT "RepatriationPerson_pkey" PRIMARY KEY ("repatriationId","personRef")
);

-- CreateTable
CREATE TABLE "CrossBorderCooperation" (
    "id" TEXT NOT NULL,
    "externalRef" TEXT NOT NULL,
    "direction" "CooperationDirection" NOT NULL,
    "counterpart" "CooperationCounterpart" NOT NULL,
    "counterpartCountry" TEXT NOT NULL,
    "counterpartRef" TEXT,
    "subject" "CooperationSubject" NOT NULL,
    "status" "CooperationStatus" NOT NULL DEFAULT 'OPEN',
    "requestedAt" TIMESTAMP(3) NOT NULL,
    "answeredAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "statusChangedAt" TIMESTAMP(3) NOT NULL,
    "incidentId" TEXT,
    "repatriationId" TEXT,
    "fingerprint" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CrossBorderCooperation_pkey" PRIMARY KEY ("id")
);

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

-- CreateIndex
CREATE INDEX "BorderIncident_unitCode_idx" ON "BorderIncident"("unitCode");

-- CreateIndex
CREATE INDEX "BorderIncident_handedToCaseId_idx" ON "BorderIncident"("handedToCaseId");

-- CreateIndex
CREATE INDEX "BorderIncident_handedToReportId_idx" ON "BorderIncident"("handedToReportId");

-- AddForeignKey
ALTER TABLE "RepatriationPerson" ADD CONSTRAINT "RepatriationPerson_repatriationId_fkey" FOREIGN KEY ("repatriationId") REFERENCES "Repatriation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrossBorderCooperation" ADD CONSTRAINT "CrossBorderCooperation_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "BorderIncident"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrossBorderCooperation" ADD CONSTRAINT "CrossBorderCooperation_repatriationId_fkey" FOREIGN KEY ("repatriationId") REFERENCES "Repatriation"("id") ON DELETE SET NULL ON UPDATE CASCADE;
