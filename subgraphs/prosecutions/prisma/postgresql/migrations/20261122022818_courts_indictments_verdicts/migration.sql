-- CreateEnum
CREATE TYPE "CourtFileStatus" AS ENUM ('ACCEPTED', 'TRIED_FIRST_INSTANCE', 'RETURNED_TO_PROCURACY', 'SUSPENDED');

-- CreateEnum
CREATE TYPE "TrialKind" AS ENUM ('REGULAR', 'MODEL_TRIAL', 'MOBILE_TRIAL');

-- CreateEnum
CREATE TYPE "VerdictOutcome" AS ENUM ('CONVICTED', 'ACQUITTED');

-- CreateEnum
CREATE TYPE "SentenceKind" AS ENUM ('IMPRISONMENT', 'LIFE_IMPRISONMENT', 'NON_CUSTODIAL_REFORM');

-- CreateEnum
CREATE TYPE "AppealParty" AS ENUM ('DEFENDANT', 'VICTIM', 'PROCURACY');

-- CreateEnum
CREATE TYPE "AppealStatus" AS ENUM ('PENDING', 'UPHELD', 'AMENDED', 'QUASHED', 'WITHDRAWN');

-- AlterTable
ALTER TABLE "ProcuracyFile" ADD COLUMN     "fingerprint" TEXT,
ADD COLUMN     "statusSince" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "unitCode" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "ProcuracyStatusChange" (
    "id" TEXT NOT NULL,
    "decisionRef" TEXT NOT NULL,
    "office" "Office" NOT NULL DEFAULT 'PROCURACY',
    "fileId" TEXT NOT NULL,
    "fromStatus" "ProcuracyStatus",
    "toStatus" "ProcuracyStatus" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "reason" TEXT,
    "fingerprint" TEXT,

    CONSTRAINT "ProcuracyStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Defendant" (
    "id" TEXT NOT NULL,
    "office" "Office" NOT NULL DEFAULT 'PROCURACY',
    "fileId" TEXT NOT NULL,
    "personRef" TEXT NOT NULL,

    CONSTRAINT "Defendant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indictment" (
    "id" TEXT NOT NULL,
    "externalRef" TEXT NOT NULL,
    "office" "Office" NOT NULL DEFAULT 'PROCURACY',
    "fileId" TEXT NOT NULL,
    "indictedAt" TIMESTAMP(3) NOT NULL,
    "fingerprint" TEXT,

    CONSTRAINT "Indictment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Charge" (
    "id" TEXT NOT NULL,
    "office" "Office" NOT NULL DEFAULT 'PROCURACY',
    "indictmentId" TEXT NOT NULL,
    "defendantId" TEXT NOT NULL,
    "article" INTEGER NOT NULL,
    "clause" INTEGER NOT NULL,

    CONSTRAINT "Charge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CourtFile" (
    "id" TEXT NOT NULL,
    "externalRef" TEXT NOT NULL,
    "office" "Office" NOT NULL DEFAULT 'COURT',
    "indictmentId" TEXT NOT NULL,
    "acceptedAt" TIMESTAMP(3) NOT NULL,
    "status" "CourtFileStatus" NOT NULL,
    "statusSince" TIMESTAMP(3) NOT NULL,
    "judgmentRef" TEXT,
    "triedAt" TIMESTAMP(3),
    "trialKind" "TrialKind",
    "venueUnitCode" TEXT,
    "fingerprint" TEXT,
    "trialFingerprint" TEXT,

    CONSTRAINT "CourtFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CourtStatusChange" (
    "id" TEXT NOT NULL,
    "decisionRef" TEXT NOT NULL,
    "office" "Office" NOT NULL DEFAULT 'COURT',
    "courtFileId" TEXT NOT NULL,
    "fromStatus" "CourtFileStatus",
    "toStatus" "CourtFileStatus" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "reason" TEXT,
    "fingerprint" TEXT,

    CONSTRAINT "CourtStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Verdict" (
    "id" TEXT NOT NULL,
    "office" "Office" NOT NULL DEFAULT 'COURT',
    "courtFileId" TEXT NOT NULL,
    "defendantId" TEXT NOT NULL,
    "outcome" "VerdictOutcome" NOT NULL,
    "article" INTEGER,
    "clause" INTEGER,
    "sentenceKind" "SentenceKind",
    "sentenceMonths" INTEGER,
    "decidedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Verdict_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appeal" (
    "id" TEXT NOT NULL,
    "externalRef" TEXT NOT NULL,
    "office" "Office" NOT NULL DEFAULT 'COURT',
    "verdictId" TEXT NOT NULL,
    "filedAt" TIMESTAMP(3) NOT NULL,
    "party" "AppealParty" NOT NULL,
    "status" "AppealStatus" NOT NULL,
    "decisionRef" TEXT,
    "decidedAt" TIMESTAMP(3),
    "amendedSentenceMonths" INTEGER,
    "fingerprint" TEXT,
    "decisionFingerprint" TEXT,

    CONSTRAINT "Appeal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ProcuracyStatusChange_decisionRef_key" ON "ProcuracyStatusChange"("decisionRef");

-- CreateIndex
CREATE INDEX "ProcuracyStatusChange_fileId_at_idx" ON "ProcuracyStatusChange"("fileId", "at");

-- CreateIndex
CREATE INDEX "Defendant_personRef_idx" ON "Defendant"("personRef");

-- CreateIndex
CREATE UNIQUE INDEX "Defendant_fileId_personRef_key" ON "Defendant"("fileId", "personRef");

-- CreateIndex
CREATE UNIQUE INDEX "Indictment_externalRef_key" ON "Indictment"("externalRef");

-- CreateIndex
CREATE INDEX "Indictment_fileId_idx" ON "Indictment"("fileId");

-- CreateIndex
CREATE INDEX "Indictment_indictedAt_idx" ON "Indictment"("indictedAt");

-- CreateIndex
CREATE INDEX "Charge_defendantId_idx" ON "Charge"("defendantId");

-- CreateIndex
CREATE UNIQUE INDEX "Charge_indictmentId_defendantId_article_key" ON "Charge"("indictmentId", "defendantId", "article");

-- CreateIndex
CREATE UNIQUE INDEX "CourtFile_externalRef_key" ON "CourtFile"("externalRef");

-- CreateIndex
CREATE UNIQUE INDEX "CourtFile_indictmentId_key" ON "CourtFile"("indictmentId");

-- CreateIndex
CREATE UNIQUE INDEX "CourtFile_judgmentRef_key" ON "CourtFile"("judgmentRef");

-- CreateIndex
CREATE INDEX "CourtFile_acceptedAt_idx" ON "CourtFile"("acceptedAt");

-- CreateIndex
CREATE INDEX "CourtFile_triedAt_idx" ON "CourtFile"("triedAt");

-- CreateIndex
CREATE UNIQUE INDEX "CourtStatusChange_decisionRef_key" ON "CourtStatusChange"("decisionRef");

-- CreateIndex
CREATE INDEX "CourtStatusChange_courtFileId_at_idx" ON "CourtStatusChange"("courtFileId", "at");

-- CreateIndex
CREATE INDEX "Verdict_defendantId_idx" ON "Verdict"("defendantId");

-- CreateIndex
CREATE INDEX "Verdict_decidedAt_idx" ON "Verdict"("decidedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Verdict_courtFileId_defendantId_key" ON "Verdict"("courtFileId", "defendantId");

-- CreateIndex
CREATE UNIQUE INDEX "Appeal_externalRef_key" ON "Appeal"("externalRef");

-- CreateIndex
CREATE UNIQUE INDEX "Appeal_decisionRef_key" ON "Appeal"("decisionRef");

-- CreateIndex
CREATE INDEX "Appeal_verdictId_idx" ON "Appeal"("verdictId");

-- CreateIndex
CREATE INDEX "ProcuracyFile_unitCode_idx" ON "ProcuracyFile"("unitCode");

-- AddForeignKey
ALTER TABLE "ProcuracyStatusChange" ADD CONSTRAINT "ProcuracyStatusChange_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "ProcuracyFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Defendant" ADD CONSTRAINT "Defendant_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "ProcuracyFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indictment" ADD CONSTRAINT "Indictment_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "ProcuracyFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Charge" ADD CONSTRAINT "Charge_indictmentId_fkey" FOREIGN KEY ("indictmentId") REFERENCES "Indictment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Charge" ADD CONSTRAINT "Charge_defendantId_fkey" FOREIGN KEY ("defendantId") REFERENCES "Defendant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourtFile" ADD CONSTRAINT "CourtFile_indictmentId_fkey" FOREIGN KEY ("indictmentId") REFERENCES "Indictment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourtStatusChange" ADD CONSTRAINT "CourtStatusChange_courtFileId_fkey" FOREIGN KEY ("courtFileId") REFERENCES "CourtFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Verdict" ADD CONSTRAINT "Verdict_courtFileId_fkey" FOREIGN KEY ("courtFileId") REFERENCES "CourtFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Verdict" ADD CONSTRAINT "Verdict_defendantId_fkey" FOREIGN KEY ("defendantId") REFERENCES "Defendant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_verdictId_fkey" FOREIGN KEY ("verdictId") REFERENCES "Verdict"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
