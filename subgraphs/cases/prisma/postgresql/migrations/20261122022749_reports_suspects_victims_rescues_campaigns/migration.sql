-- CreateEnum
CREATE TYPE "ConsentStatus" AS ENUM ('GIVEN', 'REFUSED', 'WITHDRAWN', 'NOT_ASKED');

-- CreateEnum
CREATE TYPE "IncomingReportKind" AS ENUM ('DENUNCIATION', 'CRIME_REPORT', 'PROSECUTION_RECOMMENDATION');

-- CreateEnum
CREATE TYPE "IncomingReportChannel" AS ENUM ('IN_PERSON', 'POLICE_HOTLINE', 'ONLINE', 'HOTLINE_TRANSFER', 'AGENCY_TRANSFER', 'PROVINCE_TRANSFER');

-- CreateEnum
CREATE TYPE "IncomingReportStatus" AS ENUM ('RECEIVED', 'VERIFYING', 'CASE_OPENED', 'NO_CASE_OPENED', 'TRANSFERRED', 'SUSPENDED');

-- CreateEnum
CREATE TYPE "CaseInvestigationStatus" AS ENUM ('INVESTIGATING', 'SOLVED', 'SUSPENDED', 'CLOSED', 'TRANSFERRED_FOR_PROSECUTION');

-- CreateEnum
CREATE TYPE "SuspectRole" AS ENUM ('ORGANISER', 'RECRUITER', 'TRANSPORTER', 'BROKER', 'HARBOURER', 'EXPLOITER', 'BUYER', 'SELLER', 'OTHER');

-- CreateEnum
CREATE TYPE "SuspectArrestStatus" AS ENUM ('AT_LARGE', 'ARRESTED', 'DETAINED', 'SURRENDERED', 'RELEASED');

-- CreateEnum
CREATE TYPE "PoliceVictimStatus" AS ENUM ('PRESUMED', 'IDENTIFIED', 'NOT_A_VICTIM');

-- CreateEnum
CREATE TYPE "RecruitmentMethod" AS ENUM ('FAKE_JOB_OFFER', 'ONLINE_CONTACT', 'MARRIAGE_BROKERING', 'ACQUAINTANCE', 'ABDUCTION', 'DEBT_BONDAGE', 'OTHER', 'UNKNOWN');

-- AlterTable
ALTER TABLE "CriminalCase" ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "inputDigest" TEXT,
ADD COLUMN     "onlineRecruitment" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "organisedRing" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "peakCampaignId" TEXT,
ADD COLUMN     "solvedAt" TIMESTAMP(3),
ADD COLUMN     "status" "CaseInvestigationStatus" NOT NULL DEFAULT 'INVESTIGATING',
ADD COLUMN     "suspendedAt" TIMESTAMP(3),
ADD COLUMN     "transferredAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "IncomingReport" (
    "id" TEXT NOT NULL,
    "externalRef" TEXT NOT NULL,
    "kind" "IncomingReportKind" NOT NULL,
    "channel" "IncomingReportChannel" NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "receivedByUnitCode" TEXT NOT NULL,
    "unitCode" TEXT NOT NULL,
    "traffickingRelated" BOOLEAN,
    "classifiedAt" TIMESTAMP(3),
    "status" "IncomingReportStatus" NOT NULL DEFAULT 'RECEIVED',
    "resolvedAt" TIMESTAMP(3),
    "caseId" TEXT,
    "inputDigest" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IncomingReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Suspect" (
    "id" TEXT NOT NULL,
    "externalRef" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "personRef" TEXT NOT NULL,
    "role" "SuspectRole" NOT NULL,
    "arrestStatus" "SuspectArrestStatus" NOT NULL,
    "arrestedAt" TIMESTAMP(3),
    "wanted" BOOLEAN NOT NULL DEFAULT false,
    "inputDigest" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Suspect_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Victim" (
    "personRef" TEXT NOT NULL,
    "externalRef" TEXT NOT NULL,
    "status" "PoliceVictimStatus" NOT NULL,
    "identifiedAt" TIMESTAMP(3),
    "recordedAt" TIMESTAMP(3) NOT NULL,
    "recruitmentMethod" "RecruitmentMethod" NOT NULL,
    "rescueOperationId" TEXT,
    "consentToCount" "ConsentStatus" NOT NULL,
    "consentToShare" "ConsentStatus" NOT NULL,
    "fullNameSealed" TEXT,
    "nationalIdSealed" TEXT,
    "dateOfBirthSealed" TEXT,
    "addressSealed" TEXT,
    "phoneSealed" TEXT,
    "inputDigest" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Victim_pkey" PRIMARY KEY ("personRef")
);

-- CreateTable
CREATE TABLE "VictimExploitationForm" (
    "personRef" TEXT NOT NULL,
    "form" "ExploitationForm" NOT NULL,

    CONSTRAINT "VictimExploitationForm_pkey" PRIMARY KEY ("personRef","form")
);

-- CreateTable
CREATE TABLE "RescueOperation" (
    "id" TEXT NOT NULL,
    "externalRef" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "unitCode" TEXT NOT NULL,
    "destinationCountry" TEXT,
    "caseId" TEXT,
    "peakCampaignId" TEXT,
    "inputDigest" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RescueOperation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PeakCampaign" (
    "id" TEXT NOT NULL,
    "externalRef" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "startsOn" TEXT NOT NULL,
    "endsOn" TEXT NOT NULL,
    "inputDigest" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PeakCampaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PeakCampaignUnit" (
    "campaignId" TEXT NOT NULL,
    "unitCode" TEXT NOT NULL,

    CONSTRAINT "PeakCampaignUnit_pkey" PRIMARY KEY ("campaignId","unitCode")
);

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

-- AddForeignKey
ALTER TABLE "IncomingReport" ADD CONSTRAINT "IncomingReport_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "CriminalCase"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriminalCase" ADD CONSTRAINT "CriminalCase_peakCampaignId_fkey" FOREIGN KEY ("peakCampaignId") REFERENCES "PeakCampaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suspect" ADD CONSTRAINT "Suspect_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "CriminalCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suspect" ADD CONSTRAINT "Suspect_personRef_fkey" FOREIGN KEY ("personRef") REFERENCES "Person"("personRef") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Victim" ADD CONSTRAINT "Victim_personRef_fkey" FOREIGN KEY ("personRef") REFERENCES "Person"("personRef") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Victim" ADD CONSTRAINT "Victim_rescueOperationId_fkey" FOREIGN KEY ("rescueOperationId") REFERENCES "RescueOperation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VictimExploitationForm" ADD CONSTRAINT "VictimExploitationForm_personRef_fkey" FOREIGN KEY ("personRef") REFERENCES "Victim"("personRef") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RescueOperation" ADD CONSTRAINT "RescueOperation_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "CriminalCase"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RescueOperation" ADD CONSTRAINT "RescueOperation_peakCampaignId_fkey" FOREIGN KEY ("peakCampaignId") REFERENCES "PeakCampaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeakCampaignUnit" ADD CONSTRAINT "PeakCampaignUnit_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "PeakCampaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;
