-- CreateEnum
CREATE TYPE "ConsentStatus" AS ENUM ('GIVEN', 'REFUSED', 'WITHDRAWN', 'NOT_ASKED');

-- CreateEnum
CREATE TYPE "SupportScreeningResult" AS ENUM ('PRESUMED_VICTIM', 'NOT_VICTIM', 'UNCLEAR');

-- CreateEnum
CREATE TYPE "SupportServiceType" AS ENUM ('ESSENTIAL_INITIAL_SUPPORT', 'SHELTER', 'MEDICAL_CARE', 'PSYCHOLOGICAL_SUPPORT', 'LEGAL_AID', 'EDUCATION', 'VOCATIONAL_TRAINING', 'LOAN', 'EMPLOYMENT_SUPPORT', 'COMMUNITY_REINTEGRATION');

-- CreateEnum
CREATE TYPE "SupportOrganisationType" AS ENUM ('SOCIAL_PROTECTION_CENTRE', 'VICTIM_SUPPORT_FACILITY', 'HEALTH_FACILITY', 'LEGAL_AID_CENTRE', 'WOMENS_UNION', 'VOCATIONAL_TRAINING_CENTRE', 'EMPLOYMENT_SERVICE_CENTRE', 'COMMUNE_PEOPLES_COMMITTEE', 'POLICE', 'BORDER_GUARD', 'NGO', 'OTHER');

-- CreateEnum
CREATE TYPE "SupportReferralReason" AS ENUM ('SERVICE_NOT_AVAILABLE', 'SPECIALISED_CARE', 'CLOSER_TO_HOME', 'LEGAL_PROCEEDINGS', 'RETURN_TO_COMMUNITY', 'OTHER');

-- CreateEnum
CREATE TYPE "SupportReferralStatus" AS ENUM ('IN_PROGRESS', 'ACCEPTED', 'REJECTED', 'DONE', 'REVOKED');

-- CreateEnum
CREATE TYPE "SupportReintegrationOutcome" AS ENUM ('REINTEGRATED', 'IN_PROGRESS', 'AT_RISK', 'RETRAFFICKED', 'LOST_CONTACT');

-- CreateEnum
CREATE TYPE "HotlineChannel" AS ENUM ('PHONE', 'TEXT_MESSAGE', 'ONLINE');

-- CreateEnum
CREATE TYPE "HotlineContactStatus" AS ENUM ('RECEIVED', 'FORWARDED', 'CLOSED');

-- AlterTable
ALTER TABLE "SupportCase" ADD COLUMN     "consentRecordedAt" TIMESTAMP(3),
ADD COLUMN     "consentToShare" "ConsentStatus" NOT NULL DEFAULT 'NOT_ASKED',
ADD COLUMN     "needs" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "needsAssessedAt" TIMESTAMP(3),
ADD COLUMN     "payloadHash" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "screenedAt" TIMESTAMP(3),
ADD COLUMN     "screeningResult" "SupportScreeningResult";

-- CreateTable
CREATE TABLE "SupportService" (
    "id" TEXT NOT NULL,
    "externalRef" TEXT NOT NULL,
    "payloadHash" TEXT NOT NULL DEFAULT '',
    "supportCaseId" TEXT NOT NULL,
    "type" "SupportServiceType" NOT NULL,
    "providerName" TEXT NOT NULL,
    "providerType" "SupportOrganisationType" NOT NULL,
    "startedOn" TIMESTAMP(3) NOT NULL,
    "endedOn" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupportService_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportReferral" (
    "id" TEXT NOT NULL,
    "externalRef" TEXT NOT NULL,
    "payloadHash" TEXT NOT NULL DEFAULT '',
    "supportCaseId" TEXT NOT NULL,
    "fromName" TEXT NOT NULL,
    "fromType" "SupportOrganisationType" NOT NULL,
    "toName" TEXT NOT NULL,
    "toType" "SupportOrganisationType" NOT NULL,
    "reason" "SupportReferralReason" NOT NULL,
    "forService" "SupportServiceType" NOT NULL,
    "sharesPersonData" BOOLEAN NOT NULL,
    "consentAtReferral" "ConsentStatus" NOT NULL,
    "status" "SupportReferralStatus" NOT NULL DEFAULT 'IN_PROGRESS',
    "referredAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "rejectedAt" TIMESTAMP(3),
    "doneAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "statusChangedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SupportReferral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReintegrationFollowUp" (
    "id" TEXT NOT NULL,
    "externalRef" TEXT NOT NULL,
    "payloadHash" TEXT NOT NULL DEFAULT '',
    "supportCaseId" TEXT NOT NULL,
    "followedUpAt" TIMESTAMP(3) NOT NULL,
    "outcome" "SupportReintegrationOutcome" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReintegrationFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HotlineContact" (
    "id" TEXT NOT NULL,
    "externalRef" TEXT NOT NULL,
    "payloadHash" TEXT NOT NULL DEFAULT '',
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "unitCode" TEXT NOT NULL,
    "channel" "HotlineChannel" NOT NULL,
    "concernsTrafficking" BOOLEAN NOT NULL,
    "status" "HotlineContactStatus" NOT NULL DEFAULT 'RECEIVED',
    "forwardedReportId" TEXT,
    "forwardedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HotlineContact_pkey" PRIMARY KEY ("id")
);

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

-- CreateIndex
CREATE INDEX "SupportCase_unitCode_idx" ON "SupportCase"("unitCode");

-- AddForeignKey
ALTER TABLE "SupportService" ADD CONSTRAINT "SupportService_supportCaseId_fkey" FOREIGN KEY ("supportCaseId") REFERENCES "SupportCase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportReferral" ADD CONSTRAINT "SupportReferral_supportCaseId_fkey" FOREIGN KEY ("supportCaseId") REFERENCES "SupportCase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReintegrationFollowUp" ADD CONSTRAINT "ReintegrationFollowUp_supportCaseId_fkey" FOREIGN KEY ("supportCaseId") REFERENCES "SupportCase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
